import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { copyText, copyValue } from './copyText.js';

describe('copyText', () => {
  it('escapes only what COPY reads specially, and writes null as \\N', () => {
    expect(copyValue('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyValue('plain, "quoted", émoji 🙂')).toBe('plain, "quoted", émoji 🙂');
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(undefined)).toBe('\\N');
    expect(copyValue('\\N')).toBe('\\\\N');
    expect(copyValue(true)).toBe('t');
    expect(copyValue(false)).toBe('f');
    expect(copyValue(-12)).toBe('-12');
    expect(() => copyValue(Number.NaN)).toThrow(/NaN/);
    expect(copyText([['1', null], ['2', 'x']])).toBe('1\t\\N\n2\tx\n');
    expect(copyText([])).toBe('');
  });
});

// The text a COPY reads back is the text written, whatever it holds, on both engines.
describe.each(engines)('Sql.copyFrom on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    await t.db.query('create table copy_probe (n int, s text, a text[], b boolean, d date)');
  });
  afterAll(() => t.dispose());

  it('copies rows whose text holds tabs, newlines, backslashes, quotes and nulls, inside a transaction', async () => {
    const texts = ['tab\there', 'line\nbreak\r\n', 'back\\slash \\N', '"quoted" {braces}', '', 'ünï 🙂'];
    const rows = texts.map((s, n) => [n, s, `{"${s.replace(/["\\]/g, '\\$&')}",x}`, n % 2 === 0, '2024-02-29'] as const);
    const copied = await t.db.transaction((tx) => tx.copyFrom('copy_probe (n, s, a, b, d)', copyText([...rows, [99, null, null, null, null]])));
    expect(copied).toBe(texts.length + 1);
    const back = await t.db.query<{ n: number; s: string | null; a: string[] | null; b: boolean | null; d: string | null }>('select n, s, a, b, d from copy_probe order by n');
    expect(back).toEqual([...texts.map((s, n) => ({ n, s, a: [s, 'x'], b: n % 2 === 0, d: '2024-02-29' })), { n: 99, s: null, a: null, b: null, d: null }]);
  });

  it('fails the whole statement, and the transaction, when one row is refused', async () => {
    await t.db.query('delete from copy_probe');
    await expect(t.db.transaction((tx) => tx.copyFrom('copy_probe (n, s)', copyText([[1, 'kept?'], ['not a number', 'bad']])))).rejects.toThrow(/integer/);
    expect(await t.db.query('select count(*)::int as n from copy_probe')).toEqual([{ n: 0 }]);
    // The connection is usable afterwards (the server's COPY state was closed with the error).
    expect(await t.db.transaction((tx) => tx.copyFrom('copy_probe (n)', copyText([[7]])))).toBe(1);
  });
});
