import { confidentialityLevels, readableLevels, type Scope } from '../../access/scope.js';
import type { Sql } from '../../db/database.js';
import type { CursorValueKind } from '../../pagination.js';
import { Params, whereOf, withheldFrom } from './params.js';
import { rollupCanAnswer, selectRollupStats } from './rollup.js';
import { builtMatches, matchingIncidentIds, vectorForRank } from './searchVector.js';
import { incidentColumnsOf, type IncidentRow } from './types.js';

/**
 * Filters, lists and counts. One filter builds one WHERE clause that the list, the total and
 * the stats share, so their counts always agree (DESIGN.md); the access door's predicate is
 * part of that clause, so no count includes what the caller may not read.
 */

export interface IncidentFilter {
  q?: string;
  ids?: string[];
  countries?: string[];
  admin1?: string[];
  groupIds?: string[];
  bases?: string[];
  types?: string[];
  perpetratorIds?: string[];
  /** Incidents whose sources' information names one of these sources. */
  sourceIds?: string[];
  /** Incidents restricted to one of these teams (team ids). */
  teams?: string[];
  levels?: number[];
  verification?: string[];
  confidentiality?: string[];
  /** Dated range ends on or after (YYYY-MM-DD): the counting rule's overlap, src/incidents/counting.ts. */
  from?: string;
  /**
   * No incident that began before this day can overlap `from` (periodStartFloor): a value known
   * when the query is planned lets PostgreSQL estimate the period and page down its date index.
   * Without it the clause looks the floor up in a subquery, which the planner cannot see into.
   */
  startFloor?: string;
  /**
   * Whether some texts lack their search vector (an embedded import's backlog, migration 019),
   * looked up when the query is planned (textBacklog). False lets a search be one semi-join on the
   * vectors, which the planner can run newest first and stop at a page; unknown (undefined) or
   * true also computes the missing vectors on the fly, which costs a full match of the word.
   */
  textBacklog?: boolean;
  /** Dated range begins (start date) on or before (YYYY-MM-DD). */
  to?: string;
  deleted: 'exclude' | 'include' | 'only';
}


/**
 * `column = $n` for one value, `column = any($n)` for several. PostgreSQL 15 reads an index
 * led by the column in the list's order only for an equality (not for `= any`), so one country
 * or one level pages straight down (country, date) or (level, date) instead of sorting matches.
 */
function oneOf(column: string, values: readonly (string | number)[], type: string, params: Params): string {
  return values.length === 1 ? `${column} = ${params.add(values[0])}::${type}` : `${column} = any(${params.add(values)}::${type}[])`;
}

const tsQuery = (p: string) => `websearch_to_tsquery('english', ${p})`;

/**
 * The WHERE clause of a filter for a scope: the filter's conditions and the access door's.
 * The search is a semi-join (counts and date-sorted pages need no text columns) that also
 * finds rows whose vector an import has not built yet (searchVector.ts).
 *
 * A period (`from`, `to`) keeps an incident whose dated range overlaps it (the counting rule,
 * src/incidents/counting.ts: `2025` overlaps March 2025), on the exact dates, except for an
 * incident whose date is withheld from the scope: its range is widened to whole months (in the
 * period if its months overlap the period), so narrowing a period day by day cannot find its
 * exact date.
 */
export function whereClause(scope: Scope, f: IncidentFilter, params: Params): string {
  const where: (string | undefined)[] = [];
  if (f.deleted === 'exclude') where.push('deleted_at is null');
  if (f.deleted === 'only') where.push('deleted_at is not null');
  if (f.q) {
    const query = tsQuery(params.add(f.q));
    where.push(`id in (${f.textBacklog === false ? builtMatches(query) : matchingIncidentIds(query)})`);
  }
  if (f.ids?.length) where.push(`id = any(${params.add(f.ids)}::uuid[])`);
  if (f.countries?.length) where.push(oneOf('country', f.countries, 'char(3)', params));
  if (f.admin1?.length) where.push(oneOf('admin1', f.admin1, 'text', params));
  if (f.groupIds?.length) where.push(`group_ids && ${params.add(f.groupIds)}::uuid[]`);
  if (f.bases?.length) where.push(`identity_bases && ${params.add(f.bases)}::text[]`);
  if (f.types?.length && f.countries?.length) {
    // Both given: look the pairs up in the country-qualified index (migration 001).
    const pairs = f.countries.flatMap((c) => f.types!.map((t) => `${c}:${t}`));
    where.push(`incident_country_types(country, violation_types) && ${params.add(pairs)}::text[]`);
  } else if (f.types?.length) where.push(`violation_types && ${params.add(f.types)}::text[]`);
  if (f.perpetratorIds?.length) where.push(`perpetrator_ids && ${params.add(f.perpetratorIds)}::uuid[]`);
  if (f.sourceIds?.length) {
    where.push(`id in (select incident_id from incident_sources where source_id = any(${params.add(f.sourceIds)}::uuid[]))`);
    // Finding an incident by its source would name the reporter its page withholds.
    const reporterHidden = withheldFrom(scope, 'withhold_reporter', params);
    if (reporterHidden) where.push(`not ${reporterHidden}`);
  }
  if (f.teams?.length) where.push(`teams && ${params.add(f.teams)}::text[]`);
  if (f.levels?.length) where.push(oneOf('pyramid_level', f.levels, 'smallint', params));
  if (f.verification?.length) where.push(oneOf('verification_status', f.verification, 'text', params));
  if (f.confidentiality?.length) where.push(oneOf('confidentiality', f.confidentiality, 'text', params));
  if (f.from || f.to) {
    const dateHidden = withheldFrom(scope, 'withhold_date', params);
    if (f.from) {
      const from = params.add(f.from);
      const fromMonth = `date_trunc('month', ${from}::date)::date`;
      // Overlap (src/incidents/counting.ts): the dated range ends on or after `from` (or, with the
      // date withheld, in or after its month). The bound on start_date is implied by that and the
      // migration 017 index of ranges longer than a year; said outright, it lets a list or a count
      // range-scan the (…, start_date) and shown_date indexes instead of reading every older row.
      const earliestEnd = dateHidden ? fromMonth : `${from}::date`;
      const startBound = f.startFloor
        ? `${params.add(f.startFloor)}::date`
        : `least(${earliestEnd} - 366, (select min(l.start_date) from incidents l where l.last_date - l.start_date > 366 and l.last_date >= ${earliestEnd}))`;
      where.push(
        dateHidden
          ? `last_date >= ${fromMonth} and (last_date >= ${from}::date or ${dateHidden}) and start_date >= ${startBound} and shown_date >= date_trunc('month', ${startBound})::date`
          : `last_date >= ${from}::date and start_date >= ${startBound}`,
      );
    }
    if (f.to) {
      const to = params.add(f.to);
      // The dated range begins on or before `to` (start_date is its first day).
      where.push(
        dateHidden
          ? `start_date <= (date_trunc('month', ${to}::date) + interval '1 month - 1 day')::date and (start_date <= ${to}::date or ${dateHidden}) and shown_date <= ${to}::date`
          : `start_date <= ${to}::date`,
      );
    }
  }
  where.push(params.visible(scope));
  return whereOf(where);
}

export type ListSort = 'date:desc' | 'date:asc' | 'level:desc' | 'updated:desc' | 'relevance';

/** Sort keys per sort: SQL expression, direction, and the cast used to compare a cursor value. */
const sortKeys: Record<ListSort, { expr: string; cast: string }[]> = {
  'date:desc': [
    { expr: 'start_date', cast: 'date' },
    { expr: 'id', cast: 'uuid' },
  ],
  'date:asc': [
    { expr: 'start_date', cast: 'date' },
    { expr: 'id', cast: 'uuid' },
  ],
  'level:desc': [
    { expr: 'pyramid_level', cast: 'smallint' },
    { expr: 'start_date', cast: 'date' },
    { expr: 'id', cast: 'uuid' },
  ],
  'updated:desc': [
    { expr: 'updated_at', cast: 'timestamptz' },
    { expr: 'id', cast: 'uuid' },
  ],
  relevance: [
    { expr: 'rank', cast: 'real' },
    { expr: 'id', cast: 'uuid' },
  ],
};

/**
 * The sort keys for a scope: a reader who may not see every exact date sorts by `shown_date`
 * (migration 005: a withheld date counts as the first of its month), so a page's order and its
 * cursor carry no withheld day. A reader of the highest clearance sorts by the exact date.
 */
function sortKeysFor(sort: ListSort, scope: Scope): { expr: string; cast: string }[] {
  if (readableLevels(scope.clearance).length === confidentialityLevels.length) return sortKeys[sort];
  return sortKeys[sort].map((k) => (k.expr === 'start_date' ? { ...k, expr: 'shown_date' } : k));
}

const cursorKindOfCast: Record<string, CursorValueKind> = { date: 'date', uuid: 'uuid', smallint: 'smallint', timestamptz: 'timestamp', real: 'real' };

/** What each value of a cursor for `sort` must be. */
export function cursorKinds(sort: ListSort): CursorValueKind[] {
  return sortKeys[sort].map((k) => cursorKindOfCast[k.cast]!);
}

export interface ListRow extends Omit<IncidentRow, 'narrative'> {
  /** The sort values of this row, to build the next cursor from. */
  sort_key: unknown[];
  /** Sorted by relevance: how many matches were ranked (all of them when fewer than the rank cap). */
  candidates?: number;
}

/** A page of the incidents the scope may read, in `sort` order after the row whose sort values are `after`. */
export async function selectIncidentPage(
  sql: Sql,
  scope: Scope,
  f: IncidentFilter,
  sort: ListSort,
  after: unknown[] | undefined,
  limit: number,
  options: { rankCap?: number } = {},
): Promise<ListRow[]> {
  const params = new Params();
  const keys = sortKeysFor(sort, scope);
  const ascending = sort === 'date:asc';
  // Ranking reads each match's vector once, through a join, rather than looking it up again.
  const ranked = sort === 'relevance' && f.q;
  const order = keys.map((k) => `${k.expr} ${ascending ? 'asc' : 'desc'}`).join(', ');
  const sortKeyExpr = `json_build_array(${keys.map((k) => (k.expr === 'updated_at' ? 'updated_key' : k.expr)).join(', ')})`;
  const keysetAfter = () => {
    if (!after) return '';
    const tuple = keys.map((k, i) => `${params.add(after[i])}::${k.cast}`).join(', ');
    return `where (${keys.map((k) => k.expr).join(', ')}) ${ascending ? '>' : '<'} (${tuple})`;
  };
  if (ranked) {
    // Ranked among the newest `fullTextRankCap` matches only: a word found in half a million
    // incidents would otherwise have every match's vector read and ranked for one page of 50.
    // Up to the cap that is every match.
    // Newest by the date the reader may see, so which matches make the cut tells no withheld day.
    const date = sortKeysFor('date:desc', scope)[0]!.expr;
    const candidates = `select ${incidentColumnsOf('incidents')}, incidents.shown_date
      from incidents ${whereClause(scope, f, params)}
      order by ${date} desc, id desc limit ${params.add(options.rankCap ?? fullTextRankCap)}`;
    // `candidates` counts them (at most the cap), so the list's total needs no query of its own.
    const inner = `select c.*, ts_rank(${vectorForRank('t', 'c')}, ${tsQuery(params.add(f.q))}) as rank, count(*) over ()::int as candidates,
        to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as updated_key
      from (${candidates}) c join incident_texts t on t.incident_id = c.id`;
    return sql.query<ListRow>(`select *, ${sortKeyExpr} as sort_key from (${inner}) i ${keysetAfter()} order by ${order} limit ${params.add(limit)}`, params.values);
  }
  // Two steps: the page's ids first, from what the filters and the sort read alone, then the
  // rows of those ids. The first step can be answered from a covering index (migration 032)
  // without visiting a row it then rejects: a restricted reader's page of a group's incidents
  // read ~2,600 table pages to keep 51 at 1M incidents, where the index alone holds it in ~60.
  const keyColumns = [...new Set(keys.map((k) => k.expr).filter((e) => e !== 'id'))].map((e) => `incidents.${e}`);
  const pageIds = `select i.id from (select incidents.id, ${keyColumns.join(', ')} from incidents ${whereClause(scope, f, params)}) i
    ${keysetAfter()} order by ${order} limit ${params.add(limit)}`;
  return sql.query<ListRow>(
    `select *, ${sortKeyExpr} as sort_key from (select ${incidentColumnsOf('incidents')}, incidents.shown_date,
        to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as updated_key
      from incidents where id in (${pageIds})) i order by ${order}`,
    params.values,
  );
}

/**
 * How many matches of a text search the list counts exactly. Past it the list's total is this
 * number, flagged as a lower bound ("1,000+"): counting every match of a very common word cost
 * seconds at a million incidents (bench/store.ts), for a number nobody pages through. The same
 * as the rank cap, so a search sorted by relevance reads its total from the ranked matches
 * (no count at all) and a search sorted by date tells the same total.
 */
export const fullTextCap = 1_000;

/**
 * How many matches relevance ranks: the newest this many (every match when fewer). Reading and
 * ranking each match's text is what a common word's page cost; at 10,000 it still cost ~15× the
 * plain query at 100k incidents (bench/store.ts), at 1,000 a small multiple.
 */
export const fullTextRankCap = 1_000;

/**
 * The total a page of a text search already tells, without counting: sorted by relevance, the
 * number of ranked matches (a lower bound when the rank cap was reached); a first page that is
 * not full, its own length. Undefined when the page cannot tell (count with countListTotal).
 * `rows` is the page as read, with its one extra row past `limit`.
 */
export function textTotalFromPage(
  f: IncidentFilter,
  sort: ListSort,
  rows: readonly ListRow[],
  limit: number,
  isFirstPage: boolean,
  rankCap = fullTextRankCap,
): { total: number; isLowerBound: boolean } | undefined {
  if (!f.q) return undefined;
  const candidates = rows[0]?.candidates;
  if (sort === 'relevance' && candidates !== undefined) return candidates >= rankCap ? { total: rankCap, isLowerBound: true } : { total: candidates, isLowerBound: false };
  if (isFirstPage && rows.length <= limit) return { total: rows.length, isLowerBound: false };
  return undefined;
}

/**
 * The list's total: exact, except for a text search with more than `fullTextCap` matches,
 * which counts `fullTextCap` and says it is a lower bound. Without a text search, exactly
 * `countIncidents` (so the list's total and the stats agree).
 */
export async function countListTotal(
  sql: Sql,
  scope: Scope,
  f: IncidentFilter,
  cap = fullTextCap,
): Promise<{ total: number; isLowerBound: boolean }> {
  if (!f.q) return { total: await countIncidents(sql, scope, f), isLowerBound: false };
  const params = new Params();
  const [row] = await sql.query<{ n: number }>(
    `select count(*)::int as n from (select 1 from incidents ${whereClause(scope, f, params)} limit ${params.add(cap + 1)}) m`,
    params.values,
  );
  return row!.n > cap ? { total: cap, isLowerBound: true } : { total: row!.n, isLowerBound: false };
}

/** How many incidents match the filter among those the scope may read. */
export async function countIncidents(sql: Sql, scope: Scope, f: IncidentFilter): Promise<number> {
  if (rollupCanAnswer(f, [])) return Number((await selectRollupStats(sql, scope, f, [], { incidentsOnly: true }))[0]?.incidents ?? 0);
  const params = new Params();
  const [row] = await sql.query<{ n: number }>(`select count(*) as n from incidents ${whereClause(scope, f, params)}`, params.values);
  return row!.n;
}

/**
 * Whether any text still waits for its search vector. Read through the partial index of migration
 * 019 (empty but for an embedded import's batch), so it costs one index probe. A row committed
 * between this lookup and the search that follows is found by the next search.
 */
export async function textBacklog(sql: Sql): Promise<boolean> {
  const [row] = await sql.query<{ backlog: boolean }>('select exists (select 1 from incident_texts where search is null) as backlog');
  return row!.backlog;
}

/**
 * The earliest day an incident overlapping `from` can have begun: a year before the month of
 * `from`, or earlier for the few incidents whose dated range is longer than a year (their own
 * index, migration 017). A bound, not the filter: the clause still checks each incident's range.
 */
export async function periodStartFloor(sql: Sql, from: string): Promise<string> {
  const [row] = await sql.query<{ floor: string }>(
    `select to_char(least(date_trunc('month', $1::date)::date - 366,
       (select min(l.start_date) from incidents l where l.last_date - l.start_date > 366 and l.last_date >= date_trunc('month', $1::date)::date)), 'YYYY-MM-DD') as floor`,
    [from],
  );
  return row!.floor;
}
