/**
 * The early-warning module's contract (issue 17): what the detectors read and what they raise.
 *
 *   incidents ──store (series.ts, counting rule of src/incidents/counting.ts)──▶ PlaceGroupSeries
 *     ──detectors (pure: surge, climb, spread, severity, speech-lead; no database, no clock)──▶ Finding
 *     ──alerts store (dedup by AlertKey, withdraw what no longer holds, audit)──▶ Alert
 *
 * Detectors run "as of" every month of the history, so an import of five years raises the
 * alerts each month would have raised; the evaluation (eval/escalation) calls the same code.
 */
/** 1 biased attitudes … 5 genocide (data/taxonomies/pyramid-levels). */
export type PyramidLevel = 1 | 2 | 3 | 4 | 5;

export const alertRules = ['surge', 'climb', 'spread', 'severity', 'speech-lead'] as const;
export type AlertRule = (typeof alertRules)[number];

export const alertSeverities = ['low', 'medium', 'high'] as const;
export type AlertSeverity = (typeof alertSeverities)[number];

export const alertStatuses = ['new', 'acknowledged', 'escalated', 'dismissed', 'withdrawn'] as const;
export type AlertStatus = (typeof alertStatuses)[number];

/** `YYYY-MM`: a calendar month. Month-unknown incidents never form a month of a series. */
export type Month = string;

/** One place-group's monthly history, as the detectors read it. */
export interface PlaceGroupSeries {
  country: string;
  /** The region's name as shown, or null for the country as a whole. */
  admin1: string | null;
  /** The targeted group, or null for all groups together. */
  groupId: string | null;
  /** The group's name as shown, for the explanations (the id when unknown). */
  groupName?: string;
  /** Consecutive months, oldest first, every month present (zeros included) up to the last month observed. */
  months: MonthCell[];
  /** Incidents known only to the year, per year (`YYYY` → count): context for baselines, never a month. */
  monthUnknown: Record<string, number>;
}

export interface MonthCell {
  month: Month;
  /** Incidents that month by pyramid level (index 0 = level 1 … index 4 = level 5). */
  byLevel: [number, number, number, number, number];
  /** Incidents by violation type code. */
  byViolationType: Record<string, number>;
  killed: number;
  detained: number;
  disappeared: number;
  displaced: number;
  /** Regions (admin1 names) where the group was hit that month (for a country-level series). */
  regions: string[];
  /** Perpetrator actor ids (from incidents only: the series read from the counts list none, as no rule reads them) and actor kinds seen that month. */
  perpetrators: string[];
  perpetratorKinds: string[];
  /**
   * The incidents behind the month, so an alert can link them: filled when the series is built
   * from incidents (buildSeries, the evaluation); empty when it is read from the counts
   * (seriesFromCounts, a scan), which link the incidents of the months that fire afterwards.
   */
  incidentIds: string[];
  /** What the counts say of the incidents behind the month, when read from them. */
  protection?: CellProtection;
}

/**
 * Counts of the incidents behind a month by confidentiality level and by team, and the sum of a
 * 32-bit hash of their ids: an alert's protection and fingerprint come from these, so a scan need
 * not read the incidents of an alert that has not changed.
 */
export interface CellProtection {
  confidentiality: Record<string, number>;
  teams: Record<string, number>;
  idSum: number;
}

/** What a detector found for one place-group in one month. */
export interface Finding {
  rule: AlertRule;
  severity: AlertSeverity;
  /** The pyramid level concerned. */
  level: PyramidLevel;
  month: Month;
  country: string;
  admin1: string | null;
  groupId: string | null;
  /** One English sentence with the numbers behind it; the web app builds its own from `figures`. */
  explanation: string;
  /** The numbers the explanation cites (observed, baseline, p-value, threshold, months of lead …). */
  figures: Record<string, number | string | null>;
  /** The parameters that fired (from the warning configuration), for the record. */
  parameters: Record<string, number | string>;
  incidentIds: string[];
  /** The months whose incidents the alert links (`from` … `to`, inclusive, of its series). */
  window: { from: Month; to: Month };
}

/** An alert is identified by these: a re-scan updates it, never duplicates it. */
export type AlertKey = Pick<Finding, 'rule' | 'country' | 'admin1' | 'groupId' | 'month'>;

export interface Alert extends Omit<Finding, 'window'> {
  id: string;
  status: AlertStatus;
  /** Reason given when dismissed. */
  statusReason: string | null;
  /** The highest confidentiality and the union of teams of the incidents behind it: the door reads these. */
  confidentiality: string;
  teams: string[];
  firstRaisedAt: string;
  updatedAt: string;
}
