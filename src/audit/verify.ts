import { requirePermission } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { chainStart, checkEntry, genesisHash, type ChainPosition, type ChainProblem } from './chain.js';
import { countAuditEntries, selectChainEntry, selectChainHead, selectChainRows, type ChainRow } from './chain.store.js';
import { headFormat, type ChainHead } from './head.js';

export interface ChainReport {
  /** True when every entry is intact and each follows the one before. */
  ok: boolean;
  /** How many entries were checked (all of them when ok). */
  checked: number;
  /** The last entry checked good: the head when ok. */
  lastGood: { seq: number; hash: string } | null;
  /** The first entry found wrong, and what is wrong with it. */
  problem: ChainProblem | null;
}

/** Entries read per query: a trail of a million entries is checked in pages, never held whole. */
const batchSize = 5000;

/**
 * Recomputes the whole chain, oldest first, and stops at the first entry that is wrong:
 * altered (any hashed field, or a document against its digest), removed, inserted or reordered.
 */
export async function verifyChain(sql: Sql, options: { upTo?: number } = {}): Promise<ChainReport> {
  let position: ChainPosition = chainStart;
  let checked = 0;
  for (;;) {
    const rows = await selectChainRows(sql, position.seq, batchSize);
    for (const row of rows) {
      if (options.upTo !== undefined && Number(row.seq) > options.upTo) return report(checked, position, null);
      const problem = checkEntry(position, toEntry(row));
      if (problem) return report(checked, position, problem);
      position = { seq: Number(row.seq), hash: row.hash };
      checked += 1;
    }
    if (rows.length < batchSize) break;
  }
  if (options.upTo === undefined) {
    // Rows the walk by sequence did not reach (a duplicate or non-positive number, or none: a row
    // written with the chaining trigger disabled) sit outside the chain. Counted up to the last
    // entry checked: a server keeps appending while the check runs.
    const total = await countAuditEntries(sql, position.seq);
    if (total !== checked) {
      return report(checked, position, { seq: null, id: null, kind: 'outside-chain', message: `${total - checked} entries are outside the chain (no, duplicate or invalid sequence numbers)` });
    }
  }
  return report(checked, position, null);
}

/** The same check for a caller: administrators only (`audit.verify`). */
export async function verifyAuditTrail(ctx: RequestContext): Promise<ChainReport> {
  requirePermission(ctx.actor.scope, 'audit.verify');
  return verifyChain(ctx.db);
}

/** The chain's head now, to export (and sign) for a partner. */
export async function currentHead(sql: Sql, now: Date = new Date()): Promise<ChainHead> {
  const [head, count] = await Promise.all([selectChainHead(sql), countAuditEntries(sql)]);
  return { format: headFormat, seq: head ? Number(head.seq) : 0, hash: head?.hash ?? genesisHash, at: head?.at ?? null, count, exportedAt: now.toISOString() };
}

export interface HeadCheck {
  ok: boolean;
  /** What is wrong, in a sentence; null when ok. */
  problem: string | null;
  /** The chain's check from its start up to the head's entry. */
  chain: ChainReport;
}

/**
 * Whether the trail still contains the head's entry unchanged, and every entry up to it verifies:
 * then nothing at or before the head was rewritten (each hash covers the one before).
 */
export async function checkHeadAgainstChain(sql: Sql, head: ChainHead): Promise<HeadCheck> {
  const chain = await verifyChain(sql, { upTo: head.seq });
  if (!chain.ok) return { ok: false, problem: `the trail up to entry ${head.seq} does not verify: ${chain.problem!.message}`, chain };
  if (head.seq === 0) return { ok: true, problem: null, chain };
  const entry = await selectChainEntry(sql, head.seq);
  if (!entry) return { ok: false, problem: `the trail no longer contains entry ${head.seq}`, chain };
  if (entry.hash !== head.hash) return { ok: false, problem: `entry ${head.seq} has hash ${entry.hash}, not the ${head.hash} of the head: the trail was rewritten`, chain };
  return { ok: true, problem: null, chain };
}

function toEntry(row: ChainRow) {
  return {
    id: row.id,
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    requestId: row.request_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    beforeDigest: row.before_digest,
    afterDigest: row.after_digest,
    detailDigest: row.detail_digest,
    prevHash: row.prev_hash,
    hash: row.hash,
    contentIntact: row.content_intact,
  };
}

function report(checked: number, position: ChainPosition, problem: ChainProblem | null): ChainReport {
  return { ok: problem === null, checked, lastGood: position.seq ? { seq: position.seq, hash: position.hash } : null, problem };
}
