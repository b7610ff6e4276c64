import { parse, type CsvError } from 'csv-parse';
import type { ImportFile, RowProblem, SourceRecord, SourceTable } from '../types.js';
import { isBlankRow, uniqueColumns } from './columns.js';
import { csvDelimiters, detectDelimiter } from './delimiter.js';
import { decodedStream, decodeSample, detectEncoding, type DetectedEncoding, readHead, type TextEncoding } from './encoding.js';

export interface CsvReadOptions {
  /** Skip detection: the file's encoding / delimiter as the user states it. */
  encoding?: TextEncoding;
  delimiter?: string;
  /** The member's name when the file came out of a ZIP archive (for reports). */
  member?: string;
}

const encodingNames: Record<TextEncoding, string> = { utf8: 'UTF-8', utf16le: 'UTF-16 little-endian', utf16be: 'UTF-16 big-endian', windows1252: 'Windows-1252' };
const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** One parsed record with the physical line it starts on, or the reader's problem. */
type Parsed = { values: string[]; line: number; skipped: RowProblem[] };

/**
 * Reads a CSV file as a stream of records keyed by the header row's column names. The
 * encoding and the delimiter are detected (and noted) unless given. A record's row is the
 * physical line where it starts, the header being line 1 and a quoted line break counting
 * as a line — so the row a report names is the one a text editor shows.
 *
 * What cannot be read is reported, never guessed: a record with more or fewer fields than
 * the header is returned with a `malformed-row` problem; a quote never closed makes the rest
 * of the file one field, and those lines are reported as one problem. A stray quote inside
 * a field is kept as the text it is.
 * Memory stays flat: the file is decoded and parsed as a stream.
 */
export async function readCsv(file: Pick<ImportFile, 'path' | 'name'>, options: CsvReadOptions = {}): Promise<SourceTable> {
  const head = await readHead(file.path);
  const notes: string[] = [];
  if (head.length === 0) return { columns: [], notes: ['the file is empty'], records: (async function* () {})() };
  const detected: DetectedEncoding = options.encoding
    ? { ...detectEncoding(head), encoding: options.encoding, note: `encoding ${encodingNames[options.encoding]} (as given)` }
    : detectEncoding(head);
  if (options.encoding && detectEncoding(head).encoding !== options.encoding) detected.bom = 0;
  notes.push(detected.note);
  const sample = decodeSample(head, detected);
  const delimiter = options.delimiter ?? detectDelimiter(sample, { whole: head.length < 65_536 });
  notes.push(`delimiter ${delimiterNames[delimiter] ?? `'${delimiter}'`}${options.delimiter ? ' (as given)' : ''}`);

  // The header row, read from the sample (it is in the first 64 kB unless absurdly wide).
  const header = await firstRecord(sample, delimiter);
  if (!header) return { columns: [], notes: [...notes, 'the file holds no header row (only blank lines)'], records: (async function* () {})() };
  const columns = uniqueColumns(header, notes);
  let bytes = 0;
  return {
    columns,
    notes,
    bytesRead: () => bytes,
    // Opened on the first record asked for: detection and previews that only want the columns open nothing.
    records: records(() => decodedStream(file.path, detected, (n) => (bytes += n)), delimiter, columns, options.member),
  };
}

async function firstRecord(sample: string, delimiter: string): Promise<string[] | undefined> {
  for await (const parsed of parseLines(sample, delimiter)) if (parsed.values.length && !isBlankRow(parsed.values)) return parsed.values;
  return undefined;
}

async function* records(open: () => NodeJS.ReadableStream, delimiter: string, columns: string[], member?: string): AsyncGenerator<SourceRecord> {
  let header = true;
  for await (const { values, line, skipped } of parseLines(open(), delimiter)) {
    const origin = { row: line, ...(member ? { file: member } : {}) };
    for (const problem of skipped) yield { row: problem.row, ...(member ? { file: member } : {}), fields: {}, problems: [{ ...problem, ...(member ? { file: member } : {}) }] };
    if (values.length === 0 || isBlankRow(values)) continue;
    if (header) {
      header = false;
      continue;
    }
    const fields: Record<string, unknown> = {};
    columns.forEach((c, i) => (fields[c] = values[i] ?? ''));
    const extra = values.slice(columns.length);
    if (values.length < columns.length || !isBlankRow(extra)) {
      const problem: RowProblem = {
        ...origin,
        code: 'malformed-row',
        message: `line ${line} has ${values.length} field${values.length === 1 ? '' : 's'} where the header has ${columns.length}: a missing or extra delimiter would shift the values into the wrong columns`,
      };
      if (extra.length) fields['(extra fields)'] = extra.join(delimiter);
      yield { ...origin, fields, problems: [problem] };
      continue;
    }
    yield { ...origin, fields };
  }
}

/**
 * csv-parse, in order: each record with the line it starts on, and the problems of lines it
 * skipped before it (its on_record and on_skip callbacks run in file order). Skipped lines
 * after the last record come with an empty record.
 */
async function* parseLines(text: NodeJS.ReadableStream | string, delimiter: string): AsyncGenerator<Parsed> {
  // Line breaks consumed so far, counted here from each record's raw text: csv-parse's own
  // `lines` counts a CRLF inside a quoted field as two lines.
  let consumed = 0;
  let pending: RowProblem[] = [];
  const options = {
    delimiter,
    raw: true,
    relax_column_count: true,
    // A stray double quote inside a field (`5'2" tall`, `"bad"x`) is kept as text: strict
    // parsing lost its sync there and swallowed the rows after it into one broken field.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      if (!err) return;
      const from = consumed + 1;
      const at = Math.max(from, Number((err as CsvError & { lines?: number }).lines ?? from));
      const where = err.code === 'CSV_QUOTE_NOT_CLOSED' ? `from line ${from} to the end of the file` : from === at ? `line ${at}` : `lines ${from}–${at}`;
      pending.push({ row: from, code: 'malformed-row', message: `${where} could not be read: ${csvReason(err)}` });
      consumed = at;
    },
    // With `raw`, a record arrives as { record, raw }: its text from the end of the previous
    // record, blank lines skipped before it included.
    on_record: ({ record, raw }: { record: string[]; raw: string }) => {
      const blank = /^[\r\n]+/.exec(raw)?.[0] ?? '';
      const line = consumed + 1 + breaks(blank);
      consumed += breaks(raw);
      const skipped = pending;
      pending = [];
      return { values: record, line, skipped } as never;
    },
  };
  const parser = parse(options as unknown as import('csv-parse').Options);
  const feed = typeof text === 'string' ? undefined : text;
  if (feed) {
    feed.on('error', (err) => parser.destroy(err as Error));
    feed.pipe(parser);
  } else {
    parser.end(text);
  }
  try {
    for await (const item of parser as AsyncIterable<Parsed>) yield item;
  } finally {
    // A reader that stops early (a preview) closes the file.
    (feed as (NodeJS.ReadableStream & { destroy?: () => void }) | undefined)?.destroy?.();
  }
  if (pending.length) yield { values: [], line: pending[0]!.row, skipped: pending };
}

const breaks = (s: string) => s.match(/\r\n|\n|\r/g)?.length ?? 0;

function csvReason(err: CsvError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed (an unbalanced double quote)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a double quote closes a field but is followed by more text (a quote inside a field must be doubled: "")';
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text after a closing double quote';
    default:
      return err.message;
  }
}

export { csvDelimiters };
