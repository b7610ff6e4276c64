import { Link, useSearchParams } from 'react-router';
import type { Watchlist } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy } from '../vocab/vocab';
import { Reason } from './Reason';

/**
 * The watchlist (issue 17 §4): countries, or regions, ranked by the forecast, the Framework
 * scorecard and the open alerts together; each position with its reason, every figure a link to
 * what produced it, and the score's three parts shown apart so a reader can weigh them otherwise.
 */
export default function WatchlistPage() {
  const { t, number, date, label } = useI18n();
  const countries = useTaxonomy('countries');
  const [params, setParams] = useSearchParams();
  const level = params.get('level') === 'region' ? 'region' : 'country';
  const list = useApi<Watchlist>(`/api/watchlist?level=${level}&limit=100`);
  const run = list.data?.forecastRun;
  const countryName = (code: string) => label(countries.byCode.get(code), code);
  return (
    <div className="watchlist-page">
      <h1 tabIndex={-1}>{t('watchlist.title')}</h1>
      <p className="hint">{t('watchlist.intro')}</p>
      <div className="toolbar" role="group" aria-label={t('watchlist.level')}>
        {(['country', 'region'] as const).map((l) => (
          <button key={l} type="button" className={l === level ? '' : 'secondary'} aria-pressed={l === level} onClick={() => setParams(l === 'country' ? {} : { level: l })}>
            {t(`watchlist.level.${l}`)}
          </button>
        ))}
      </div>
      {list.data && (
        <p className="small muted" data-testid="watchlist-run">
          {run ? (
            <Link to={`/forecasts/${run.id}`}>{t('watchlist.run', { year: String(run.year), count: run.countries, date: date(run.createdAt.slice(0, 10)) })}</Link>
          ) : (
            t('watchlist.noRun')
          )}{' '}
          {!list.data.scorecards && t('watchlist.noScorecards')}
        </p>
      )}
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorNote error={list.error} />}
      {list.data && list.data.items.length === 0 && <p>{t('watchlist.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="watchlist-table" data-testid="watchlist">
          <thead>
            <tr>
              <th scope="col">{t('watchlist.position')}</th>
              <th scope="col">{t(level === 'region' ? 'watchlist.region' : 'watchlist.country')}</th>
              <th scope="col">{t('watchlist.score')}</th>
              <th scope="col">{t('watchlist.why')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((e) => (
              <tr key={`${e.country}/${e.admin1 ?? ''}`} data-testid="watchlist-entry" data-country={e.country} data-admin1={e.admin1 ?? ''}>
                <td className="num">{number(e.position)}</td>
                <th scope="row">
                  <Link to={`/?country=${e.country}${e.admin1 ? `&admin1=${encodeURIComponent(e.admin1)}` : ''}`}>{e.admin1 ? `${e.admin1}, ${countryName(e.country)}` : countryName(e.country)}</Link>
                </th>
                <td className="num">
                  <strong>{number(Number(e.score.toFixed(1)))}</strong>
                  <ScoreBar parts={e.parts} />
                </td>
                <td>
                  <Reason entry={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data && list.data.total > list.data.items.length && <p className="small muted">{t('watchlist.more', { count: list.data.total - list.data.items.length })}</p>}
    </div>
  );
}

/** The score's three parts side by side, named for screen readers. */
function ScoreBar({ parts }: { parts: Watchlist['items'][number]['parts'] }) {
  const { t, number } = useI18n();
  const total = parts.forecast + parts.alerts + parts.scorecard || 1;
  const text = t('watchlist.parts', { forecast: number(Number(parts.forecast.toFixed(1))), alerts: number(Number(parts.alerts.toFixed(1))), scorecard: number(Number(parts.scorecard.toFixed(1))) });
  return (
    <span className="score-bar" role="img" aria-label={text} title={text}>
      {(['forecast', 'alerts', 'scorecard'] as const).map((k) => (parts[k] > 0 ? <span key={k} className={`part-${k}`} style={{ inlineSize: `${(parts[k] / total) * 100}%` }} /> : null))}
    </span>
  );
}
