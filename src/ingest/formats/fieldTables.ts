import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DomainError } from '../../errors.js';
import { cellText, openSheets } from '../readers/xlsx.js';

/**
 * Tables as the field tools' profiles read them: a header row and rows of text cells, each with
 * its physical row number (header = 1). A small stand-in over csv-parse and exceljs until the
 * shared readers (src/ingest/readers/) are on main; the Kobo and ODK profiles only need this
 * shape, so switching to those readers changes this file alone.
 */
export interface TableRow {
  /** CSV: the physical line where the record starts (quoted newlines counted); XLSX: the sheet's row number. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  columns: string[];
  delimiter: string;
  rows: AsyncIterable<TableRow>;
}

const candidates = [',', ';', '\t', '|'];

/**
 * The delimiter of a CSV from its first line: the candidate seen most often outside quotes.
 * KoboToolbox writes `;` by default, ODK `,`.
 */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map(candidates.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [c, n] of counts) if (n > counts.get(best)!) best = c;
  return best;
}

/** Reads the start of a stream (up to `bytes`), then destroys it. */
export async function readHead(open: () => Promise<Readable>, bytes = 64 * 1024): Promise<Buffer> {
  const stream = await open();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** The header and rows of a CSV (UTF-8, with or without BOM), its delimiter detected unless given. */
export async function openCsvTable(open: () => Promise<Readable>, options: { delimiter?: string } = {}): Promise<CsvTable> {
  const head = (await readHead(open)).toString('utf8').replace(/^\uFEFF/, '');
  const delimiter = options.delimiter ?? detectDelimiter(head.split(/\r?\n/, 1)[0] ?? '');
  const all = parseRows(open, delimiter);
  const iterator = all[Symbol.asyncIterator]();
  const first = await iterator.next();
  const columns = first.done ? [] : first.value.cells.map((c) => c.trim());
  const rows: AsyncIterable<TableRow> = {
    [Symbol.asyncIterator]: () => iterator,
  };
  return { columns, delimiter, rows };
}

async function* parseRows(open: () => Promise<Readable>, delimiter: string): AsyncGenerator<TableRow> {
  const source = await open();
  const parser = parse({ delimiter, bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
  // pipe() does not pass a source's failure on: the parser would wait for ever.
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  for await (const item of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
    // csv-parse reports the line where a record ends; the record starts as many lines earlier as it holds line breaks.
    const body = item.raw.replace(/\r?\n$/, '').replace(/^(\r?\n)+/, '');
    const breaks = body.split('\n').length - 1;
    yield { row: item.info.lines - breaks, cells: item.record };
  }
}

export function openFile(path: string): () => Promise<Readable> {
  return async () => createReadStream(path);
}

export interface SheetTable {
  name: string;
  columns: string[];
  rows: AsyncIterable<TableRow>;
}

/**
 * The sheets of an XLSX workbook, in order, streamed (exceljs's WorkbookReader): each sheet's
 * first non-empty row is its header. Cells become text: numbers as written, dates as ISO
 * (a date alone when it has no time of day), formulas by their cached result, rich text joined,
 * errors by their code.
 */
export async function* readXlsxSheets(path: string): AsyncGenerator<SheetTable> {
  try {
    yield* sheetsOf(path);
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('invalid', `the workbook cannot be read (${(err as Error).message}): is it an XLSX file, whole?`, [
      { field: 'file', code: 'invalid', message: 'not a readable XLSX workbook' },
    ]);
  }
}

async function* sheetsOf(path: string): AsyncGenerator<SheetTable> {
  for await (const sheet of openSheets({ path, name: basename(path) })) {
    const iterator = sheet[Symbol.asyncIterator]();
    let columns: string[] | undefined;
    while (!columns) {
      const next = await iterator.next();
      if (next.done) break;
      const cells = rowCells(next.value.values as unknown[]);
      if (cells.some((c) => c !== '')) columns = cells.map((c) => c.trim());
    }
    if (!columns) continue;
    const width = columns.length;
    async function* rows(): AsyncGenerator<TableRow> {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        const cells = rowCells(next.value.values as unknown[]);
        if (cells.every((c) => c === '')) continue;
        while (cells.length < width) cells.push('');
        yield { row: next.value.number, cells };
      }
    }
    const table: SheetTable = { name: sheet.name, columns, rows: rows() };
    yield table;
    // A sheet the caller did not read to its end must still be drained before the next one.
    for await (const _ of table.rows) void _;
  }
}

function rowCells(values: unknown[]): string[] {
  // exceljs's row.values is 1-based: index 0 is always empty. Cells read as the generic XLSX
  // reader reads them (one cellText): an error cell keeps its code (#N/A), so a mapped code or
  // date reports it rather than reading an empty cell.
  const cells: string[] = [];
  for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).value);
  return cells;
}

