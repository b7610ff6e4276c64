import type { WarningConfig } from '../config.js';
import type { AlertSeverity, Finding } from '../types.js';
import { listInWords, monthInWords, placeGroupInWords } from './describe.js';
import { asLevel, findingBase, highestLevel, incidentsOf, windowOf, type SeriesView } from './view.js';

/**
 * **Spread**: the same group hit in new places or by new hands. On a country's series it
 * reports regions where the group was hit in month t and never before;
 * on a region's series, perpetrator kinds not seen there before (state forces joining militias).
 * Only months with an incident at `minLevel` or above are read: discrimination or violence spreading.
 * A group first recorded has no "before": the rule waits for `minBaselineIncidents`.
 *
 * Severity: high when the state arrives (a kind of `stateKinds`) beside others in a month of
 * violence (level ≥ 4); medium when the state arrives, or two regions or more are new; else low.
 */
export function detectSpread(view: SeriesView, t: number, config: WarningConfig): Finding | null {
  const c = config.spread;
  if (t < config.minHistoryMonths) return null;
  const { series } = view;
  const cell = series.months[t]!;
  const level = highestLevel(series, t);
  if (level < c.minLevel) return null;
  const baselineIncidents = view.cumAll[t]!;
  if (baselineIncidents < c.minBaselineIncidents) return null;
  const seenBefore = (first: Map<string, number>) => [...first].filter(([, at]) => at < t).map(([key]) => key);
  const countryWide = series.admin1 === null;
  const newRegions = countryWide ? cell.regions.filter((r) => view.firstRegion.get(r) === t).sort() : [];
  const newKinds = countryWide ? [] : cell.perpetratorKinds.filter((k) => view.firstKind.get(k) === t && k !== 'unknown').sort();
  if (!newRegions.length && !newKinds.length) return null;
  const seenRegions = seenBefore(view.firstRegion);
  const seenKinds = seenBefore(view.firstKind);
  const stateArrives = newKinds.some((k) => c.stateKinds.includes(k));
  const severity: AlertSeverity = stateArrives && level >= 4 && seenKinds.length > 0 ? 'high' : stateArrives || newRegions.length >= 2 ? 'medium' : 'low';
  const parts: string[] = [];
  if (newRegions.length) parts.push(`hit in ${listInWords(newRegions)} for the first time in the ${t} months recorded`);
  if (newKinds.length) {
    const earlier = [...seenKinds].filter((k) => k !== 'unknown').sort();
    parts.push(`perpetrators of a new kind (${listInWords(newKinds)})${earlier.length ? ` beside ${listInWords(earlier)} seen in the ${t} months before` : ''}`);
  }
  return {
    rule: 'spread',
    severity,
    level: asLevel(level),
    ...findingBase(series, t),
    explanation: `${placeGroupInWords(series)}: ${parts.join('; ')}, in ${monthInWords(cell.month)}.`,
    figures: {
      newRegions: newRegions.join(', ') || null,
      newRegionCount: newRegions.length,
      newPerpetratorKinds: newKinds.join(', ') || null,
      earlierRegionCount: seenRegions.length,
      earlierPerpetratorKinds: [...seenKinds].sort().join(', ') || null,
      baselineIncidents,
      baselineMonths: t,
    },
    parameters: { minLevel: c.minLevel, minBaselineIncidents: c.minBaselineIncidents, stateKinds: c.stateKinds.join(',') },
    incidentIds: incidentsOf(series, t, t),
    window: windowOf(series, t, t),
  };
}
