import { useI18n } from '../i18n/i18n';
import { levelColours } from '../pyramid/palette';
import type { TimelineSeries } from './timeline';

interface Props {
  series: TimelineSeries;
  /** The month shown, or null for none. */
  index: number | null;
  /** The month's bar, in pixels from the chart's left edge. */
  barLeft: number;
  barRight: number;
  width: number;
  dataEnd?: string | null | undefined;
}

/**
 * One month's counts by pyramid level, over the timeline: under the pointer, or at the brush's
 * end while the chart has the keyboard focus. A live region, so a screen reader reads the month
 * the arrow keys moved to.
 */
export function MonthTip({ series, index, barLeft, barRight, width, dataEnd }: Props) {
  const { t, number, date, dir } = useI18n();
  const month = index === null ? undefined : series.months[index];
  const stack = index === null ? undefined : series.stacks[index];
  const gap = index !== null && series.gap[index];
  const total = stack ? stack.reduce((a, b) => a + b, 0) : 0;
  // Beside the bar, not over it (nor over the brush's selection): to its right where there is room.
  const x = barRight + 192 <= width ? barRight + 8 : Math.max(4, barLeft - 188);
  return (
    <div className="month-tip" role="status" aria-live="polite" data-testid="timeline-tip" dir={dir} style={{ left: x }} hidden={!month}>
      {month && (
        <>
          <strong>{gap && dataEnd ? t('timeline.monthGap', { month: date(month, 'month'), last: date(dataEnd, 'month') }) : t('timeline.monthTotal', { month: date(month, 'month'), count: total })}</strong>
          {!gap && total > 0 && (
            <ul>
              {[5, 4, 3, 2, 1].map((l) =>
                stack![l - 1] ? (
                  <li key={l}>
                    <span className="swatch" style={{ background: levelColours[l - 1] }} aria-hidden="true" />
                    {t('level.short', { level: l })}: {number(stack![l - 1]!)}
                  </li>
                ) : null,
              )}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
