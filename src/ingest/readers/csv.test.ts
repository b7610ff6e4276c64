import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from './csv.js';
import { detectDelimiter } from './delimiter.js';
import { detectEncoding } from './encoding.js';
import { allRecords, scratchDir } from './testFiles.js';

const scratch = scratchDir();
afterAll(scratch.cleanup);
let n = 0;
const read = async (content: string | Buffer, options = {}) => {
  const table = await readCsv(scratch.file(`f${n++}.csv`, content), options);
  return { table, records: await allRecords(table) };
};

const text = 'name,place\nJosé,Bogotá\nŞükrü,İzmir €\n';

describe('CSV encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'encoding UTF-8'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'encoding UTF-8 (with a byte-order mark)'],
    ['UTF-16 LE with a mark', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]), 'encoding UTF-16 little-endian (byte-order mark)'],
    ['UTF-16 BE with a mark', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]), 'encoding UTF-16 big-endian (byte-order mark)'],
    ['UTF-16 LE without a mark', iconv.encode(text, 'utf16le'), 'encoding UTF-16 little-endian (no byte-order mark; told by its NUL bytes)'],
    ['UTF-16 BE without a mark', iconv.encode(text, 'utf16be'), 'encoding UTF-16 big-endian (no byte-order mark; told by its NUL bytes)'],
  ])('%s is detected and read', async (_, bytes, note) => {
    const { table, records } = await read(bytes);
    expect(table.notes).toContain(note);
    expect(table.columns).toEqual(['name', 'place']);
    expect(records.map((r) => r.fields)).toEqual([
      { name: 'José', place: 'Bogotá' },
      { name: 'Şükrü', place: 'İzmir €' },
    ]);
  });

  it('Windows-1252 (and so Latin-1) is the fallback when the bytes are not UTF-8', async () => {
    const { table, records } = await read(iconv.encode('name;place\nJosé;Bogotá €\nFrançois;Besançon\n', 'win1252'));
    expect(table.notes).toContain('encoding Windows-1252 (the bytes are not valid UTF-8)');
    expect(records.map((r) => r.fields.place)).toEqual(['Bogotá €', 'Besançon']);
  });

  it('a UTF-8 character cut by the 64 kB sample does not make the file Windows-1252', () => {
    const bytes = Buffer.from(`${'a'.repeat(65_535)}é`, 'utf8').subarray(0, 65_536);
    expect(detectEncoding(bytes).encoding).toBe('utf8');
  });

  it('an encoding given by the user wins', async () => {
    const { table, records } = await read(iconv.encode('a\nü\n', 'win1252'), { encoding: 'windows1252' });
    expect(table.notes[0]).toBe('encoding Windows-1252 (as given)');
    expect(records[0]!.fields.a).toBe('ü');
  });
});

describe('CSV delimiters', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('%j is detected', async (d, name) => {
    const { table, records } = await read(`id${d}title${d}date\n1${d}"a, b; c | d"${d}2023\n2${d}x${d}2024\n`);
    expect(table.notes).toContain(`delimiter ${name}`);
    expect(table.columns).toEqual(['id', 'title', 'date']);
    expect(records[0]!.fields.title).toBe('a, b; c | d');
  });

  it('commas inside quotes do not outvote the real delimiter', () => {
    expect(detectDelimiter('a;b\n"x, y, z";2\n"p, q";3\n')).toBe(';');
    expect(detectDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
  });
});

describe('CSV rows', () => {
  it('a record is numbered by the physical line it starts on: the header is 1, quoted line breaks and blank lines count', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const { records } = await read(['id,text', '1,"two', 'lines"', '', '2,"three', 'line', 'note"', '3,plain', ''].join(eol));
      expect(records.map((r) => [r.row, r.fields.id])).toEqual([
        [2, '1'],
        [5, '2'],
        [8, '3'],
      ]);
      expect(records[1]!.fields.text).toBe(`three${eol}line${eol}note`);
    }
    // Excel writes CRLF between rows and a bare LF inside a cell: the LF is a line for an editor too.
    const { records } = await read('id,text\r\n1,"a\nb"\r\n2,c\r\n');
    expect(records.map((r) => r.row)).toEqual([2, 4]);
  });

  it('a ragged row is rejected naming its line, and reading goes on', async () => {
    const { records } = await read('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n13,14,15\n');
    expect(records.map((r) => [r.row, r.problems?.[0]?.code ?? 'ok'])).toEqual([
      [2, 'ok'],
      [3, 'malformed-row'],
      [4, 'malformed-row'],
      [5, 'ok'], // trailing empty fields (spreadsheets add them) are not a problem
      [6, 'ok'],
    ]);
    expect(records[1]!.problems![0]!.message).toMatch(/^line 3 has 2 fields where the header has 3/);
    expect(records[2]!.fields['(extra fields)']).toBe('9');
  });

  it('a quote never closed is reported from its line; the rows before it are read, a stray quote is kept as text', async () => {
    const { records } = await read('a,b\n1,ok\n2,"bad"x\n3,5\'2" tall\n4,"never closed\n5,lost\n');
    expect(records.filter((r) => !r.problems).map((r) => r.fields.b)).toEqual(['ok', '"bad"x', '5\'2" tall']);
    const problems = records.filter((r) => r.problems);
    expect(problems.map((r) => [r.row, r.problems![0]!.message])).toEqual([
      [5, expect.stringMatching(/^from line 5 to the end of the file could not be read: a quoted field is never closed/)],
    ]);
  });

  it('an empty file has no columns and says so', async () => {
    const { table, records } = await read('');
    expect(table.columns).toEqual([]);
    expect(table.notes).toEqual(['the file is empty']);
    expect(records).toEqual([]);
  });

  it('a file with only a header has its columns and no records', async () => {
    const { table, records } = await read('id,title,date');
    expect(table.columns).toEqual(['id', 'title', 'date']);
    expect(records).toEqual([]);
  });

  it('blank lines and rows of empty fields are skipped', async () => {
    const { records } = await read('\n\na,b\n\n,\n1,2\n,,\n');
    expect(records.map((r) => [r.row, r.fields])).toEqual([[6, { a: '1', b: '2' }]]);
  });

  it('a column name given twice is kept apart, with a note', async () => {
    const { table, records } = await read('date,place,date,,\n2023,A,2024,x,y\n');
    expect(table.columns).toEqual(['date', 'place', 'date (2)', 'column 4', 'column 5']);
    expect(table.notes.some((n) => n.includes("the column name 'date' is given 2 times"))).toBe(true);
    expect(records[0]!.fields).toEqual({ date: '2023', place: 'A', 'date (2)': '2024', 'column 4': 'x', 'column 5': 'y' });
  });

  it('reports the bytes read, for progress', async () => {
    const content = `a,b\n${'1,2\n'.repeat(10_000)}`;
    const { table } = await read(content);
    expect(table.bytesRead!()).toBe(Buffer.byteLength(content));
  });
});
