import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, apiSend } from '../api/client';
import type { Incident } from '../api/types';
import { useCan } from '../access/can';
import { useI18n } from '../i18n/i18n';

/** The API's answer to a write on a deleted record: not a version conflict, and told apart from one. */
export const deletedProblemType = 'urn:precursor:problem:deleted';

interface Props {
  incident: Pick<Incident, 'id' | 'version' | 'deletedAt'>;
  /** Why the banner is shown: on the incident's page, on its edit page, or after a save was refused. */
  context?: 'page' | 'editPage' | 'whileEditing';
  onRestored: (restored: Incident) => void;
  /** Take focus when shown: the deletion just happened, or a save was just refused because of it. */
  focus?: boolean;
}

/**
 * Says plainly that an incident is deleted (it otherwise looks like a live record) and
 * offers Restore to those allowed.
 */
export function DeletedBanner({ incident, context = 'page', onRestored, focus = false }: Props) {
  const { t, dateTime } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const can = useCan();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      onRestored(await apiSend<Incident>('POST', `/api/incidents/${incident.id}/restore?version=${incident.version}`));
    } catch (err) {
      setError(err instanceof ApiError ? err.problem.detail || err.problem.title : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={ref} tabIndex={-1} className="deleted-banner" role="region" aria-labelledby="deleted-banner-h" data-testid="deleted-banner">
      <h2 id="deleted-banner-h">{t('incidentPage.deletedOn', { when: incident.deletedAt ? dateTime(incident.deletedAt) : '—' })}</h2>
      <p>{context === 'whileEditing' ? t('incidentPage.deletedWhileEditing') : context === 'editPage' ? t('incidentPage.deletedNoEdit') : t('incidentPage.deletedHint')}</p>
      {can('incident.restore') && (
        <button type="button" onClick={() => void restore()} disabled={busy} data-testid="restore">
          {busy ? t('incidentPage.restoring') : t('incidentPage.restore')}
        </button>
      )}
      {error && (
        <p className="error-note" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
    </div>
  );
}

/** The edit page of a deleted incident: the banner instead of the form. */
export function DeletedEditPage({ incident, onRestored }: { incident: Incident; onRestored: (restored: Incident) => void }) {
  const { t } = useI18n();
  return (
    <section className="page form-page">
      <div className="page-head">
        <h1>{t('form.editTitle')}</h1>
        <p className="muted small">
          {incident.title} · <Link to={`/incidents/${incident.id}`}>{t('form.backToDetail')}</Link>
        </p>
      </div>
      <DeletedBanner incident={incident} context="editPage" onRestored={onRestored} />
    </section>
  );
}
