import ExcelJS from 'exceljs';
import { DomainError } from '../../errors.js';
import type { ImportFile, SourceRecord, SourceTable } from '../types.js';
import { isBlankRow, uniqueColumns } from './columns.js';
import { checkMembersInflate, defaultZipLimits, openZip, type ZipArchive, type ZipLimits } from './zip.js';

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

/** The sheet names, read from the workbook part through the archive's central directory. */
async function inspectWorkbook(file: Pick<ImportFile, 'path' | 'name'>, limits: ZipLimits, checkAll: boolean): Promise<{ names: string[] }> {
  const zip = await openZip(file.path, file.name, limits);
  try {
    if (checkAll) await checkMembersInflate(zip);
    if (!zip.members.some((m) => m.name === 'xl/workbook.xml')) throw new DomainError('invalid', `${file.name}: not an XLSX workbook (no xl/workbook.xml inside)`);
    return { names: sheetTags(await memberText(zip, 'xl/workbook.xml')).map((s) => s.name) };
  } finally {
    zip.close();
  }
}

async function memberText(zip: ZipArchive, name: string): Promise<string> {
  if (!zip.members.some((m) => m.name === name)) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openMember(name)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sheetTags(workbookXml: string): { name: string; rId: string }[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([tag]) => ({ name: unescapeXml(attribute(tag, 'name') ?? ''), rId: attribute(tag, 'r:id') ?? '' }));
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** exceljs's streaming reader's own part parsers (present in 4.x; see openSheets for why we drive them). */
interface ReaderParts {
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<{ eventType: string; value: StreamedSheet }>;
}

/** A sheet as exceljs streams it: rows, each with its number and 1-based values. */
export type StreamedSheet = AsyncIterable<{ number: number; values: unknown }> & { name: string };

/**
 * The sheets of a workbook in tab order, each streamed row by row by exceljs. exceljs's own
 * streaming reader takes the archive in one pass over its bytes and learns sheet names from
 * `xl/workbook.xml`, which many writers (exceljs among them) store last; that pass sometimes
 * ends without delivering the last member and then fails with "Cannot read properties of
 * undefined (reading 'sheets')" (exceljs issue #3064; seen here on a loaded machine). So the
 * archive is read through its central directory (yauzl, within the ZIP-bomb limits) and
 * exceljs's part parsers are fed in the order they need: relationships, workbook, shared
 * strings, styles, then each sheet. No sheet is parked in a temporary file.
 */
export async function* openSheets(file: Pick<ImportFile, 'path' | 'name'>, limits: ZipLimits = defaultZipLimits): AsyncGenerator<StreamedSheet> {
  const zip = await openZip(file.path, file.name, limits);
  try {
    const has = (name: string) => zip.members.some((m) => m.name === name);
    if (!has('xl/workbook.xml')) throw new DomainError('invalid', `${file.name}: not an XLSX workbook (no xl/workbook.xml inside)`);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' }) as unknown as ReaderParts;
    if (has('xl/_rels/workbook.xml.rels')) await reader._parseRels(await zip.openMember('xl/_rels/workbook.xml.rels'));
    await reader._parseWorkbook(await zip.openMember('xl/workbook.xml'));
    if (has('xl/sharedStrings.xml')) for await (const _ of reader._parseSharedStrings(await zip.openMember('xl/sharedStrings.xml')));
    if (has('xl/styles.xml')) await reader._parseStyles(await zip.openMember('xl/styles.xml'));
    const rels = new Map([...(await memberText(zip, 'xl/_rels/workbook.xml.rels')).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map(([tag]) => [attribute(tag, 'Id') ?? '', unescapeXml(attribute(tag, 'Target') ?? '')]));
    for (const [i, { name, rId }] of sheetTags(await memberText(zip, 'xl/workbook.xml')).entries()) {
      // Targets are relative to xl/ ("worksheets/sheet1.xml"), or absolute ("/xl/worksheets/sheet1.xml");
      // a workbook without relationships is read by position, as Excel numbers its sheets.
      const target = rels.get(rId) ?? `worksheets/sheet${i + 1}.xml`;
      const member = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      if (!has(member)) continue;
      const sheetNo = /sheet(\d+)\.xml$/.exec(member)?.[1] ?? '0';
      for (const event of reader._parseWorksheet(await zip.openMember(member), sheetNo)) {
        if (event.eventType !== 'worksheet') continue;
        event.value.name = name;
        yield event.value;
      }
    }
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('invalid', `${file.name}: the workbook cannot be read (${(err as Error).message})`);
  } finally {
    zip.close();
  }
}

/**
 * The column names of a sheet (its first non-empty row; the first sheet unless one is named),
 * for format detection: reading stops at that row.
 */
export async function xlsxColumns(file: Pick<ImportFile, 'path' | 'name'>, sheet?: string, limits: ZipLimits = defaultZipLimits): Promise<string[]> {
  const { names } = await inspectWorkbook(file, limits, true);
  const name = sheet ?? names[0];
  if (!name || !names.includes(name)) return [];
  for await (const row of sheetRows(file, name, limits)) if (!isBlankRow(row.values)) return uniqueColumns(row.values, []);
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
  const limits = options.limits ?? defaultZipLimits;
  const { names } = await inspectWorkbook(file, limits, true);
  if (names.length === 0) throw new DomainError('invalid', `${file.name}: the workbook has no sheet`);
  const sheet = options.sheet ?? names[0]!;
  if (!names.includes(sheet)) throw new DomainError('invalid', `${file.name}: no sheet '${sheet}' (the sheets are ${names.map((n) => `'${n}'`).join(', ')})`);
  const notes = [names.length > 1 ? `sheet '${sheet}' read (the workbook has ${names.map((n) => `'${n}'`).join(', ')})` : `sheet '${sheet}'`];
  const rows = sheetRows(file, sheet, limits);
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

async function* sheetRows(file: Pick<ImportFile, 'path' | 'name'>, sheet: string, limits: ZipLimits): AsyncGenerator<SheetRow> {
  try {
    for await (const worksheet of openSheets(file, limits)) {
      if (worksheet.name !== sheet) continue;
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
