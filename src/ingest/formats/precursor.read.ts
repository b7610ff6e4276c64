import { createReadStream } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { precursorExportMarker, restoreText } from '../export/neutralise.js';
import type { SourceRecord } from '../types.js';

/**
 * Reading Precursor's own exports back (and its ESF JSON): the layouts src/ingest/export
 * writes, streamed — a JSON document with one element per line after a first line that names
 * it, NDJSON, and CSV (with or without the HXL hashtag row) marked by the `precursor_export`
 * column, whose neutralised text cells are restored (export/neutralise.ts).
 */

/** The first bytes of a file, as text (for telling our layouts apart). */
export async function headOf(path: string, bytes = 64 * 1024): Promise<string> {
  const handle = await openFile(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\ufeff/, '');
  } finally {
    await handle.close();
  }
}

export async function* lines(path: string): AsyncGenerator<{ text: string; line: number }> {
  const reader = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line += 1;
    yield { text: line === 1 ? text.replace(/^\ufeff/, '') : text, line };
  }
}

/** Thrown for a file that is not in the layout its first line announced (the pipeline reports it). */
export class LayoutError extends Error {}

/**
 * The elements of a JSON document we wrote one per line: `{"<header>":…,"<list>":[` on line 1,
 * then one element per line (ending with `,` but the last), then `]}`. Each element is
 * parsed on its own: a damaged line is a problem of that record, not of the file.
 */
export async function* elementsPerLine(path: string): AsyncGenerator<{ value: unknown; line: number } | { error: string; line: number }> {
  let first = true;
  for await (const { text, line } of lines(path)) {
    if (first) {
      first = false;
      if (!/\[\s*$/.test(text)) throw new LayoutError(`line 1 does not open a list of records, one per line, as Precursor's exports do`);
      continue;
    }
    const trimmed = text.trim().replace(/,$/, '');
    if (trimmed === '' || trimmed === ']}') continue;
    try {
      yield { value: JSON.parse(trimmed), line };
    } catch (err) {
      yield { error: `not JSON: ${(err as Error).message}`, line };
    }
  }
}

export async function* ndjsonElements(path: string): AsyncGenerator<{ value: unknown; line: number } | { error: string; line: number }> {
  for await (const { text, line } of lines(path)) {
    if (text.trim() === '') continue;
    try {
      yield { value: JSON.parse(text), line };
    } catch (err) {
      yield { error: `not JSON: ${(err as Error).message}`, line };
    }
  }
}

/** The header row of a Precursor CSV export (first line, without BOM), split naively: our headers hold no commas. */
export const csvHeaderOf = (head: string) => (head.split(/\r?\n/, 1)[0] ?? '').split(',');

export const isPrecursorCsvHead = (head: string) => csvHeaderOf(head).includes(precursorExportMarker);

/**
 * The rows of a Precursor CSV (or HXL) export as records: each cell's neutralising undone,
 * the HXL hashtag row skipped, `row` the physical line where the record starts (header = 1).
 */
export async function* precursorCsvRecords(path: string, columns: { value: string[] }): AsyncGenerator<SourceRecord> {
  // csv-parse counts a CRLF inside a quoted cell as two lines: lines are counted here from
  // each record's raw text instead (CRLF, LF or CR each one break, the record's end included).
  const parser = createReadStream(path).pipe(parse({ bom: true, raw: true, relax_column_count: true, skip_empty_lines: true }));
  let header: string[] | undefined;
  let nextLine = 1;
  for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    const startLine = nextLine;
    nextLine += Math.max(1, (raw.match(/\r\n|\r|\n/g) ?? []).length);
    if (!header) {
      header = record;
      columns.value = header;
      continue;
    }
    if (startLine === 2 && record.every((cell) => cell === '' || cell.startsWith('#'))) continue; // the HXL hashtag row
    const fields: Record<string, unknown> = {};
    header.forEach((name, i) => {
      fields[name] = restoreText(record[i] ?? '');
    });
    yield { row: startLine, fields };
  }
}
