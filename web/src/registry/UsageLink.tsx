import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { kindSpecs, type RegistryKind } from './kinds';

/** Where a record is used: how many live incidents name it, linked to the incident list filtered by it. */
export function UsageLink({ kind, id, count }: { kind: RegistryKind; id: string; count: number | undefined }) {
  const { t } = useI18n();
  if (count === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (count === 0) return <p className="muted" data-testid="usage">{t('registry.usageNone')}</p>;
  return (
    <p data-testid="usage">
      <Link to={`/incidents?${kindSpecs[kind].incidentFilter}=${id}`}>{t('registry.usageLink', { count })}</Link>
    </p>
  );
}
