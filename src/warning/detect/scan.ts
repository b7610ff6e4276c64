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

export const severityRank: Record<AlertSeverity, number> = { low: 0, medium: 1, high: 2 };

/** The last finding each rule raised before a month: what its quiet period (`refractoryMonths`) reads. */
export type RefractoryState = Map<AlertRule, { t: number; severity: number }>;

/**
 * Where the scan of one series starts: month index `t` (the months before it are read as
 * baseline, never tested) and the findings raised before it, for the quiet periods. A detector
 * as of month t reads months ≤ t only, so findings before `t` cannot differ from a scan of the
 * whole series when the months before `t` did not change: the incremental scan's premise.
 */
export interface SeriesStart {
  t: number;
  last: RefractoryState;
}

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
export function scanHistory(
  series: readonly PlaceGroupSeries[],
  config: WarningConfig,
  options: {
    rules?: readonly AlertRule[];
    /** Where each series' scan starts (null: the series is not scanned); from its first month when not given. */
    startOf?: (series: PlaceGroupSeries, rules: readonly AlertRule[]) => SeriesStart | null;
  } = {},
): Finding[] {
  const regional = new Set(series.filter((s) => s.admin1 !== null).map((s) => `${s.country}\u0000${s.groupId ?? ''}`));
  const rules = options.rules ?? (Object.keys(detectors) as AlertRule[]);
  const findings: Finding[] = [];
  for (const s of series) {
    const countryWide = s.admin1 === null;
    const onlyCountry = countryWide && !regional.has(`${s.country}\u0000${s.groupId ?? ''}`);
    const seriesRules = countryWide && !onlyCountry ? rules.filter((r) => r === 'spread') : rules;
    if (!seriesRules.length) continue;
    const start = options.startOf ? options.startOf(s, seriesRules) : undefined;
    if (start === null || (start && start.t >= s.months.length)) continue;
    for (const f of scanSeries(prepareSeries(s, config), config, seriesRules, start)) findings.push(f);
  }
  return findings;
}

/** Every month of one series, each rule with its quiet period. */
export function scanSeries(view: SeriesView, config: WarningConfig, rules: readonly AlertRule[], start?: SeriesStart): Finding[] {
  const findings: Finding[] = [];
  const last: RefractoryState = new Map(start?.last ?? []);
  for (let t = Math.max(0, start?.t ?? 0); t < view.series.months.length; t++) {
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
