import type { Sql } from '../db/database.js';
import { setIncidentDeleted } from './store/index.js';

/**
 * The incidents tables' side of a purge (src/purge): what it removes for good, where a delete is
 * otherwise soft. Apart from store/ so the purge's SQL reads in one place.
 */

/** Locks the incident's row for the purge; undefined when there is none (never recorded, or already purged). */
export async function lockIncidentForPurge(tx: Sql, id: string): Promise<{ id: string; deleted_at: string | null } | undefined> {
  const [row] = await tx.query<{ id: string; deleted_at: string | null }>('select id, deleted_at from incidents where id = $1 for update', [id]);
  return row;
}

/** The evidence linked to this incident and to no other: a purge removes it with the incident. */
export async function selectEvidenceOnlyOf(tx: Sql, incidentId: string): Promise<string[]> {
  const rows = await tx.query<{ evidence_id: string }>(
    `select e.evidence_id from incident_evidence e
     where e.incident_id = $1
       and not exists (select 1 from incident_evidence o where o.evidence_id = e.evidence_id and o.incident_id <> $1)
     order by e.evidence_id`,
    [incidentId],
  );
  return rows.map((r) => r.evidence_id);
}

/** Which of these ids name an incident row (live or soft-deleted). */
export async function selectPresentIncidentIds(sql: Sql, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await sql.query<{ id: string }>('select id from incidents where id = any($1::uuid[]) order by id', [ids]);
  return rows.map((r) => r.id);
}

/**
 * Removes incidents for good: a live one is first soft-deleted the incidents store's own way,
 * which takes its counts out of the rollup; then the rows go, and with them (on delete cascade)
 * the narrative and search text, acts, involvements, sources' information, evidence links and
 * links from and to other incidents. Returns the ids removed.
 */
export async function removeIncidents(tx: Sql, ids: readonly string[], actor: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const live = await tx.query<{ id: string }>('select id from incidents where id = any($1::uuid[]) and deleted_at is null order by id for update', [ids]);
  for (const { id } of live) await setIncidentDeleted(tx, id, true, actor);
  const removed = await tx.query<{ id: string }>('delete from incidents where id = any($1::uuid[]) returning id', [ids]);
  return removed.map((r) => r.id);
}
