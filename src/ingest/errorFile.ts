import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify, type Stringifier } from 'csv-stringify';
import type { ImportFormat, RowProblem, SourceRecord } from './types.js';

/** Formats whose records are JSON objects: their rejected rows are written as NDJSON; every other format's as CSV. */
const jsonFormats: ReadonlySet<ImportFormat> = new Set(['json', 'ndjson', 'geojson', 'esf']);

export function errorFileKind(format: ImportFormat): 'csv' | 'ndjson' {
  return jsonFormats.has(format) ? 'ndjson' : 'csv';
}

/** The reason column: every problem of the row, with the field and the target. */
export function reasonText(problems: RowProblem[]): string {
  return problems.map((p) => `${p.field && !p.message.startsWith(`${p.field}:`) ? `${p.field}: ` : ''}${p.message}${p.target ? ` [${p.target}]` : ''}`).join('; ');
}

/**
 * The rejected rows, written as the file came (CSV for CSV/XLSX-like inputs, NDJSON for JSON
 * ones): the row's own columns plus `reason`, so a person can fix the rows in place and import
 * the error file again with the same mapping (the `reason` column is not mapped). The file is
 * created with its first rejected row; a run with none leaves no file.
 */
export class ErrorFile {
  private csv?: Stringifier;
  private out?: WriteStream;
  private finished?: Promise<void>;
  rows = 0;

  constructor(
    readonly path: string,
    private readonly format: ImportFormat,
    private readonly columns: string[],
  ) {}

  async add(record: Pick<SourceRecord, 'fields' | 'row' | 'sheet' | 'file'>, problems: RowProblem[]): Promise<void> {
    this.rows++;
    const reason = reasonText(problems);
    if (errorFileKind(this.format) === 'ndjson') {
      this.out ??= this.open();
      const line = `${JSON.stringify({ ...record.fields, reason })}\n`;
      if (!this.out.write(line)) await once(this.out, 'drain');
      return;
    }
    if (!this.csv) {
      this.out = this.open();
      // Columns the header did not name (a ragged row's extra fields) go after the known ones.
      this.csv = stringify({ header: true, columns: [...this.columns, ...(this.columns.includes('reason') ? ['import reason'] : ['reason'])] });
      this.csv.pipe(this.out);
    }
    const row = [...this.columns.map((c) => cellText(record.fields[c])), `${reason}${extraText(record.fields, this.columns)}`];
    if (!this.csv.write(row)) await once(this.csv, 'drain');
  }

  private open(): WriteStream {
    const out = createWriteStream(this.path, { encoding: 'utf8' });
    this.finished = once(out, 'close').then(() => undefined);
    out.on('error', () => {});
    return out;
  }

  /** Flushes and closes the file; the path when rows were written, else null. */
  async close(): Promise<string | null> {
    if (!this.out) return null;
    if (this.csv) this.csv.end();
    else this.out.end();
    await this.finished;
    return this.path;
  }
}

function cellText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function extraText(fields: Record<string, unknown>, columns: string[]): string {
  const extra = Object.keys(fields).filter((k) => !columns.includes(k));
  return extra.length ? ` (not in the header: ${extra.map((k) => `${k}=${cellText(fields[k])}`).join(', ')})` : '';
}
