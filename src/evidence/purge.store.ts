import type { Sql } from '../db/database.js';

/**
 * The evidence tables' side of a purge (src/purge): the one place evidence records are removed.
 * Their chain of custody goes with them — it names the file and who handled it.
 */

/** Removes the records and their custody events; returns what was removed, with each file's SHA-256 (to remove the file). */
export async function deleteEvidenceRecords(tx: Sql, ids: readonly string[]): Promise<{ id: string; sha256: string }[]> {
  if (ids.length === 0) return [];
  await tx.query('delete from custody_events where evidence_id = any($1::uuid[])', [ids]);
  const rows = await tx.query<{ id: string; sha256: string }>('delete from evidence where id = any($1::uuid[]) returning id, sha256', [ids]);
  return rows.map((r) => ({ id: r.id, sha256: r.sha256.trim() }));
}

/** Which of these ids name an evidence record. */
export async function selectPresentEvidenceIds(sql: Sql, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await sql.query<{ id: string }>('select id from evidence where id = any($1::uuid[]) order by id', [ids]);
  return rows.map((r) => r.id);
}
