import { can, requirePermission } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import { latestForecastRun } from '../forecast/service.js';
import { getScorecard, listAssessedCountries } from '../framework/service.js';
import { getRecords } from '../registry/service.js';
import { listAlerts } from '../warning/service.js';
import type { Alert } from '../warning/types.js';
import { activeAlertStatuses, defaultWatchlistConfig, type WatchlistConfig } from './config.js';
import { addMonths, rankWatchlist } from './rank.js';
import type { AlertSignal, FactorStatus, ForecastSignal, ScorecardSignal, WatchlistEntry } from './types.js';

export interface Watchlist {
  /** The month it is drawn up in (alerts' ages count from it). */
  month: string;
  level: 'country' | 'region';
  forecastRun: { id: string; year: number; countries: number; createdAt: string } | null;
  /** Whether the caller's scorecards count (`framework.read`). */
  scorecards: boolean;
  /** Positions in the whole list, before `limit`. */
  total: number;
  items: WatchlistEntry[];
}

/**
 * The watchlist for the caller: each signal read through its own door — the newest forecast run,
 * the alerts the caller may read (others neither count nor are named), the scorecards only with
 * `framework.read` — and ranked by ./rank.ts. `today` is the clock's, given for tests.
 */
export async function getWatchlist(
  ctx: RequestContext,
  q: { level: 'country' | 'region'; limit: number },
  options: { today?: string; config?: WatchlistConfig } = {},
): Promise<Watchlist> {
  requirePermission(ctx.actor.scope, 'watchlist.read');
  const config = options.config ?? defaultWatchlistConfig;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const month = today.slice(0, 7);
  const withScorecards = can(ctx.actor.scope, 'framework.read');
  const [run, alerts, scorecards] = await Promise.all([
    latestForecastRun(ctx),
    readableAlerts(ctx, addMonths(month, -(config.alerts.windowMonths - 1)), month),
    withScorecards ? readScorecards(ctx, sinceDay(today, config.scorecard.changeWindowDays)) : Promise.resolve(null),
  ]);
  const forecast: ForecastSignal | null = run && {
    runId: run.id,
    year: run.year,
    countries: run.countries,
    topProbability: run.rows[0]?.probability ?? 0,
    rows: new Map(
      // A state without an ISO code today is left out; two rows naming one country keep the better-ranked.
      run.rows.filter((r) => r.country !== null).reverse().map((r) => [r.country!, { rank: r.rank, probability: r.probability, factors: r.factors }]),
    ),
  };
  const items = rankWatchlist({ month, forecast, alerts, scorecards }, q.level, config);
  return {
    month,
    level: q.level,
    forecastRun: run && { id: run.id, year: run.year, countries: run.countries, createdAt: run.createdAt },
    scorecards: withScorecards,
    total: items.length,
    items: items.slice(0, q.limit),
  };
}

/** The open alerts of the window that the caller may read, with their groups' names. */
async function readableAlerts(ctx: RequestContext, from: string, to: string): Promise<AlertSignal[]> {
  const found: Alert[] = [];
  for (const status of activeAlertStatuses) {
    let cursor: string | undefined;
    do {
      const page = await listAlerts(ctx, { status, from, to, limit: 200, ...(cursor ? { cursor } : {}) });
      found.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  const groupIds = [...new Set(found.flatMap((a) => (a.groupId ? [a.groupId] : [])))];
  const names = new Map((await getRecords(ctx.db, 'groups', groupIds)).map((g) => [g.id, (g as { name: string }).name]));
  return found.map((a) => ({
    id: a.id,
    rule: a.rule,
    severity: a.severity,
    status: a.status,
    level: a.level,
    month: a.month,
    country: a.country,
    admin1: a.admin1,
    groupId: a.groupId,
    groupName: a.groupId ? (names.get(a.groupId) ?? null) : null,
  }));
}

const worseness: Record<FactorStatus, number> = { unknown: 0, absent: 0, partly: 1, present: 2 };

/** Every assessed country's scorecard, with the indicators that got worse since `since`. */
async function readScorecards(ctx: RequestContext, since: string): Promise<ScorecardSignal[]> {
  const countries = await listAssessedCountries(ctx);
  const cards: ScorecardSignal[] = [];
  // One country at a time: the embedded database answers one query at a time anyway.
  for (const country of countries) {
    const card = await getScorecard(ctx, country, since);
    const byIndicator = new Map(card.factors.flatMap((f) => f.indicators.map((i) => [i.code, { factor: f.number, id: i.current?.id }] as const)));
    cards.push({
      country,
      since,
      factors: card.factors.map((f) => ({ number: f.number, status: f.status, assessmentIds: f.indicators.filter((i) => i.current && (i.status === 'present' || i.status === 'partly')).map((i) => i.current!.id) })),
      worsened: card.changes
        .filter((c) => worseness[c.to] > worseness[c.from])
        .map((c) => ({ indicator: c.indicator, factor: byIndicator.get(c.indicator)!.factor, from: c.from, to: c.to, assessmentId: byIndicator.get(c.indicator)!.id! })),
    });
  }
  return cards;
}

function sinceDay(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
