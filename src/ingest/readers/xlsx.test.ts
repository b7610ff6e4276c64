import { afterAll, describe, expect, it } from 'vitest';
import { allRecords, scratchDir } from './testFiles.js';
import { openSheets, readXlsx, xlsxSheetNames } from './xlsx.js';
import { workbookOf } from './zipFiles.js';

const scratch = scratchDir();
afterAll(scratch.cleanup);

describe('XLSX reader', () => {
  it('reads every sheet of a workbook that stores xl/workbook.xml last, however many reads run at once', async () => {
    // exceljs writes the workbook part last; its own one-pass reader sometimes lost that member on a
    // loaded machine ("reading 'sheets'", exceljs #3064). openSheets reads the central directory:
    // 40 reads at once all see both sheets, rows in order, dates as dates (styles read first).
    const f = scratch.file('last.xlsx', await workbookOf({ First: [['a', 'b'], ['1', new Date(Date.UTC(2024, 1, 29))]], Second: [['c'], ['2']] }));
    const readAll = async () => {
      const out: [string, unknown[]][] = [];
      for await (const sheet of openSheets(f)) for await (const row of sheet) out.push([sheet.name, (row.values as unknown[]).slice(1)]);
      return out;
    };
    const results = await Promise.all(Array.from({ length: 40 }, readAll));
    for (const r of results) expect(r).toEqual([['First', ['a', 'b']], ['First', ['1', new Date(Date.UTC(2024, 1, 29))]], ['Second', ['c']], ['Second', ['2']]]);
  });

  it('reads the first sheet: header from the first non-empty row, rows numbered as the sheet numbers them, cells as text', async () => {
    const f = scratch.file(
      'a.xlsx',
      await workbookOf({
        Incidents: [[], ['Ref', 'Date', 'Killed', 'Title', 'Estimated'], ['A1', new Date(Date.UTC(2023, 4, 14)), 3, { richText: [{ text: 'Shops ' }, { text: 'burnt' }] }, true], [], ['A2', new Date(Date.UTC(2023, 4, 15, 13, 30)), 0, { text: 'linked', hyperlink: 'https://example.org' }, false]],
        Other: [['x'], [1]],
      }),
    );
    expect(await xlsxSheetNames(f)).toEqual(['Incidents', 'Other']);
    const table = await readXlsx(f);
    expect(table.columns).toEqual(['Ref', 'Date', 'Killed', 'Title', 'Estimated']);
    expect(table.notes[0]).toBe("sheet 'Incidents' read (the workbook has 'Incidents', 'Other')");
    const records = await allRecords(table);
    expect(records).toEqual([
      { row: 3, sheet: 'Incidents', fields: { Ref: 'A1', Date: '2023-05-14', Killed: '3', Title: 'Shops burnt', Estimated: 'true' } },
      { row: 5, sheet: 'Incidents', fields: { Ref: 'A2', Date: '2023-05-15T13:30:00Z', Killed: '0', Title: 'linked', Estimated: 'false' } },
    ]);
  });

  it('reads formulas as the value Excel last computed, and says so', async () => {
    const f = scratch.file('f.xlsx', await workbookOf({ S: [['a', 'b', 'sum'], [1, 2, { formula: 'A2+B2', result: 3 }], [4, 5, { formula: 'A3+B3' }]] }));
    const table = await readXlsx(f);
    const records = await allRecords(table);
    expect(records.map((r) => r.fields.sum)).toEqual(['3', '']);
    expect(table.notes).toContain('2 formula cells: read as the value Excel last computed (formulas are never run)');
  });

  it('reads the sheet asked for, and refuses one that does not exist naming those that do', async () => {
    const f = scratch.file('s.xlsx', await workbookOf({ First: [['a'], ['1']], Second: [['b'], ['2']] }));
    expect((await allRecords(await readXlsx(f, { sheet: 'Second' }))).map((r) => r.fields)).toEqual([{ b: '2' }]);
    await expect(readXlsx(f, { sheet: 'Third' })).rejects.toThrow("no sheet 'Third' (the sheets are 'First', 'Second')");
  });

  it('an empty sheet has no columns; duplicated headers are kept apart; cells beyond the header are a problem', async () => {
    const empty = scratch.file('e.xlsx', await workbookOf({ Empty: [] }));
    expect((await readXlsx(empty)).columns).toEqual([]);
    const f = scratch.file('d.xlsx', await workbookOf({ S: [['date', 'date'], ['2023', '2024'], ['2025', '2026', 'stray']] }));
    const table = await readXlsx(f);
    expect(table.columns).toEqual(['date', 'date (2)']);
    const records = await allRecords(table);
    expect(records[0]!.problems).toBeUndefined();
    expect(records[1]!.problems![0]).toMatchObject({ row: 3, sheet: 'S', code: 'malformed-row' });
  });

  it('a file that is not a workbook is refused clearly', async () => {
    const f = scratch.file('bad.xlsx', Buffer.from('this is not a workbook'));
    await expect(readXlsx(f)).rejects.toThrow(/bad.xlsx: not a readable ZIP archive/);
  });
});
