import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { DomainError } from '../../errors.js';
import type { ImportFile, SourceRecord, SourceTable } from '../types.js';
import { isBlankRow, uniqueColumns } from './columns.js';
import { checkMembersInflate, defaultZipLimits, openZip, type ZipLimits } from './zip.js';

export interface XlsxReadOptions {
  /** The sheet to read, by name; the first sheet when not given. */
  sheet?: string;
  limits?: ZipLimits;
}

/**
 * The sheet names of a workbook, in tab order, read from `xl/workbook.xml` after the archive's
 * central directory passed the ZIP-bomb limits. Throws an invalid-input error for a file that
 * is not a workbook.
 */
export async function xlsxSheetNames(file: Pick<ImportFile, 'path' | 'name'>, limits: ZipLimits = defaultZipLimits): Promise<string[]> {
  return (await inspectWorkbook(file, limits, false)).names;
}

/**
 * The sheet names, and whether the workbook part comes after the sheets in the archive (as
 * exceljs itself writes it): exceljs then parks the sheets it meets first in temporary files,
 * and a read stopped early must still run to the end for it to remove them.
 */
async function inspectWorkbook(file: Pick<ImportFile, 'path' | 'name'>, limits: ZipLimits, checkAll: boolean): Promise<{ names: string[]; workbookLast: boolean }> {
  const zip = await openZip(file.path, file.name, limits);
  try {
    if (checkAll) await checkMembersInflate(zip);
    const order = zip.members.map((m) => m.name);
    if (!order.includes('xl/workbook.xml')) throw new DomainError('invalid', `${file.name}: not an XLSX workbook (no xl/workbook.xml inside)`);
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openMember('xl/workbook.xml')) chunks.push(chunk as Buffer);
    const xml = Buffer.concat(chunks).toString('utf8');
    const names = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]!));
    const firstSheet = order.findIndex((n) => n.startsWith('xl/worksheets/'));
    return { names, workbookLast: firstSheet >= 0 && firstSheet < order.indexOf('xl/workbook.xml') };
  } finally {
    zip.close();
  }
}

/**
 * The column names of a sheet (its first non-empty row; the first sheet unless one is named),
 * for format detection: reading stops at that row.
 */
export async function xlsxColumns(file: Pick<ImportFile, 'path' | 'name'>, sheet?: string, limits: ZipLimits = defaultZipLimits): Promise<string[]> {
  const { names, workbookLast } = await inspectWorkbook(file, limits, true);
  const name = sheet ?? names[0];
  if (!name || !names.includes(name)) return [];
  for await (const row of sheetRows(file, name, workbookLast)) if (!isBlankRow(row.values)) return uniqueColumns(row.values, []);
  return [];
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

/**
 * Reads one sheet of an XLSX workbook as a stream of records with exceljs's streaming reader
 * (rows are parsed as the file is read; shared strings are held, as the format requires).
 * The header is the sheet's first non-empty row; a record's row is the sheet's row number.
 * Cells arrive as text: a formula as its cached value (noted — we never compute formulas),
 * a date as ISO 8601 (`2023-05-14`, with the time when there is one), rich text as its text.
 * A workbook whose archive breaks the ZIP-bomb limits is refused before anything is inflated;
 * one with a corrupt member is refused before exceljs reads it.
 */
export async function readXlsx(file: Pick<ImportFile, 'path' | 'name'>, options: XlsxReadOptions = {}): Promise<SourceTable> {
  // Every member is inflated once first (within the limits): exceljs must only see an archive that inflates.
  const { names, workbookLast } = await inspectWorkbook(file, options.limits ?? defaultZipLimits, true);
  if (names.length === 0) throw new DomainError('invalid', `${file.name}: the workbook has no sheet`);
  const sheet = options.sheet ?? names[0]!;
  if (!names.includes(sheet)) throw new DomainError('invalid', `${file.name}: no sheet '${sheet}' (the sheets are ${names.map((n) => `'${n}'`).join(', ')})`);
  const notes = [names.length > 1 ? `sheet '${sheet}' read (the workbook has ${names.map((n) => `'${n}'`).join(', ')})` : `sheet '${sheet}'`];
  const rows = sheetRows(file, sheet, workbookLast);
  // The header: the first row with a value.
  let header: { number: number; values: string[] } | undefined;
  for (;;) {
    const next = await rows.next();
    if (next.done) break;
    if (!isBlankRow(next.value.values)) {
      header = next.value;
      break;
    }
  }
  if (!header) return { columns: [], notes: [...notes, `the sheet '${sheet}' is empty`], records: (async function* () {})() };
  const columns = uniqueColumns(header.values, notes);
  return { columns, notes, records: records(rows, columns, sheet, notes) };
}

async function* records(rows: AsyncGenerator<SheetRow>, columns: string[], sheet: string, notes: string[]): AsyncGenerator<SourceRecord> {
  let formulas = 0;
  try {
    for await (const row of rows) {
      formulas += row.formulas;
      if (isBlankRow(row.values)) continue;
      const fields: Record<string, unknown> = {};
      columns.forEach((c, i) => (fields[c] = row.values[i] ?? ''));
      const extra = row.values.slice(columns.length);
      const origin = { row: row.number, sheet };
      if (!isBlankRow(extra)) {
        fields['(extra cells)'] = extra.join(' | ');
        yield { ...origin, fields, problems: [{ ...origin, code: 'malformed-row', message: `row ${row.number} has values beyond the header's ${columns.length} columns: give them a header or remove them` }] };
      } else yield { ...origin, fields };
    }
  } finally {
    if (formulas) notes.push(`${formulas} formula cell${formulas === 1 ? '' : 's'}: read as the value Excel last computed (formulas are never run)`);
  }
}

interface SheetRow {
  number: number;
  values: string[];
  formulas: number;
}

async function* sheetRows(file: Pick<ImportFile, 'path' | 'name'>, sheet: string, drain: boolean): AsyncGenerator<SheetRow> {
  // The file stream is ours, so that a reader stopping early (a preview) can close it.
  const input = createReadStream(file.path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  const worksheets = reader[Symbol.asyncIterator]();
  try {
    for (let next = await worksheets.next(); !next.done; next = await worksheets.next()) {
      const worksheet = next.value;
      if ((worksheet as unknown as { name: string }).name !== sheet) continue;
      for await (const row of worksheet) {
        const cells = (row.values as unknown[]).slice(1);
        let formulas = 0;
        const values = Array.from(cells, (v) => {
          const text = cellText(v);
          if (text.formula) formulas++;
          return text.value;
        });
        yield { number: row.number, values, formulas };
      }
      return;
    }
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('invalid', `${file.name}: the workbook cannot be read (${(err as Error).message})`);
  } finally {
    // Run exceljs to the end when it parked sheets in temporary files (it removes them then); else close the file.
    if (drain) await (async () => { for (let next = await worksheets.next(); !next.done; next = await worksheets.next()); })().catch(() => undefined);
    input.destroy();
  }
}

/** A cell's value as the text a CSV would carry. */
export function cellText(v: unknown): { value: string; formula?: boolean } {
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'string') return { value: v };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? String(v) : '' };
  if (typeof v === 'boolean') return { value: v ? 'true' : 'false' };
  if (v instanceof Date) return { value: isoDate(v) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) return { value: 'result' in o ? cellText(o.result).value : '', formula: true };
    if (Array.isArray(o.richText)) return { value: (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('') };
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return { value: String(o.error) };
  }
  return { value: String(v) };
}

/** Excel dates carry no time zone; exceljs reads them as UTC. A date without a time is written as a day. */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
}
