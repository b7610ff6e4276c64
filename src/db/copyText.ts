/**
 * Rows in the text format of PostgreSQL's COPY (one line a row, columns separated by tabs, `\N`
 * for null, backslash escapes), for `Sql.copyFrom`. Pure: the server parses each value with its
 * column's type, as it parses an INSERT's text parameters, so a value is given as its text:
 * dates as 'YYYY-MM-DD', arrays as their literal (`{"a","b"}`, store/bulk.ts arrayLiteral).
 *
 *   copyText([['1', 'a\tb', null], ['2', 'line\nbreak', true]])
 *   // '1\ta\\tb\t\\N\n2\tline\\nbreak\tt\n'
 */

export type CopyValue = string | number | boolean | null | undefined;

// Only these four mean something in COPY's text format; every other character is taken as is.
const special = /[\\\t\n\r]/;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value as COPY reads it. */
export function copyValue(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`COPY cannot carry the number ${value}`);
    return String(value);
  }
  return special.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => escapes[c]!) : value;
}

/** The rows, each a line. */
export function copyText(rows: Iterable<readonly CopyValue[]>): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(copyValue).join('\t'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
