import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import type { ForecastRun } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy } from '../vocab/vocab';

/** One saved forecast run: every country ranked, with its risk and the factors behind it; `#rank-N` marks a row. */
export default function ForecastRunPage() {
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const { t, number, date, label } = useI18n();
  const countries = useTaxonomy('countries');
  const run = useApi<ForecastRun>(`/api/forecasts/${id}`);
  const target = hash.slice(1);
  useEffect(() => {
    if (run.data && target) document.getElementById(target)?.scrollIntoView({ block: 'center' });
  }, [run.data, target]);
  if (run.error) return <ErrorNote error={run.error} />;
  if (!run.data) return <Loading />;
  const r = run.data;
  return (
    <div className="forecast-page">
      <h1 tabIndex={-1}>{t('forecast.title', { year: String(r.year) })}</h1>
      <p className="hint">{t('forecast.intro', { year: String(r.year), predictors: String(r.predictorsYear), rows: r.trainedRows, last: String(r.lastTrainedYear), date: date(r.createdAt.slice(0, 10)), source: r.source })}</p>
      <table data-testid="forecast-rows">
        <thead>
          <tr>
            <th scope="col">{t('forecast.rank')}</th>
            <th scope="col">{t('forecast.country')}</th>
            <th scope="col">{t('forecast.risk')}</th>
            <th scope="col">{t('forecast.factors')}</th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((row) => (
            <tr key={row.rank} id={`rank-${row.rank}`} className={target === `rank-${row.rank}` ? 'target' : undefined}>
              <td className="num">{number(row.rank)}</td>
              <th scope="row">{row.country ? label(countries.byCode.get(row.country), row.ewpName) : `${row.ewpName} (${t('forecast.noCode')})`}</th>
              <td className="num">{number(Number((row.probability * 100).toFixed(1)))}%</td>
              <td className="small">{row.factors.map((f) => `${f.column} ${f.contribution >= 0 ? '+' : '−'}${number(Number(Math.abs(f.contribution).toFixed(2)))}`).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
