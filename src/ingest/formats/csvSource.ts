import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { ImportFile, SourceRecord, SourceTable } from '../types.js';

/**
 * What the public formats' profiles read a CSV through. A stand-in until the ingest core's
 * readers (src/ingest/readers/) are on main: UTF-8 (BOM stripped), the delimiter given or
 * guessed from the first line; the core reader adds encoding detection and row problems.
 */
export interface CsvRow {
  /** Physical line where the row starts (1-based; quoted line breaks counted). */
  row: number;
  cells: string[];
}

export interface CsvOptions {
  encoding?: string;
  delimiter?: string;
}

/** The file's rows, no header chosen (HXL needs the rows above its tag row). */
export async function openCsvRows(file: ImportFile, options: CsvOptions = {}): Promise<{ notes: string[]; rows: AsyncIterable<CsvRow> }> {
  const delimiter = options.delimiter ?? (await guessDelimiter(file.path));
  const parser = createReadStream(file.path).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }),
  );
  async function* rows(): AsyncGenerator<CsvRow> {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; raw?: string } }>) {
      yield { row: (info as unknown as { lines: number }).lines - lineBreaksIn(record), cells: record };
    }
  }
  return { notes: [`read as UTF-8 CSV, delimiter '${delimiter === '\t' ? '\\t' : delimiter}'`], rows: rows() };
}

/** The file as a table whose first row names the columns. */
export async function openCsvTable(file: ImportFile, options: CsvOptions = {}): Promise<SourceTable> {
  const { notes, rows } = await openCsvRows(file, options);
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  const columns = first.done ? [] : first.value.cells.map((c) => c.trim());
  async function* records(): AsyncGenerator<SourceRecord> {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const { row, cells } = next.value;
      if (cells.every((c) => c === '')) continue;
      const fields: Record<string, unknown> = {};
      columns.forEach((name, i) => (fields[name] = cells[i] ?? ''));
      yield { row, fields };
    }
  }
  return { columns, notes, records: records() };
}

// The last line of the record is what csv-parse counts; a quoted cell with line breaks started earlier.
function lineBreaksIn(record: string[]): number {
  return record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
}

async function guessDelimiter(path: string): Promise<string> {
  const stream = createReadStream(path, { start: 0, end: 64 * 1024 - 1, encoding: 'utf8' });
  let head = '';
  for await (const chunk of stream) head += chunk as string;
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return [',', ';', '\t', '|'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
}
