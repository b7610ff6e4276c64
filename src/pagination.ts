import { invalid } from './errors.js';

/**
 * Keyset cursors: the sort values of the last row of a page, with the name of the sort,
 * opaque to clients (base64url JSON). Every value is checked against the type its sort key
 * has before it reaches SQL, so a tampered, foreign or outdated cursor is a 400 naming
 * `cursor`, never a 500 and never a silently wrong page.
 */
export type CursorValueKind = 'date' | 'uuid' | 'int' | 'number' | 'timestamp' | 'string';

const checks: Record<CursorValueKind, (v: unknown) => boolean> = {
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  int: (v) => Number.isInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  string: (v) => typeof v === 'string' && v.length <= 1000,
};

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
