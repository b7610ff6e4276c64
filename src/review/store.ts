import type { Sql } from '../db/database.js';

/** Assignments of incidents to reviewers (migration 016). */

export interface AssignmentRow {
  incident_id: string;
  assignee: string;
  assigned_by: string;
  assigned_at: string;
  note: string;
}

export async function upsertAssignments(tx: Sql, ids: readonly string[], assignee: string, by: string, note: string): Promise<AssignmentRow[]> {
  if (ids.length === 0) return [];
  return tx.query<AssignmentRow>(
    `insert into review_assignments (incident_id, assignee, assigned_by, note) select unnest($1::uuid[]), $2, $3, $4
     on conflict (incident_id) do update set assignee = excluded.assignee, assigned_by = excluded.assigned_by, assigned_at = now(), note = excluded.note
     returning incident_id, assignee, assigned_by, assigned_at::text, note`,
    [ids, assignee, by, note],
  );
}

export async function deleteAssignments(tx: Sql, ids: readonly string[]): Promise<AssignmentRow[]> {
  if (ids.length === 0) return [];
  return tx.query<AssignmentRow>(`delete from review_assignments where incident_id = any($1::uuid[]) returning incident_id, assignee, assigned_by, assigned_at::text, note`, [ids]);
}

/** A page of assignments (newest first), optionally of one reviewer. */
export function selectAssignments(sql: Sql, assignee: string | undefined, after: { at: string; id: string } | null, limit: number): Promise<AssignmentRow[]> {
  const params: unknown[] = [limit];
  const where: string[] = [];
  if (assignee) where.push(`assignee = $${params.push(assignee)}`);
  if (after) where.push(`(assigned_at, incident_id) < ($${params.push(after.at)}::timestamptz, $${params.push(after.id)}::uuid)`);
  // assigned_at as an ISO instant to the microsecond: what the keyset cursor carries back and checks.
  return sql.query<AssignmentRow>(
    `select incident_id, assignee, assigned_by, to_char(assigned_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as assigned_at, note from review_assignments
     ${where.length ? `where ${where.join(' and ')}` : ''} order by assigned_at desc, incident_id desc limit $1`,
    params,
  );
}
