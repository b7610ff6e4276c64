/**
 * The watchlist's contract (issue 17 §4): what the pure ranking (./rank.ts) reads — plain data the
 * service gathered through each module's door — and what it answers.
 */
import type { AlertRule, AlertSeverity, AlertStatus } from '../warning/types.js';

export type FactorStatus = 'present' | 'partly' | 'absent' | 'unknown';

/** The forecast run in force, as the watchlist reads it. */
export interface ForecastSignal {
  runId: string;
  /** The year forecast. */
  year: number;
  /** Countries ranked in the run (including those without an ISO code today). */
  countries: number;
  topProbability: number;
  /** By ISO alpha-3. */
  rows: ReadonlyMap<string, { rank: number; probability: number; factors: { column: string; contribution: number }[] }>;
}

/** An alert the caller may read. */
export interface AlertSignal {
  id: string;
  rule: AlertRule;
  severity: AlertSeverity;
  status: AlertStatus;
  level: number;
  month: string;
  country: string;
  admin1: string | null;
  groupId: string | null;
  /** The group's name as shown (null: all groups). */
  groupName: string | null;
}

/** A country's Framework scorecard as the watchlist reads it (only for a caller with `framework.read`). */
export interface ScorecardSignal {
  country: string;
  factors: { number: number; status: FactorStatus; assessmentIds: string[] }[];
  /** Indicators that got worse since `since`, with the assessment that says so. */
  worsened: { indicator: string; factor: number; from: FactorStatus; to: FactorStatus; assessmentId: string }[];
  since: string;
}

export interface WatchlistInput {
  /** The month the watchlist is drawn up in (`YYYY-MM`): alerts' ages count from it. */
  month: string;
  forecast: ForecastSignal | null;
  alerts: readonly AlertSignal[];
  /** null: the caller may not read scorecards (they neither count nor show). */
  scorecards: readonly ScorecardSignal[] | null;
}

/** The numbers behind a position, so the web app can say it in another language. */
export interface WatchlistFigures {
  /** The run in force and the country's row in it; rank and probability null when the country is not in the run; null when no run is saved. */
  forecast: { year: number; of: number; rank: number | null; probability: number | null } | null;
  alerts: {
    active: number;
    high: number;
    medium: number;
    low: number;
    escalated: number;
    windowMonths: number;
    since: string;
    newest: { id: string; rule: AlertRule; severity: AlertSeverity; month: string; admin1: string | null; groupName: string | null } | null;
  };
  /** Null when the caller may not read scorecards. */
  scorecard: { present: number[]; partly: number[]; worsened: number[]; since: string; assessed: boolean } | null;
}

export interface WatchlistEntry {
  position: number;
  level: 'country' | 'region';
  country: string;
  admin1: string | null;
  score: number;
  /** The score's parts, each shown apart. */
  parts: { forecast: number; alerts: number; scorecard: number };
  /** The reason for the position, in English words with the numbers. */
  reason: string;
  figures: WatchlistFigures;
  /** What produced each figure. */
  links: { forecast: { runId: string; rank: number } | null; alertIds: string[]; assessmentIds: string[] };
}
