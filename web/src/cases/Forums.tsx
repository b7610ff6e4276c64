import { useApi } from '../api/useApi';
import { ErrorNote } from '../app/Loading';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import type { CaseForums } from './types';

/**
 * The forums of a case (issue 18 §3): each mechanism, open or not and why; for a treaty body the
 * outcome, each admissibility condition with its status, reason and rule, and the deadlines.
 * The target mechanisms come first.
 */
export function Forums({ caseId, targets, version }: { caseId: string; targets: string[]; version: number }) {
  const { t, date } = useI18n();
  const answer = useApi<CaseForums>(`/api/cases/${caseId}/forums?v=${version}`);
  if (answer.error) return <ErrorNote error={answer.error} />;
  if (!answer.data) return <p className="muted">{t('common.loading')}</p>;
  const forums = [...answer.data.forums].sort((a, b) => Number(targets.includes(b.code)) - Number(targets.includes(a.code)));
  return (
    <div className="case-forums" data-testid="case-forums">
      {forums.map((f) => (
        <details key={f.code} className={`case-forum forum-${f.check?.outcome ?? (f.open === false ? 'closed' : 'open')}`} open={targets.includes(f.code)}>
          <summary>
            <strong>{f.code}</strong> {f.name} — {f.check ? t(`cases.forum.${f.check.outcome}` as MessageKey) : f.open === false ? t('cases.forum.closed') : f.open ? t('cases.forum.open') : t('cases.forum.unknown')}
          </summary>
          <p className="small">{f.openReason}</p>
          {f.check && (
            <table className="case-table">
              <thead>
                <tr>
                  <th>{t('cases.forum.condition')}</th>
                  <th>{t('cases.status')}</th>
                  <th>{t('cases.forum.reason')}</th>
                  <th>{t('cases.forum.rule')}</th>
                </tr>
              </thead>
              <tbody>
                {f.check.conditions.map((c) => (
                  <tr key={c.condition} className={`condition-${c.status}`}>
                    <td>{c.condition.replace(/_/g, ' ')}</td>
                    <td>{t(`cases.condition.${c.status}` as MessageKey)}</td>
                    <td>{c.reason}</td>
                    <td className="small">{c.rule}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {f.deadlines.length > 0 && (
            <ul>
              {f.deadlines.map((d) => (
                <li key={`${d.what}-${d.date}`}>
                  <strong>{date(d.date)}</strong>
                  {d.conservative ? ` (${t('cases.forum.earliest')})` : ''} — {d.what} <span className="muted small">[{d.rule}]</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </div>
  );
}
