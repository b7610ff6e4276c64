import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useRegistry, useTaxonomy } from '../vocab/vocab';
import { explainAlert, type Alert } from './explain';

/** One alert: what, where, when, how grave, and why in words; its incidents linked when `full`. */
export function AlertCard({ alert, full = false, children }: { alert: Alert; full?: boolean; children?: React.ReactNode }) {
  const i18n = useI18n();
  const { t, label, date, number } = i18n;
  const groups = useRegistry('groups');
  const countries = useTaxonomy('countries');
  const group = alert.groupId ? (groups.byId.get(alert.groupId)?.name ?? t('common.unknownRecord')) : t('alerts.allGroups');
  const place = alert.admin1 ?? label(countries.byCode.get(alert.country), alert.country);
  const shown = alert.incidentIds.slice(0, 12);
  return (
    <article className={`alert-card severity-${alert.severity}`} id={`alert-${alert.id}`} data-testid="alert" data-rule={alert.rule}>
      <header>
        <span className={`badge severity-${alert.severity}`}>{t(`alerts.severity.${alert.severity}`)}</span> <strong>{t(`alerts.rule.${alert.rule}`)}</strong> ·{' '}
        <span>{date(alert.month, 'month')}</span> · <span>{group}</span> · <span>{place}</span>
        {alert.status !== 'new' && <span className="badge status"> {t(`alerts.status.${alert.status}`)}</span>}
      </header>
      <p className="explanation">{explainAlert(alert, i18n, { group, place })}</p>
      {full && (
        <p className="small muted">
          {t('alerts.incidents', { count: alert.incidentIds.length })}{' '}
          {shown.map((id, k) => (
            <span key={id}>
              <Link to={`/incidents/${id}`}>{number(k + 1)}</Link>{' '}
            </span>
          ))}
          {alert.incidentIds.length > shown.length && t('alerts.more', { count: alert.incidentIds.length - shown.length })}
        </p>
      )}
      {alert.statusReason && <p className="small muted">{t('alerts.reason', { reason: alert.statusReason })}</p>}
      {children}
    </article>
  );
}
