import { useMemo } from 'react';
import type { AuditEntry } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote } from '../app/Loading';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { referencedRecords, type AnyChange } from '../incidents/audit';
import { Chronology, type HistoryWords } from '../incidents/Chronology';
import { useRecordsById } from '../incidents/useRecordsById';
import { useRegistry } from '../vocab/vocab';
import { caseChanges, caseEdits, type CaseField, type CaseItemField, type CaseList } from './history';

const fieldLabels: Record<CaseField | CaseItemField, MessageKey> = {
  title: 'cases.caseTitle',
  status: 'cases.status',
  ownerId: 'cases.owner',
  country: 'cases.country',
  targetedGroupIds: 'caseHistory.field.targetedGroups',
  summary: 'caseHistory.field.summary',
  provisions: 'cases.provisions',
  targetMechanisms: 'cases.targets',
  remediesException: 'caseHistory.field.remediesException',
  authorIsVictim: 'caseHistory.field.authorIsVictim',
  authorAnonymous: 'caseHistory.field.authorAnonymous',
  confidentiality: 'form.confidentiality',
  teams: 'caseHistory.field.teams',
  description: 'caseHistory.field.description',
  consent: 'caseHistory.field.consent',
  body: 'cases.remedy.body',
  filed: 'cases.remedy.filed',
  decided: 'cases.remedy.decided',
  outcome: 'cases.remedy.outcome',
  final: 'cases.remedy.final',
  notPursuedReason: 'caseHistory.field.notPursuedReason',
  submitted: 'caseHistory.field.submitted',
  procedureStatus: 'cases.status',
  examinedMerits: 'caseHistory.field.examinedMerits',
  task: 'cases.task',
  due: 'cases.due',
  done: 'caseHistory.field.done',
  assignee: 'caseHistory.field.assignee',
  kind: 'cases.outcomeKind',
  date: 'caseHistory.field.date',
  outcomeSummary: 'cases.outcomeSummary',
  violationFound: 'cases.violationFound',
  measures: 'cases.measure',
  measureText: 'cases.requested.text',
  measureKind: 'cases.requested.kind',
  addressedTo: 'cases.requested.addressedTo',
  measureStatus: 'cases.status',
};
const listLabels: Record<CaseList, MessageKey> = {
  incidents: 'caseHistory.list.incident',
  evidence: 'incidentPage.list.evidence',
  victims: 'caseHistory.list.victim',
  remedies: 'caseHistory.list.remedy',
  procedures: 'caseHistory.list.procedure',
  tasks: 'cases.task',
  outcomes: 'caseHistory.list.outcome',
  requestedMeasures: 'cases.requested.one',
};

/**
 * The case's history on its page, as an incident's is on its own (incidents/Chronology): every
 * write, newest first, with what it changed. The trail comes through the door: a reader sees the
 * entries of a case it may read, with what it may not see left out of them.
 */
export function CaseHistory({ caseId, reload }: { caseId: string; reload: number }) {
  const { t } = useI18n();
  const audit = useApi<{ items: AuditEntry[] }>(`/api/audit?entity=case&entityId=${caseId}&limit=200`, reload);
  const entries = useMemo(() => audit.data?.items ?? [], [audit.data]);
  const changes = useMemo(() => new Map<number, AnyChange[]>(entries.map((e) => [e.id, caseEdits(e.action) ? caseChanges(e.before, e.after) : []])), [entries]);
  const refs = useMemo(() => referencedRecords([...changes.values()].flat()), [changes]);
  const groups = useRegistry('groups');
  const incidents = useRecordsById('incidents', refs.incidents, reload);
  const evidence = useRecordsById('evidence', refs.evidence, reload);
  const words: HistoryWords = {
    field: (f) => t(fieldLabels[f as CaseField | CaseItemField] ?? 'common.unknownRecord'),
    list: (l) => t(listLabels[l as CaseList] ?? 'common.unknownRecord'),
    action: (a) => (a === 'case.create' ? t('caseHistory.created') : t('audit.update')),
    edits: caseEdits,
  };
  return (
    // Busy until the history has arrived (assistive technology, and the e2e tests, wait for it).
    <section className="card" aria-labelledby="case-history-h" aria-busy={audit.loading} data-testid="case-history">
      <h2 id="case-history-h">{t('caseHistory.title')}</h2>
      <p className="muted small">{t('caseHistory.hint')}</p>
      {audit.error && <ErrorNote error={audit.error} />}
      <Chronology entries={entries} changes={changes} names={{ groups, incidents: incidents.byId, evidence: evidence.byId }} words={words} />
    </section>
  );
}
