import { useEffect, useState } from 'react';
import { ApiError, apiGet, apiSend } from '../api/client';
import type { Evidence } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { problemMessage } from '../i18n/problems';

/** Size in the reader's units: 1.2 MB. */
export function fileSize(bytes: number, number: (n: number) => string): string {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 102.4) / 10)} kB`;
  return `${number(Math.round(bytes / 104857.6) / 10)} MB`;
}

/** One stored file in a list: its name (a download link), type and size, and its SHA-256; its id while its record is not read. */
export function EvidenceFileLine({ id, evidence: e }: { id: string; evidence: Evidence | undefined }) {
  const { t, number } = useI18n();
  if (!e) return <code>{id}</code>;
  return (
    <>
      <a href={`/api/evidence/${id}/content`}>{e.filename}</a> <span className="muted">({e.mediaType}, {fileSize(e.sizeBytes, number)})</span>
      <br />
      <span className="hash" title={t('evidence.sha256')}>
        SHA-256 <code data-testid="evidence-hash">{e.sha256}</code>
      </span>
    </>
  );
}

/** Evidence files: upload (stored by SHA-256, the hash shown), and the incident's list of files. */
export function EvidenceField({ ids, onChange }: { ids: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useI18n();
  const [records, setRecords] = useState<Map<string, Evidence>>(new Map());
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [description, setDescription] = useState('');

  useEffect(() => {
    const missing = ids.filter((id) => !records.has(id));
    if (!missing.length) return;
    void Promise.all(missing.map((id) => apiGet<Evidence>(`/api/evidence/${id}`).catch(() => null))).then((found) =>
      setRecords((r) => {
        const next = new Map(r);
        for (const e of found) if (e) next.set(e.id, e);
        return next;
      }),
    );
  }, [ids, records]);

  const upload = async (file: File) => {
    setUploading(true);
    setError(null);
    try {
      const body = new FormData();
      // The description goes before the file: the server reads fields sent before it.
      body.append('description', description);
      body.append('file', file);
      const evidence = await apiSend<Evidence>('POST', '/api/evidence', body);
      setRecords((r) => new Map(r).set(evidence.id, evidence));
      if (!ids.includes(evidence.id)) onChange([...ids, evidence.id]);
      setDescription('');
    } catch (err) {
      const problems = err instanceof ApiError ? (err.problem.errors ?? []) : [];
      setError(problems.length ? problems.map((e) => problemMessage(t, e)).join(' ') : (err as Error).message);
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className="evidence">
      <h3>{t('evidence.title')}</h3>
      {ids.length > 0 && (
        <ul className="evidence-list" data-testid="evidence-list">
          {ids.map((id) => {
            const e = records.get(id);
            return (
              <li key={id}>
                <EvidenceFileLine id={id} evidence={e} />{' '}
                <button type="button" className="link danger" onClick={() => onChange(ids.filter((x) => x !== id))}>
                  {t('evidence.detach')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="row-fields">
        <div className="field">
          <label htmlFor="evidence-description">{t('evidence.description')}</label>
          <input id="evidence-description" value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="evidence-file">{t('evidence.upload')}</label>
          <input
            id="evidence-file"
            type="file"
            disabled={uploading}
            aria-describedby="evidence-hint"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
              e.target.value = '';
            }}
          />
          <small id="evidence-hint" className="muted">
            {uploading ? t('evidence.uploading') : t('evidence.hint')}
          </small>
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
