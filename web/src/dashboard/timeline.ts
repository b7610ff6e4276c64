import type { StatsCell } from '../api/types';
import { monthRange } from '../filters/period';

type Stack = [number, number, number, number, number];

/** One year's incidents known only to the year (cells `YYYY-??`), drawn apart from its months. */
export interface MonthUnknown {
  year: string;
  /** Incidents at levels 1..5. */
  stack: Stack;
  /** The indices in `months` of the year's first and last month shown: the band spans them. */
  first: number;
  last: number;
}

export interface TimelineSeries {
  months: string[];
  /** Per month, incidents at levels 1..5. */
  stacks: Stack[];
  /** Per month: after the last month with data and holding no count — not recorded yet, drawn as a gap, not a zero. */
  gap: boolean[];
  /** Per year with any, the month-unknown counts (the counting rule: never in January, never spread over months). */
  unknown: MonthUnknown[];
  /** The highest month's count (month-unknown bands are scaled on their own). */
  max: number;
  /** Every incident: months and month-unknown alike. */
  total: number;
}

/** The counting rule's month-unknown cell, `YYYY-??` (src/incidents/counting.ts, countingMonthKey). */
const unknownMonth = /^(\d{4})-\?\?$/;

/**
 * Incidents per month stacked by pyramid level, every month from the first to `lastMonth`
 * present (months without incidents are zero, not skipped, so the time axis is honest).
 * Months after `dataEnd` (the last month with data, /api/stats/extent) are gaps: nobody has
 * recorded them yet, and a zero there would read as a fall. Incidents known only to their year
 * come apart, one band per year over that year's months: counting them in January would draw
 * a spike nobody observed.
 */
export function buildTimeline(cells: StatsCell[], lastMonth?: string, dataEnd?: string | null): TimelineSeries {
  const withMonth = cells.filter((c): c is StatsCell & { month: string } => typeof c.month === 'string');
  const known = withMonth.filter((c) => !unknownMonth.test(c.month));
  const unknownCells = withMonth.filter((c) => unknownMonth.test(c.month));
  if (!withMonth.length) return { months: [], stacks: [], gap: [], unknown: [], max: 0, total: 0 };
  const years = [...new Set(unknownCells.map((c) => c.month.slice(0, 4)))].sort();
  // A year with month-unknown counts is on the axis, January to December (or to `lastMonth`).
  const bounds = [...known.map((c) => c.month), ...years.map((y) => `${y}-01`), ...years.map((y) => (lastMonth && lastMonth < `${y}-12` ? lastMonth : `${y}-12`))].sort();
  const first = bounds[0]!;
  const last = lastMonth && lastMonth > bounds[bounds.length - 1]! ? lastMonth : bounds[bounds.length - 1]!;
  const months = monthRange(first, last);
  const index = new Map(months.map((m, i) => [m, i]));
  const stacks = months.map(() => [0, 0, 0, 0, 0] as Stack);
  const levelOf = (c: StatsCell) => Math.min(5, Math.max(1, c.level ?? 1));
  let total = 0;
  for (const c of known) {
    const i = index.get(c.month);
    if (i === undefined) continue;
    stacks[i]![levelOf(c) - 1]! += c.incidents;
    total += c.incidents;
  }
  const unknown: MonthUnknown[] = [];
  for (const year of years) {
    const shown = months.map((m, i) => [m, i] as const).filter(([m]) => m.startsWith(`${year}-`));
    if (!shown.length) continue;
    const stack = [0, 0, 0, 0, 0] as Stack;
    for (const c of unknownCells) if (c.month.startsWith(year)) stack[levelOf(c) - 1]! += c.incidents;
    total += stack.reduce((a, b) => a + b, 0);
    unknown.push({ year, stack, first: shown[0]![1], last: shown[shown.length - 1]![1] });
  }
  const sums = stacks.map((s) => s.reduce((a, b) => a + b, 0));
  const gap = months.map((m, i) => Boolean(dataEnd) && m > dataEnd! && sums[i] === 0);
  const max = Math.max(0, ...sums);
  return { months, stacks, gap, unknown, max, total };
}

/** A "nice" upper bound for the y axis: 1, 2 or 5 × 10^n at or above the maximum. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/** The months a brush covers, from two x positions in a chart of `count` equal bands. */
export function brushMonths(x0: number, x1: number, width: number, months: readonly string[]): [string, string] | null {
  if (!months.length || width <= 0) return null;
  const band = width / months.length;
  const clamp = (i: number) => Math.min(months.length - 1, Math.max(0, i));
  const a = clamp(Math.floor(Math.min(x0, x1) / band));
  const b = clamp(Math.floor(Math.max(x0, x1) / band));
  return [months[a]!, months[b]!];
}
