import { useI18n } from '../i18n/i18n';
import { LevelCountsTable } from '../pyramid/LevelCountsTable';
import type { TimelineSeries } from './timeline';

/** The timeline's counts as a table — month × pyramid level, and each year's month-unknown row — for reading, copying and screen readers. */
export function TimelineTable({ series }: { series: TimelineSeries }) {
  const { t, date } = useI18n();
  if (!series.months.length) return null;
  return (
    <details className="timeline-table" data-testid="timeline-table">
      <summary>{t('timeline.table')}</summary>
      {/* It scrolls (a long series): focusable, so the keyboard can scroll it too. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('timeline.table')}>
        <LevelCountsTable
          rowHeading={t('timeline.month')}
          gapText={t('timeline.gap')}
          rows={series.months.flatMap((m, i) => {
            const row = {
              key: m,
              label: date(m, 'month'),
              levels: series.gap[i] ? null : series.stacks[i]!,
              total: series.gap[i] ? 0 : series.stacks[i]!.reduce((a, b) => a + b, 0),
            };
            // A year's month-unknown counts follow its last month shown, as a row of their own.
            const unknown = series.unknown.find((u) => u.last === i);
            if (!unknown) return [row];
            const total = unknown.stack.reduce((a, b) => a + b, 0);
            return [row, { key: `${unknown.year}-??`, label: t('timeline.monthUnknownRow', { year: unknown.year }), levels: unknown.stack, total }];
          })}
        />
      </div>
    </details>
  );
}
