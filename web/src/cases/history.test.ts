import { describe, expect, it } from 'vitest';
import { referencedRecords } from '../incidents/audit';
import { caseChanges, caseEdits } from './history';

const I1 = '77777777-7777-4777-8777-777777777777';
const I2 = '88888888-8888-4888-8888-888888888888';
const E1 = '55555555-5555-4555-8555-555555555555';
const G1 = '11111111-1111-4111-8111-111111111111';
const V1 = '99999999-9999-4999-8999-999999999999';
const T1 = '66666666-6666-4666-8666-666666666666';

/** A case as the audit trail stores it (the API's shape, as the reader may see it). */
const caseFile = (patch: Record<string, unknown> = {}) => ({
  id: 'case',
  version: 1,
  title: 'Teral detentions',
  status: 'draft',
  ownerId: 'lead',
  country: 'XVR',
  targetedGroupIds: [G1],
  summary: '',
  incidentIds: [I1],
  withheldIncidents: false,
  victims: [],
  evidenceIds: [],
  provisions: [],
  remedies: [],
  remediesException: null,
  procedures: [],
  targetMechanisms: ['CCPR'],
  tasks: [],
  outcomes: [],
  authorIsVictim: null,
  authorAnonymous: null,
  confidentiality: 'confidential',
  teams: [],
  ...patch,
});

describe('a case’s history as changes', () => {
  it('says which of the case’s own fields changed, statuses and levels as words of the interface', () => {
    expect(caseChanges(caseFile(), caseFile({ version: 2, status: 'preparing', confidentiality: 'strictly-confidential', targetMechanisms: ['CCPR', 'CERD'] }))).toEqual([
      { type: 'field', field: 'status', before: [{ t: 'message', key: 'cases.status.draft' }], after: [{ t: 'message', key: 'cases.status.preparing' }] },
      { type: 'field', field: 'targetMechanisms', before: [{ t: 'text', text: 'CCPR' }], after: [{ t: 'text', text: 'CCPR' }, { t: 'text', text: 'CERD' }] },
      { type: 'field', field: 'confidentiality', before: [{ t: 'term', vocabulary: 'confidentiality-levels', code: 'confidential' }], after: [{ t: 'term', vocabulary: 'confidentiality-levels', code: 'strictly-confidential' }] },
    ]);
  });

  it('names incidents and files joined or taken out as records, for the page to name', () => {
    const changes = caseChanges(caseFile(), caseFile({ incidentIds: [I2], evidenceIds: [E1] }));
    expect(changes).toEqual([
      { type: 'item', list: 'incidents', change: 'added', item: [{ t: 'record', kind: 'incidents', id: I2 }], fields: [] },
      { type: 'item', list: 'incidents', change: 'removed', item: [{ t: 'record', kind: 'incidents', id: I1 }], fields: [] },
      { type: 'item', list: 'evidence', change: 'added', item: [{ t: 'record', kind: 'evidence', id: E1 }], fields: [] },
    ]);
    expect(referencedRecords(changes)).toMatchObject({ incidents: [I1, I2].sort(), evidence: [E1] });
  });

  it('compares victims, tasks and outcomes by id, field by field, with dates at their precision', () => {
    const before = caseFile({
      victims: [{ id: V1, description: 'Victim 1 (identity withheld)', personId: null, consent: null, identityWithheld: true }],
      tasks: [{ id: T1, title: 'File with CCPR', due: '2026-12', done: false, assignee: null }],
    });
    const after = caseFile({
      victims: [{ id: V1, description: 'Victim 1 (identity withheld)', personId: null, consent: true, identityWithheld: true }],
      tasks: [{ id: T1, title: 'File with CCPR', due: '2026-12-01', done: true, assignee: null }],
      outcomes: [{ id: 'o1', mechanism: 'CCPR', kind: 'views', date: '2026', due: null, summary: '', violationFound: true, measures: [{ id: 'm1', text: 'Release', status: 'open' }] }],
    });
    expect(caseChanges(before, after)).toEqual([
      { type: 'item', list: 'victims', change: 'changed', item: [{ t: 'text', text: 'Victim 1 (identity withheld)' }], fields: [{ field: 'consent', before: [], after: [{ t: 'yes' }] }] },
      {
        type: 'item',
        list: 'tasks',
        change: 'changed',
        item: [{ t: 'text', text: 'File with CCPR' }],
        fields: [
          { field: 'due', before: [{ t: 'date', date: '2026-12', precision: 'month' }], after: [{ t: 'date', date: '2026-12-01', precision: 'day' }] },
          { field: 'done', before: [{ t: 'no' }], after: [{ t: 'yes' }] },
        ],
      },
      { type: 'item', list: 'outcomes', change: 'added', item: [{ t: 'text', text: 'CCPR' }, { t: 'message', key: 'cases.outcome.views' }], fields: [] },
    ]);
  });

  it('shows a requested measure added, then its status changed, by the words of the case page', () => {
    const measure = { id: 'r1', text: 'Disclose where the family is held', kind: 'interim', addressedTo: 'the State party', status: 'proposed' };
    expect(caseChanges(caseFile(), caseFile({ requestedMeasures: [measure] }))).toEqual([
      { type: 'item', list: 'requestedMeasures', change: 'added', item: [{ t: 'text', text: 'Disclose where the family is held' }], fields: [] },
    ]);
    expect(caseChanges(caseFile({ requestedMeasures: [measure] }), caseFile({ requestedMeasures: [{ ...measure, status: 'granted' }] }))).toEqual([
      {
        type: 'item',
        list: 'requestedMeasures',
        change: 'changed',
        item: [{ t: 'text', text: 'Disclose where the family is held' }],
        fields: [{ field: 'measureStatus', before: [{ t: 'message', key: 'cases.requested.status.proposed' }], after: [{ t: 'message', key: 'cases.requested.status.granted' }] }],
      },
    ]);
  });

  it('reads an opening (no before) and an old document lacking parts without failing', () => {
    expect(caseChanges(null, caseFile()).map((c) => (c.type === 'field' ? c.field : c.list))).toEqual(['title', 'status', 'ownerId', 'country', 'targetedGroupIds', 'targetMechanisms', 'confidentiality', 'incidents']);
    expect(caseChanges({ title: 'Old' }, { title: 'Old', victims: 'not a list' })).toEqual([]);
  });

  it('lists the changes of every write but the opening', () => {
    expect(['case.create', 'case.update', 'case.add-victim', 'incident.update'].map(caseEdits)).toEqual([false, true, true, false]);
  });
});
