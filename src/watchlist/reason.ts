import type { AlertRule } from '../warning/types.js';
import type { WatchlistEntry } from './types.js';

/**
 * A watchlist position's reason in English, from its figures alone (the web app builds the same
 * sentence in other languages from the same figures):
 *
 *   "3rd: forecast rank 4 of 162 for 2013 (p = 0.12); 2 active alerts in the last 24 months (2 high);
 *    newest: killings or detentions over the threshold against Teral in Eastern Lakes, March 2026;
 *    Framework factors 9 and 10 present"
 */
export function describeEntry(entry: Omit<WatchlistEntry, 'reason'>): string {
  const f = entry.figures;
  const parts: string[] = [];
  const forecast = describeForecast(f.forecast);
  const alerts = describeAlerts(f.alerts);
  if (entry.level === 'region') parts.push(alerts, `${entry.country}: ${forecast}`);
  else parts.push(forecast, alerts);
  if (f.scorecard && entry.level === 'country') parts.push(describeScorecard(f.scorecard));
  return `${ordinal(entry.position)}: ${parts.join('; ')}`;
}

function describeForecast(f: WatchlistEntry['figures']['forecast']): string {
  if (!f) return 'no forecast (none saved)';
  if (f.rank === null || f.probability === null) return `no forecast (not among the ${f.of} countries of the ${f.year} forecast)`;
  return `forecast rank ${f.rank} of ${f.of} for ${f.year} (p = ${probability(f.probability)})`;
}

function describeAlerts(a: WatchlistEntry['figures']['alerts']): string {
  if (!a.active) return `no active alert in the last ${a.windowMonths} months`;
  const bySeverity = (['high', 'medium', 'low'] as const).filter((s) => a[s] > 0).map((s) => `${a[s]} ${s}`);
  const escalated = a.escalated ? `, ${a.escalated} escalated` : '';
  const head = `${a.active} active ${a.active === 1 ? 'alert' : 'alerts'} in the last ${a.windowMonths} months (${bySeverity.join(', ')}${escalated})`;
  if (!a.newest) return head;
  const n = a.newest;
  const against = n.groupName ? ` against ${n.groupName}` : '';
  const where = n.admin1 ? ` in ${n.admin1}` : '';
  return `${head}; newest: ${ruleWords[n.rule]}${against}${where}, ${monthWords(n.month)}`;
}

function describeScorecard(s: NonNullable<WatchlistEntry['figures']['scorecard']>): string {
  if (!s.assessed) return 'no Framework assessment';
  const out: string[] = [];
  if (s.present.length) out.push(`Framework ${factors(s.present)} present`);
  if (s.partly.length) out.push(`${s.present.length ? '' : 'Framework '}${factors(s.partly)} partly`);
  if (!out.length) out.push('no Framework factor present');
  const worse = s.worsened.length ? `; ${factors(s.worsened)} worse since ${s.since}` : '';
  return out.join(', ') + worse;
}

const ruleWords: Record<AlertRule, string> = {
  surge: 'a surge',
  climb: 'a climb up the pyramid',
  spread: 'a spread to new regions or perpetrators',
  severity: 'killings, detentions, disappearances or displacement over the threshold',
  'speech-lead': 'dehumanising speech rising before violence',
};

const factors = (numbers: readonly number[]) => (numbers.length === 1 ? `factor ${numbers[0]}` : `factors ${list(numbers.map(String))}`);
const list = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const probability = (p: number) => (p >= 0.01 ? p.toFixed(2) : p.toPrecision(1));

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthWords = (month: string) => `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
