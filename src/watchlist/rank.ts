import { activeAlertStatuses, defaultWatchlistConfig, type WatchlistConfig } from './config.js';
import { describeEntry } from './reason.js';
import type { AlertSignal, ScorecardSignal, WatchlistEntry, WatchlistFigures, WatchlistInput } from './types.js';

/**
 * The watchlist: countries (or regions) ranked by the forecast, the Framework scorecard and the
 * active alerts together, each position with its reason in words, its figures and what produced
 * them. Pure: the service gathers the signals through each module's door; nothing here reads a
 * database or a clock. The combination rule and its weights are in ./config.ts.
 *
 *   rankWatchlist({ month: '2026-11', forecast, alerts, scorecards }, 'country')
 *   // → [{ position: 1, country: 'XVR', score: 7.4, reason: '1st: no forecast …; 3 active alerts …', … }, …]
 */
export function rankWatchlist(input: WatchlistInput, level: 'country' | 'region', config: WatchlistConfig = defaultWatchlistConfig): WatchlistEntry[] {
  const since = addMonths(input.month, -(config.alerts.windowMonths - 1));
  const active = input.alerts.filter((a) => (activeAlertStatuses as readonly string[]).includes(a.status) && a.month >= since && a.month <= input.month);
  const scorecards = new Map((input.scorecards ?? []).map((s) => [s.country, s]));
  const countryParts = (country: string) => {
    const alerts = active.filter((a) => a.country === country);
    return { alerts, forecast: forecastPart(input, country, config), scorecard: scorecardPart(scorecards.get(country), config, input.scorecards !== null) };
  };
  const countries = new Set<string>([...(input.forecast?.rows.keys() ?? []), ...active.map((a) => a.country), ...scorecards.keys()]);
  const countryScore = new Map<string, number>();
  const countryEntries = [...countries].map((country) => {
    const { alerts, forecast, scorecard } = countryParts(country);
    const alertPoints = alertsPart(alerts, input.month, config);
    const score = forecast.points + alertPoints + scorecard.points;
    countryScore.set(country, score);
    return { country, admin1: null, alerts, forecast, scorecard, parts: { forecast: forecast.points, alerts: alertPoints, scorecard: scorecard.points }, score };
  });
  const forecastRank = (country: string) => input.forecast?.rows.get(country)?.rank ?? Number.POSITIVE_INFINITY;

  const candidates =
    level === 'country'
      ? countryEntries.filter((e) => e.score > 0)
      : [...new Set(active.filter((a) => a.admin1 !== null).map((a) => `${a.country}\u0000${a.admin1}`))].map((key) => {
          const [country, admin1] = key.split('\u0000') as [string, string];
          const { forecast, scorecard } = countryParts(country);
          const alerts = active.filter((a) => a.country === country && a.admin1 === admin1);
          const alertPoints = alertsPart(alerts, input.month, config);
          // The forecast and the scorecard are of the country: shown as the region's context, not scored.
          return { country, admin1, alerts, forecast, scorecard, parts: { forecast: 0, alerts: alertPoints, scorecard: 0 }, score: alertPoints };
        });

  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      (countryScore.get(b.country) ?? 0) - (countryScore.get(a.country) ?? 0) ||
      forecastRank(a.country) - forecastRank(b.country) ||
      a.country.localeCompare(b.country) ||
      (a.admin1 ?? '').localeCompare(b.admin1 ?? ''),
  );

  return candidates.map((c, i) => {
    const newest = [...c.alerts].sort((x, y) => y.month.localeCompare(x.month) || severityOrder(y) - severityOrder(x) || x.id.localeCompare(y.id))[0] ?? null;
    const count = (severity: string) => c.alerts.filter((a) => a.severity === severity).length;
    const figures: WatchlistFigures = {
      forecast: input.forecast && { year: input.forecast.year, of: input.forecast.countries, rank: c.forecast.row?.rank ?? null, probability: c.forecast.row?.probability ?? null },
      alerts: {
        active: c.alerts.length,
        high: count('high'),
        medium: count('medium'),
        low: count('low'),
        escalated: c.alerts.filter((a) => a.status === 'escalated').length,
        windowMonths: config.alerts.windowMonths,
        since,
        newest: newest && { id: newest.id, rule: newest.rule, severity: newest.severity, month: newest.month, admin1: newest.admin1, groupName: newest.groupName },
      },
      scorecard: c.scorecard.figures,
    };
    const entry = {
      position: i + 1,
      level,
      country: c.country,
      admin1: c.admin1,
      score: round(c.score),
      parts: { forecast: round(c.parts.forecast), alerts: round(c.parts.alerts), scorecard: round(c.parts.scorecard) },
      figures,
      links: {
        forecast: c.forecast.row ? { runId: input.forecast!.runId, rank: c.forecast.row.rank } : null,
        alertIds: c.alerts.map((a) => a.id),
        assessmentIds: c.scorecard.assessmentIds,
      },
    };
    return { ...entry, reason: describeEntry(entry) };
  });
}

function forecastPart(input: WatchlistInput, country: string, config: WatchlistConfig) {
  const row = input.forecast?.rows.get(country) ?? null;
  const top = input.forecast?.topProbability ?? 0;
  return { row, points: row && top > 0 ? (config.forecast.points * row.probability) / top : 0 };
}

/** Each active alert's severity points, more for an escalated one, halved every half-life of age. */
export function alertsPart(alerts: readonly AlertSignal[], month: string, config: WatchlistConfig = defaultWatchlistConfig): number {
  let sum = 0;
  for (const a of alerts) {
    const age = Math.max(0, monthsBetween(a.month, month));
    sum += config.alerts.severityPoints[a.severity] * (a.status === 'escalated' ? config.alerts.escalatedFactor : 1) * 0.5 ** (age / config.alerts.halfLifeMonths);
  }
  return sum;
}

function scorecardPart(card: ScorecardSignal | undefined, config: WatchlistConfig, readable: boolean) {
  if (!readable) return { points: 0, figures: null, assessmentIds: [] };
  const s = config.scorecard;
  const factorPoints = (n: number) => (n >= 9 ? s.specificFactorPoints : s.commonFactorPoints);
  const present = (card?.factors ?? []).filter((f) => f.status === 'present');
  const partly = (card?.factors ?? []).filter((f) => f.status === 'partly');
  const worsened = card?.worsened ?? [];
  const points = present.reduce((p, f) => p + factorPoints(f.number), 0) + partly.reduce((p, f) => p + factorPoints(f.number) * s.partlyFactor, 0) + worsened.length * s.worsenedPoints;
  const assessmentIds = [...new Set([...present, ...partly].flatMap((f) => f.assessmentIds).concat(worsened.map((w) => w.assessmentId)))];
  return {
    points,
    assessmentIds,
    figures: {
      present: present.map((f) => f.number).sort((a, b) => a - b),
      partly: partly.map((f) => f.number).sort((a, b) => a - b),
      worsened: [...new Set(worsened.map((w) => w.factor))].sort((a, b) => a - b),
      since: card?.since ?? '',
      assessed: Boolean(card?.factors.some((f) => f.assessmentIds.length > 0)),
    },
  };
}

const severityOrder = (a: AlertSignal) => ({ low: 0, medium: 1, high: 2 })[a.severity];
const round = (v: number) => Math.round(v * 100) / 100;

/** Months from `a` to `b` (`YYYY-MM`): positive when b is later. */
export function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

export function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
