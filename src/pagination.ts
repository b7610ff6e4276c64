import { invalid } from './errors.js';
import { isStorableText } from './http/text.js';

/**
 * Keyset cursors: the sort values of the last row of a page, with the name of the sort,
 * opaque to clients (base64url JSON). Every value is checked against the type its sort key
 * has before it reaches SQL, so a tampered, foreign or outdated cursor is a 400 naming
 * `cursor`, never a 500 and never a silently wrong page.
 */
export type CursorValueKind = 'date' | 'uuid' | 'smallint' | 'real' | 'timestamp' | 'string';

/** The largest finite PostgreSQL `real` (float4); a larger number is out of range there. */
const maxReal = 3.4028234663852886e38;

/**
 * Each check accepts only what PostgreSQL takes for the cast the sort key has: JavaScript's
 * Date.parse accepts `1999-02-30` (as March 2nd) where PostgreSQL refuses it, so dates must
 * also come back unchanged from a round trip; numbers must be in the column type's range.
 */
const checks: Record<CursorValueKind, (v: unknown) => boolean> = {
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && roundTrips(`${v}T00:00:00.000Z`, 10),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  smallint: (v) => Number.isInteger(v) && Math.abs(v as number) <= 32767,
  real: (v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= maxReal,
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(v) && roundTrips(`${v.slice(0, 19)}.000Z`, 19),
  string: (v) => typeof v === 'string' && v.length <= 1000 && isStorableText(v),
};

/** Whether an ISO instant names a real moment (no February 30th, no hour 25): its first `length` characters survive parsing. */
function roundTrips(iso: string, length: number): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, length) === iso.slice(0, length);
}

export function encodeCursor(sort: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([sort, ...values])).toString('base64url');
}

export function decodeCursor(cursor: string, sort: string, kinds: readonly CursorValueKind[]): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== kinds.length + 1) throw badCursor('not a cursor returned by this list');
  const [madeFor, ...values] = decoded;
  if (madeFor !== sort) throw badCursor(`this cursor belongs to another sort (${String(madeFor)}); start again without it`);
  if (!values.every((v, i) => checks[kinds[i]!](v))) throw badCursor('not a cursor returned by this list');
  return values;
}

const badCursor = (message: string) => invalid([{ field: 'cursor', code: 'invalid-cursor', message, in: 'query' }]);

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
