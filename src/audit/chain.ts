import { createHash } from 'node:crypto';

/**
 * The audit trail's hash chain, in TypeScript: the same canonical encoding the database trigger
 * writes (migration 008), computed a second time, independently, to check it. Pure: no database.
 *
 * An entry's hash is the SHA-256 of its fields — id, sequence, time, actor, request, action,
 * entity, entity id, the digests of before, after and detail, and the previous entry's hash —
 * each written as `<bytes>:<text>` (`~` for null), one per line after a version line. The
 * documents are in the chain only through their digests, so a purge can erase them and the
 * chain still verifies.
 */

export const genesisHash = '0'.repeat(64);

/** The fields of an entry the chain covers; numbers and times as the database writes them in text. */
export interface ChainFields {
  id: string;
  seq: string;
  /** UTC, to the microsecond: `2026-11-30T03:26:43.155000Z`. */
  at: string;
  actor: string;
  requestId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  detailDigest: string | null;
  prevHash: string;
}

const field = (v: string | null) => (v === null ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`);

/** The canonical encoding of several values, one per line after a version line (also what a chain head's signature covers). */
export function canonicalEncoding(version: string, values: (string | null)[]): string {
  return [version, ...values.map(field)].join('\n');
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function entryHash(e: ChainFields): string {
  return sha256Hex(
    canonicalEncoding('precursor-audit-chain-v1', [
      e.id,
      e.seq,
      e.at,
      e.actor,
      e.requestId,
      e.action,
      e.entity,
      e.entityId,
      e.beforeDigest,
      e.afterDigest,
      e.detailDigest,
      e.prevHash,
    ]),
  );
}

/** An entry as the check reads it: its chained fields, its stored hash, and whether its documents still match their digests. */
export interface ChainEntry extends ChainFields {
  hash: string;
  /** False when before, after or detail differs from its digest (an erased document is null with its digest kept, and `erased`). */
  contentIntact: boolean;
}

export type ChainProblemKind = 'missing' | 'out-of-order' | 'altered' | 'content-altered' | 'broken-link' | 'outside-chain';

export interface ChainProblem {
  /** The first entry found wrong (null when the problem is not one entry's, e.g. rows outside the chain). */
  seq: number | null;
  id: number | null;
  kind: ChainProblemKind;
  message: string;
}

/** Where a check stands after the entries it has read: the last good entry. */
export interface ChainPosition {
  seq: number;
  hash: string;
}

export const chainStart: ChainPosition = { seq: 0, hash: genesisHash };

/**
 * Checks the next entry against the last good one; returns what is wrong with it, if anything.
 * Order of the checks: a gap in the sequence (an entry removed, or the numbers changed), then
 * the entry's own hash (any hashed field altered), then the link to the entry before (entries
 * removed or reordered with their hashes recomputed), then its documents against their digests.
 */
export function checkEntry(previous: ChainPosition, e: ChainEntry): ChainProblem | undefined {
  const seq = Number(e.seq);
  const id = Number(e.id);
  const expected = previous.seq + 1;
  if (seq > expected) {
    const range = seq - 1 === expected ? `entry ${expected} is` : `entries ${expected}–${seq - 1} are`;
    return { seq, id, kind: 'missing', message: `${range} missing before entry ${seq} (id ${id}): removed from the trail` };
  }
  if (seq < expected) return { seq, id, kind: 'out-of-order', message: `entry id ${id} has sequence ${seq} where ${expected} was expected: reordered or renumbered` };
  if (entryHash(e) !== e.hash) return { seq, id, kind: 'altered', message: `entry ${seq} (id ${id}) was altered: its fields no longer give its hash` };
  if (e.prevHash !== previous.hash) {
    return { seq, id, kind: 'broken-link', message: `entry ${seq} (id ${id}) does not follow entry ${previous.seq}: entries were removed, inserted or reordered` };
  }
  if (!e.contentIntact) return { seq, id, kind: 'content-altered', message: `entry ${seq} (id ${id}) was altered: its before, after or detail no longer matches its digest` };
  return undefined;
}
