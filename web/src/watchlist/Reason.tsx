import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Watchlist } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy } from '../vocab/vocab';

export type WatchlistEntry = Watchlist['items'][number];

/**
 * A watchlist position's reason in the reader's language, built from its figures (the server's
 * English sentence says the same), each figure a link to what produced it: the forecast run's
 * row, the alerts counted (and the newest one), the country's Framework scorecard.
 */
export function Reason({ entry }: { entry: WatchlistEntry }) {
  const { t, number, date, label, lang } = useI18n();
  const countries = useTaxonomy('countries');
  const f = entry.figures;
  const list = (xs: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(xs);
  // Counts side by side ("9 high, 7 medium, 3 low"), as the server's sentence has them.
  const counts = (xs: string[]) => new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format(xs);
  const sep = t('watchlist.separator');
  const factors = (ns: number[]) => t('watchlist.factors', { count: ns.length, list: list(ns.map((n) => number(n))) });
  const probability = (p: number) => number(Number(p >= 0.01 ? p.toFixed(2) : p.toPrecision(1)));

  const forecast: ReactNode = !f.forecast ? (
    t('watchlist.noForecastSaved')
  ) : f.forecast.rank === null || f.forecast.probability === null || !entry.links.forecast ? (
    t('watchlist.noForecast', { of: f.forecast.of, year: String(f.forecast.year) })
  ) : (
    <Link to={`/forecasts/${entry.links.forecast.runId}#rank-${entry.links.forecast.rank}`} data-testid="reason-forecast">
      {t('watchlist.forecast', { rank: f.forecast.rank, of: f.forecast.of, year: String(f.forecast.year), p: probability(f.forecast.probability) })}
    </Link>
  );

  const a = f.alerts;
  const alertsQuery = new URLSearchParams({ country: entry.country, from: a.since });
  if (entry.admin1) alertsQuery.set('admin1', entry.admin1);
  const severities = (['high', 'medium', 'low'] as const).filter((s) => a[s] > 0).map((s) => t(`watchlist.severity.${s}`, { count: a[s] }));
  if (a.escalated) severities.push(t('watchlist.escalated', { count: a.escalated }));
  const n = a.newest;
  const alerts: ReactNode = !a.active ? (
    t('watchlist.noAlerts', { months: a.windowMonths })
  ) : (
    <>
      <Link to={`/alerts?${alertsQuery}`} data-testid="reason-alerts">
        {t('watchlist.alerts', { count: a.active, months: a.windowMonths })}
      </Link>{' '}
      ({counts(severities)})
      {n && (
        <>
          {sep}
          <Link to={`/alerts?country=${entry.country}&from=${n.month}&to=${n.month}#alert-${n.id}`} data-testid="reason-newest">
            {t('watchlist.newest', {
              rule: t(`watchlist.rule.${n.rule}`),
              group: n.groupName ?? t('alerts.allGroups'),
              place: n.admin1 ?? label(countries.byCode.get(entry.country), entry.country),
              month: date(n.month, 'month'),
            })}
          </Link>
        </>
      )}
    </>
  );

  const s = f.scorecard;
  let scorecard: ReactNode = null;
  if (s && entry.level === 'country') {
    const words: string[] = [];
    if (!s.assessed) words.push(t('watchlist.noFramework'));
    else {
      if (s.present.length) words.push(t('watchlist.present', { factors: factors(s.present) }));
      if (s.partly.length) words.push(t('watchlist.partly', { factors: factors(s.partly) }));
      if (!words.length) words.push(t('watchlist.noFactor'));
      if (s.worsened.length) words.push(t('watchlist.worse', { factors: factors(s.worsened), date: date(s.since) }));
    }
    scorecard = s.assessed ? (
      <Link to={`/framework/${entry.country}?since=${s.since}`} data-testid="reason-framework">
        {words.join(sep)}
      </Link>
    ) : (
      words.join(sep)
    );
  }

  const parts: ReactNode[] =
    entry.level === 'region'
      ? [alerts, <>{label(countries.byCode.get(entry.country), entry.country)}: {forecast}</>]
      : [forecast, alerts, ...(scorecard ? [scorecard] : [])];
  return (
    <span className="watchlist-reason">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && sep}
          {p}
        </Fragment>
      ))}
    </span>
  );
}
