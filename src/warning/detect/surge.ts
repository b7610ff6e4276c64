import type { WarningConfig } from '../config.js';
import type { AlertSeverity, Finding } from '../types.js';
import { describeP, expectedCount, upperTailProbability } from './countModel.js';
import { counted, levelInWords, placeGroupInWords, rateInWords, windowInWords } from './describe.js';
import { seasonalFactor } from './seasonality.js';
import { asLevel, findingBase, incidentsOf, windowOf, windowSum, type SeriesView } from './view.js';

interface LevelTest {
  level: number;
  observed: number;
  /** First month of the window tested (t for the one-month test). */
  from: number;
  baselineRate: number;
  expected: number;
  p: number;
}

/**
 * **Surge**: incidents at one pyramid level, in month t alone or in the last `windowMonths`, far
 * above the place-group's own baseline (the `baselineMonths` before the window), under the
 * gamma–Poisson model of countModel.ts with a seasonal factor. Each level from `minLevel` is
 * tested; the finding names the highest level that surged (the others are in its figures).
 *
 * Example: 14 discrimination incidents in March 2025 after 12 months totalling 14: a baseline of
 * 1.2 a month (the model's rate, with the prior: (0.5 + 14) / (0.5 + 12) = 1.16), P(X ≥ 14) < 0.001.
 */
export function detectSurge(view: SeriesView, t: number, config: WarningConfig): Finding | null {
  const c = config.surge;
  const alpha = c.falseAlarmRate / 2;
  const fired: LevelTest[] = [];
  for (let level = c.minLevel; level <= 5; level++) {
    const best = bestWindow(view, t, level, config);
    if (best && best.p < alpha) fired.push(best);
  }
  if (!fired.length) return null;
  const top = fired[fired.length - 1]!;
  const { series } = view;
  const months = series.months;
  const severity: AlertSeverity = top.level >= 4 && top.p < alpha / 100 ? 'high' : top.level >= 4 || top.p < alpha / 100 ? 'medium' : 'low';
  const window = windowInWords(months[top.from]!.month, months[t]!.month);
  const expectedNote = top.from < t ? `; ${rateInWords(top.expected)} expected over the ${t - top.from + 1} months` : '';
  return {
    rule: 'surge',
    severity,
    level: asLevel(top.level),
    ...findingBase(series, t),
    explanation: `${placeGroupInWords(series)}: ${counted(top.observed, 'incident')} of ${levelInWords(top.level)} in ${window} against a baseline of ${rateInWords(top.baselineRate)} a month (${describeP(top.p)}${expectedNote}).`,
    figures: {
      observed: top.observed,
      windowMonths: t - top.from + 1,
      windowFrom: months[top.from]!.month,
      baselinePerMonth: round(top.baselineRate, 3),
      expected: round(top.expected, 3),
      p: top.p,
      surgedLevels: fired.map((f) => f.level).join(','),
    },
    parameters: { falseAlarmRate: c.falseAlarmRate, baselineMonths: c.baselineMonths, windowMonths: c.windowMonths, minCount: c.minCount, priorShape: c.priorShape, priorRate: c.priorRate, seasonality: String(c.seasonality) },
    incidentIds: incidentsOf(series, top.from, t),
    window: windowOf(series, top.from, t),
  };
}

/** The one-month and the recent-window tests at one level; the one with the smaller p-value, if either has enough incidents. */
function bestWindow(view: SeriesView, t: number, level: number, config: WarningConfig): LevelTest | null {
  const c = config.surge;
  let best: LevelTest | null = null;
  const tests = c.windowMonths > 1 ? 2 : 1;
  for (let w = 0; w < tests; w++) {
    const k = w === 0 ? 1 : c.windowMonths;
    const from = t - k + 1;
    const baselineTo = from - 1;
    const baselineFrom = Math.max(0, baselineTo - c.baselineMonths + 1);
    const baselineMonths = baselineTo - baselineFrom + 1;
    if (baselineMonths < config.minHistoryMonths) continue;
    const cum = view.cumLevel[level - 1]!;
    const observed = windowSum(cum, from, t);
    if (observed < c.minCount) continue;
    const baselineSum = windowSum(cum, baselineFrom, baselineTo);
    let exposure = k;
    if (c.seasonality) {
      exposure = 0;
      for (let m = from; m <= t; m++) exposure += seasonalFactor(view, level - 1, m, from, c.seasonalShrink);
    }
    const evidence = { baselineSum, baselineMonths, exposure, priorShape: c.priorShape, priorRate: c.priorRate };
    // Only a p-value below the false-alarm rate is read exactly: above it the level does not fire.
    const p = upperTailProbability(observed, evidence, c.falseAlarmRate / 2);
    if (!best || p < best.p) {
      best = { level, observed, from, baselineRate: baselineSum / baselineMonths, expected: expectedCount(evidence), p };
    }
  }
  return best;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));
