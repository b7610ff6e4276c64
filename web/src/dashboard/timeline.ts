import type { StatsCell } from '../api/types';
import { monthRange } from '../filters/period';

export interface TimelineSeries {
  months: string[];
  /** Per month, incidents at levels 1..5. */
  stacks: [number, number, number, number, number][];
  /** Per month: after the last month with data and holding no count — not recorded yet, drawn as a gap, not a zero. */
  gap: boolean[];
  max: number;
  total: number;
}

/**
 * Incidents per month stacked by pyramid level, every month from the first to `lastMonth`
 * present (months without incidents are zero, not skipped, so the time axis is honest).
 * Months after `dataEnd` (the last month with data, /api/stats/extent) are gaps: nobody has
 * recorded them yet, and a zero there would read as a fall.
 */
export function buildTimeline(cells: StatsCell[], lastMonth?: string, dataEnd?: string | null): TimelineSeries {
  const withMonth = cells.filter((c): c is StatsCell & { month: string } => typeof c.month === 'string');
  if (!withMonth.length) return { months: [], stacks: [], gap: [], max: 0, total: 0 };
  const sorted = withMonth.map((c) => c.month).sort();
  const first = sorted[0]!;
  const last = lastMonth && lastMonth > sorted[sorted.length - 1]! ? lastMonth : sorted[sorted.length - 1]!;
  const months = monthRange(first, last);
  const index = new Map(months.map((m, i) => [m, i]));
  const stacks = months.map(() => [0, 0, 0, 0, 0] as [number, number, number, number, number]);
  let total = 0;
  for (const c of withMonth) {
    const i = index.get(c.month);
    if (i === undefined) continue;
    const level = Math.min(5, Math.max(1, c.level ?? 1));
    stacks[i]![level - 1]! += c.incidents;
    total += c.incidents;
  }
  const sums = stacks.map((s) => s.reduce((a, b) => a + b, 0));
  const gap = months.map((m, i) => Boolean(dataEnd) && m > dataEnd! && sums[i] === 0);
  const max = Math.max(0, ...sums);
  return { months, stacks, gap, max, total };
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

/**
 * Incidents per level over whole months, from the month × level counts the timeline already
 * has (the same query, so the pyramid and the timeline agree); undefined when the period does
 * not fall on whole months and needs its own count.
 */
export function levelsOverMonths(cells: StatsCell[], from: string, to: string): number[] | undefined {
  const whole = /^\d{4}-\d{2}(-01)?$/;
  const fromMonth = from.slice(0, 7);
  const toMonth = to.slice(0, 7);
  if (!whole.test(from) || !(/^\d{4}-\d{2}$/.test(to) || isMonthEnd(to))) return undefined;
  const out = [0, 0, 0, 0, 0];
  for (const c of cells) {
    if (!c.month || c.month < fromMonth || c.month > toMonth) continue;
    out[Math.min(5, Math.max(1, c.level ?? 1)) - 1]! += c.incidents;
  }
  return out;
}

function isMonthEnd(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}
