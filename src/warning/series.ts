import { countingMonthKey } from '../incidents/counting.js';
import type { DatePrecision } from '../incidents/dates.js';
import type { MonthCell, PlaceGroupSeries } from './types.js';

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
    for (const month of monthsBetween(s.first, last)) series.months.push(cells.get(month) ?? emptyCell(month));
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
  return { month, byLevel: [0, 0, 0, 0, 0], byViolationType: {}, killed: 0, detained: 0, disappeared: 0, displaced: 0, regions: [], perpetrators: [], perpetratorKinds: [], incidentIds: [] };
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
