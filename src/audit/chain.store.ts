import type { Sql } from '../db/database.js';

/** The SQL of the audit chain (migration 008): reading it to verify, its head, and a purge's erasure. */

/** An entry's time as the chain encodes it: UTC to the microsecond (a JS Date would lose the microseconds). */
const canonicalAt = `to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A document's digest, written out here rather than calling the migration's function, so the check does not trust it. */
const digestOf = (column: string) => `encode(sha256(convert_to(${column}::text, 'UTF8')), 'hex')`;

/** Whether a document matches its digest: present and equal, or null with no digest, or erased by a purge (null, digest kept). */
const intact = (column: string) =>
  `(case when ${column} is null then ${column}_digest is null or erased_at is not null else ${column}_digest is not distinct from ${digestOf(column)} end)`;

export interface ChainRow {
  id: string;
  seq: string;
  at: string;
  actor: string;
  request_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before_digest: string | null;
  after_digest: string | null;
  detail_digest: string | null;
  prev_hash: string;
  hash: string;
  content_intact: boolean;
}

/** Up to `limit` entries after sequence `afterSeq`, in chain order. Numbers come as text, exactly as they are hashed. */
export async function selectChainRows(sql: Sql, afterSeq: number, limit: number): Promise<ChainRow[]> {
  return sql.query<ChainRow>(
    `select id::text as id, seq::text as seq, ${canonicalAt} as at, actor, request_id, action, entity, entity_id::text as entity_id,
            before_digest, after_digest, detail_digest, prev_hash, hash,
            ${intact('before')} and ${intact('after')} and ${intact('detail')} as content_intact
     from audit_entries where seq > $1 order by audit_entries.seq limit $2`,
    [afterSeq, limit],
  );
}

/**
 * How many entries there are, or how many up to a sequence number (entries written after a check
 * began are not its business) together with any left unchained (null only until their commit).
 */
export async function countAuditEntries(sql: Sql, upToSeq?: number): Promise<number> {
  const [row] = await sql.query<{ n: number }>('select count(*) as n from audit_entries where $1::bigint is null or seq <= $1 or seq is null', [upToSeq ?? null]);
  return Number(row?.n ?? 0);
}

export interface HeadRow {
  id: string;
  seq: string;
  hash: string;
  at: string;
}

/** The newest entry of the chain, or undefined when the trail is empty. */
export async function selectChainHead(sql: Sql): Promise<HeadRow | undefined> {
  const [row] = await sql.query<HeadRow>(`select id::text as id, seq::text as seq, hash, ${canonicalAt} as at from audit_entries where seq is not null order by audit_entries.seq desc limit 1`);
  return row;
}

/** The entry at a sequence number, as a head names it. */
export async function selectChainEntry(sql: Sql, seq: number): Promise<HeadRow | undefined> {
  const [row] = await sql.query<HeadRow>(`select id::text as id, seq::text as seq, hash, ${canonicalAt} as at from audit_entries where seq = $1`, [seq]);
  return row;
}

/**
 * Erases the documents (before, after, detail) of every entry about these records — the one
 * change the append-only trigger allows; digests and hashes stay, so the chain still verifies.
 * The purge's own entries (`<entity>.purge`, which hold no document) are left alone.
 * Returns how many entries were erased.
 */
export async function eraseAuditContents(tx: Sql, entity: string, entityIds: readonly string[]): Promise<number> {
  if (entityIds.length === 0) return 0;
  const rows = await tx.query<{ id: number }>(
    `update audit_entries set before = null, after = null, detail = null, erased_at = now()
     where entity = $1 and entity_id = any($2::uuid[]) and action <> ($1 || '.purge')
       and (before is not null or after is not null or detail is not null)
     returning id`,
    [entity, entityIds],
  );
  return rows.length;
}
