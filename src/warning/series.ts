import { countingMonthKey } from '../incidents/counting.js';
import type { DatePrecision } from '../incidents/dates.js';
import type { CellProtection, MonthCell, PlaceGroupSeries } from './types.js';

/**
 * One incident as the series see it, for one group it targets: what the store reads (one row
 * per incident × targeted group) and what the evaluation's generator writes.
 */
export interface SeriesIncident {
  incidentId: string;
  country: string;
  admin1: string | null;
  groupId: string;
  groupName?: string;
  /** The first day of the start period, `YYYY-MM-DD`, at its precision. */
  startDate: string;
  startPrecision: DatePrecision;
  /** The incident's pyramid level (its override, if any). */
  level: number;
  /** Violation types of its acts against this group. */
  violationTypes: readonly string[];
  /** Victims of its acts against this group. */
  killed: number;
  detained: number;
  disappeared: number;
  displaced: number;
  perpetratorIds: readonly string[];
  perpetratorKinds: readonly string[];
}

/**
 * The place-group series of a set of incidents: per country × region × group, and per country ×
 * group over all its regions (admin1 null: the spread rule reads regions there). Months follow
 * the counting rule (src/incidents/counting.ts): an incident known only to its year never forms a
 * month; it is counted in its series' `monthUnknown` for that year.
 *
 * Every series of a country runs over the same consecutive months, from the country's first
 * month with an incident to its last (or to `through`, when the scan knows the present month),
 * zeros included: a group first hit late has a baseline of quiet months, not none.
 */
export function buildSeries(incidents: Iterable<SeriesIncident>, options: { through?: string } = {}): PlaceGroupSeries[] {
  interface Acc {
    series: PlaceGroupSeries;
    cells: Map<string, MonthCell>;
  }
  const byKey = new Map<string, Acc>();
  const span = new Map<string, { first: string; last: string }>();
  const accFor = (country: string, admin1: string | null, groupId: string, groupName: string | undefined): Acc => {
    const key = `${country}\u0000${admin1 ?? '\u0001'}\u0000${groupId}`;
    let acc = byKey.get(key);
    if (!acc) {
      acc = { series: { country, admin1, groupId, ...(groupName === undefined ? {} : { groupName }), months: [], monthUnknown: {} }, cells: new Map() };
      byKey.set(key, acc);
    }
    return acc;
  };
  for (const incident of incidents) {
    const month = countingMonthKey({ date: incident.startDate, precision: incident.startPrecision });
    const targets = [accFor(incident.country, null, incident.groupId, incident.groupName)];
    if (incident.admin1 !== null) targets.push(accFor(incident.country, incident.admin1, incident.groupId, incident.groupName));
    if (month.endsWith('??')) {
      const year = month.slice(0, 4);
      for (const acc of targets) acc.series.monthUnknown[year] = (acc.series.monthUnknown[year] ?? 0) + 1;
      continue;
    }
    const s = span.get(incident.country);
    if (!s) span.set(incident.country, { first: month, last: month });
    else {
      if (month < s.first) s.first = month;
      if (month > s.last) s.last = month;
    }
    for (const acc of targets) addToCell(cellOf(acc.cells, month), incident);
  }
  const result: PlaceGroupSeries[] = [];
  for (const { series, cells } of byKey.values()) {
    const s = span.get(series.country);
    if (!s) {
      result.push(series);
      continue;
    }
    const last = options.through && options.through > s.last ? options.through : s.last;
    for (const month of monthsBetween(s.first, last)) series.months.push(cells.get(month) ?? quietCell(month));
    result.push(series);
  }
  return result;
}

function cellOf(cells: Map<string, MonthCell>, month: string): MonthCell {
  let cell = cells.get(month);
  if (!cell) cells.set(month, (cell = emptyCell(month)));
  return cell;
}

export function emptyCell(month: string): MonthCell {
  return { month, byLevel: [0, 0, 0, 0, 0], byViolationType: counts(), killed: 0, detained: 0, disappeared: 0, displaced: 0, regions: [], perpetrators: [], perpetratorKinds: [], incidentIds: [] };
}

/**
 * An empty map of counts by code. Without a prototype, V8 keeps it as a hash table from the
 * start: cells that gain the same codes in different orders no longer each make a hidden class
 * of their own (at a million incidents, tens of thousands of them, which made every read of a
 * code in the detectors a slow, megamorphic one and most of the series' garbage).
 */
export const counts = (): Record<string, number> => Object.create(null) as Record<string, number>;

const none = Object.freeze(counts());
const noLevels = Object.freeze([0, 0, 0, 0, 0]) as unknown as MonthCell['byLevel'];
const noItems = Object.freeze([]) as unknown as string[];

/**
 * A month without incidents, as a series' gaps are filled: its maps and lists shared and frozen
 * (nothing writes to a series once built, and a write would throw), since most months of most
 * place-groups are quiet and a map without a prototype is dear to make.
 */
function quietCell(month: string): MonthCell {
  return { month, byLevel: noLevels, byViolationType: none, killed: 0, detained: 0, disappeared: 0, displaced: 0, regions: noItems, perpetrators: noItems, perpetratorKinds: noItems, incidentIds: noItems };
}

function addToCell(cell: MonthCell, incident: SeriesIncident): void {
  const level = Math.min(5, Math.max(1, incident.level)) - 1;
  cell.byLevel[level] = cell.byLevel[level]! + 1;
  for (const type of new Set(incident.violationTypes)) cell.byViolationType[type] = (cell.byViolationType[type] ?? 0) + 1;
  cell.killed += incident.killed;
  cell.detained += incident.detained;
  cell.disappeared += incident.disappeared;
  cell.displaced += incident.displaced;
  if (incident.admin1 !== null && !cell.regions.includes(incident.admin1)) cell.regions.push(incident.admin1);
  for (const p of incident.perpetratorIds) if (!cell.perpetrators.includes(p)) cell.perpetrators.push(p);
  for (const k of incident.perpetratorKinds) if (!cell.perpetratorKinds.includes(k)) cell.perpetratorKinds.push(k);
  cell.incidentIds.push(incident.incidentId);
}

/** `YYYY-MM` months from `first` to `last`, inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * One row of the warning counts (migration 026) as the series read it: the incidents of one
 * country × region × group × month, counted. `admin1` null: incidents without a region.
 */
export interface CountCell {
  country: string;
  admin1: string | null;
  groupId: string;
  groupName?: string;
  /** `YYYY-MM`, or `YYYY-??` for the year's month-unknown bucket (the counting rule). */
  month: string;
  byLevel: [number, number, number, number, number];
  killed: number;
  detained: number;
  disappeared: number;
  displaced: number;
  /** Incidents by violation type (each type once per incident). */
  byViolationType: Record<string, number>;
  perpetratorIds: readonly string[];
  perpetratorKinds: readonly string[];
  protection: CellProtection;
}

/**
 * The same series as buildSeries, from the warning counts instead of the incidents: one cell per
 * place × group × month rather than one row per incident, so a scan of a million incidents reads
 * a few hundred thousand rows of counts. The cells carry no incident ids (an alert links the
 * incidents of the months that fire, afterwards) but carry their protection counts.
 */
export function seriesFromCounts(rows: Iterable<CountCell>, options: { through?: string; spans?: ReadonlyMap<string, { first: string; last: string }> } = {}): PlaceGroupSeries[] {
  const byKey = new Map<string, { series: PlaceGroupSeries; cells: Map<string, MonthCell> }>();
  const span = new Map<string, { first: string; last: string }>();
  const accFor = (country: string, admin1: string | null, groupId: string, groupName: string | undefined) => {
    const key = `${country}\u0000${admin1 ?? '\u0001'}\u0000${groupId}`;
    let acc = byKey.get(key);
    if (!acc) {
      acc = { series: { country, admin1, groupId, ...(groupName === undefined ? {} : { groupName }), months: [], monthUnknown: {} }, cells: new Map() };
      byKey.set(key, acc);
    }
    return acc;
  };
  for (const row of rows) {
    const countryWide = accFor(row.country, null, row.groupId, row.groupName);
    const regional = row.admin1 !== null ? accFor(row.country, row.admin1, row.groupId, row.groupName) : null;
    if (row.month.endsWith('??')) {
      const year = row.month.slice(0, 4);
      const incidents = row.byLevel.reduce((a, b) => a + b, 0);
      for (const acc of regional ? [countryWide, regional] : [countryWide]) acc.series.monthUnknown[year] = (acc.series.monthUnknown[year] ?? 0) + incidents;
      continue;
    }
    const s = span.get(row.country);
    if (!s) span.set(row.country, { first: row.month, last: row.month });
    else {
      if (row.month < s.first) s.first = row.month;
      if (row.month > s.last) s.last = row.month;
    }
    addCountsToCell(cellOf(countryWide.cells, row.month), row);
    if (regional) addCountsToCell(cellOf(regional.cells, row.month), row);
  }
  const result: PlaceGroupSeries[] = [];
  // Every series of a country runs over the same months: their names are made once.
  const monthLists = new Map<string, string[]>();
  for (const { series, cells } of byKey.values()) {
    // When only some groups' rows are read (an incremental scan), the country's span comes from all of them.
    const s = options.spans ? options.spans.get(series.country) : span.get(series.country);
    if (s) {
      const last = options.through && options.through > s.last ? options.through : s.last;
      const listKey = `${s.first}/${last}`;
      let months = monthLists.get(listKey);
      if (!months) monthLists.set(listKey, (months = monthsBetween(s.first, last)));
      for (const month of months) series.months.push(cells.get(month) ?? quietCell(month));
    }
    result.push(series);
  }
  return result;
}

/**
 * A row of counts into its cell. The perpetrators' ids are not listed: the detectors read their
 * kinds (a country-wide cell sums a row per region, and searching its growing list of ids for
 * each row's was, at a million incidents, a large cost of the series).
 */
function addCountsToCell(cell: MonthCell, row: CountCell): void {
  for (let l = 0; l < 5; l++) cell.byLevel[l] = cell.byLevel[l]! + row.byLevel[l]!;
  const types = cell.byViolationType;
  for (const type in row.byViolationType) types[type] = (types[type] ?? 0) + row.byViolationType[type]!;
  cell.killed += row.killed;
  cell.detained += row.detained;
  cell.disappeared += row.disappeared;
  cell.displaced += row.displaced;
  if (row.admin1 !== null && !cell.regions.includes(row.admin1)) cell.regions.push(row.admin1);
  for (const k of row.perpetratorKinds) if (!cell.perpetratorKinds.includes(k)) cell.perpetratorKinds.push(k);
  const into = (cell.protection ??= { confidentiality: counts(), teams: counts(), idSum: 0 });
  const levels = row.protection.confidentiality;
  for (const level in levels) into.confidentiality[level] = (into.confidentiality[level] ?? 0) + levels[level]!;
  const teams = row.protection.teams;
  for (const team in teams) into.teams[team] = (into.teams[team] ?? 0) + teams[team]!;
  into.idSum += row.protection.idSum;
}
