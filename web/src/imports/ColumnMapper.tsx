import type { ImportPreviewRow } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { fieldOfColumn, type MappingDoc } from './mappingModel';

/**
 * Which field each column of the file fills: one select per column, the file's first value
 * beside it. A column also read by a rule of another kind (a title template, joined columns)
 * says so; those rules are kept as the mapping file wrote them.
 */
export function ColumnMapper({ columns, mapping, targets, firstRow, onAssign }: { columns: string[]; mapping: MappingDoc; targets: string[]; firstRow: ImportPreviewRow | undefined; onAssign: (column: string, target: string) => void }) {
  const { t } = useI18n();
  const sample = firstRow?.fields;
  return (
    <div className="table-scroll">
      <table className="column-mapper" data-testid="column-mapper">
        <caption className="visually-hidden">{t('import.columnsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.column')}</th>
            {sample && <th scope="col">{t('import.firstValue')}</th>}
            <th scope="col">{t('import.fills')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, i) => {
            const { target, inRule } = fieldOfColumn(mapping, column);
            const id = `map-col-${i}`;
            return (
              <tr key={column}>
                <th scope="row">
                  <label htmlFor={id}>{column}</label>
                </th>
                {sample && <td className="muted">{String(sample[column] ?? '')}</td>}
                <td>
                  <select id={id} value={target} onChange={(e) => onAssign(column, e.target.value)} aria-describedby={inRule ? `${id}-rule` : undefined}>
                    <option value="">{t('import.notImported')}</option>
                    {targets.map((tg) => (
                      <option key={tg} value={tg}>
                        {tg}
                      </option>
                    ))}
                  </select>
                  {inRule && (
                    <small id={`${id}-rule`} className="muted">
                      {' '}
                      {t('import.alsoInRule')}
                    </small>
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
