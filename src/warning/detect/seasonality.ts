import type { SeriesView } from './view.js';

/**
 * How much busier month t's calendar month has been than the rest, in the complete years
 * before `before` (exclusive): (incidents in that calendar month + s) / (its expected share
 * of all + s), s pseudo-incidents pulling the factor towards 1. Returns 1 with under two years
 * of history, where one unusual month would pass for a season.
 */
export function seasonalFactor(view: SeriesView, levelIndex: number, t: number, before: number, shrink: number): number {
  const cum = view.cumLevel[levelIndex]!;
  const years = Math.floor(before / 12);
  if (years < 2) return 1;
  const start = before - years * 12;
  let same = 0;
  let sameMonths = 0;
  for (let m = t - 12; m >= start; m -= 12) {
    if (m >= before) continue;
    same += cum[m + 1]! - cum[m]!;
    sameMonths++;
  }
  if (sameMonths === 0) return 1;
  const all = cum[before]! - cum[start]!;
  const expectedSame = (all / (years * 12)) * sameMonths;
  return (same + shrink) / (expectedSame + shrink);
}
