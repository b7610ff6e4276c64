import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { readCsv } from './csv.js';
import { allRecords, scratchDir } from './testFiles.js';
import { readXlsx } from './xlsx.js';
import { openZip } from './zip.js';
import { workbookOf, workbookXml, zipOf } from './zipFiles.js';

/**
 * The readers face whatever a person uploads: they may refuse a file (a DomainError, which
 * the CLI and the API report) or report rows, but never throw anything else nor hang. The
 * cases fast-check found are kept below as plain tests.
 */
const scratch = scratchDir();
afterAll(scratch.cleanup);
let n = 0;

const csvAlphabet = ['a', 'b', 'é', '€', ',', ';', '\t', '|', '"', '""', '\n', '\r', '\r\n', ' ', '\u0000', '\uFEFF', '1', '2023-05-14'];
const csvText = fc.array(fc.constantFrom(...csvAlphabet), { maxLength: 200 }).map((parts) => parts.join(''));

async function readCsvSafely(content: string | Uint8Array) {
  const file = scratch.file(`fuzz${n++}.csv`, Buffer.from(content as Uint8Array));
  try {
    const table = await readCsv(file);
    const records = await allRecords(table);
    for (const r of records) {
      expect(r.row).toBeGreaterThanOrEqual(1);
      // A record read whole has exactly the header's columns. Sorted: an object lists keys that
      // look like integers ("1") first, so its order is not the file's (table.columns keeps that).
      if (!r.problems) expect(Object.keys(r.fields).sort()).toEqual([...table.columns].sort());
    }
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
  }
}

/** The same bytes with some of them changed. */
const mutated = (bytes: Buffer) =>
  fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
    const copy = Buffer.from(bytes);
    for (const [i, b] of edits) copy[i] = b;
    return copy;
  });

describe('fuzzing the readers', () => {
  it('CSV: a header named with a number keeps every column (fast-check found ";1\\r;a")', async () => {
    const file = scratch.file(`fuzz${n++}.csv`, Buffer.from(';1\r;a'));
    const table = await readCsv(file);
    expect(table.columns).toEqual(['column 1', '1']);
    expect(await allRecords(table)).toEqual([{ row: 2, fields: { 'column 1': '', 1: 'a' } }]);
  });

  it('CSV: any text of delimiters, quotes and line breaks is read or reported, never a crash', async () => {
    await fc.assert(fc.asyncProperty(csvText, (text) => readCsvSafely(text)), { numRuns: 150 });
  });

  it('CSV: any bytes (any encoding, or none) are read or reported', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), (bytes) => readCsvSafely(bytes)), { numRuns: 100 });
  });

  it('XLSX: a workbook with bytes changed is read or refused as invalid, never a crash', async () => {
    const workbook = await workbookOf({ Data: [['id', 'date', 'n'], ['a', new Date(Date.UTC(2023, 0, 2)), 3], ['b', '2023-05', { formula: '1+1', result: 2 }]] });
    await fc.assert(
      fc.asyncProperty(mutated(workbook), async (bytes) => {
        const file = scratch.file(`fuzz${n++}.xlsx`, bytes);
        await readXlsx(file).then(allRecords, (err: unknown) => expect(err).toBeInstanceOf(DomainError));
      }),
      { numRuns: 40 },
    );
  });

  it('ZIP: an archive with bytes changed is read or refused as invalid, never a crash', async () => {
    const archive = await zipOf({ 'data.csv': 'a,b\n'.repeat(200), 'media/x.txt': 'hello' });
    await fc.assert(
      fc.asyncProperty(mutated(archive), async (bytes) => {
        const file = scratch.file(`fuzz${n++}.zip`, bytes);
        try {
          const zip = await openZip(file.path, file.name);
          try {
            for (const m of zip.members) for await (const _ of await zip.openMember(m.name));
          } finally {
            zip.close();
          }
        } catch (err) {
          expect(err).toBeInstanceOf(DomainError);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('cases the fuzzers found', () => {
  it('XLSX: a member whose deflate data is corrupt is refused (exceljs alone waited forever)', async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row><c t="inlineStr"><is><t>text</t></is></c></row>'.repeat(200)}</sheetData></worksheet>`;
    const bytes = await zipOf({ 'xl/workbook.xml': workbookXml(['S']), 'xl/worksheets/sheet1.xml': sheet });
    const name = bytes.indexOf('xl/worksheets/sheet1.xml');
    for (let i = name + 40; i < name + 60; i++) bytes[i]! ^= 0xff;
    const file = scratch.file('corrupt.xlsx', bytes);
    await expect(readXlsx(file).then(allRecords)).rejects.toThrow(/corrupt.xlsx: the member 'xl\/worksheets\/sheet1.xml' cannot be inflated/);
  });

  it.each([
    ['a lone quote', '"'],
    ['a quote then a line break', 'a\n"\n'],
    ['a byte-order mark alone', '\uFEFF'],
    ['a NUL byte', '\u0000'],
    ['a carriage return alone', '\r'],
  ])('CSV: %s', async (_, text) => {
    await readCsvSafely(text);
  });
});
