import { invalid } from './errors.js';

/**
 * Keyset cursors: the sort values of the last row of a page, opaque to clients
 * (base64url JSON). A tampered or outdated cursor is a 400 naming `cursor`, never a 500.
 */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === expectedLength) return values;
  } catch {
    // fall through to the error below
  }
  throw invalid([{ field: 'cursor', message: 'not a cursor returned by this list (or the sort changed)' }]);
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
