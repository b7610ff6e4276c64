import { useRef, useState } from 'react';
import { ApiError, apiSend } from '../api/client';
import type { Incident } from '../api/types';
import { useI18n } from '../i18n/i18n';

/**
 * Delete with a confirmation in a modal <dialog>: the browser keeps focus inside it and
 * Escape cancels; focus starts on Cancel (the safe choice) and returns to the button.
 */
export function DeleteIncident({ incident, onDeleted }: { incident: Pick<Incident, 'id' | 'version' | 'title'>; onDeleted: (deleted: Incident) => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    dialog.current?.close();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const deleted = await apiSend<Incident>('DELETE', `/api/incidents/${incident.id}?version=${incident.version}`);
      dialog.current?.close();
      onDeleted(deleted);
    } catch (err) {
      setError(err instanceof ApiError ? err.problem.detail || err.problem.title : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="secondary danger"
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
      >
        {t('incidentPage.delete')}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="delete-h" aria-describedby="delete-explain" onClose={() => opener.current?.focus()} data-testid="delete-dialog">
        <h2 id="delete-h">{t('incidentPage.deleteTitle')}</h2>
        <p id="delete-explain">{t('incidentPage.deleteExplain', { title: incident.title })}</p>
        {error && (
          <p className="error-note" role="alert">
            {t('common.error', { message: error })}
          </p>
        )}
        <div className="actions">
          <button type="button" className="secondary" onClick={close} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => void confirm()} disabled={busy}>
            {busy ? t('incidentPage.deleting') : t('incidentPage.deleteConfirm')}
          </button>
        </div>
      </dialog>
    </>
  );
}
