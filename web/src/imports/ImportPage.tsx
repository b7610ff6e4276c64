import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { apiSend } from '../api/client';
import type { ImportJob, ImportMappings, ImportPreview, ImportUpload, SavedImportMapping } from '../api/types';
import { useApi } from '../api/useApi';
import { useCan } from '../access/can';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { ColumnMapper } from './ColumnMapper';
import { FileDrop } from './FileDrop';
import { JobView } from './JobView';
import { asOwnMapping, assignColumn, emptyMapping, mappingName, withValueMapping, type MappingDoc } from './mappingModel';
import { PreviewTable } from './PreviewTable';
import { useJob } from './useJob';
import { ValueMapper, type ValueChoice } from './ValueMapper';

/** '' (the format's own mapping), `shipped:<name>` or `saved:<id>`. */
type Choice = string;
const choiceBody = (choice: Choice) =>
  choice.startsWith('shipped:') ? { mappingName: choice.slice(8) } : choice.startsWith('saved:') ? { userMappingId: choice.slice(6) } : {};

/**
 * The import wizard: upload a file, see the format found and the first rows as they would be
 * recorded, adjust which column fills which field and map the codes nobody mapped (saved as
 * one's own mapping), then run the import in the server and follow it to its report.
 */
export default function ImportPage() {
  const { t, number } = useI18n();
  const can = useCan();
  const [reloadMappings, setReloadMappings] = useState(0);
  const mappings = useApi<ImportMappings>('/api/imports/mappings', reloadMappings);
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [choice, setChoice] = useState<Choice>('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** The mapping as adjusted here and not saved yet; null when it is the chosen one as it is. */
  const [draft, setDraft] = useState<MappingDoc | null>(null);
  const [ownName, setOwnName] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const [busy, setBusy] = useState<'upload' | 'preview' | 'save' | 'run' | null>(null);
  const [error, setError] = useState<Error>();
  const [notice, setNotice] = useState<string>();
  const [started, setStarted] = useState<ImportJob | null>(null);
  const job = useJob(started);

  const attempt = async <T,>(what: NonNullable<typeof busy>, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(what);
    setError(undefined);
    try {
      return await work();
    } catch (err) {
      setError(err as Error);
      return undefined;
    } finally {
      setBusy(null);
    }
  };

  const runPreview = useCallback(
    (uploadId: string, body: Record<string, unknown>) =>
      attempt('preview', async () => {
        const next = await apiSend<ImportPreview>('POST', `/api/imports/uploads/${uploadId}/preview`, { rows: 20, ...body });
        setPreview(next);
        return next;
      }),
    [],
  );

  useEffect(() => {
    if (!upload) return;
    setDraft(null);
    void runPreview(upload.id, choiceBody(choice));
  }, [upload, choice, runPreview]);

  if (!can('imports.run')) return <Loading notFound />;
  if (mappings.error) return <ErrorNote error={mappings.error} />;
  if (!mappings.data) return <Loading />;
  const saved = mappings.data.saved;
  const savedChoice = choice.startsWith('saved:') ? saved.find((m) => m.id === choice.slice(6)) : undefined;
  // A format without a mapping of its own (a generic spreadsheet) starts from an empty one, filled column by column.
  const unmapped = preview !== null && preview.mapping === null;
  const shown = draft ?? (preview?.mapping as MappingDoc | null) ?? (preview && upload ? emptyMapping(upload.fileName, preview.format) : null);
  const defaultName = shown ? (savedChoice?.name ?? (unmapped ? shown.name : `${shown.name}-adjusted`)) : '';

  const onFile = async (file: File) => {
    setStarted(null);
    setPreview(null);
    setNotice(undefined);
    const form = new FormData();
    form.append('file', file, file.name);
    const made = await attempt('upload', () => apiSend<ImportUpload>('POST', '/api/imports/uploads', form));
    if (made) setUpload(made);
  };

  const adjust = (next: MappingDoc) => {
    setDraft(next);
    setNotice(undefined);
    if (upload) void runPreview(upload.id, { mapping: next });
  };

  /** Saves the shown mapping as the person's own (a new version when it is theirs already); returns its id. */
  const saveOwn = async (doc: MappingDoc): Promise<SavedImportMapping | undefined> => {
    const name = mappingName(ownName || defaultName);
    return attempt('save', async () => {
      const body = asOwnMapping(doc, name);
      const result =
        savedChoice && savedChoice.name === name
          ? await apiSend<SavedImportMapping>('PUT', `/api/imports/mappings/${savedChoice.id}`, { version: savedChoice.version, mapping: body })
          : await apiSend<SavedImportMapping>('POST', '/api/imports/mappings', { mapping: body });
      setNotice(t('import.mappingSaved', { name: result.name }));
      setReloadMappings((n) => n + 1);
      setDraft(null);
      setChoice(`saved:${result.id}`);
      return result;
    });
  };

  const saveValues = (choices: ValueChoice[]) => {
    if (!shown) return;
    const next = choices.reduce((m, c) => withValueMapping(m, c.target, c.value, { code: c.code, why: c.why }), shown);
    void saveOwn(next);
  };

  const run = async () => {
    if (!upload) return;
    let mappingBody = choiceBody(choice);
    if (draft) {
      const own = await saveOwn(draft);
      if (!own) return;
      mappingBody = { userMappingId: own.id };
    }
    const made = await attempt('run', () => apiSend<ImportJob>('POST', '/api/imports/jobs', { uploadId: upload.id, dryRun, ...mappingBody }));
    if (made) setStarted(made);
  };

  const resume = async () => {
    if (!job) return;
    const made = await attempt('run', () => apiSend<ImportJob>('POST', `/api/imports/jobs/${job.id}/resume`));
    if (made) setStarted(made);
  };

  const rowsOk = preview?.rows.filter((r) => !r.problems.length).length ?? 0;
  return (
    <section className="page import-page">
      <div className="page-head">
        <h1>{t('import.title')}</h1>
        <Link to="/import/batches">{t('import.batchesLink')}</Link>
      </div>
      {notice && (
        <p className="notice" role="status" data-testid="notice">
          {notice}
        </p>
      )}
      <ErrorNote error={error} />

      <div className="card">
        <h2>{t('import.step.file')}</h2>
        <FileDrop onFile={(f) => void onFile(f)} busy={busy === 'upload' || job?.status === 'running'} />
        {busy === 'upload' && <p role="status">{t('import.uploading')}</p>}
        {upload && (
          <p data-testid="upload" className="small">
            {t('import.uploaded', { name: upload.fileName, size: number(upload.sizeBytes) })} <span className="hash">SHA-256 {upload.sha256}</span>
          </p>
        )}
      </div>

      {upload && (
        <div className="card">
          <h2>{t('import.step.mapping')}</h2>
          <div className="row-fields">
            <div className="field">
              <label htmlFor="import-mapping">{t('import.mapping')}</label>
              <select id="import-mapping" value={choice} onChange={(e) => setChoice(e.target.value)}>
                <option value="">{t('import.mappingDefault')}</option>
                <optgroup label={t('import.shipped')}>
                  {mappings.data.shipped.map((m) => (
                    <option key={m.name} value={`shipped:${m.name}`}>
                      {m.name} — {m.description}
                    </option>
                  ))}
                </optgroup>
                {saved.length > 0 && (
                  <optgroup label={t('import.saved')}>
                    {saved.map((m) => (
                      <option key={m.id} value={`saved:${m.id}`}>
                        {m.name} ({m.sourceSystem})
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            </div>
            {preview && (
              <div className="field">
                <span className="field-label">{t('import.detected')}</span>
                <strong data-testid="format">{preview.format}</strong>
              </div>
            )}
          </div>
          {preview && preview.notes.length > 0 && (
            <ul className="import-notes" data-testid="notes">
              {preview.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {preview && (
        <div className="card">
          <div className="card-head">
            <h2>{t('import.step.preview')}</h2>
            <span className="small muted" role="status">
              {busy === 'preview' ? t('import.previewing') : t('import.previewSummary', { ok: rowsOk, count: preview.rows.length })}
            </span>
          </div>
          {unmapped && !draft && <p data-testid="unmapped">{t('import.noMapping')}</p>}
          <PreviewTable rows={preview.rows} mapped={!unmapped || draft !== null} />
        </div>
      )}

      {preview && shown && (
        <div className="card">
          <h2>{t('import.step.adjust')}</h2>
          <details open={draft !== null || unmapped || undefined}>
            <summary>{t('import.columnsTitle')}</summary>
            <ColumnMapper columns={preview.columns} mapping={shown} targets={mappings.data.targets} firstRow={preview.rows[0]} onAssign={(column, target) => adjust(assignColumn(shown, column, target))} />
          </details>
          {preview.unknownCodes.length > 0 && (
            <>
              <h3>{t('import.unknownTitle', { count: preview.unknownCodes.length })}</h3>
              <ValueMapper key={`${preview.uploadId}-${choice}`} unknownCodes={preview.unknownCodes} busy={busy !== null} onSave={saveValues} />
            </>
          )}
          <div className="field own-name">
            <label htmlFor="own-name">{t('import.saveAs')}</label>
            <input id="own-name" value={ownName || defaultName} onChange={(e) => setOwnName(e.target.value)} aria-describedby="own-name-hint" />
            <small id="own-name-hint" className="muted">
              {t('import.saveAsHint', { name: mappingName(ownName || defaultName) })}
            </small>
          </div>
          {draft && (
            <p>
              <span className="small">{t('import.unsaved')}</span>{' '}
              <button type="button" className="secondary" disabled={busy !== null} onClick={() => void saveOwn(draft)} data-testid="save-mapping">
                {t('import.saveMapping')}
              </button>
            </p>
          )}
        </div>
      )}

      {preview && (
        <div className="card">
          <h2>{t('import.step.run')}</h2>
          <label className="check">
            <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
            {t('import.dryRun')}
          </label>
          <button type="button" onClick={() => void run()} disabled={busy !== null || job?.status === 'running' || job?.status === 'queued'} data-testid="run">
            {draft ? t('import.saveAndRun') : t('import.run')}
          </button>
          {job && <JobView job={job} onResume={() => void resume()} />}
        </div>
      )}
    </section>
  );
}
