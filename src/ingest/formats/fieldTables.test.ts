import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsxSheets } from './fieldTables.js';

const dir = mkdtempSync(join(tmpdir(), 'precursor-field-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('field tools’ XLSX tables', () => {
  it('read each kind of cell as the generic XLSX reader does: an error cell keeps its code rather than reading empty', async () => {
    const path = join(dir, 'cells.xlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('survey');
    sheet.addRow(['date', 'count', 'region', 'note', 'total']);
    const row = sheet.addRow([new Date(Date.UTC(2024, 2, 5)), 3, { error: '#N/A' }, { richText: [{ text: 'two ' }, { text: 'parts' }] }, { formula: 'B2*2', result: 6 }]);
    row.commit();
    await wb.xlsx.writeFile(path);
    const tables = [];
    for await (const table of readXlsxSheets(path)) {
      const rows = [];
      for await (const r of table.rows) rows.push(r);
      tables.push({ name: table.name, columns: table.columns, rows });
    }
    expect(tables).toEqual([{ name: 'survey', columns: ['date', 'count', 'region', 'note', 'total'], rows: [{ row: 2, cells: ['2024-03-05', '3', '#N/A', 'two parts', '6'] }] }]);
  });
});
