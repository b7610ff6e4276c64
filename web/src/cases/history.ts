/**
 * A case file's history as a readable diff, in the incident history's terms (incidents/audit.ts):
 * an audit entry holds the whole case before and after a write (as the server lets this reader see
 * it: incidents and files it may not read left out, victims' identities withheld), and
 * `caseChanges` says what changed — the case's own fields, then its incidents, evidence, victims,
 * remedies, procedures, tasks, outcomes and requested measures as items added, removed or changed. Pure: the page names
 * the records.
 */
import type { AnyChange, FieldChange, Token, Value } from '../incidents/audit';

export type CaseField =
  | 'title'
  | 'status'
  | 'ownerId'
  | 'country'
  | 'targetedGroupIds'
  | 'summary'
  | 'provisions'
  | 'targetMechanisms'
  | 'remediesException'
  | 'authorIsVictim'
  | 'authorAnonymous'
  | 'confidentiality'
  | 'teams';
export type CaseList = 'incidents' | 'evidence' | 'victims' | 'remedies' | 'procedures' | 'tasks' | 'outcomes' | 'requestedMeasures';
export type CaseItemField =
  | 'description'
  | 'consent'
  | 'body'
  | 'filed'
  | 'decided'
  | 'outcome'
  | 'final'
  | 'notPursuedReason'
  | 'submitted'
  | 'procedureStatus'
  | 'examinedMerits'
  | 'task'
  | 'due'
  | 'done'
  | 'assignee'
  | 'kind'
  | 'date'
  | 'outcomeSummary'
  | 'violationFound'
  | 'measures'
  | 'measureText'
  | 'measureKind'
  | 'addressedTo'
  | 'measureStatus';

type Snapshot = Record<string, unknown>;
type Item = Record<string, unknown> & { id?: string };

const text = (s: unknown): Value => (typeof s === 'string' && s !== '' ? [{ t: 'text', text: s }] : []);
const texts = (v: unknown): Value => (Array.isArray(v) ? v.flatMap(text) : []);
const yesNo = (v: unknown): Value => (typeof v === 'boolean' ? [{ t: v ? 'yes' : 'no' }] : []);
const message = (prefix: string, code: unknown): Value => (typeof code === 'string' && code ? [{ t: 'message', key: `${prefix}${code}` }] : []);
const records = (kind: 'groups' | 'incidents' | 'evidence', v: unknown): Value => (Array.isArray(v) ? v.filter((id): id is string => typeof id === 'string').map((id): Token => ({ t: 'record', kind, id })) : []);
/** A case's dates are known to the day, the month or the year (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). */
const date = (d: unknown): Value => (typeof d === 'string' && d ? [{ t: 'date', date: d, precision: d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day' }] : []);
const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);
const itemsOf = (v: unknown): Item[] => (Array.isArray(v) ? v.filter((x): x is Item => !!x && typeof x === 'object' && !Array.isArray(x)) : []);

function fieldValues(s: Snapshot): Record<CaseField, Value> {
  return {
    title: text(s.title),
    status: message('cases.status.', s.status),
    ownerId: text(s.ownerId),
    country: typeof s.country === 'string' && s.country ? [{ t: 'term', vocabulary: 'countries', code: s.country }] : [],
    targetedGroupIds: records('groups', s.targetedGroupIds),
    summary: text(s.summary),
    provisions: texts(s.provisions),
    targetMechanisms: texts(s.targetMechanisms),
    remediesException: text(s.remediesException),
    authorIsVictim: yesNo(s.authorIsVictim),
    authorAnonymous: yesNo(s.authorAnonymous),
    confidentiality: typeof s.confidentiality === 'string' ? [{ t: 'term', vocabulary: 'confidentiality-levels', code: s.confidentiality }] : [],
    teams: texts(s.teams),
  };
}
const caseFields = Object.keys(fieldValues({})) as CaseField[];

/** Each list: how its items are named, and the fields compared between two versions of an item. */
const lists: Record<Exclude<CaseList, 'incidents' | 'evidence'>, { name: (x: Item) => Value; fields: (x: Item) => Partial<Record<CaseItemField, Value>> }> = {
  victims: { name: (v) => text(v.description), fields: (v) => ({ description: text(v.description), consent: yesNo(v.consent) }) },
  remedies: {
    name: (r) => text(r.body),
    fields: (r) => ({ body: text(r.body), filed: date(r.filed), decided: date(r.decided), outcome: text(r.outcome), final: yesNo(r.final), notPursuedReason: text(r.notPursuedReason) }),
  },
  procedures: {
    name: (p) => text(p.body),
    fields: (p) => ({ body: text(p.body), submitted: date(p.submitted), decided: date(p.decided), procedureStatus: text(p.status), examinedMerits: yesNo(p.examinedMerits) }),
  },
  tasks: { name: (x) => text(x.title), fields: (x) => ({ task: text(x.title), due: date(x.due), done: yesNo(x.done), assignee: text(x.assignee) }) },
  outcomes: {
    name: (o) => [...text(o.mechanism), ...message('cases.outcome.', o.kind)],
    fields: (o) => ({
      kind: message('cases.outcome.', o.kind),
      date: date(o.date),
      due: date(o.due),
      outcomeSummary: text(o.summary),
      violationFound: yesNo(o.violationFound),
      measures: itemsOf(o.measures).flatMap((m) => [...text(m.text), ...message('cases.measure.', m.status)]),
    }),
  },
  requestedMeasures: {
    name: (m) => text(m.text),
    fields: (m) => ({ measureText: text(m.text), measureKind: message('cases.requested.kind.', m.kind), addressedTo: text(m.addressedTo), measureStatus: message('cases.requested.status.', m.status) }),
  },
};
const listKey: Record<CaseList, string> = { incidents: 'incidentIds', evidence: 'evidenceIds', victims: 'victims', remedies: 'remedies', procedures: 'procedures', tasks: 'tasks', outcomes: 'outcomes', requestedMeasures: 'requestedMeasures' };

function itemDiff(list: CaseList, before: Item[], after: Item[], name: (x: Item) => Value, fields: (x: Item) => Partial<Record<CaseItemField, Value>>): AnyChange[] {
  const key = (x: Item) => x.id ?? JSON.stringify(x);
  const old = new Map(before.map((x) => [key(x), x]));
  const kept = new Set(after.map(key));
  const out: AnyChange[] = [];
  for (const x of after) {
    const was = old.get(key(x));
    if (!was) {
      out.push({ type: 'item', list, change: 'added', item: name(x), fields: [] });
      continue;
    }
    const b = fields(was);
    const a = fields(x);
    const changed: FieldChange<string>[] = (Object.keys(a) as CaseItemField[]).filter((f) => !same(b[f] ?? [], a[f] ?? [])).map((f) => ({ field: f, before: b[f] ?? [], after: a[f] ?? [] }));
    if (changed.length) out.push({ type: 'item', list, change: 'changed', item: name(x), fields: changed });
  }
  for (const x of before) if (!kept.has(key(x))) out.push({ type: 'item', list, change: 'removed', item: name(x), fields: [] });
  return out;
}

/** Ids joined or unlinked (incidents, evidence): each named as the record it is. */
function idDiff(list: 'incidents' | 'evidence', before: unknown, after: unknown): AnyChange[] {
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((id): id is string => typeof id === 'string') : []);
  const b = ids(before);
  const a = ids(after);
  return [
    ...a.filter((id) => !b.includes(id)).map((id): AnyChange => ({ type: 'item', list, change: 'added', item: records(list, [id]), fields: [] })),
    ...b.filter((id) => !a.includes(id)).map((id): AnyChange => ({ type: 'item', list, change: 'removed', item: records(list, [id]), fields: [] })),
  ];
}

/** Whether a case's audit action changed its content (every write but its opening). */
export const caseEdits = (action: string) => action.startsWith('case.') && action !== 'case.create';

/** What one write to a case changed, in reading order: its own fields, then each of its lists. */
export function caseChanges(before: unknown, after: unknown): AnyChange[] {
  const b = (before && typeof before === 'object' ? before : {}) as Snapshot;
  const a = (after && typeof after === 'object' ? after : {}) as Snapshot;
  const fb = fieldValues(b);
  const fa = fieldValues(a);
  const changes: AnyChange[] = caseFields.filter((f) => !same(fb[f], fa[f])).map((field) => ({ type: 'field', field, before: fb[field], after: fa[field] }));
  changes.push(...idDiff('incidents', b[listKey.incidents], a[listKey.incidents]));
  changes.push(...idDiff('evidence', b[listKey.evidence], a[listKey.evidence]));
  for (const list of Object.keys(lists) as (keyof typeof lists)[]) {
    changes.push(...itemDiff(list, itemsOf(b[listKey[list]]), itemsOf(a[listKey[list]]), lists[list].name, lists[list].fields));
  }
  return changes;
}
