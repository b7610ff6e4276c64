import { Link } from 'react-router';
import { useApi } from '../api/useApi';
import { useI18n } from '../i18n/i18n';
import { AlertCard } from './AlertCard';
import type { Alert } from './explain';

/** The dashboard's latest open alerts for the country (and region) shown, linking to the alerts page. */
export function DashboardAlerts({ country, admin1 }: { country: string; admin1?: string | undefined }) {
  const { t } = useI18n();
  const query = new URLSearchParams({ country, status: 'new', limit: '5' });
  if (admin1) query.set('admin1', admin1);
  const alerts = useApi<{ items: Alert[] }>(country ? `/api/alerts?${query}` : null);
  return (
    <section className="card alerts-card" aria-labelledby="alerts-h" data-testid="dashboard-alerts">
      <div className="card-head">
        <h2 id="alerts-h">{t('alerts.dashboard')}</h2>
        <Link to={`/alerts?country=${country}`}>{t('alerts.all')}</Link>
      </div>
      {alerts.data && alerts.data.items.length === 0 && <p className="muted">{t('alerts.none')}</p>}
      {alerts.data?.items.map((a) => <AlertCard key={a.id} alert={a} />)}
    </section>
  );
}
