import type { ImportPreviewRow } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy } from '../vocab/vocab';

interface PreviewAct {
  violationType?: string;
  group?: { name?: string } | null;
  victims?: Record<string, number>;
}
interface PreviewIncident {
  title?: string;
  startDate?: string;
  endDate?: string | null;
  place?: { name?: string | null; admin1?: string | null; country?: string };
  acts?: PreviewAct[];
}

/** The first rows as they would be recorded (one line per row, its acts joined), or why a row would be rejected. */
export function PreviewTable({ rows, mapped }: { rows: ImportPreviewRow[]; mapped: boolean }) {
  const { t, label, number } = useI18n();
  const types = useTaxonomy('violation-types');
  return (
    <div className="table-scroll">
      <table className="import-preview" data-testid="preview">
        <caption className="visually-hidden">{t('import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.col.title')}</th>
            <th scope="col">{t('import.col.date')}</th>
            <th scope="col">{t('import.col.place')}</th>
            <th scope="col">{t('import.col.violation')}</th>
            <th scope="col">{t('import.col.group')}</th>
            <th scope="col">{t('import.col.victims')}</th>
            <th scope="col">{t('import.col.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const incident = r.incident as PreviewIncident | null;
            const acts = incident?.acts ?? [];
            const victims = acts.flatMap((a) => Object.entries(a.victims ?? {}).filter(([, n]) => n > 0).map(([kind, n]) => `${t(`victims.${kind}` as never)} ${number(n)}`));
            const place = incident?.place;
            return (
              <tr key={`${r.file ?? ''}${r.sheet ?? ''}${r.row}`} className={r.problems.length ? 'has-problems' : undefined} data-row={r.row}>
                <th scope="row">{[r.file, r.sheet, number(r.row)].filter(Boolean).join(' · ')}</th>
                {/* A rejected or unmapped row has no incident: its values as read say which row it is. */}
                <td>{incident ? incident.title : <span className="muted">{Object.values(r.fields ?? {}).map(String).filter(Boolean).join(' · ')}</span>}</td>
                <td>{incident ? [incident.startDate, incident.endDate].filter(Boolean).join(' – ') : ''}</td>
                <td>{place ? [place.name, place.admin1, place.country].filter(Boolean).join(', ') : ''}</td>
                <td>{acts.map((a) => label(types.byCode.get(a.violationType ?? ''), a.violationType)).join('; ')}</td>
                <td>{acts.map((a) => a.group?.name).filter(Boolean).join('; ')}</td>
                <td>{victims.join(', ')}</td>
                <td>
                  {r.problems.length ? (
                    <ul className="problems">
                      {r.problems.map((p, i) => (
                        <li key={i}>
                          {/* The pipeline's messages may name their column already. */}
                          {p.field && !p.message.startsWith(`${p.field}:`) && <strong>{p.field}: </strong>}
                          {p.message}
                        </li>
                      ))}
                    </ul>
                  ) : mapped ? (
                    <span className="ok-mark">{t('import.rowOk')}</span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
