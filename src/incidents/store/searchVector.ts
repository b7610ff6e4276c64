import type { Sql } from '../../db/database.js';

/**
 * The full-text search vector of an incident, in one place: the title weighs more (A) than the
 * narrative (B). Every write of a person stores it with the text; the import path in the
 * embedded engine (bulk.ts, imported.ts) stores the text without it and fills it after the
 * batch (fillSearchVectors), because computing it was the largest single cost of an import
 * there (migration 019). A search matches a
 * row whose vector is still missing by computing it on the fly, so what a search finds never
 * depends on whether the vectors are built yet.
 */
export function searchVectorOf(title: string, narrative: string): string {
  return `setweight(to_tsvector('english', ${title}), 'A') || setweight(to_tsvector('english', ${narrative}), 'B')`;
}

/**
 * The ids of incidents whose title or narrative matches `query` (a tsquery expression):
 * through the GIN index where the vector is built, and computed on the fly for the rows an
 * import left without one (found through the partial index of migration 019; none, usually).
 */
export function matchingIncidentIds(query: string): string {
  return `${builtMatches(query)}
    union all
    select t.incident_id from incident_texts t join incidents x on x.id = t.incident_id
    where t.search is null and ${searchVectorOf('x.title', 't.narrative')} @@ ${query}`;
}

/**
 * The ids whose built vector matches: enough when no vector is missing (store/query.ts
 * textBacklog). Alone, it is a plain semi-join that PostgreSQL may run from either side: the GIN
 * index for a rare word, or the incidents' date index probing texts for a common one (the union
 * with the on-the-fly rows forces the whole match first: 850 ms instead of 15 for a word in half
 * the texts of 100k, measured on PostgreSQL 15).
 */
export function builtMatches(query: string): string {
  return `select incident_id from incident_texts where search @@ ${query}`;
}

/** The vector of the incident_texts row `texts` of incident row `incident`, built or not, for ranking. */
export function vectorForRank(texts: string, incident: string): string {
  return `coalesce(${texts}.search, ${searchVectorOf(`${incident}.title`, `${texts}.narrative`)})`;
}

/**
 * Builds up to `limit` missing search vectors (left by imports); returns how many it built.
 * A caller loops until 0, each call in its own transaction when it can, so a kill loses little
 * and whatever is left is built by the next call.
 */
export async function fillSearchVectors(tx: Sql, limit: number): Promise<number> {
  const rows = await tx.query<{ incident_id: string }>(
    // The title read by id for each row (not a join the planner may answer by reading every
    // incident: it did, with an import's stale statistics, on each chunk).
    `update incident_texts t set search = ${searchVectorOf('(select i.title from incidents i where i.id = t.incident_id)', 't.narrative')}
     where t.incident_id in (select incident_id from incident_texts where search is null limit $1 for update skip locked)
     returning t.incident_id`,
    [limit],
  );
  return rows.length;
}
