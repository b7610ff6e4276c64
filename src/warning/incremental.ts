import type { AlertRule, PlaceGroupSeries } from './types.js';
import { severityRank, type SeriesStart } from './detect/scan.js';
import type { AlertFingerprintRow, CountrySpan, DirtySeries, ScanFilter } from './store.js';

/**
 * What an incremental scan re-detects (pure; the service reads and writes around it). A detector
 * as of month t reads months ≤ t only (src/warning/detect), so a series whose months before m did
 * not change raises the same alerts before m: only the series a write touched are re-detected, each
 * from the earliest month touched (the marks of migration 036), with the quiet periods carried in
 * from the alerts stored before that month. Three things reach beyond the series touched:
 *
 * - every series of a country runs over the country's span of months (series.ts): a write that
 *   moves the country's first month re-numbers them all (the country is re-scanned whole), and one
 *   that moves its last month adds or takes away months at the end of each (all re-scanned from
 *   the first month added or taken away);
 * - a country-wide series gets every rule when its group has no region in the country, and only
 *   the spread rule otherwise (scan.ts): when a write touched a region of the group, the
 *   country-wide series that runs every rule now is re-scanned whole, and its stored alerts of
 *   other rules than spread, when it runs spread only, are compared (withdrawn);
 * - a country never scanned (no span recorded) is scanned whole.
 *
 * `src/warning/incremental.test.ts` holds it to a full scan after current and back-dated imports,
 * edits, moves and deletions, on both engines.
 */
export interface IncrementalPlan {
  /** Countries re-scanned whole. */
  whole: Set<string>;
  /** Countries whose last month moved: every series re-scanned from this month (`YYYY-MM`) at the latest. */
  tail: Map<string, string>;
  /** Series touched (seriesKey) → the earliest month touched. */
  touched: Map<string, string>;
  /** Countries × groups (groupKey) a write touched in a region. */
  regionTouched: Set<string>;
  /** Every country of the plan. */
  countries: string[];
}

/** A series' key: country, region (null: the country as a whole), group. */
export const seriesKey = (s: { country: string; admin1: string | null; groupId?: string | null; group_id?: string | null }) =>
  `${s.country}\u0000${s.admin1 ?? '\u0001'}\u0000${s.groupId ?? s.group_id ?? ''}`;
const groupKey = (country: string, groupId: string | null) => `${country}\u0000${groupId ?? ''}`;

/** Marks them all at: from the first month of the series. */
const fromStart = '0000-00';

export function planIncremental(dirty: readonly DirtySeries[], spansNow: ReadonlyMap<string, CountrySpan>, spansScanned: ReadonlyMap<string, CountrySpan>): IncrementalPlan {
  const touched = new Map<string, string>();
  const regionTouched = new Set<string>();
  const countries = new Set<string>();
  const touch = (key: string, month: string) => {
    const before = touched.get(key);
    if (before === undefined || month < before) touched.set(key, month);
  };
  for (const d of dirty) {
    countries.add(d.country);
    touch(seriesKey({ country: d.country, admin1: d.admin1, groupId: d.groupId }), d.month);
    if (d.admin1 !== null) {
      // A region's incidents are also the country-wide series'.
      touch(seriesKey({ country: d.country, admin1: null, groupId: d.groupId }), d.month);
      regionTouched.add(groupKey(d.country, d.groupId));
    }
  }
  const whole = new Set<string>();
  const tail = new Map<string, string>();
  for (const country of countries) {
    const now = spansNow.get(country);
    const before = spansScanned.get(country);
    if (!now || !before || now.first !== before.first) whole.add(country);
    else if (now.last !== before.last) tail.set(country, nextMonth(now.last < before.last ? now.last : before.last));
  }
  return { whole, tail, touched, regionTouched, countries: [...countries].sort() };
}

/** What the plan reads: the countries re-scanned whole or at their tail, and the groups touched in the others. */
export function planReads(plan: IncrementalPlan): ScanFilter {
  const groups = new Map<string, { country: string; groupId: string }>();
  for (const key of plan.touched.keys()) {
    const [country, , groupId] = key.split('\u0000') as [string, string, string];
    if (!plan.whole.has(country) && !plan.tail.has(country)) groups.set(groupKey(country, groupId), { country, groupId });
  }
  return { countries: plan.countries.filter((c) => plan.whole.has(c) || plan.tail.has(c)), groupsOf: [...groups.values()] };
}

/**
 * The plan applied to the series read (those of the countries scanned whole or at their tail, and
 * of the groups touched elsewhere) and the alerts stored for them: where each series' scan starts,
 * and which stored alerts the scan answers for (compared with what it finds; withdrawn if not found).
 */
export function applyPlan(
  plan: IncrementalPlan,
  series: readonly PlaceGroupSeries[],
  stored: readonly AlertFingerprintRow[],
  refractoryMonths: number,
): { startOf: (s: PlaceGroupSeries, rules: readonly AlertRule[]) => SeriesStart | null; inScope: (row: AlertFingerprintRow) => boolean; scanned: () => number } {
  const regionalNow = new Set(series.filter((s) => s.admin1 !== null).map((s) => groupKey(s.country, s.groupId)));
  const fromOf = new Map<string, string>();
  const earliest = (key: string, month: string | undefined) => {
    if (month === undefined) return;
    const before = fromOf.get(key);
    if (before === undefined || month < before) fromOf.set(key, month);
  };
  for (const [key, month] of plan.touched) earliest(key, plan.whole.has(key.slice(0, 3)) ? fromStart : month);
  for (const s of series) {
    const key = seriesKey(s);
    if (plan.whole.has(s.country)) earliest(key, fromStart);
    earliest(key, plan.tail.get(s.country));
    // A country-wide series that runs every rule now, for a group a write touched in a region: its rules may have changed.
    if (s.admin1 === null && !regionalNow.has(groupKey(s.country, s.groupId)) && plan.regionTouched.has(groupKey(s.country, s.groupId))) earliest(key, fromStart);
  }
  const storedOf = new Map<string, AlertFingerprintRow[]>();
  for (const row of stored) {
    const key = seriesKey(row);
    const list = storedOf.get(key);
    if (list) list.push(row);
    else storedOf.set(key, [row]);
  }
  let scanned = 0;
  const startOf = (s: PlaceGroupSeries, rules: readonly AlertRule[]): SeriesStart | null => {
    const from = fromOf.get(seriesKey(s));
    if (from === undefined || !s.months.length) return null;
    scanned++;
    const first = s.months[0]!.month;
    const t = from === fromStart ? 0 : Math.max(0, monthIndex(first, from));
    const last: SeriesStart['last'] = new Map();
    if (t > 0) {
      // The findings raised before `t` are the alerts stored before it (not withdrawn): the quiet periods read the last of each rule.
      for (const row of storedOf.get(seriesKey(s)) ?? []) {
        if (row.status === 'withdrawn' || row.month >= from || !rules.includes(row.rule)) continue;
        const at = monthIndex(first, row.month);
        if (at < t - refractoryMonths - 1) continue;
        const previous = last.get(row.rule);
        if (!previous || at > previous.t) last.set(row.rule, { t: at, severity: severityRank[row.severity] });
      }
    }
    return { t, last };
  };
  const inScope = (row: AlertFingerprintRow) => {
    if (plan.whole.has(row.country)) return true;
    const tailFrom = plan.tail.get(row.country);
    if (tailFrom !== undefined && row.month >= tailFrom) return true;
    const from = fromOf.get(seriesKey(row));
    if (from !== undefined && row.month >= from) return true;
    // A country-wide series runs the spread rule only while its group has a region: any other rule's alert there no longer holds.
    return row.admin1 === null && row.rule !== 'spread' && regionalNow.has(groupKey(row.country, row.group_id));
  };
  return { startOf, inScope, scanned: () => scanned };
}

/** Months from `first` to `month` (`YYYY-MM`). */
export const monthIndex = (first: string, month: string) => (Number(month.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(month.slice(5, 7)) - Number(first.slice(5, 7));

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
