import type { Scope } from '../../access/scope.js';
import type { Sql } from '../../db/database.js';
import { Params } from './params.js';
import { whereClause, type IncidentFilter } from './query.js';

/**
 * Bulk changes of verification status (the review queue): the ids a filter selects through the
 * door, and the status written on many rows at once. Verification is not a key of the rollup,
 * so counts do not move.
 */

/** Up to `limit` ids of live incidents matching the filter that the scope may read, oldest first. */
export async function selectMatchingIds(sql: Sql, scope: Scope, f: IncidentFilter, limit: number): Promise<string[]> {
  const params = new Params();
  const rows = await sql.query<{ id: string }>(`select id from incidents ${whereClause(scope, { ...f, deleted: 'exclude' }, params)} order by start_date, id limit ${params.add(limit)}`, params.values);
  return rows.map((r) => r.id);
}

/** Sets the status of the given live incidents that have another; returns those changed with their new version. */
export async function setVerificationStatus(tx: Sql, ids: readonly string[], status: string, actor: string): Promise<{ id: string; version: number }[]> {
  if (ids.length === 0) return [];
  return tx.query(
    `update incidents set verification_status = $2, version = version + 1, updated_at = now(), updated_by = $3
     where id = any($1::uuid[]) and deleted_at is null and verification_status <> $2
     returning id, version`,
    [ids, status, actor],
  );
}
