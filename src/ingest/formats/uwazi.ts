import { createHash } from 'node:crypto';
import type { FormatProfile, FormatSample, SourceTable } from '../types.js';
import { openCsvTable } from './csvSource.js';
import { sampleColumns, text, withDerivedColumns } from './derivedColumns.js';
import { countryNameToIso3 } from './gleditschWard.js';

/**
 * Uwazi (HURIDOCS) CSV: the CSV export of a collection and the CSV import file (docs.uwazi.io,
 * "CSV import"). Columns are a template's properties, so each collection differs; what Uwazi
 * fixes is how values are written, and that is what the profile reads:
 *
 * - `title`, and multilingual properties as `<property>__<language>` (`title__en`, `title__es`):
 *   the profile derives `<property>` from the English column (else the first language), unless a
 *   plain column exists, and keeps the others in `_other_languages` ("title (es): …");
 * - several values in one cell joined by `|`; values of a grouped thesaurus as `Parent::Child`:
 *   for each such column the profile derives `_<column>_child` and `_<column>_parent` (each `|`-joined,
 *   in order), e.g. a targeted group "Ethnicity::Rohingya" → child Rohingya, parent Ethnicity;
 * - geolocation as `lat|lon` (latitude first): `_latitude`, `_longitude`;
 * - a link as `label|url`: `_<column>_label`, `_<column>_url`;
 * - dates as `2023-05-01`, `2023/05/01` or `January 15, 2023`, a range as `start:end` (either side
 *   may be empty), several as `a|b`: each column whose name contains "date" (but not "date added"
 *   or "creation date", which say when the record was made) gets `_<column>_start` and
 *   `_<column>_end` in our written form;
 * - `_country_iso3` from a `country` column (the thesaurus label, e.g. "Myanmar");
 * - `_key`: Uwazi's shared id (`id`, `sharedId`) when the file has it, else a hash of the record.
 */
export const uwaziProfile: FormatProfile = {
  format: 'uwazi',
  defaultMapping: 'uwazi',
  detect: detectUwazi,
  async open(file, options) {
    return uwaziTable(await openCsvTable(file, options));
  },
};

export function detectUwazi(sample: FormatSample): number {
  const columns = sampleColumns(sample);
  const hasTitle = columns.some((c) => c === 'title' || /^title__[a-z]{2,3}$/.test(c));
  if (!hasTitle) return 0;
  const languageColumns = columns.some((c) => /__[a-z]{2,3}$/.test(c));
  const uwaziColumns = columns.some((c) => ['template', 'date added', 'geolocation', 'attachments', 'files', 'sharedid'].includes(c) || c.endsWith('_geolocation'));
  const head = sample.head.toString('utf8');
  const thesaurusValues = /[^:\s]::[^:\s]/.test(head);
  const score = (languageColumns ? 0.5 : 0) + (uwaziColumns ? 0.5 : 0) + (thesaurusValues ? 0.2 : 0);
  return Math.min(score, 0.9);
}

/** The table with the derived columns (exported for tests, which build tables in memory). */
export function uwaziTable(table: SourceTable): SourceTable {
  const plan = derivationPlan(table.columns);
  return withDerivedColumns(table, plan.derived, (fields) => deriveUwaziColumns(fields, plan), 'Uwazi CSV: languages, thesaurus paths, geolocation and dates derived per the Uwazi CSV import format');
}

interface Plan {
  /** property → its language columns, default language first. */
  languages: Map<string, string[]>;
  dates: string[];
  geolocation?: string;
  country?: string;
  key?: string;
  columns: string[];
  /** Each column's name as Uwazi matches it (lower case, spaces as `_`), computed once for the file. */
  normal: Map<string, string>;
  /** The columns sorted, for the record hash. */
  sorted: string[];
  derived: string[];
}

const normalise = (name: string) => name.trim().toLowerCase().replace(/\s+/g, '_');

export function derivationPlan(columns: string[]): Plan {
  const languages = new Map<string, string[]>();
  for (const column of columns) {
    const m = /^(.+)__([a-z]{2,3})$/i.exec(column);
    if (!m || columns.includes(m[1]!)) continue;
    const list = languages.get(m[1]!) ?? [];
    if (m[2]!.toLowerCase() === 'en') list.unshift(column);
    else list.push(column);
    languages.set(m[1]!, list);
  }
  const dates = columns.filter((c) => /date/i.test(c) && !/^(date_added|creation_date|creationdate|date_added__[a-z]+)$/.test(normalise(c)));
  const geolocation = columns.find((c) => /geolocation/i.test(c));
  const country = columns.find((c) => ['country', 'country__en'].includes(normalise(c)));
  const key = columns.find((c) => ['id', 'sharedid', 'shared_id'].includes(normalise(c)));
  const derived = [
    ...languages.keys(),
    '_other_languages',
    '_narrative',
    ...columns.flatMap((c) => [`_${normalise(c)}_child`, `_${normalise(c)}_parent`, `_${normalise(c)}_label`, `_${normalise(c)}_url`]),
    ...dates.flatMap((c) => [`_${normalise(c)}_start`, `_${normalise(c)}_end`]),
    '_latitude',
    '_longitude',
    '_country_iso3',
    '_key',
  ];
  return { languages, dates, geolocation, country, key, columns, normal: new Map(columns.map((c) => [c, normalise(c)])), sorted: [...columns].sort(), derived };
}

function deriveUwaziColumns(fields: Record<string, unknown>, plan: Plan): Record<string, string> {
  const out: Record<string, string> = {};
  const others: string[] = [];
  for (const [property, languageColumns] of plan.languages) {
    const values = languageColumns.map((c) => ({ column: c, value: text(fields, c) }));
    const chosen = values.find((v) => v.value !== '');
    out[property] = chosen?.value ?? '';
    for (const v of values) if (v !== chosen && v.value !== '') others.push(`${property} (${v.column.slice(property.length + 2)}): ${v.value}`);
  }
  out._other_languages = others.join('\n');
  // The description (of the default language) and the other languages after it.
  const description = out.description ?? text(fields, plan.columns.find((c) => normalise(c) === 'description') ?? 'description');
  out._narrative = [description, out._other_languages].filter(Boolean).join('\n\n');

  for (const column of plan.columns) {
    const value = text(fields, column);
    if (!value.includes('::')) continue;
    const name = plan.normal.get(column)!;
    const parts = value.split('|').map((v) => v.trim()).filter(Boolean);
    out[`_${name}_child`] = parts.map((p) => (p.includes('::') ? p.slice(p.lastIndexOf('::') + 2).trim() : p)).join('|');
    out[`_${name}_parent`] = parts.map((p) => (p.includes('::') ? p.slice(0, p.indexOf('::')).trim() : '')).join('|');
  }

  // A link property: "label|url" (docs.uwazi.io, CSV import: link), several joined by '|'.
  for (const column of plan.columns) {
    const value = text(fields, column);
    if (!value.includes('://')) continue;
    const m = /^([^|]*)\|(https?:\/\/[^|\s]+)/.exec(value);
    if (!m) continue;
    out[`_${plan.normal.get(column)}_label`] = m[1]!.trim();
    out[`_${plan.normal.get(column)}_url`] = m[2]!;
  }

  for (const column of plan.dates) {
    const { start, end } = uwaziDates(text(fields, column));
    out[`_${plan.normal.get(column)}_start`] = start;
    out[`_${plan.normal.get(column)}_end`] = end;
  }

  if (plan.geolocation) {
    const [lat, lon] = text(fields, plan.geolocation).split('|').map((v) => v.trim());
    out._latitude = lat ?? '';
    out._longitude = lon ?? '';
  }
  if (plan.country) out._country_iso3 = countryNameToIso3(text(fields, plan.country)) ?? text(fields, plan.country);
  out._key = (plan.key && text(fields, plan.key)) || recordHash(fields, plan.sorted);
  return out;
}

/** A stable key for a record without an id: SHA-256 of its columns' values, columns sorted by name. */
function recordHash(fields: Record<string, unknown>, sortedColumns: string[]): string {
  const hash = createHash('sha256');
  hash.update(sortedColumns.map((c) => `${c}\u0000${text(fields, c)}`).join('\u0000'));
  return `sha256:${hash.digest('hex').slice(0, 32)}`;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** One Uwazi date (as written) in our form, or undefined. */
export function uwaziDay(written: string): string | undefined {
  const value = written.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  const month = m ? months.findIndex((name) => name.startsWith(m![1]!.toLowerCase())) : -1;
  if (m && month >= 0) return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  m = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(value);
  const month2 = m ? months.findIndex((name) => name.startsWith(m![2]!.toLowerCase())) : -1;
  if (m && month2 >= 0) return `${m[3]}-${String(month2 + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  // A month or a year alone: Uwazi's own dates are days, but people filling import files write these.
  m = /^(\d{4})(?:[-/](\d{1,2}))?$/.exec(value);
  if (m) return m[2] ? `${m[1]}-${m[2].padStart(2, '0')}` : m[1];
  return undefined;
}

/**
 * A date cell: one date, a range `start:end`, or several `a|b` (the earliest starts, the latest
 * ends). A value in no known form is passed on as the start, as written, so that the mapping
 * rejects the row naming the column rather than guessing.
 */
export function uwaziDates(cell: string): { start: string; end: string } {
  if (cell.trim() === '') return { start: '', end: '' };
  const days: string[] = [];
  for (const item of cell.split('|')) {
    const sides = item.includes(':') && !/^\d{1,2}:\d{2}/.test(item) ? item.split(':') : [item];
    for (const side of sides) {
      if (side.trim() === '') continue;
      const day = uwaziDay(side);
      if (!day) return { start: cell.trim(), end: '' };
      days.push(day);
    }
  }
  days.sort();
  const start = days[0] ?? '';
  const end = days.at(-1) ?? '';
  return { start, end: end !== start ? end : '' };
}
