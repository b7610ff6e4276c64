import type { FormatSample, SourceRecord, SourceTable } from '../types.js';

/**
 * What the public data sets' profiles (GED, ACLED, Uwazi) add to a plain CSV table: derived
 * columns, named with a leading `_` so that they never collide with the source's own, computed
 * from each record (e.g. GED's `_start_date` from date_start, date_end and date_prec). A mapping
 * names them like any column; the source's columns stay as they were.
 */
export type DeriveColumns = (fields: Record<string, unknown>) => Record<string, string>;

export function withDerivedColumns(table: SourceTable, derived: readonly string[], derive: DeriveColumns, note?: string): SourceTable {
  const records = table.records;
  return {
    ...table,
    columns: [...table.columns, ...derived.filter((c) => !table.columns.includes(c))],
    notes: note ? [...table.notes, note] : table.notes,
    records: (async function* () {
      // The reader makes a fresh record per row, so the derived values are added in place: copying
      // a 49-column GED record cost more than deriving its columns (measured, bench/publicFormats.ts).
      for await (const record of records) {
        Object.assign(record.fields, derive(record.fields));
        yield record satisfies SourceRecord;
      }
    })(),
  };
}

/** A cell as text, trimmed ('' for empty or missing): CSV gives strings, JSON may give numbers. */
export function text(fields: Record<string, unknown>, column: string): string {
  const value = fields[column];
  if (value === undefined || value === null) return '';
  return String(value).trim();
}

/** A cell as a whole number ≥ 0, or undefined when empty or not one. */
export function count(fields: Record<string, unknown>, column: string): number | undefined {
  const raw = text(fields, column);
  if (!/^\d+(\.0+)?$/.test(raw)) return undefined;
  return Number(raw);
}

/**
 * The column names of a sample, for detection: the reader's when it could tell, else the
 * first line of the file's head split on the likeliest delimiter (detection only looks for
 * known names, so a rough split is enough; the real reading is the CSV reader's).
 */
export function sampleColumns(sample: FormatSample): string[] {
  // The profiles that use this read CSV: a workbook's columns are not theirs to claim.
  if (sample.members?.includes('xl/workbook.xml')) return [];
  if (sample.columns?.length) return sample.columns.map((c) => c.trim().toLowerCase());
  let head = sample.head.toString('utf8');
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t', '|'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  return firstLine.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase());
}

/** Share of `wanted` names present among `columns` (0…1). */
export function share(columns: readonly string[], wanted: readonly string[]): number {
  const present = new Set(columns);
  return wanted.filter((w) => present.has(w)).length / wanted.length;
}
