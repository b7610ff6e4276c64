import { forwardRef, useState } from 'react';
import { ApiError, apiSend } from '../api/client';
import type { Incident } from '../api/types';
import { useCan } from '../access/can';
import { useI18n } from '../i18n/i18n';

interface Props {
  incident: Pick<Incident, 'id' | 'version' | 'deletedAt'>;
  /** Why the banner is shown: on the incident's page, on its edit page, or after a save was refused. */
  context?: 'page' | 'editPage' | 'whileEditing';
  onRestored: (restored: Incident) => void;
}

/**
 * Says plainly that an incident is deleted (it otherwise looks like a live record) and
 * offers Restore to those allowed. Focusable, so a page can move focus here when the
 * deletion has just happened.
 */
export const DeletedBanner = forwardRef<HTMLDivElement, Props>(function DeletedBanner({ incident, context = 'page', onRestored }, ref) {
  const { t, dateTime } = useI18n();
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
});
