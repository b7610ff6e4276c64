import type { WarningConfig } from '../config.js';
import type { AlertSeverity, Finding } from '../types.js';
import { listInWords, monthInWords, placeGroupInWords } from './describe.js';
import { asLevel, findingBase, highestLevel, incidentsOf, windowOf, type SeriesView } from './view.js';

const measures = ['killed', 'detained', 'disappeared', 'displaced'] as const;
const words: Record<(typeof measures)[number], [string, string]> = {
  killed: ['person killed', 'people killed'],
  detained: ['person detained', 'people detained'],
  disappeared: ['person disappeared', 'people disappeared'],
  displaced: ['person displaced', 'people displaced'],
};

/**
 * **Severity**: killings, mass detention, disappearances or displacement against the group in
 * one place-month crossing the thresholds of the configuration (medium, high). Unlike the
 * other rules it needs no baseline: ten people detained for who they are is grave anywhere.
 */
export function detectSeverity(view: SeriesView, t: number, config: WarningConfig): Finding | null {
  const { series } = view;
  const cell = series.months[t]!;
  const thresholds = config.severity.thresholds;
  // Most place-months cross nothing: answered before any array is made.
  if (cell.killed < thresholds.killed[0] && cell.detained < thresholds.detained[0] && cell.disappeared < thresholds.disappeared[0] && cell.displaced < thresholds.displaced[0]) return null;
  const crossed = measures.filter((m) => cell[m] >= thresholds[m][0]);
  if (!crossed.length) return null;
  const severity: AlertSeverity = crossed.some((m) => cell[m] >= thresholds[m][1]) ? 'high' : 'medium';
  const said = crossed.map((m) => `${cell[m]} ${cell[m] === 1 ? words[m][0] : words[m][1]} (threshold ${thresholds[m][0]})`);
  const figures: Finding['figures'] = {};
  for (const m of measures) figures[m] = cell[m];
  return {
    rule: 'severity',
    severity,
    level: asLevel(Math.max(4, highestLevel(series, t))),
    ...findingBase(series, t),
    explanation: `${placeGroupInWords(series)}: ${listInWords(said)} in ${monthInWords(cell.month)}.`,
    figures: { ...figures, crossed: crossed.join(',') },
    parameters: Object.fromEntries(measures.map((m) => [m, thresholds[m].join('/')])),
    incidentIds: incidentsOf(series, t, t),
    window: windowOf(series, t, t),
  };
}
