import { useState } from 'react';
import { useCan } from '../access/can';
import { apiSend } from '../api/client';
import type { Evidence } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { Field } from '../incidents/Field';
import { EvidenceFileLine } from '../incidents/EvidenceField';
import { CaseItemForm, type CaseWrite } from './CaseItemForm';

/**
 * Evidence linked to the case itself (a court decision, a power of attorney), beside the evidence
 * of its incidents, which the submission's annex lists too. Each linked file with its SHA-256; a
 * writer links a file by uploading it (stored by its hash, the chain of custody started) or by its
 * evidence id, and unlinks one.
 */
export function CaseEvidence({ evidenceIds, version, writer, write, send }: { evidenceIds: string[]; version: number; writer: boolean; write: CaseWrite; send: CaseWrite }) {
  const { t } = useI18n();
  const can = useCan();
  const listed = useApi<{ items: Evidence[] }>(evidenceIds.length && can('evidence.read') ? `/api/evidence?id=${evidenceIds.join(',')}` : null, version);
  const records = new Map((listed.data?.items ?? []).map((e) => [e.id, e]));
  return (
    <>
      <p className="small muted">{t('cases.evidence.hint')}</p>
      <ErrorNote error={listed.error} />
      {evidenceIds.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <ul className="case-evidence" data-testid="case-evidence">
          {evidenceIds.map((id) => (
            <li key={id}>
              <EvidenceFileLine id={id} evidence={records.get(id)} />{' '}
              {writer && (
                <button type="button" className="link" onClick={() => send('DELETE', `/evidence/${id}`)}>
                  {t('cases.evidence.unlink')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {writer && <EvidenceLinkForm write={write} upload={can('evidence.upload')} />}
    </>
  );
}

function EvidenceLinkForm({ write, upload }: { write: CaseWrite; upload: boolean }) {
  const { t } = useI18n();
  const [evidenceId, setEvidenceId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [inputKey, setInputKey] = useState(0);
  return (
    <CaseItemForm
      idPrefix="case-evidence-"
      fields={['evidenceIds.0', 'file', 'description']}
      label={t('cases.evidence.link')}
      submitLabel={file ? t('cases.evidence.uploadAndLink') : t('cases.evidence.link')}
      testId="case-evidence-form"
      onSubmit={async () => {
        let id = evidenceId.trim();
        if (file) {
          const body = new FormData();
          // The description goes before the file: the server reads fields sent before it.
          body.append('description', description);
          body.append('file', file);
          id = (await apiSend<Evidence>('POST', '/api/evidence', body)).id;
        }
        await write('POST', '/evidence', { evidenceIds: [id] });
        setEvidenceId('');
        setFile(null);
        setDescription('');
        setInputKey((k) => k + 1);
      }}
    >
      {upload && (
        <>
          <Field field="file" label={t('evidence.upload')} hint={t('evidence.hint')}>
            {(input) => <input {...input} key={inputKey} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
          <Field field="description" label={t('cases.evidence.description')}>
            {(input) => <input {...input} value={description} disabled={!file} onChange={(e) => setDescription(e.target.value)} />}
          </Field>
        </>
      )}
      <Field field="evidenceIds.0" label={t('cases.evidence.id')} hint={t('cases.evidence.idHint')}>
        {(input) => <input {...input} value={evidenceId} disabled={file !== null} onChange={(e) => setEvidenceId(e.target.value)} />}
      </Field>
    </CaseItemForm>
  );
}
