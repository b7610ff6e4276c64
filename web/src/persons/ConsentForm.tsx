import { useState } from 'react';
import { apiSend } from '../api/client';
import { ErrorNote } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { consentScopes, type ConsentScope, type Person } from './types';

const today = () => new Date().toISOString().slice(0, 10);

/** Records a person's consent, or its withdrawal (which takes them out of every export and document). */
export function ConsentForm({ person, onSaved, onCancel }: { person: Person; onSaved: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [scope, setScope] = useState<ConsentScope>(person.consent.scope ?? 'record-only');
  const [date, setDate] = useState(today());
  const [failure, setFailure] = useState<Error>();
  const send = async (path: string, body: Record<string, unknown>) => {
    setFailure(undefined);
    try {
      await apiSend('POST', path, { version: person.version, date, ...body });
      onSaved();
    } catch (err) {
      setFailure(err as Error);
    }
  };
  return (
    <div className="card consent-form" role="group" aria-labelledby="consent-h" data-testid="consent-form">
      <h3 id="consent-h">{t('persons.consentTitle', { pseudonym: t('persons.pseudonym', { role: t(`persons.role.${person.role}`), n: person.number }) })}</h3>
      {failure && <ErrorNote error={failure} />}
      <div className="field">
        <label htmlFor="consent-scope">{t('persons.consentScope')}</label>
        <select id="consent-scope" value={scope} onChange={(e) => setScope(e.target.value as ConsentScope)}>
          {consentScopes.map((s) => (
            <option key={s} value={s}>
              {t(`persons.scope.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="consent-date">{t('persons.consentDate')}</label>
        <input id="consent-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="actions">
        <button type="button" onClick={() => send(`/api/persons/${person.id}/consent`, { scope })}>
          {t('persons.recordConsent')}
        </button>
        {person.consent.status === 'given' && (
          <button type="button" className="secondary danger" onClick={() => send(`/api/persons/${person.id}/consent/withdraw`, {})}>
            {t('persons.withdrawConsent')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
