import type { Sql } from '../db/database.js';
import type { DuplicatePair } from './scan.js';

/** The candidates table (migration 016): pairs proposed by scans, and what people decided. */

export interface CandidateRow {
  incident_a: string;
  incident_b: string;
  score: number;
  features: Record<string, number>;
  status: 'new' | 'dismissed' | 'merged';
  found_at: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
}

/**
 * Stores a scan's pairs: a new pair is added, an open one gets the new score, a decided one
 * (dismissed, merged) is left as decided. One statement for the lot.
 */
export async function upsertCandidates(tx: Sql, pairs: readonly DuplicatePair[]): Promise<number> {
  if (pairs.length === 0) return 0;
  const rows = await tx.query<{ n: number }>(
    `with input as (
       select * from jsonb_to_recordset($1::jsonb) as r(a uuid, b uuid, score double precision, features jsonb)
     ), written as (
       insert into duplicate_candidates as c (incident_a, incident_b, score, features)
       select a, b, score, features from input
       on conflict (incident_a, incident_b) do update set score = excluded.score, features = excluded.features, found_at = now()
       where c.status = 'new'
       returning 1
     ) select count(*)::int as n from written`,
    [JSON.stringify(pairs.map((p) => ({ a: p.a, b: p.b, score: p.score, features: p.features })))],
  );
  return rows[0]?.n ?? 0;
}

/** Open pairs, best first, a page at a time (keyset on score and ids). */
export function selectCandidates(sql: Sql, status: CandidateRow['status'], after: { score: number; a: string; b: string } | null, limit: number): Promise<CandidateRow[]> {
  const params: unknown[] = [status, limit];
  const keyset = after ? `and (score, incident_a, incident_b) < ($3, $4::uuid, $5::uuid)` : '';
  if (after) params.push(after.score, after.a, after.b);
  return sql.query<CandidateRow>(
    `select incident_a, incident_b, score, features, status, found_at::text, decided_by, decided_at::text, reason
     from duplicate_candidates where status = $1 ${keyset}
     order by score desc, incident_a desc, incident_b desc limit $2`,
    params,
  );
}

export async function selectCandidate(sql: Sql, a: string, b: string, forUpdate = false): Promise<CandidateRow | undefined> {
  const rows = await sql.query<CandidateRow>(
    `select incident_a, incident_b, score, features, status, found_at::text, decided_by, decided_at::text, reason
     from duplicate_candidates where incident_a = $1 and incident_b = $2${forUpdate ? ' for update' : ''}`,
    [a, b],
  );
  return rows[0];
}

export async function setCandidateStatus(tx: Sql, a: string, b: string, status: CandidateRow['status'], by: string | null, reason: string | null): Promise<CandidateRow> {
  const rows = await tx.query<CandidateRow>(
    `update duplicate_candidates set status = $3, decided_by = $4, decided_at = case when $3 = 'new' then null else now() end, reason = $5
     where incident_a = $1 and incident_b = $2
     returning incident_a, incident_b, score, features, status, found_at::text, decided_by, decided_at::text, reason`,
    [a, b, status, by, reason],
  );
  return rows[0]!;
}
