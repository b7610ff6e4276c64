import type { WarningConfig } from '../config.js';
import type { AlertRule, AlertSeverity, Finding, PlaceGroupSeries } from '../types.js';
import { detectClimb } from './climb.js';
import { detectSeverity } from './severity.js';
import { detectSpeechLead } from './speechLead.js';
import { detectSpread } from './spread.js';
import { detectSurge } from './surge.js';
import { prepareSeries, type SeriesView } from './view.js';

export type Detector = (view: SeriesView, t: number, config: WarningConfig) => Finding | null;

export const detectors: Record<AlertRule, Detector> = {
  surge: detectSurge,
  climb: detectClimb,
  spread: detectSpread,
  severity: detectSeverity,
  'speech-lead': detectSpeechLead,
};

const severityRank: Record<AlertSeverity, number> = { low: 0, medium: 1, high: 2 };

/**
 * Runs every rule over a whole history **as of each month**: what each month would have
 * raised, reading only that month and those before it. The alerts store keeps these; the
 * evaluation (eval/escalation) scores them.
 *
 * A country-wide series (admin1 null) is read by the spread rule for new regions; a region's
 * series by every rule (spread there looks for new kinds of perpetrator). A group recorded in a
 * country without any region has only its country-wide series, which then gets every rule.
 *
 * After a rule fires for a series it is quiet for `refractoryMonths` unless the severity rises.
 */
export function scanHistory(series: readonly PlaceGroupSeries[], config: WarningConfig, options: { rules?: readonly AlertRule[] } = {}): Finding[] {
  const regional = new Set(series.filter((s) => s.admin1 !== null).map((s) => `${s.country}\u0000${s.groupId ?? ''}`));
  const rules = options.rules ?? (Object.keys(detectors) as AlertRule[]);
  const findings: Finding[] = [];
  for (const s of series) {
    const countryWide = s.admin1 === null;
    const onlyCountry = countryWide && !regional.has(`${s.country}\u0000${s.groupId ?? ''}`);
    const seriesRules = countryWide && !onlyCountry ? rules.filter((r) => r === 'spread') : rules;
    if (!seriesRules.length) continue;
    findings.push(...scanSeries(prepareSeries(s, config), config, seriesRules));
  }
  return findings;
}

/** Every month of one series, each rule with its quiet period. */
export function scanSeries(view: SeriesView, config: WarningConfig, rules: readonly AlertRule[]): Finding[] {
  const findings: Finding[] = [];
  const last = new Map<AlertRule, { t: number; severity: number }>();
  for (let t = 0; t < view.series.months.length; t++) {
    for (const rule of rules) {
      const finding = detectors[rule](view, t, config);
      if (!finding) continue;
      const previous = last.get(rule);
      const rank = severityRank[finding.severity];
      if (previous && t - previous.t <= config.refractoryMonths && rank <= previous.severity) continue;
      last.set(rule, { t, severity: rank });
      findings.push(finding);
    }
  }
  return findings;
}
