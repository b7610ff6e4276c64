import { open } from 'node:fs/promises';
import type { FormatProfile, FormatSample } from '../types.js';
import { openCsvTable, openCsvTableInZip } from './csvSource.js';
import { count, sampleColumns, share, text, withDerivedColumns } from './derivedColumns.js';
import { countryNameToIso3, gleditschWardToIso3 } from './gleditschWard.js';

/**
 * UCDP Georeferenced Event Dataset (GED), event CSV as UCDP publishes it (codebook version
 * 25.1). One row is one event of organised lethal violence. The profile adds derived columns
 * that the mapping (data/mappings/ucdp-ged.yaml) names:
 *
 * - `_start_date`, `_end_date`, `_date_estimated`: date_start/date_end written at the precision
 *   date_prec gives (4 = month known: `2021-03`; 5 = year known: `2021`), estimated for 2 and 3
 *   (a range of days or a week: the first day is kept, marked as estimated);
 * - `_country_iso3`: country_id (a Gleditsch–Ward number) as ISO alpha-3, or from `country`;
 * - `_violence`: type_of_violence, with `+civilians` for state-based (1) and non-state (2)
 *   events that killed civilians — the only deaths of those events Precursor records;
 * - `_side_a_kind`, `_side_b_kind`: `government` for "Government of …", `civilians` for
 *   "Civilians", otherwise `organised-actor`; `_side_b_perpetrator`: side_b unless civilians.
 */
export const gedProfile: FormatProfile = {
  format: 'ged',
  defaultMapping: 'ucdp-ged',
  detect: detectGed,
  async open(file, options) {
    const table = (await isZip(file.path)) ? await openCsvTableInZip(file, (names) => names.find(isGedMember), options) : await openCsvTable(file, options);
    return withDerivedColumns(table, gedDerivedColumns, deriveGedColumns, 'UCDP GED event file: dates, country and types of violence derived per the GED codebook 25.1');
  },
};

// Variables every GED event file has (codebook 25.1, "Variables"); ACLED and others have none of them together.
const gedColumns = ['id', 'type_of_violence', 'side_a', 'side_b', 'deaths_civilians', 'best', 'where_prec', 'date_prec', 'date_start', 'date_end', 'country_id'];

export function detectGed(sample: FormatSample): number {
  // UCDP's download: a ZIP holding the event CSV (GEDEvent_v25_1.csv).
  if (sample.members?.some(isGedMember)) return 0.9;
  const found = share(sampleColumns(sample), gedColumns);
  return found === 1 ? 0.98 : found >= 0.7 ? 0.8 : 0;
}

const isGedMember = (name: string) => /(^|\/)(GEDEvent|ged)[^/]*\.csv$/i.test(name);

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

export const gedDerivedColumns = ['_title', '_narrative', '_start_date', '_end_date', '_date_estimated', '_country_iso3', '_violence', '_side_a_kind', '_side_b_kind', '_side_b_perpetrator'];

export function deriveGedColumns(fields: Record<string, unknown>): Record<string, string> {
  const { start, end, estimated } = gedDates(text(fields, 'date_start'), text(fields, 'date_end'), text(fields, 'date_prec'));
  const type = text(fields, 'type_of_violence');
  const civilians = count(fields, 'deaths_civilians') ?? 0;
  const sideB = text(fields, 'side_b');
  return {
    _title: joined(' – ', text(fields, 'side_a'), sideB) + joined('', text(fields, 'where_coordinates') && `, ${text(fields, 'where_coordinates')}`, start && ` (${start})`),
    _narrative: gedNarrative(fields),
    _start_date: start,
    _end_date: end,
    _date_estimated: estimated ? 'true' : 'false',
    _country_iso3: gleditschWardToIso3(text(fields, 'country_id')) ?? countryNameToIso3(text(fields, 'country')) ?? '',
    _violence: (type === '1' || type === '2') && civilians > 0 ? `${type}+civilians` : type,
    _side_a_kind: sideKind(text(fields, 'side_a')),
    _side_b_kind: sideKind(sideB),
    _side_b_perpetrator: sideKind(sideB) === 'civilians' ? '' : sideB,
  };
}

const joined = (separator: string, ...parts: string[]) => parts.filter(Boolean).join(separator);

/**
 * What GED says of the event in words, for the narrative: the place description, conflict and
 * dyad, the estimates and deaths by side, the sources — only the parts the row has — and the
 * credit CC BY 4.0 asks for.
 */
function gedNarrative(f: Record<string, unknown>): string {
  const deaths = [
    ['side A', 'deaths_a'],
    ['side B', 'deaths_b'],
    ['civilians', 'deaths_civilians'],
    ['unknown', 'deaths_unknown'],
  ].flatMap(([label, column]) => (text(f, column!) ? [`${label} ${text(f, column!)}`] : []));
  const estimate = text(f, 'best') && `Deaths, best estimate ${text(f, 'best')}${text(f, 'low') || text(f, 'high') ? ` (low ${text(f, 'low') || '?'}, high ${text(f, 'high') || '?'})` : ''}${deaths.length ? `: ${deaths.join(', ')}` : ''}.`;
  const conflict = joined(' — ', text(f, 'conflict_name'), text(f, 'dyad_name') !== text(f, 'conflict_name') ? text(f, 'dyad_name') : '');
  const sources = [
    text(f, 'source_article') && `Sources${text(f, 'number_of_sources') ? ` (${text(f, 'number_of_sources')})` : ''}: ${text(f, 'source_article')}`,
    text(f, 'source_headline') && `Headlines: ${text(f, 'source_headline')}`,
    text(f, 'source_original') && `Original sources: ${text(f, 'source_original')}`,
  ].filter(Boolean);
  return joined(
    '\n\n',
    text(f, 'where_description'),
    joined('\n', conflict && `${conflict}.`, estimate, ...sources),
    `Source: UCDP Georeferenced Event Dataset (CC BY 4.0)${text(f, 'id') ? `, event ${text(f, 'id')}` : ''}.`,
  );
}

function sideKind(side: string): string {
  if (side === '') return '';
  if (/^civilians$/i.test(side)) return 'civilians';
  // The codebook names states' sides "Government of <country>" (several joined by commas in alliances).
  if (/^government of /i.test(side)) return 'government';
  return 'organised-actor';
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * GED dates at their precision (codebook 25.1, date_prec): 1 the exact day; 2 a span of 2–6
 * days; 3 a week; 4 a month; 5 a year or a span longer than a month. UCDP still writes a day
 * for each end, which would claim more than it knows: for 4 and 5 we write the month or year.
 */
export function gedDates(startText: string, endText: string, precision: string): { start: string; end: string; estimated: boolean } {
  const start = dayPattern.exec(startText);
  const end = dayPattern.exec(endText);
  // Not a date: passed through as written, so the mapping rejects the row naming the column.
  if (!start) return { start: startText, end: endText, estimated: false };
  const startDay = start[0];
  const endDay = end?.[0] ?? '';
  switch (precision) {
    case '4': {
      const s = startDay.slice(0, 7);
      const e = endDay.slice(0, 7);
      return { start: s, end: e && e !== s ? e : '', estimated: false };
    }
    case '5': {
      const s = startDay.slice(0, 4);
      const e = endDay.slice(0, 4);
      return { start: s, end: e && e !== s ? e : '', estimated: false };
    }
    case '2':
    case '3':
      return { start: startDay, end: endDay && endDay !== startDay ? endDay : '', estimated: true };
    default:
      return { start: startDay, end: endDay && endDay !== startDay ? endDay : '', estimated: false };
  }
}
