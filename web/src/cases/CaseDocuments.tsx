import { useState } from 'react';
import { useApi } from '../api/useApi';
import { ErrorNote } from '../app/Loading';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { documentFormats, submissionKinds, type CaseFile, type SubmissionChoice, type SubmissionChoices, type SubmissionKind } from './types';

type Format = (typeof documentFormats)[number];

/** The mechanism a kind of submission goes to by default: the case's first target it serves, else its first. */
function defaultMechanism(choices: readonly SubmissionChoice[], kind: SubmissionKind, targets: readonly string[]): string {
  const codes = choices.filter((c) => c.kind === kind).flatMap((c) => c.mechanisms.map((m) => m.code));
  return targets.find((t) => codes.includes(t)) ?? codes[0] ?? '';
}

/**
 * The case's submission to download (issue 18 §4): the kind of document, the mechanism it goes to
 * (an individual communication defaults to the case's target), DOCX or PDF, and the word count of
 * the document against the form's limit, with a warning when it is over. The link is a plain
 * download of the API's document, sent with the session cookie (reads need no CSRF token).
 */
export function CaseDocuments({ caseFile }: { caseFile: CaseFile }) {
  const { t } = useI18n();
  const answer = useApi<SubmissionChoices>(`/api/cases/${caseFile.id}/documents`, caseFile.version);
  const [kind, setKind] = useState<SubmissionKind>('individual');
  const [chosen, setChosen] = useState<string | null>(null);
  const [format, setFormat] = useState<Format>('docx');
  if (answer.error) return <ErrorNote error={answer.error} />;
  if (!answer.data) return <p className="muted">{t('common.loading')}</p>;
  const choices = answer.data.items;
  const kinds = submissionKinds.filter((k) => choices.some((c) => c.kind === k));
  const ofKind = choices.filter((c) => c.kind === kind);
  const mechanisms = ofKind.flatMap((c) => c.mechanisms);
  const mechanism = chosen && mechanisms.some((m) => m.code === chosen) ? chosen : defaultMechanism(choices, kind, caseFile.targetMechanisms);
  const form = ofKind.find((c) => c.mechanisms.some((m) => m.code === mechanism));
  const href = `/api/cases/${caseFile.id}/documents/${kind}?${new URLSearchParams({ mechanism, format }).toString()}`;

  return (
    <div className="case-documents" data-testid="case-documents">
      <div className="case-form-fields">
        <div className="field">
          <label htmlFor="document-kind">{t('cases.documents.kind')}</label>
          <select
            id="document-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as SubmissionKind);
              setChosen(null);
            }}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`cases.documents.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="document-mechanism">{t('cases.documents.mechanism')}</label>
          <select id="document-mechanism" value={mechanism} onChange={(e) => setChosen(e.target.value)} disabled={mechanisms.length < 2}>
            {mechanisms.map((m) => (
              <option key={m.code} value={m.code}>
                {m.code} — {m.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="case-document-format">
          <legend>{t('cases.documents.format')}</legend>
          {documentFormats.map((f) => (
            <label key={f}>
              <input type="radio" name="document-format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {f.toUpperCase()}
            </label>
          ))}
        </fieldset>
      </div>
      {form && (
        <>
          {/* The form's title is data in English: isolated, so it reads in its own direction in Arabic. */}
          <p className="small muted">{t('cases.documents.form', { form: `\u2068${form.form}\u2069` })}</p>
          <WordCount choice={form} />
        </>
      )}
      <p>
        <a className="button" href={href} download data-testid="case-document-download">
          {t('cases.documents.download', { format: format.toUpperCase(), mechanism })}
        </a>
      </p>
      <p className="small muted">{t('cases.documents.hint')}</p>
    </div>
  );
}

/** The case's words against the form's limit; over it, a warning that says by how many. */
function WordCount({ choice }: { choice: SubmissionChoice }) {
  const { t, number } = useI18n();
  const { words, limit, over, jointLimit } = choice.words;
  if (limit === null) return <p data-testid="case-document-words">{t('cases.documents.wordsNoLimit', { words: number(words) })}</p>;
  if (over > 0)
    return (
      <p className="case-document-over" role="status" data-testid="case-document-words">
        {t('cases.documents.wordsOver', { words: number(words), limit: number(limit), over: number(over) })}
        {jointLimit !== null && ` ${t('cases.documents.jointLimit', { limit: number(jointLimit) })}`}
        {choice.limitRule && <span className="small muted"> ({choice.limitRule})</span>}
      </p>
    );
  return (
    <p data-testid="case-document-words">
      {t('cases.documents.wordsWithin', { words: number(words), limit: number(limit) })}
      {jointLimit !== null && ` ${t('cases.documents.jointLimit', { limit: number(jointLimit) })}`}
      {choice.limitRule && <span className="small muted"> ({choice.limitRule})</span>}
    </p>
  );
}
