import { createHash } from 'node:crypto';
import countries from 'i18n-iso-countries';
import { maximumVictimsPerAct } from '../../incidents/schema.js';
import { isCountryCode } from '../../taxonomies/countries.js';
import type { ImportedAct, ImportedIncident, ImportedInformation, Mapping, RecordOrigin, RowProblem, SourceRecord, SourceTable } from '../types.js';
import { atPrecision, readDate } from './dates.js';
import { codeProblem } from './schema.js';
import { asText, readTarget } from './read.js';
import { mappingTargets, type MappingTargetName } from './targets.js';

/** What a mapping made of one record: the incident, or the problems that reject it, and the source's codes no value mapping names. */
export interface MappedRecord {
  incident?: ImportedIncident;
  problems: RowProblem[];
  unknownCodes: { target: string; value: string }[];
}

export interface ApplyOptions {
  /** Today's date (YYYY-MM-DD): an event after it is refused. Given by the caller so the mapping stays a pure function. */
  today?: string;
}

const victimKinds = ['killed', 'injured', 'detained', 'disappeared', 'displaced', 'affected'] as const;
const badText = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * One source record through a mapping: every value read from its column, every source code
 * mapped to ours and checked, dates in our written form. A record with any problem is
 * rejected whole (its problems name the column and the target) — never half imported.
 *
 * A flat row makes one act per violation type × targeted group; its perpetrators are on every
 * act, and its victim counts on the first act only (they count the incident's victims once).
 *
 *   const { incident, problems } = applyMapping(mapping, record, table);
 */
export function applyMapping(mapping: Mapping, record: SourceRecord, table: Pick<SourceTable, 'hxlTags' | 'choiceLabels'>, options: ApplyOptions = {}): MappedRecord {
  const origin: RecordOrigin = { row: record.row, ...(record.file ? { file: record.file } : {}), ...(record.sheet ? { sheet: record.sheet } : {}) };
  if (record.problems?.length) return { problems: record.problems, unknownCodes: [] };
  const problems: RowProblem[] = [];
  const unknownCodes: MappedRecord['unknownCodes'] = [];
  const fail = (target: string, column: string | undefined, code: string, message: string) => {
    problems.push({ ...origin, ...(column ? { field: column } : {}), target, code, message: column ? `${column}: ${message}` : message });
    return undefined;
  };
  // Each target is read once per record (its column is named again by the problems).
  const reads = new Map<MappingTargetName, ReturnType<typeof readTarget>>();
  const read = (target: MappingTargetName) => {
    let r = reads.get(target);
    if (!r) reads.set(target, (r = readTarget(mapping, target, record, table)));
    return r;
  };

  /** Text values; too long or unstorable text is refused. */
  const texts = (target: MappingTargetName, max: number): string[] => {
    const { values, column } = read(target);
    const out: string[] = [];
    for (const v of values) {
      const text = asText(v);
      if (badText.test(text)) fail(target, column, 'invalid-character', 'holds a NUL character or a broken surrogate pair, which cannot be stored');
      else if (text.length > max) fail(target, column, 'too-long', `longer than ${max.toLocaleString('en')} characters`);
      else out.push(text);
    }
    return out;
  };
  const text = (target: MappingTargetName, max: number) => texts(target, max)[0];

  /** Codes of our vocabulary for a target: each source value mapped through `values`, or one of our codes as is. */
  const codes = (target: MappingTargetName): string[] => {
    const { values, column } = read(target);
    const out: string[] = [];
    for (const v of values) {
      const raw = asText(v);
      const mapped = mapValue(mapping, target, raw);
      if (mapped) {
        out.push(...mapped);
        continue;
      }
      if (mappingTargets[target].kind === 'country') {
        const country = countryCode(raw);
        if (country) {
          out.push(country);
          continue;
        }
      } else if (!codeProblem(target, raw) && mappingTargets[target].kind !== 'boolean') {
        out.push(raw);
        continue;
      }
      unknownCodes.push({ target, value: raw });
      fail(target, column, 'unknown-code', `'${raw}' is not a code of ${vocabularyName(target)} and no value mapping names it: map it and re-run`);
    }
    return [...new Set(out)];
  };
  const code = (target: MappingTargetName) => codes(target)[0];

  const date = (target: 'startDate' | 'endDate' | 'reportDate' | 'informationDate', day: boolean) => {
    const { values, column } = read(target);
    if (values.length === 0) return undefined;
    const reading = readDate(values[0], mapping.dateOrder);
    if ('problem' in reading) return fail(target, column, reading.problem === 'ambiguous-date' ? 'invalid-date' : reading.problem, reading.message);
    if (day && reading.date.length !== 10) return fail(target, column, 'invalid-day', `'${asText(values[0])}' is not a date to the day`);
    return reading.date;
  };

  const number = (target: MappingTargetName, min: number, max: number, integer: boolean): number | undefined => {
    const { values, column } = read(target);
    if (values.length === 0) return undefined;
    const n = toNumber(values[0]);
    if (n === undefined) return fail(target, column, 'invalid-type', `'${asText(values[0])}' is not a number`);
    if (integer && !Number.isInteger(n)) return fail(target, column, 'not-integer', `${n} is not a whole number`);
    if (n < min || n > max) return fail(target, column, 'out-of-range', `${n} is outside ${min} to ${max.toLocaleString('en')}`);
    return n;
  };

  // When: dates at the precision the source gives.
  let startDate = date('startDate', false);
  let endDate = date('endDate', false) ?? null;
  const precision = code('datePrecision') as 'day' | 'month' | 'year' | undefined;
  if (precision && startDate) startDate = atPrecision(startDate, precision);
  if (precision && endDate) endDate = atPrecision(endDate, precision);
  if (!startDate && !problems.some((p) => p.target === 'startDate')) fail('startDate', read('startDate').column, 'required', 'the start date is empty');
  if (startDate && options.today && startDate.slice(0, 10) > options.today) fail('startDate', read('startDate').column, 'date-in-future', `${startDate} is in the future`);
  if (startDate && endDate && periodEnd(endDate) < startDate) fail('endDate', read('endDate').column, 'end-before-start', `${endDate} is before the start date ${startDate}`);
  if (endDate === startDate) endDate = null;
  const estimated = bool(mapping, read('dateEstimated'), (column, message) => fail('dateEstimated', column, 'invalid-type', message));

  // Where.
  const country = code('country');
  let latitude = number('latitude', -90, 90, false);
  let longitude = number('longitude', -180, 180, false);
  const pair = read('coordinates');
  if (pair.values.length && latitude === undefined && longitude === undefined) {
    const parts = asText(pair.values[0]).split(/[|,;\s]+/).filter(Boolean).map(toNumber);
    const [lat, lon] = parts;
    if (lat === undefined || lon === undefined) fail('coordinates', pair.column, 'invalid-type', `'${asText(pair.values[0])}' is not 'latitude, longitude'`);
    else if (lat < -90 || lat > 90) fail('coordinates', pair.column, 'out-of-range', `latitude ${lat} is outside −90 to 90`);
    else if (lon < -180 || lon > 180) fail('coordinates', pair.column, 'out-of-range', `longitude ${lon} is outside −180 to 180`);
    else [latitude, longitude] = [lat, lon];
  }
  if ((latitude === undefined) !== (longitude === undefined) && !problems.some((p) => p.target === 'latitude' || p.target === 'longitude'))
    fail(latitude === undefined ? 'latitude' : 'longitude', read(latitude === undefined ? 'latitude' : 'longitude').column, 'coordinates-together', 'a latitude needs a longitude, and the reverse');
  if (!country && !problems.some((p) => p.target === 'country')) fail('country', read('country').column, 'required', 'the country is empty');
  // A place's names: through the mapping's values when it names them, else a form's choice
  // name (Kobo's `eastern_lakes`) as its label from the export's choices sheet, else as written.
  const named = (target: 'placeName' | 'admin1' | 'admin2', max: number) => {
    const value = text(target, max);
    if (value === undefined) return undefined;
    return mapValue(mapping, target, value)?.[0] ?? table.choiceLabels?.get(value) ?? value;
  };
  const placeName = named('placeName', 300);
  const admin1 = named('admin1', 200);
  const admin2 = named('admin2', 200);

  // What, to whom, by whom.
  const violationTypes = codes('violationType');
  if (violationTypes.length === 0 && !problems.some((p) => p.target === 'violationType')) fail('violationType', read('violationType').column, 'required', 'no violation type');
  const groups = texts('group', 300);
  const groupBasis = code('groupBasis') ?? null;
  const identityBasis = code('identityBasis') ?? null;
  const involvement = code('involvement') ?? null;
  const perpetrators = [
    { name: text('perpetrator', 300), kind: code('perpetratorKind') },
    { name: text('perpetrator2', 300), kind: code('perpetrator2Kind') },
  ].flatMap((p) => (p.name ? [{ actor: { name: p.name, kind: p.kind ?? null, ...(country ? { country } : {}) }, involvement }] : []));
  const victims: ImportedAct['victims'] = {};
  for (const kind of victimKinds) {
    const n = number(`victims.${kind}`, 0, maximumVictimsPerAct, true);
    if (n !== undefined) victims[kind] = n;
  }
  const acts: ImportedAct[] = [];
  for (const violationType of violationTypes)
    for (const group of groups.length ? groups : [null])
      acts.push({
        violationType,
        group: group ? { name: group, basis: groupBasis, ...(country ? { country } : {}) } : null,
        identityBasis: identityBasis ?? groupBasis,
        victims: acts.length === 0 ? victims : {},
        perpetrators,
      });
  if (acts.length > 500) fail('violationType', read('violationType').column, 'too-many', `${acts.length} acts (violation types × groups): at most 500`);

  // How we know.
  const sources = information(mapping, { name: text('sourceName', 300), url: text('sourceUrl', 2000), reliability: code('sourceReliability'), credibility: code('credibility'), materialType: code('materialType'), connection: code('connection'), informationDate: date('informationDate', true) });

  const reportDate = date('reportDate', true) ?? null;
  const narrative = text('narrative', 200_000);
  let title = text('title', 500);
  const verificationStatus = code('verificationStatus');
  const confidentiality = code('confidentiality');
  const monitoringStatus = code('monitoringStatus');
  const keyText = text('key', 500);
  const id = text('id', 36);
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) fail('id', read('id').column, 'invalid-uuid', `'${id}' is not an incident id`);
  const key = keyText ?? recordKey(mapping, record, (column) => fail('key', column, 'required', 'the key column is empty: the record cannot be told apart on a re-run'));

  if (problems.length || !startDate || !country || key === undefined) return { problems, unknownCodes };
  // A title when no column gives one: what, where, when — from the record's own values.
  title ??= `${violationTypes.join(', ')} — ${placeName ?? admin1 ?? country} — ${startDate}`;
  const incident: ImportedIncident = {
    origin,
    key,
    title,
    ...(narrative ? { narrative } : {}),
    startDate,
    endDate,
    ...(estimated !== undefined ? { dateEstimated: estimated } : {}),
    reportDate,
    place: { name: placeName ?? null, country, admin1: admin1 ?? null, admin2: admin2 ?? null, latitude: latitude ?? null, longitude: longitude ?? null, precision: code('locationPrecision') ?? null },
    acts,
    ...(verificationStatus ? { verificationStatus } : {}),
    ...(confidentiality ? { confidentiality } : {}),
    ...(monitoringStatus ? { monitoringStatus } : {}),
    ...(sources.length ? { sources } : {}),
    ...(id ? { id: id.toLowerCase() } : {}),
    ...(record.attachments?.length ? { attachments: record.attachments } : {}),
  };
  return { incident, problems, unknownCodes };
}

/** A source value through the mapping's `values` (exact, then ignoring case and spaces around): our codes, [] when mapped to null, undefined when not named. */
function mapValue(mapping: Mapping, target: string, raw: string): string[] | undefined {
  const table = mapping.values?.[target];
  if (!table) return undefined;
  let hit = table[raw];
  if (!hit) {
    const lower = raw.toLowerCase();
    const key = Object.keys(table).find((k) => k.trim().toLowerCase() === lower);
    if (key) hit = table[key];
  }
  if (!hit) return undefined;
  return hit.code === null ? [] : Array.isArray(hit.code) ? hit.code : [hit.code];
}

/** ISO alpha-3, alpha-2, or an English name (official or short). */
function countryCode(raw: string): string | undefined {
  const upper = raw.toUpperCase();
  if (isCountryCode(upper)) return upper;
  if (/^[A-Z]{2}$/.test(upper)) return countries.alpha2ToAlpha3(upper) ?? undefined;
  return countries.getAlpha3Code(raw, 'en') ?? undefined;
}

function vocabularyName(target: MappingTargetName): string {
  const t = mappingTargets[target] as { kind: string; vocabulary?: string };
  return t.vocabulary ?? (t.kind === 'country' ? 'the countries (ISO 3166-1 alpha-3)' : t.kind === 'precision' ? 'the date precisions (day, month, year)' : `the values of ${target}`);
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  let s = asText(v).replace(/\s/g, '');
  if (/^-?\d{1,3}(,\d{3})+$/.test(s)) s = s.replace(/,/g, ''); // 1,234: thousands
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.'); // 12,5: a decimal comma
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function bool(mapping: Mapping, read: { values: unknown[]; column?: string }, fail: (column: string | undefined, message: string) => void): boolean | undefined {
  if (read.values.length === 0) return undefined;
  const v = read.values[0];
  if (typeof v === 'boolean') return v;
  const raw = asText(v);
  const mapped = mapValue(mapping, 'dateEstimated', raw);
  if (mapped?.length) return mapped[0] === 'true';
  const lower = raw.toLowerCase();
  if (['true', 'yes', 'y', '1', 'x'].includes(lower)) return true;
  if (['false', 'no', 'n', '0'].includes(lower)) return false;
  fail(read.column, `'${raw}' is not yes or no`);
  return undefined;
}

/** Last day a date written at its precision covers. */
function periodEnd(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number);
  return `${date}-${String(new Date(Date.UTC(y!, m!, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The record's information from a source: a column naming the source, else the mapping's
 * `source` (a public data set is its own source). An information record needs a connection,
 * a material and a credibility: when neither the row nor the mapping states them they are
 * `third-party`, `other` and 6 — "cannot be judged" — which claims nothing.
 */
function information(
  mapping: Mapping,
  row: { name?: string; url?: string; reliability?: string; credibility?: string; materialType?: string; connection?: string; informationDate?: string },
): ImportedInformation[] {
  const base = mapping.source;
  const name = row.name ?? base?.name;
  if (!name) return [];
  return [
    {
      source: { name, kind: base && !row.name ? (base.kind ?? null) : null, reliability: row.reliability ?? (row.name ? null : (base?.reliability ?? null)), url: row.url ?? (row.name ? null : (base?.url ?? null)) },
      connection: row.connection ?? base?.connection ?? 'third-party',
      materialType: row.materialType ?? base?.materialType ?? 'other',
      credibility: row.credibility ? Number(row.credibility) : (base?.credibility ?? 6),
      informationDate: row.informationDate ?? null,
    },
  ];
}

/**
 * The record's stable key: its id column(s), joined with '|'; or a hash of the normalised
 * record (columns sorted, values trimmed) for sources without ids — the same row gives the
 * same key on every run, so a re-import finds it.
 */
export function recordKey(mapping: Mapping, record: SourceRecord, empty: (column: string) => undefined): string | undefined {
  if ('columns' in mapping.key) {
    const parts = mapping.key.columns.map((c) => asText(record.fields[c]));
    const blank = mapping.key.columns.find((_, i) => parts[i] === '');
    if (blank !== undefined && parts.every((p) => p === '')) return empty(blank);
    return parts.join('|');
  }
  return hashRecord(record);
}

export function hashRecord(record: Pick<SourceRecord, 'fields' | 'children'>): string {
  const normal = (fields: Record<string, unknown>) => Object.keys(fields).sort().map((k) => [k, asText(fields[k])]);
  const children = Object.keys(record.children ?? {}).sort().map((k) => [k, record.children![k]!.map((c) => normal(c.fields))]);
  return createHash('sha256').update(JSON.stringify([normal(record.fields), children])).digest('hex');
}
