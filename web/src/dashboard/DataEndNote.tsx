import type { StatsExtent } from '../api/types';
import type { ComparedPeriods } from '../filters/period';
import { useI18n } from '../i18n/i18n';

/**
 * Says where the data ends ("Data up to June 2026"), and when the chosen period runs past it,
 * that both periods were compared over the observed part only — so that the months nobody has
 * recorded yet are never read as a decline.
 */
export function DataEndNote({ extent, period }: { extent: StatsExtent | undefined; period: ComparedPeriods | undefined }) {
  const { t, date } = useI18n();
  if (!extent) return null;
  if (!extent.last)
    return (
      <p className="data-end muted small" data-testid="data-end">
        {t('period.noDatedData')}
      </p>
    );
  const month = date(extent.last, 'month');
  let cut: string | undefined;
  if (period?.cut) {
    const wholeMonths = period.from.endsWith('-01');
    const [fy, fm] = period.from.split('-').map(Number) as [number, number];
    const [ty, tm] = period.to.split('-').map(Number) as [number, number];
    const days = Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000) + 1;
    cut = wholeMonths ? t('period.cut', { month, months: (ty - fy) * 12 + (tm - fm) + 1 }) : t('period.cutDays', { month, days });
  }
  return (
    <p className="data-end small" data-testid="data-end">
      <strong>{t('period.dataUpTo', { month })}</strong>
      {cut ? ` — ${cut}` : ''}
    </p>
  );
}
