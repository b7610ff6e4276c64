import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { apiSend } from '../api/client';
import type { ImportBatch } from '../api/types';
import { useApi } from '../api/useApi';
import { useCan } from '../access/can';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';

/** Import batches: who imported which file when, with what result; inspect one, roll one back (confirmed). */
export default function BatchesPage() {
  const { t, number } = useI18n();
  const can = useCan();
  const [reload, setReload] = useState(0);
  const batches = useApi<{ items: ImportBatch[] }>(can('imports.read') ? '/api/imports/batches' : null, reload);
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string>();
  if (!can('imports.read')) return <Loading notFound />;
  if (batches.error) return <ErrorNote error={batches.error} />;
  if (!batches.data) return <Loading />;
  const items = [...batches.data.items].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('batches.title')}</h1>
        {can('imports.run') && <Link to="/import">{t('batches.newImport')}</Link>}
      </div>
      {notice && (
        <p className="notice" role="status" data-testid="notice">
          {notice}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty">{t('batches.none')}</p>
      ) : (
        <div className="card table-scroll">
          <table className="batches" data-testid="batches">
            <caption className="visually-hidden">{t('batches.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('batches.started')}</th>
                <th scope="col">{t('batches.file')}</th>
                <th scope="col">{t('batches.format')}</th>
                <th scope="col">{t('batches.status')}</th>
                <th scope="col">{t('import.count.imported')}</th>
                <th scope="col">{t('import.count.updated')}</th>
                <th scope="col">{t('import.count.rejected')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('batches.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <BatchRow
                  key={b.id}
                  batch={b}
                  open={open === b.id}
                  onToggle={() => setOpen(open === b.id ? null : b.id)}
                  onRolledBack={(done) => {
                    setNotice(t('batches.rolledBack', { file: done.fileName }));
                    setReload((r) => r + 1);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="small muted">{t('batches.hint', { count: items.length })}</p>
    </section>
  );
}

function BatchRow({ batch: b, open, onToggle, onRolledBack }: { batch: ImportBatch; open: boolean; onToggle: () => void; onRolledBack: (b: ImportBatch) => void }) {
  const { t, dateTime, number } = useI18n();
  const can = useCan();
  const detailId = `batch-${b.id}`;
  return (
    <>
      <tr data-batch={b.id}>
        <td>{dateTime(b.startedAt)}</td>
        <td>{b.fileName}</td>
        <td>{b.format}</td>
        <td>
          <span className={`status status-${b.status}`}>{t(`batches.state.${b.status}`)}</span>
        </td>
        <td className="num">{number(b.counts.imported)}</td>
        <td className="num">{number(b.counts.updated)}</td>
        <td className="num">{number(b.counts.rejected)}</td>
        <td className="batch-actions">
          <button type="button" className="link" aria-expanded={open} aria-controls={detailId} onClick={onToggle}>
            {t('batches.inspect')}
          </button>
          {can('imports.run') && b.status !== 'rolled-back' && b.status !== 'running' && <RollbackButton batch={b} onDone={onRolledBack} />}
        </td>
      </tr>
      {open && (
        <tr id={detailId} className="batch-detail">
          <td colSpan={8}>
            <dl className="facts">
              <dt>{t('batches.id')}</dt>
              <dd>{b.id}</dd>
              <dt>{t('batches.sourceSystem')}</dt>
              <dd>{b.sourceSystem}</dd>
              <dt>{t('batches.mapping')}</dt>
              <dd>{b.mappingName ?? '—'}</dd>
              <dt>SHA-256</dt>
              <dd className="hash">{b.fileSha256}</dd>
              <dt>{t('batches.by')}</dt>
              <dd>{b.startedBy}</dd>
              <dt>{t('batches.finished')}</dt>
              <dd>{b.finishedAt ? dateTime(b.finishedAt) : '—'}</dd>
              <dt>{t('batches.counts')}</dt>
              <dd>
                {(['imported', 'updated', 'unchanged', 'skipped', 'conflicts', 'rejected'] as const).map((k) => `${t(`import.count.${k}`)} ${number(b.counts[k])}`).join(' · ')}
              </dd>
            </dl>
          </td>
        </tr>
      )}
    </>
  );
}

/** Roll back in a modal dialog: focus starts on Cancel, Escape cancels, focus returns to the button. */
function RollbackButton({ batch, onDone }: { batch: ImportBatch; onDone: (b: ImportBatch) => void }) {
  const { t, number } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const done = await apiSend<ImportBatch>('POST', `/api/imports/batches/${encodeURIComponent(batch.id)}/rollback`);
      dialog.current?.close();
      onDone(done);
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };
  const h = `rollback-h-${batch.id}`;
  return (
    <>
      <button ref={opener} type="button" className="secondary danger small" onClick={() => dialog.current?.showModal()}>
        {t('batches.rollback')}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={h} onClose={() => opener.current?.focus()} data-testid="rollback-dialog">
        <h2 id={h}>{t('batches.rollbackTitle', { file: batch.fileName })}</h2>
        <p>{t('batches.rollbackExplain', { imported: number(batch.counts.imported), updated: number(batch.counts.updated) })}</p>
        <ErrorNote error={error} />
        <div className="actions">
          <button type="button" className="secondary" onClick={() => dialog.current?.close()} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => void confirm()} disabled={busy}>
            {t('batches.rollbackConfirm')}
          </button>
        </div>
      </dialog>
    </>
  );
}
