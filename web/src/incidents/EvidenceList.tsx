import { useState } from 'react';
import { ApiError, apiSend } from '../api/client';
import type { Evidence } from '../api/types';
import { useCan } from '../access/can';
import { useI18n, type I18n } from '../i18n/i18n';
import { fileSize } from './EvidenceField';

interface Check {
  intact?: boolean;
  at?: string;
  busy: boolean;
  error?: string;
}

/** What a custody event's action is called in the user's language (the API stores a stable word). */
export function custodyAction(t: I18n['t'], action: string): string {
  const key = `incidentPage.custody.${action}` as const;
  const known = ['uploaded', 'uploaded-again', 'imported', 'imported-again', 'proof-verified', 'proof-failed', 'metadata-kept', 'downloaded', 'verified', 'integrity-failed', 'missing'];
  return known.includes(action) ? t(key as Parameters<I18n['t']>[0]) : action;
}

/**
 * The incident's evidence: file, type, size, SHA-256 (wrapping on a phone), the chain of
 * custody, and a check that re-hashes the stored file — its result is shown here and joins
 * the chain, so a lawyer can say when the file was last proved intact.
 */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t, number, dateTime } = useI18n();
  const can = useCan();
  const [checks, setChecks] = useState<Record<string, Check>>({});
  const [updated, setUpdated] = useState<Record<string, Evidence>>({});

  const verify = async (id: string) => {
    setChecks((c) => ({ ...c, [id]: { busy: true } }));
    try {
      const result = await apiSend<{ intact: boolean; evidence: Evidence }>('POST', `/api/evidence/${id}/verify`);
      setUpdated((u) => ({ ...u, [id]: result.evidence }));
      setChecks((c) => ({ ...c, [id]: { busy: false, intact: result.intact, at: result.evidence.custody.at(-1)?.at ?? new Date().toISOString() } }));
    } catch (err) {
      setChecks((c) => ({ ...c, [id]: { busy: false, error: err instanceof ApiError ? err.problem.detail || err.problem.title : t('common.networkError') } }));
    }
  };

  if (evidence.length === 0) return <p className="muted">{t('evidence.none')}</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((original) => {
        const e = updated[original.id] ?? original;
        const check = checks[e.id];
        return (
          <li key={e.id} data-testid="evidence-item">
            <a href={`/api/evidence/${e.id}/content`}>{e.filename}</a> <span className="muted">({e.mediaType}, {fileSize(e.sizeBytes, number)})</span>
            {e.description && <div>{e.description}</div>}
            <div className="hash">
              SHA-256 <code data-testid="evidence-hash">{e.sha256}</code>
            </div>
            <div className="verify-row">
              {can('evidence.verify') && (
                <button type="button" className="secondary small" onClick={() => void verify(e.id)} disabled={check?.busy} aria-label={t('incidentPage.verifyNamed', { name: e.filename })}>
                  {t('incidentPage.verify')}
                </button>
              )}
              <span role="status" className="verify-result" data-testid="verify-result">
                {check?.busy && t('incidentPage.verifying')}
                {check?.intact === true && <span className="intact">✓ {t('incidentPage.intact', { when: dateTime(check.at!) })}</span>}
                {check?.intact === false && <span className="mismatch">✗ {t('incidentPage.mismatch', { when: dateTime(check.at!) })}</span>}
                {check?.error && <span className="error-note">{t('common.error', { message: check.error })}</span>}
              </span>
            </div>
            <details open={check !== undefined && !check.busy ? true : undefined}>
              <summary>{t('evidence.custody', { count: e.custody.length })}</summary>
              <ol data-testid="custody">
                {e.custody.map((c, i) => (
                  <li key={i}>
                    {dateTime(c.at)} · {c.actor} · {custodyAction(t, c.action)}
                    {c.note ? ` · ${c.note}` : ''}
                    {c.action === 'uploaded-again' && c.description ? ` · “${c.description}”` : ''}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
