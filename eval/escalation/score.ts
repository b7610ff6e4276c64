import type { AlertRule, Finding } from '../../src/warning/types.js';

/**
 * Scoring of raised alerts against known escalations: pure, so the scoring is tested apart
 * from the generator (score.test.ts).
 *
 * - An alert **detects** an escalation when it concerns the escalating group in its place (or
 *   the group country-wide, the spread rule's series) and is raised in [start, onset): before the
 *   first killing. Its **lead** is the onset month minus the month it was raised.
 * - Alerts about that place-group from the onset on are neither true nor false (the violence has
 *   begun; alerts then are expected and not a warning).
 * - Every other alert is a **false alarm**; they are counted per place-year of quiet history:
 *   months from the first month a rule can run (`minHistoryMonths`) on, excluding the escalating
 *   place-group's months from its start.
 */
export interface RaisedAlert {
  rule: AlertRule;
  severity: Finding['severity'];
  country: string;
  admin1: string | null;
  groupId: string | null;
  /** The month it concerns (`Finding.month`) and the month it was raised (as of which month's data). */
  month: string;
  raisedAt: string;
}

export interface KnownEscalation {
  country: string;
  admin1: string;
  groupId: string;
  start: string;
  onset: string;
}

export interface RuleScore {
  escalations: number;
  detected: number;
  detectionRate: number;
  /** Median months from the first detecting alert to the onset, over detected escalations (null when none). */
  medianLeadMonths: number | null;
  falseAlarms: number;
  placeYears: number;
  falseAlarmsPerPlaceYear: number;
}

export function scoreAlerts(alerts: readonly RaisedAlert[], escalations: readonly KnownEscalation[], placeYears: number): RuleScore {
  const byCountry = new Map(escalations.map((e) => [e.country, e]));
  const firstLead = new Map<string, number>();
  let falseAlarms = 0;
  for (const a of alerts) {
    const e = byCountry.get(a.country);
    const samePlaceGroup = e && a.groupId === e.groupId && (a.admin1 === e.admin1 || a.admin1 === null);
    if (samePlaceGroup && a.raisedAt >= e.start && a.raisedAt < e.onset) {
      const lead = monthIndex(e.onset) - monthIndex(a.raisedAt);
      firstLead.set(e.country, Math.max(firstLead.get(e.country) ?? 0, lead));
      continue;
    }
    if (samePlaceGroup && a.raisedAt >= e.onset) continue;
    falseAlarms++;
  }
  const leads = [...firstLead.values()].sort((a, b) => a - b);
  return {
    escalations: escalations.length,
    detected: leads.length,
    detectionRate: escalations.length ? leads.length / escalations.length : 0,
    medianLeadMonths: median(leads),
    falseAlarms,
    placeYears,
    falseAlarmsPerPlaceYear: placeYears ? falseAlarms / placeYears : 0,
  };
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** An alert raised as of the month it concerns (the scan of a complete history). */
export const raisedInItsMonth = (f: Finding): RaisedAlert => ({ rule: f.rule, severity: f.severity, country: f.country, admin1: f.admin1, groupId: f.groupId, month: f.month, raisedAt: f.month });
