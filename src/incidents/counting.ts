import { type EventDate, periodEnd } from './dates.js';

/**
 * The one counting rule for dates of different precision (issue 17, section 0), used by the
 * rollup, `/api/stats`, the timeline and the early-warning detectors alike.
 *
 * - **By month**, an incident counts once, in the month it began, when that month is known
 *   (start precision day or month). An incident known only to the year counts in that year's
 *   **month-unknown** bucket: never in January (a detector would see a false January spike)
 *   and never spread as fractions (counts stay whole numbers a reader can check against the
 *   list). The timeline shows the bucket apart, per year; detectors use it only where a
 *   year's total is asked, never as a month.
 * - **By year**, every incident counts in the year it began, whatever its precision.
 * - **A period filter** (`from`, `to`, inclusive days) keeps an incident whose dated range
 *   overlaps the period: from the first day its start could be to the last day its end (or,
 *   without an end, its start) could be. `2025` overlaps March 2025; `2025-03` does not
 *   overlap a period that begins on 2025-04-01, and does overlap one that begins on 2025-03-15.
 */
export interface CountingMonth {
  year: number;
  /** 1–12, or null when only the year is known (the year's month-unknown bucket). */
  month: number | null;
}

export function countingMonth(start: EventDate): CountingMonth {
  const year = Number(start.date.slice(0, 4));
  return { year, month: start.precision === 'year' ? null : Number(start.date.slice(5, 7)) };
}

/** `YYYY-MM`, or `YYYY-??` for the month-unknown bucket: the key a monthly series uses. */
export function countingMonthKey(start: EventDate): string {
  const { year, month } = countingMonth(start);
  return month === null ? `${year}-??` : `${year}-${String(month).padStart(2, '0')}`;
}

/** The first and last day an incident's dated range may cover (ISO dates, inclusive). */
export function datedRange(start: EventDate, end?: EventDate): { first: string; last: string } {
  const last = periodEnd(end ?? start);
  const startLast = periodEnd(start);
  return { first: start.date, last: last < startLast ? startLast : last };
}

/** Whether the incident's dated range overlaps the period [from, to] (either bound optional, inclusive). */
export function overlapsPeriod(start: EventDate, end: EventDate | undefined, from?: string, to?: string): boolean {
  const { first, last } = datedRange(start, end);
  if (from !== undefined && last < from) return false;
  if (to !== undefined && first > to) return false;
  return true;
}
