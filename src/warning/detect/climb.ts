import type { WarningConfig } from '../config.js';
import type { AlertSeverity, Finding } from '../types.js';
import { counted, levelInWords, monthInWords, placeGroupInWords } from './describe.js';
import { asLevel, findingBase, highestLevel, incidentsOf, windowOf, type SeriesView } from './view.js';

/**
 * **Climb**: the group is hit in month t at a higher pyramid level than at any time in the
 * `baselineMonths` before. The path up the pyramid is not linear, so skipped levels are not an
 * error but the strongest signal: speech straight to killings (2 → 4, level 3 skipped) is high.
 *
 * Severity: high for level 5, or for violence (level 4) that skipped a level; medium for
 * violence reached step by step; low for discrimination (level 3) after speech alone.
 */
export function detectClimb(view: SeriesView, t: number, config: WarningConfig): Finding | null {
  const c = config.climb;
  if (t < config.minHistoryMonths) return null;
  const { series } = view;
  const level = highestLevel(series, t, c.minCount);
  if (level < c.minLevel) return null;
  const from = Math.max(0, t - c.baselineMonths);
  // The highest level of each month and the running count of all incidents, read from the view
  // (the same integers the months hold: the sums are exact).
  let before = 0;
  for (let m = from; m < t; m++) if (view.highest[m]! > before) before = view.highest[m]!;
  if (level <= before) return null;
  const baselineIncidents = view.cumAll[t]! - view.cumAll[from]!;
  // With nothing before, no level was skipped: the group was not hit at all (spread's business).
  const skipped = before === 0 ? 0 : level - before - 1;
  const severity: AlertSeverity = level === 5 || (level === 4 && skipped > 0) ? 'high' : level === 4 ? 'medium' : 'low';
  const atLevel = series.months[t]!.byLevel[level - 1]!;
  const history =
    before === 0
      ? `no incident in the ${t - from} months before`
      : `at most ${levelInWords(before)} in the ${t - from} months before (${counted(baselineIncidents, 'incident')})${skipped ? `; ${counted(skipped, 'level')} skipped` : ''}`;
  return {
    rule: 'climb',
    severity,
    level: asLevel(level),
    ...findingBase(series, t),
    explanation: `${placeGroupInWords(series)}: ${counted(atLevel, 'incident')} of ${levelInWords(level)} in ${monthInWords(series.months[t]!.month)}, after ${history}.`,
    figures: { level, previousLevel: before, skippedLevels: skipped, incidentsAtLevel: atLevel, baselineIncidents, baselineMonths: t - from },
    parameters: { baselineMonths: c.baselineMonths, minLevel: c.minLevel, minCount: c.minCount },
    incidentIds: incidentsOf(series, t, t),
    window: windowOf(series, t, t),
  };
}
