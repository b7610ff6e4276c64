import { DomainError } from '../../errors.js';
import type { FormatProfile, FormatSample, SourceRecord, SourceTable } from '../types.js';
import { type CsvRow, openCsvRows } from './csvSource.js';
import { createHash } from 'node:crypto';
import { countryNameToIso3 } from './gleditschWard.js';
import { formatHxlTag, hxlTagMatches, hxlTagRowSearchLimit, isHxlTagRow, parseHxlTag } from './hxlTags.js';

/**
 * HXL-tagged CSV (hxlstandard.org). The hashtag row may come first, or after a preamble: title
 * rows, then a row of human headers, then the tags. The profile finds it in the first 25 rows,
 * names each column by its header (the row just above the tags) or else by its tag, and gives
 * the table's `hxlTags` so that a mapping can name columns by tag (`{ tag: '#affected+killed' }`).
 * Columns without a tag are kept by name, and gathered into `_narrative` as "header: value"
 * lines after the `#description` text, so nothing the publisher wrote is lost.
 *
 * Derived columns, for what one tag cannot say alone (data/mappings/hxl.yaml):
 * `_key` (#event+id, else a hash of the row), `_title` (#event+name, else type, place and
 * date), `_start_date` (#date+start, else #date+occurred, else a #date that is not an end or
 * report date), `_end_date` (#date+end), `_report_date` (#date+reported), `_country_iso3`
 * (#country+code, else #country+name as ISO alpha-3).
 */
export const hxlProfile: FormatProfile = {
  format: 'hxl',
  defaultMapping: 'hxl',
  detect: detectHxl,
  async open(file, options) {
    const { notes, rows } = await openCsvRows(file, options);
    return hxlTableFromRows(rows, notes);
  },
};

export function detectHxl(sample: FormatSample): number {
  const head = sampleText(sample.head);
  if (head === undefined) return 0;
  // Only complete lines: a full 64 kB head may cut its last one. A rough split is enough to spot a tag row.
  const lines = head.split(/\r?\n/);
  if (sample.head.length >= 64 * 1024 && lines.length > 1) lines.pop();
  for (const line of lines.slice(0, hxlTagRowSearchLimit)) {
    const delimiter = [',', ';', '\t'].reduce((best, d) => (line.split(d).length > line.split(best).length ? d : best), ',');
    const cells = line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (isHxlTagRow(cells)) return 0.95;
  }
  return 0;
}

/** The head as text: UTF-16 by its byte order mark, else UTF-8 (Windows-1252 bytes only spoil accented letters, never a hashtag). Binary: undefined. */
function sampleText(head: Buffer): string | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  // NUL bytes without a byte order mark: a binary file (XLSX, ZIP), which this profile does not read.
  if (head.includes(0)) return undefined;
  return head.toString('utf8').replace(/^\uFEFF/, '');
}

/** Columns every HXL table gets from the profile. */
export const hxlDerivedColumns = ['_narrative', '_key', '_title', '_start_date', '_end_date', '_report_date', '_country_iso3'] as const;

/** Builds the table from the file's raw rows (exported for tests, which feed rows directly). */
export async function hxlTableFromRows(rows: AsyncIterable<CsvRow>, readerNotes: string[] = []): Promise<SourceTable> {
  const iterator = rows[Symbol.asyncIterator]();
  const before: CsvRow[] = [];
  let tagRow: CsvRow | undefined;
  while (before.length < hxlTagRowSearchLimit) {
    const next = await iterator.next();
    if (next.done) break;
    if (isHxlTagRow(next.value.cells)) {
      tagRow = next.value;
      break;
    }
    before.push(next.value);
  }
  if (!tagRow) {
    await iterator.return?.();
    throw new DomainError('invalid', `no HXL hashtag row in the first ${hxlTagRowSearchLimit} rows: not an HXL file (import it as plain CSV, or add a row of hashtags under the headers)`, [
      { field: 'format', code: 'invalid', message: 'no HXL hashtag row found' },
    ]);
  }

  const header = [...before].reverse().find((r) => r.cells.some((c) => c.trim() !== ''));
  const columns: string[] = [];
  const hxlTags: Record<string, string> = {};
  const untagged: string[] = [];
  const descriptionColumns: string[] = [];
  const width = Math.max(tagRow.cells.length, header?.cells.length ?? 0);
  for (let i = 0; i < width; i++) {
    const tag = parseHxlTag(tagRow.cells[i] ?? '');
    const headerText = (header?.cells[i] ?? '').trim();
    let name = headerText || (tag ? formatHxlTag(tag) : `column ${i + 1}`);
    for (let n = 2; columns.includes(name); n++) name = `${headerText || (tag ? formatHxlTag(tag) : `column ${i + 1}`)} (${n})`;
    columns.push(name);
    if (tag) {
      hxlTags[name] = formatHxlTag(tag);
      if (tag.hashtag === '#description') descriptionColumns.push(name);
    } else untagged.push(name);
  }

  const notes = [...readerNotes, `HXL hashtag row found at line ${tagRow.row}${header ? `, headers at line ${header.row}` : ' (no header row above it)'}`];
  if (untagged.length) notes.push(`columns without a hashtag, kept by name and added to the narrative (_narrative): ${untagged.join(', ')}`);

  const tagged = (pattern: string, unless: string[] = []) =>
    columns.find((c) => hxlTags[c] && hxlTagMatches(pattern, hxlTags[c]!) && !unless.some((u) => hxlTagMatches(u, hxlTags[c]!)));
  const by = {
    id: tagged('#event+id'),
    name: tagged('#event+name'),
    type: tagged('#event+type'),
    place: tagged('#loc+name') ?? tagged('#adm2+name') ?? tagged('#adm1+name'),
    start: tagged('#date+start') ?? tagged('#date+occurred') ?? tagged('#date', ['#date+end', '#date+reported']),
    end: tagged('#date+end'),
    reported: tagged('#date+reported'),
    countryCode: tagged('#country+code'),
    countryName: tagged('#country', ['#country+code']),
  };
  const cell = (fields: Record<string, unknown>, column: string | undefined) => (column ? String(fields[column] ?? '').trim() : '');

  async function* records(): AsyncGenerator<SourceRecord> {
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const { row, cells } = next.value;
        if (cells.every((c) => c.trim() === '')) continue;
        const fields: Record<string, unknown> = {};
        columns.forEach((name, i) => (fields[name] = cells[i] ?? ''));
        fields._narrative = narrative(fields, descriptionColumns, untagged);
        fields._key = cell(fields, by.id) || rowHash(cells);
        fields._title = cell(fields, by.name) || [cell(fields, by.type), cell(fields, by.place), cell(fields, by.start)].filter(Boolean).join(', ');
        fields._start_date = cell(fields, by.start);
        fields._end_date = cell(fields, by.end);
        fields._report_date = cell(fields, by.reported);
        const code = cell(fields, by.countryCode).toUpperCase();
        fields._country_iso3 = code || (countryNameToIso3(cell(fields, by.countryName)) ?? cell(fields, by.countryName));
        yield { row, fields };
      }
    } finally {
      await iterator.return?.();
    }
  }

  return { columns: [...columns, ...hxlDerivedColumns], hxlTags, notes, records: records() };
}

/** A key for a row without an id: its cells, hashed (the same row gives the same key on every run). */
function rowHash(cells: string[]): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(cells.map((c) => c.trim()))).digest('hex').slice(0, 32)}`;
}

function narrative(fields: Record<string, unknown>, descriptionColumns: string[], untagged: string[]): string {
  const parts = descriptionColumns.map((c) => String(fields[c] ?? '').trim()).filter(Boolean);
  const extra = untagged.flatMap((c) => {
    const value = String(fields[c] ?? '').trim();
    return value ? [`${c}: ${value}`] : [];
  });
  if (extra.length) parts.push(extra.join('\n'));
  return parts.join('\n\n');
}
