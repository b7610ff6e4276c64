import { useI18n } from '../i18n/i18n';
import type { TimelineSeries } from './timeline';

/** The timeline's counts as a table — month × pyramid level — for reading, copying and screen readers. */
export function TimelineTable({ series }: { series: TimelineSeries }) {
  const { t, number, date } = useI18n();
  if (!series.months.length) return null;
  return (
    <details className="timeline-table" data-testid="timeline-table">
      <summary>{t('timeline.table')}</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('timeline.month')}</th>
              {[1, 2, 3, 4, 5].map((l) => (
                <th scope="col" key={l}>
                  {t('level.short', { level: l })}
                </th>
              ))}
              <th scope="col">{t('common.total')}</th>
            </tr>
          </thead>
          <tbody>
            {series.months.map((m, i) => (
              <tr key={m} className={series.gap[i] ? 'gap' : undefined}>
                <th scope="row">{date(m, 'month')}</th>
                {series.gap[i] ? (
                  <td colSpan={6}>{t('timeline.gap')}</td>
                ) : (
                  <>
                    {series.stacks[i]!.map((v, l) => (
                      <td key={l}>{number(v)}</td>
                    ))}
                    <td>{number(series.stacks[i]!.reduce((a, b) => a + b, 0))}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
