import type { WarningConfig } from '../config.js';
import type { Finding, PlaceGroupSeries, PyramidLevel } from '../types.js';

/**
 * A series prepared for the detectors: running sums, so that any window's count is two reads
 * and a scan of every month of a long history stays linear.
 */
export interface SeriesView {
  series: PlaceGroupSeries;
  /** cumLevel[l][t] = incidents at level l+1 in months 0 … t−1. */
  cumLevel: Float64Array[];
  /** Incidents of the speech types (speech-lead), running. */
  cumSpeech: Float64Array;
  /** All incidents, running. */
  cumAll: Float64Array;
  /** The highest level with an incident in each month, or 0 (highestLevel with min 1, read once). */
  highest: Int8Array;
  /** The month index where each region and each perpetrator kind was first seen (spread). */
  firstRegion: Map<string, number>;
  firstKind: Map<string, number>;
}

export function prepareSeries(series: PlaceGroupSeries, config: WarningConfig): SeriesView {
  const n = series.months.length;
  const cumLevel = [0, 1, 2, 3, 4].map(() => new Float64Array(n + 1));
  const cumSpeech = new Float64Array(n + 1);
  const cumAll = new Float64Array(n + 1);
  const highest = new Int8Array(n);
  const firstRegion = new Map<string, number>();
  const firstKind = new Map<string, number>();
  const speechTypes = config.speechLead.speechTypes;
  for (let t = 0; t < n; t++) {
    const cell = series.months[t]!;
    cumAll[t + 1] = cumAll[t]! + cell.byLevel[0] + cell.byLevel[1] + cell.byLevel[2] + cell.byLevel[3] + cell.byLevel[4];
    for (const r of cell.regions) if (!firstRegion.has(r)) firstRegion.set(r, t);
    for (const k of cell.perpetratorKinds) if (!firstKind.has(k)) firstKind.set(k, t);
    for (let l = 0; l < 5; l++) {
      cumLevel[l]![t + 1] = cumLevel[l]![t]! + cell.byLevel[l]!;
      if (cell.byLevel[l]! >= 1) highest[t] = l + 1;
    }
    let speech = 0;
    for (const type of speechTypes) speech += cell.byViolationType[type] ?? 0;
    cumSpeech[t + 1] = cumSpeech[t]! + speech;
  }
  return { series, cumLevel, cumSpeech, cumAll, highest, firstRegion, firstKind };
}

/** Sum of a running-sum array over months [from, to] inclusive (clamped to the series). */
export function windowSum(cum: Float64Array, from: number, to: number): number {
  const a = Math.max(0, from);
  const b = Math.min(cum.length - 2, to);
  return b < a ? 0 : cum[b + 1]! - cum[a]!;
}

/** The incidents of months [from, to], deduplicated, for an alert to link. */
export function incidentsOf(series: PlaceGroupSeries, from: number, to: number): string[] {
  const ids = new Set<string>();
  for (let t = Math.max(0, from); t <= to; t++) for (const id of series.months[t]!.incidentIds) ids.add(id);
  return [...ids];
}

/** The months [from, to] of a series, as a finding records them (`Finding.window`). */
export function windowOf(series: PlaceGroupSeries, from: number, to: number): Finding['window'] {
  return { from: series.months[Math.max(0, from)]!.month, to: series.months[to]!.month };
}

/** The highest level with at least `min` incidents in month t, or 0. */
export function highestLevel(series: PlaceGroupSeries, t: number, min = 1): number {
  const byLevel = series.months[t]!.byLevel;
  for (let l = 4; l >= 0; l--) if (byLevel[l]! >= min) return l + 1;
  return 0;
}

/** The fields every finding of a place-group in month t shares. */
export function findingBase(series: PlaceGroupSeries, t: number): Pick<Finding, 'month' | 'country' | 'admin1' | 'groupId'> {
  return { month: series.months[t]!.month, country: series.country, admin1: series.admin1, groupId: series.groupId };
}

export const asLevel = (level: number) => Math.min(5, Math.max(1, level)) as PyramidLevel;
