import ExcelJS from 'exceljs';
import yazl from 'yazl';

/** A ZIP archive of the given members, in memory (tests). */
export async function zipOf(members: Record<string, string | Buffer>, compress = true): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(members)) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A workbook built with exceljs, as bytes (tests). */
export async function workbookOf(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The smallest workbook.xml naming the sheets (for hand-built archives). */
export function workbookXml(names: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}"/>`).join('')}</sheets></workbook>`;
}
