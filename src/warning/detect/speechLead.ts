import type { WarningConfig } from '../config.js';
import type { AlertSeverity, Finding } from '../types.js';
import { describeP, upperTailProbability } from './countModel.js';
import { counted, listInWords, placeGroupInWords, rateInWords, windowInWords } from './describe.js';
import { findingBase, incidentsOf, windowOf, windowSum, type SeriesView } from './view.js';

/**
 * **Speech lead**: speech against a group (the `speechTypes`: dehumanising speech, incitement …)
 * rising in the last `windowMonths` far above its baseline, under the same count model as the
 * surge rule — the precursor that comes before violence against the group, reported with where
 * violence (levels 4–5) stands, so an analyst sees whether it has begun to follow.
 *
 * Severity: high when the grave types (dehumanisation, incitement) are among it and violence is
 * above its own baseline too; medium with grave types; low for hostile speech alone.
 */
export function detectSpeechLead(view: SeriesView, t: number, config: WarningConfig): Finding | null {
  const c = config.speechLead;
  const k = c.windowMonths;
  const from = t - k + 1;
  const baselineTo = from - 1;
  const baselineFrom = Math.max(0, baselineTo - c.baselineMonths + 1);
  const baselineMonths = baselineTo - baselineFrom + 1;
  if (baselineMonths < config.minHistoryMonths) return null;
  const speech = windowSum(view.cumSpeech, from, t);
  if (speech < c.minCount) return null;
  const baselineSpeech = windowSum(view.cumSpeech, baselineFrom, baselineTo);
  const prior = { priorShape: config.surge.priorShape, priorRate: config.surge.priorRate };
  const p = upperTailProbability(speech, { baselineSum: baselineSpeech, baselineMonths, exposure: k, ...prior }, c.falseAlarmRate);
  if (p >= c.falseAlarmRate) return null;

  const { series } = view;
  const grave: Record<string, number> = {};
  for (let m = from; m <= t; m++) {
    for (const type of c.gravestTypes) {
      const n = series.months[m]!.byViolationType[type] ?? 0;
      if (n) grave[type] = (grave[type] ?? 0) + n;
    }
  }
  const violence = windowSum(view.cumLevel[3]!, from, t) + windowSum(view.cumLevel[4]!, from, t);
  const violenceBefore = windowSum(view.cumLevel[3]!, baselineFrom, baselineTo) + windowSum(view.cumLevel[4]!, baselineFrom, baselineTo);
  const violenceRate = violenceBefore / baselineMonths;
  const violenceRising = violence > violenceRate * k;
  const graveTypes = Object.keys(grave).sort();
  const severity: AlertSeverity = graveTypes.length && violenceRising ? 'high' : graveTypes.length ? 'medium' : 'low';
  const among = graveTypes.length ? ` (${listInWords(graveTypes.map((g) => `${grave[g]} ${g.replaceAll('-', ' ')}`))} among them)` : '';
  const window = windowInWords(series.months[from]!.month, series.months[t]!.month);
  return {
    rule: 'speech-lead',
    severity,
    level: 2,
    ...findingBase(series, t),
    explanation:
      `${placeGroupInWords(series)}: ${counted(speech, 'act')} of hostile speech${among} in ${window} against a baseline of ${rateInWords(baselineSpeech / baselineMonths)} a month (${describeP(p)}); ` +
      `violence against the group (levels 4–5): ${counted(violence, 'incident')} in the same months against ${rateInWords(violenceRate)} a month before.`,
    figures: {
      speech,
      windowMonths: k,
      windowFrom: series.months[from]!.month,
      baselinePerMonth: Number((baselineSpeech / baselineMonths).toFixed(3)),
      p,
      graveSpeech: graveTypes.reduce((n, g) => n + grave[g]!, 0),
      violence,
      violenceBaselinePerMonth: Number(violenceRate.toFixed(3)),
    },
    parameters: { falseAlarmRate: c.falseAlarmRate, baselineMonths: c.baselineMonths, windowMonths: k, minCount: c.minCount, speechTypes: c.speechTypes.join(',') },
    incidentIds: incidentsOf(series, from, t),
    window: windowOf(series, from, t),
  };
}
