import { useState } from 'react';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Field } from '../incidents/Field';
import { CaseItemForm, triState, type CaseWrite } from './CaseItemForm';
import { outcomeKinds, requestedMeasureKinds, requestedMeasureStatuses, today, type CaseOutcome, type RequestedMeasure } from './types';

/*
 * The forms that add an item to a case, one per kind of item, each posting to the case's API and
 * showing the API's problems under the fields they concern. Dates of remedies and procedures are
 * typed at the precision known (YYYY-MM-DD, YYYY-MM or YYYY); due dates are days.
 */

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function VictimForm({ write }: { write: CaseWrite }) {
  const { t } = useI18n();
  const [description, setDescription] = useState('');
  const [consent, setConsent] = useState('');
  return (
    <CaseItemForm
      idPrefix="victim-"
      fields={['description', 'consent']}
      label={t('cases.victim.add')}
      submitLabel={t('cases.victim.add')}
      testId="victim-form"
      onSubmit={async () => {
        await write('POST', '/victims', { description, consent: triState.fromValue(consent) });
        setDescription('');
        setConsent('');
      }}
    >
      <Field field="description" label={t('cases.victim.description')} hint={t('cases.victim.descriptionHint')} className="case-field-wide">
        {(input) => <input {...input} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <Field field="consent" label={t('cases.victim.consent')}>
        {(input) => (
          <select {...input} value={consent} onChange={(e) => setConsent(e.target.value)}>
            <option value="">{t('cases.consentUnknown')}</option>
            <option value="yes">{t('cases.consent')}</option>
            <option value="no">{t('cases.noConsent')}</option>
          </select>
        )}
      </Field>
    </CaseItemForm>
  );
}

export function ProcedureForm({ write }: { write: CaseWrite }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [decided, setDecided] = useState('');
  const [status, setStatus] = useState('');
  const [merits, setMerits] = useState('');
  return (
    <CaseItemForm
      idPrefix="procedure-"
      fields={['body', 'submitted', 'decided', 'status', 'examinedMerits']}
      label={t('cases.procedure.add')}
      submitLabel={t('cases.procedure.add')}
      testId="procedure-form"
      onSubmit={async () => {
        await write('POST', '/procedures', { body: orNull(body), submitted: orNull(submitted), decided: orNull(decided), status: status || null, examinedMerits: triState.fromValue(merits) });
        setBody('');
        setSubmitted('');
        setDecided('');
        setStatus('');
        setMerits('');
      }}
    >
      <Field field="body" label={t('cases.procedure.body')} hint={t('cases.procedure.bodyHint')}>
        {(input) => <input {...input} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field field="submitted" label={t('cases.procedure.submittedOn')}>
        {(input) => <input {...input} value={submitted} placeholder="YYYY-MM-DD" onChange={(e) => setSubmitted(e.target.value)} />}
      </Field>
      <Field field="decided" label={t('cases.procedure.decidedOn')}>
        {(input) => <input {...input} value={decided} placeholder="YYYY-MM-DD" onChange={(e) => setDecided(e.target.value)} />}
      </Field>
      <Field field="status" label={t('cases.status')}>
        {(input) => (
          <select {...input} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('cases.unknown')}</option>
            <option value="pending">{t('cases.procedure.pending')}</option>
            <option value="decided">{t('cases.procedure.isDecided')}</option>
          </select>
        )}
      </Field>
      <Field field="examinedMerits" label={t('cases.procedure.examinedMerits')}>
        {(input) => (
          <select {...input} value={merits} onChange={(e) => setMerits(e.target.value)}>
            <option value="">{t('cases.unknown')}</option>
            <option value="yes">{t('cases.yes')}</option>
            <option value="no">{t('cases.no')}</option>
          </select>
        )}
      </Field>
    </CaseItemForm>
  );
}

export function RemedyForm({ write }: { write: CaseWrite }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [filed, setFiled] = useState('');
  const [decided, setDecided] = useState('');
  const [outcome, setOutcome] = useState('');
  const [final, setFinal] = useState(false);
  return (
    <CaseItemForm
      idPrefix="remedy-"
      fields={['body', 'filed', 'decided', 'outcome', 'final']}
      label={t('cases.addRemedy')}
      submitLabel={t('cases.addRemedy')}
      testId="remedy-form"
      onSubmit={async () => {
        await write('POST', '/remedies', { body: orNull(body), filed: orNull(filed), decided: orNull(decided), outcome: orNull(outcome), final });
        setBody('');
        setFiled('');
        setDecided('');
        setOutcome('');
        setFinal(false);
      }}
    >
      <Field field="body" label={t('cases.remedy.body')}>
        {(input) => <input {...input} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field field="filed" label={t('cases.remedy.filed')}>
        {(input) => <input {...input} value={filed} placeholder="YYYY-MM-DD" onChange={(e) => setFiled(e.target.value)} />}
      </Field>
      <Field field="decided" label={t('cases.remedy.decided')}>
        {(input) => <input {...input} value={decided} placeholder="YYYY-MM-DD" onChange={(e) => setDecided(e.target.value)} />}
      </Field>
      <Field field="outcome" label={t('cases.remedy.outcome')}>
        {(input) => <input {...input} value={outcome} onChange={(e) => setOutcome(e.target.value)} />}
      </Field>
      <label className="check case-check">
        <input type="checkbox" checked={final} onChange={(e) => setFinal(e.target.checked)} /> {t('cases.remedy.final')}
      </label>
    </CaseItemForm>
  );
}

export function TaskForm({ write }: { write: CaseWrite }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  return (
    <CaseItemForm
      idPrefix="task-"
      fields={['title', 'due']}
      label={t('cases.addTask')}
      submitLabel={t('cases.addTask')}
      testId="task-form"
      onSubmit={async () => {
        await write('POST', '/tasks', { title, due: due || null });
        setTitle('');
        setDue('');
      }}
    >
      <Field field="title" label={t('cases.task')}>
        {(input) => <input {...input} required value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field field="due" label={t('cases.due')}>
        {(input) => <input {...input} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
      </Field>
    </CaseItemForm>
  );
}

export function OutcomeForm({ write }: { write: CaseWrite }) {
  const { t } = useI18n();
  const [mechanism, setMechanism] = useState('CCPR');
  const [kind, setKind] = useState<CaseOutcome['kind']>('registration');
  const [due, setDue] = useState('');
  const [summary, setSummary] = useState('');
  const [measure, setMeasure] = useState('');
  return (
    <CaseItemForm
      idPrefix="outcome-"
      fields={['mechanism', 'kind', 'due', 'summary', 'measures.0.text']}
      label={t('cases.outcomes')}
      submitLabel={t('cases.addOutcome')}
      testId="outcome-form"
      onSubmit={async () => {
        await write('POST', '/outcomes', { mechanism, kind, date: today(), due: due || null, summary, measures: measure ? [{ text: measure }] : [] });
        setDue('');
        setSummary('');
        setMeasure('');
      }}
    >
      <Field field="mechanism" label={t('cases.mechanism')}>
        {(input) => <input {...input} required value={mechanism} onChange={(e) => setMechanism(e.target.value.toUpperCase())} />}
      </Field>
      <Field field="kind" label={t('cases.outcomeKind')}>
        {(input) => (
          <select {...input} value={kind} onChange={(e) => setKind(e.target.value as CaseOutcome['kind'])}>
            {outcomeKinds.map((k) => (
              <option key={k} value={k}>
                {t(`cases.outcome.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field field="due" label={t('cases.due')}>
        {(input) => <input {...input} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
      </Field>
      <Field field="summary" label={t('cases.outcomeSummary')}>
        {(input) => <input {...input} value={summary} onChange={(e) => setSummary(e.target.value)} />}
      </Field>
      <Field field="measures.0.text" label={t('cases.measure')}>
        {(input) => <input {...input} value={measure} onChange={(e) => setMeasure(e.target.value)} />}
      </Field>
    </CaseItemForm>
  );
}

export function RequestedMeasureForm({ write }: { write: CaseWrite }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<RequestedMeasure['kind']>('interim');
  const [addressedTo, setAddressedTo] = useState('');
  const [status, setStatus] = useState<RequestedMeasure['status']>('proposed');
  return (
    <CaseItemForm
      idPrefix="measure-"
      fields={['text', 'kind', 'addressedTo', 'status']}
      label={t('cases.requested.add')}
      submitLabel={t('cases.requested.add')}
      testId="requested-measure-form"
      onSubmit={async () => {
        await write('POST', '/requested-measures', { text, kind, addressedTo: orNull(addressedTo), status });
        setText('');
        setAddressedTo('');
        setStatus('proposed');
      }}
    >
      <Field field="text" label={t('cases.requested.text')} hint={t('cases.requested.textHint')} className="case-field-wide">
        {(input) => <textarea {...input} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field field="kind" label={t('cases.requested.kind')}>
        {(input) => (
          <select {...input} value={kind} onChange={(e) => setKind(e.target.value as RequestedMeasure['kind'])}>
            {requestedMeasureKinds.map((k) => (
              <option key={k} value={k}>
                {t(`cases.requested.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field field="addressedTo" label={t('cases.requested.addressedTo')} hint={t('cases.requested.addressedToHint')}>
        {(input) => <input {...input} value={addressedTo} onChange={(e) => setAddressedTo(e.target.value)} />}
      </Field>
      <Field field="status" label={t('cases.status')}>
        {(input) => (
          <select {...input} value={status} onChange={(e) => setStatus(e.target.value as RequestedMeasure['status'])}>
            {requestedMeasureStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`cases.requested.status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </CaseItemForm>
  );
}
