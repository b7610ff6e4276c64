import type { Alert } from './explain';

/** A mark for the timeline (per month) or the map (per region): how many open alerts, and the gravest. */
export interface AlertMark {
  key: string;
  count: number;
  severity: Alert['severity'];
}

const open = new Set<Alert['status']>(['new', 'acknowledged', 'escalated']);
const rank = { low: 0, medium: 1, high: 2 } as const;

function marks(alerts: readonly Alert[], keyOf: (a: Alert) => string | null): AlertMark[] {
  const by = new Map<string, AlertMark>();
  for (const a of alerts) {
    const key = keyOf(a);
    if (key === null || !open.has(a.status)) continue;
    const m = by.get(key) ?? { key, count: 0, severity: 'low' };
    m.count += 1;
    if (rank[a.severity] > rank[m.severity]) m.severity = a.severity;
    by.set(key, m);
  }
  return [...by.values()].sort((x, y) => x.key.localeCompare(y.key));
}

/** Open alerts per month (`YYYY-MM`), for the timeline's marks. Dismissed and withdrawn alerts are not marked. */
export const alertsByMonth = (alerts: readonly Alert[]) => marks(alerts, (a) => a.month);

/** Open alerts per region (admin1 as shown), for the map's marks; country-wide alerts have no region to mark. */
export const alertsByRegion = (alerts: readonly Alert[]) => marks(alerts, (a) => a.admin1);
