import { Link } from 'react-router';
import type { Watchlist } from '../api/types';
import { useApi } from '../api/useApi';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy } from '../vocab/vocab';
import { Reason } from './Reason';

/** The dashboard's view of the watchlist: where the country shown stands, and the regions of it on the list. */
export function DashboardWatchlist({ country }: { country: string }) {
  const { t, number, label } = useI18n();
  const countries = useTaxonomy('countries');
  const byCountry = useApi<Watchlist>('/api/watchlist?level=country&limit=500');
  const byRegion = useApi<Watchlist>('/api/watchlist?level=region&limit=500');
  const here = byCountry.data?.items.find((e) => e.country === country);
  const regions = (byRegion.data?.items ?? []).filter((e) => e.country === country).slice(0, 3);
  return (
    <section className="card watchlist-card" aria-labelledby="watchlist-h" data-testid="dashboard-watchlist">
      <div className="card-head">
        <h2 id="watchlist-h">{t('watchlist.dashboard')}</h2>
        <Link to="/watchlist">{t('watchlist.all')}</Link>
      </div>
      {byCountry.data && !here && <p className="muted">{t('watchlist.notListed')}</p>}
      {here && (
        <p data-testid="dashboard-watchlist-country">
          <strong>{t('watchlist.positionOf', { place: label(countries.byCode.get(country), country), position: number(here.position), count: byCountry.data!.total })}</strong> <Reason entry={here} />
        </p>
      )}
      {regions.length > 0 && (
        <ul className="small">
          {regions.map((e) => (
            <li key={e.admin1}>
              <strong>{t('watchlist.positionOf', { place: e.admin1!, position: number(e.position), count: byRegion.data!.total })}</strong> <Reason entry={e} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
