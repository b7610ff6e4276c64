import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export interface LevelCountsRow {
  key: string;
  /** The row header: a place, a month. */
  label: ReactNode;
  /** Counts at levels 1–5, or null where nothing is recorded yet (shown as `gapText`, not zeros). */
  levels: readonly number[] | null;
  total: number;
}

/**
 * Counts by pyramid level as a table — a header column, levels 1–5 and the total — the text
 * form of the map and of the timeline, for reading, copying and screen readers.
 */
export function LevelCountsTable({ rowHeading, rows, gapText }: { rowHeading: string; rows: readonly LevelCountsRow[]; gapText?: string }) {
  const { t, number } = useI18n();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {[1, 2, 3, 4, 5].map((l) => (
            <th scope="col" key={l}>
              {t('level.short', { level: l })}
            </th>
          ))}
          <th scope="col">{t('common.total')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.levels ? undefined : 'gap'}>
            <th scope="row">{row.label}</th>
            {row.levels ? (
              <>
                {row.levels.map((n, i) => (
                  <td key={i}>{number(n)}</td>
                ))}
                <td>{number(row.total)}</td>
              </>
            ) : (
              <td colSpan={6}>{gapText}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
