import { periodEnd, type DatePrecision } from '../incidents/dates.js';

/**
 * What the duplicate scorer knows of an incident: the facts two organisations reporting the
 * same event would both give, in a form that compares cheaply. Built from a stored incident
 * (src/dedup/store.ts) or, in the evaluation, from generated reports.
 */
export interface DedupRecord {
  id: string;
  /** First day of the start period, YYYY-MM-DD, and how precisely it is known. */
  start: string;
  startPrecision: DatePrecision;
  end: string | null;
  endPrecision: DatePrecision | null;
  country: string;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  groupIds: readonly string[];
  violationTypes: readonly string[];
  level: number;
  /** Victims of every kind, summed (killed, injured, detained, disappeared, displaced, affected). */
  victims: number;
  killed: number;
  /** Title and the start of the narrative. */
  text: string;
  sourceIds: readonly string[];
}

const dayMs = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

/**
 * The days an incident may have happened on, as a closed interval of day numbers: from the
 * first day of its start period to the last day of its end period (or of the start period
 * when it has no end). A report dated "May 2023" may be the same event as one dated 14 May.
 */
export function dayRange(r: Pick<DedupRecord, 'start' | 'startPrecision' | 'end' | 'endPrecision'>): [number, number] {
  const first = dayNumber(r.start);
  const last = r.end && r.endPrecision ? periodEnd({ date: r.end, precision: r.endPrecision }) : periodEnd({ date: r.start, precision: r.startPrecision });
  return [first, Math.max(first, dayNumber(last))];
}
