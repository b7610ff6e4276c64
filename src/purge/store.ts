import type { Database, Sql } from '../db/database.js';

/** The tombstones table (migration 008): what was purged, never what it said. */

export interface TombstoneRow {
  entity: string;
  entity_id: string;
  purged_at: string;
  purged_by: string;
  reason_digest: string;
}

/** Adds tombstones; one already there is kept as it was (tombstones are permanent). */
export async function insertTombstones(tx: Sql, rows: Omit<TombstoneRow, 'purged_at'>[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into tombstones (entity, entity_id, purged_by, reason_digest)
     select * from unnest($1::text[], $2::uuid[], $3::text[], $4::text[])
     on conflict (entity, entity_id) do nothing`,
    [rows.map((r) => r.entity), rows.map((r) => r.entity_id), rows.map((r) => r.purged_by), rows.map((r) => r.reason_digest)],
  );
}

/** Tombstones carried over from another copy of the database (a restore), with their own times. */
export async function insertCarriedTombstones(tx: Sql, rows: readonly TombstoneRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into tombstones (entity, entity_id, purged_at, purged_by, reason_digest)
     select * from unnest($1::text[], $2::uuid[], $3::timestamptz[], $4::text[], $5::text[])
     on conflict (entity, entity_id) do nothing`,
    [rows.map((r) => r.entity), rows.map((r) => r.entity_id), rows.map((r) => r.purged_at), rows.map((r) => r.purged_by), rows.map((r) => r.reason_digest)],
  );
}

export async function selectTombstones(sql: Sql, entity?: string, ids?: readonly string[]): Promise<TombstoneRow[]> {
  return sql.query<TombstoneRow>(
    `select entity, entity_id, purged_at, purged_by, reason_digest from tombstones
     where ($1::text is null or entity = $1) and ($2::uuid[] is null or entity_id = any($2::uuid[]))
     order by purged_at, entity, entity_id`,
    [entity ?? null, ids ?? null],
  );
}

/**
 * Vacuums the tables a purge deleted from or erased in, so the removed rows' versions are pruned
 * from their pages now — the embedded database has no autovacuum, and would otherwise keep them
 * until its next timed vacuum. (Freed bytes can stay in the files until overwritten; see the README.)
 */
export async function vacuumPurgedTables(db: Database): Promise<void> {
  await db.exec('vacuum incidents, incident_texts, acts, involvements, incident_sources, incident_evidence, incident_links, evidence, custody_events, audit_entries');
}
