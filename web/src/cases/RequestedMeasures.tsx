import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import type { CaseWrite } from './CaseItemForm';
import { RequestedMeasureForm } from './itemForms';
import { requestedMeasureStatuses, type RequestedMeasure } from './types';

const bodyOf = (m: RequestedMeasure) => ({ text: m.text, kind: m.kind, addressedTo: m.addressedTo, status: m.status });

/**
 * What the author asks for (issue 18 §4): interim measures, to prevent irreparable harm while the
 * body considers the case, and the findings and remedies sought. The submissions print them in
 * their sections (a withdrawn one is kept here and left out there); each is followed from a
 * proposal to the body's answer.
 */
export function RequestedMeasures({ measures, writer, write, send }: { measures: RequestedMeasure[]; writer: boolean; write: CaseWrite; send: CaseWrite }) {
  const { t } = useI18n();
  return (
    <>
      <p className="small muted">{t('cases.requested.hint')}</p>
      {measures.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <table className="case-table" data-testid="case-requested-measures">
          <thead>
            <tr>
              <th>{t('cases.requested.kind')}</th>
              <th>{t('cases.requested.text')}</th>
              <th>{t('cases.requested.addressedTo')}</th>
              <th>{t('cases.status')}</th>
              {writer && <th>{t('cases.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id} className={m.status === 'withdrawn' ? 'case-withdrawn' : undefined}>
                <td>{t(`cases.requested.kind.${m.kind}` as MessageKey)}</td>
                <td>{m.text}</td>
                <td>{m.addressedTo ?? '—'}</td>
                <td>
                  {writer ? (
                    <select value={m.status} aria-label={t('cases.requested.statusOf', { measure: m.text.slice(0, 60) })} onChange={(e) => send('PUT', `/requested-measures/${m.id}`, { ...bodyOf(m), status: e.target.value })}>
                      {requestedMeasureStatuses.map((s) => (
                        <option key={s} value={s}>
                          {t(`cases.requested.status.${s}` as MessageKey)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`cases.requested.status.${m.status}` as MessageKey)
                  )}
                </td>
                {writer && (
                  <td>
                    <button type="button" className="link" onClick={() => send('DELETE', `/requested-measures/${m.id}`)}>
                      {t('cases.remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {writer && <RequestedMeasureForm write={write} />}
    </>
  );
}
