import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { DomainError } from '../../errors.js';
import { readCsv } from '../readers/csv.js';
import { detectDelimiter } from '../readers/delimiter.js';
import { decodedStream, decodeSample, type DetectedEncoding, detectEncoding, readHead, type TextEncoding } from '../readers/encoding.js';
import { openZip } from '../readers/zip.js';
import type { ImportFile, SourceTable } from '../types.js';

/**
 * How the public formats' profiles read a CSV: through the ingest readers (encoding and
 * delimiter detected, physical line numbers, malformed rows reported).
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

/** The file as a table whose first row names the columns (GED, ACLED, Uwazi). */
export function openCsvTable(file: ImportFile, options: CsvOptions = {}): Promise<SourceTable> {
  return readCsv(file, { encoding: options.encoding as TextEncoding | undefined, delimiter: options.delimiter });
}

/**
 * The file's rows with no header chosen (HXL: the tag row may come after title and header
 * rows of any width). Decoded like readCsv; blank lines are skipped, rows may be ragged.
 */
export async function openCsvRows(file: ImportFile, options: CsvOptions = {}): Promise<{ notes: string[]; rows: AsyncIterable<CsvRow> }> {
  const head = await readHead(file.path);
  const found = detectEncoding(head);
  const detected: DetectedEncoding = options.encoding ? { ...found, encoding: options.encoding as TextEncoding, ...(found.encoding !== options.encoding ? { bom: 0 } : {}) } : found;
  const delimiter = options.delimiter ?? detectDelimiter(decodeSample(head, detected), { whole: head.length < 65_536 });
  const notes = [detected.note, `delimiter '${delimiter === '\t' ? '\\t' : delimiter}'`];
  if (head.length === 0) return { notes, rows: (async function* () {})() };
  const parser = decodedStream(file.path, detected).pipe(parse({ delimiter, raw: true, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
  async function* rows(): AsyncGenerator<CsvRow> {
    for await (const { record, info, raw } of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
      // `lines` is the line the record ends on; its own line breaks (in quoted cells) say where it began.
      const body = raw.replace(/^[\r\n]+/, '').replace(/(\r\n|\n|\r)$/, '');
      yield { row: info.lines - (body.match(/\r\n|\n|\r/g)?.length ?? 0), cells: record };
    }
  }
  return { notes, rows: rows() };
}

/**
 * A CSV inside a ZIP archive (UCDP publishes GED as `ged251-csv.zip`): the chosen member is
 * inflated to a temporary file under the archive reader's limits, read like any CSV (records
 * name the member), and the temporary file is removed when the records have been read.
 */
export async function openCsvTableInZip(file: ImportFile, choose: (names: string[]) => string | undefined, options: CsvOptions = {}): Promise<SourceTable> {
  const zip = await openZip(file.path, file.name);
  let dir: string | undefined;
  try {
    const member = choose(zip.members.map((m) => m.name));
    if (!member) throw new DomainError('invalid', `${file.name}: no CSV member to read (members: ${zip.members.map((m) => m.name).join(', ') || 'none'})`);
    dir = await mkdtemp(join(tmpdir(), 'precursor-zip-'));
    const path = join(dir, 'member.csv');
    await pipeline(await zip.openMember(member), createWriteStream(path));
    const table = await readCsv({ path, name: member }, { encoding: options.encoding as TextEncoding | undefined, delimiter: options.delimiter, member });
    const records = table.records;
    const cleanup = dir;
    dir = undefined;
    return {
      ...table,
      notes: [...table.notes, `read from the member ${member} of ${file.name}`],
      records: (async function* () {
        try {
          yield* records;
        } finally {
          await rm(cleanup, { recursive: true, force: true });
        }
      })(),
    };
  } finally {
    zip.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
