import { describe, expect, it } from 'vitest';
import { brief, edits, incidentChanges, referencedRecords } from './audit';

const G1 = '11111111-1111-4111-8111-111111111111';
const G2 = '22222222-2222-4222-8222-222222222222';
const A1 = '33333333-3333-4333-8333-333333333333';
const S1 = '44444444-4444-4444-8444-444444444444';
const E1 = '55555555-5555-4555-8555-555555555555';
const E2 = '66666666-6666-4666-8666-666666666666';
const I1 = '77777777-7777-4777-8777-777777777777';
const I2 = '88888888-8888-4888-8888-888888888888';
const P1 = '99999999-9999-4999-8999-999999999999';

const none = { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 };
const act = (id: string, patch: Record<string, unknown> = {}) => ({ id, violationType: 'arson', pyramidLevel: 4, groupId: G1, identityBasis: 'religion', victims: { ...none, injured: 3 }, perpetrators: [{ actorId: A1, involvement: 'carried-out' }], ...patch });

/** An incident as the audit trail stores it (the API's shape). */
const incident = (patch: Record<string, unknown> = {}) => ({
  id: 'inc',
  version: 1,
  title: 'Shrine burned',
  narrative: 'At night.',
  startDate: '2026-03-14',
  startPrecision: 'day',
  endDate: null,
  endPrecision: null,
  dateEstimated: false,
  reportDate: null,
  country: 'XVR',
  admin1: 'Eastern Lakes',
  placeId: P1,
  place: { id: P1, name: 'Reedwater' },
  pyramidLevel: 4,
  derivedPyramidLevel: 4,
  pyramidLevelOverride: null,
  verificationStatus: 'not-yet-verified',
  confidentiality: 'internal',
  monitoringStatus: 'open',
  victims: { ...none, injured: 3 },
  violationTypes: ['arson'],
  targetedGroupIds: [G1],
  identityBases: ['religion'],
  perpetratorIds: [A1],
  acts: [act('act-1')],
  sources: [{ sourceId: S1, connection: 'participant', materialType: 'testimony', informationDate: null, credibility: 2, note: '' }],
  evidenceIds: [E1],
  links: [{ incidentId: I1, kind: 'precedes', note: '', direction: 'outgoing' }],
  updatedAt: '2026-03-15T10:00:00Z',
  updatedBy: 'a',
  deletedAt: null,
  ...patch,
});

describe('readable chronology of an incident', () => {
  it('shows only what an edit changed, with vocabulary terms by code and no bookkeeping', () => {
    const changes = incidentChanges(incident(), incident({ version: 2, updatedAt: '2026-03-16T00:00:00Z', title: 'Shrine burned down', verificationStatus: 'verified' }));
    expect(changes).toEqual([
      { type: 'field', field: 'title', before: [{ t: 'text', text: 'Shrine burned' }], after: [{ t: 'text', text: 'Shrine burned down' }] },
      {
        type: 'field',
        field: 'verificationStatus',
        before: [{ t: 'term', vocabulary: 'verification-statuses', code: 'not-yet-verified' }],
        after: [{ t: 'term', vocabulary: 'verification-statuses', code: 'verified' }],
      },
    ]);
  });

  it('keeps dates at their precision and names the place from the snapshot', () => {
    const changes = incidentChanges(incident(), incident({ startDate: '2026-03-01', startPrecision: 'month', placeId: null, place: null }));
    expect(changes).toEqual([
      { type: 'field', field: 'startDate', before: [{ t: 'date', date: '2026-03-14', precision: 'day' }], after: [{ t: 'date', date: '2026-03-01', precision: 'month' }] },
      { type: 'field', field: 'place', before: [{ t: 'record', kind: 'places', id: P1, name: 'Reedwater' }], after: [] },
    ]);
  });

  it('compares acts by id: a changed act shows its changed fields only, with the derived level beside it', () => {
    const changes = incidentChanges(incident(), incident({ pyramidLevel: 5, acts: [act('act-1', { violationType: 'massacre', victims: { ...none, injured: 3, killed: 12 } })] }));
    expect(changes).toEqual([
      { type: 'field', field: 'pyramidLevel', before: [{ t: 'level', level: 4 }], after: [{ t: 'level', level: 5 }] },
      {
        type: 'item',
        list: 'acts',
        change: 'changed',
        item: [
          { t: 'term', vocabulary: 'violation-types', code: 'massacre' },
          { t: 'record', kind: 'groups', id: G1 },
        ],
        fields: [
          { field: 'violationType', before: [{ t: 'term', vocabulary: 'violation-types', code: 'arson' }], after: [{ t: 'term', vocabulary: 'violation-types', code: 'massacre' }] },
          {
            field: 'victims',
            before: [{ t: 'victims', kind: 'injured', n: 3 }],
            after: [
              { t: 'victims', kind: 'killed', n: 12 },
              { t: 'victims', kind: 'injured', n: 3 },
            ],
          },
        ],
      },
    ]);
  });

  it('says which acts were added and removed', () => {
    const changes = incidentChanges(incident(), incident({ acts: [act('act-2', { groupId: G2, violationType: 'killing' })] }));
    expect(changes.map((c) => (c.type === 'item' ? `${c.list} ${c.change} ${JSON.stringify(c.item)}` : c.field))).toEqual([
      `acts added ${JSON.stringify([{ t: 'term', vocabulary: 'violation-types', code: 'killing' }, { t: 'record', kind: 'groups', id: G2 }])}`,
      `acts removed ${JSON.stringify([{ t: 'term', vocabulary: 'violation-types', code: 'arson' }, { t: 'record', kind: 'groups', id: G1 }])}`,
    ]);
  });

  it('does not report an act that only got a new id (entries saved before act ids were stable)', () => {
    expect(incidentChanges(incident(), incident({ acts: [act('act-new')] }))).toEqual([]);
  });

  it('lists sources, evidence and outgoing links as items added, removed or changed', () => {
    const changes = incidentChanges(
      incident(),
      incident({
        sources: [{ sourceId: S1, connection: 'participant', materialType: 'testimony', informationDate: null, credibility: 1, note: '' }],
        evidenceIds: [E2],
        links: [
          { incidentId: I1, kind: 'causes', note: 'the speech set it off', direction: 'outgoing' },
          { incidentId: I2, kind: 'part-of', note: '', direction: 'incoming' },
        ],
      }),
    );
    expect(changes).toEqual([
      {
        type: 'item',
        list: 'sources',
        change: 'changed',
        item: [{ t: 'record', kind: 'sources', id: S1 }],
        fields: [{ field: 'credibility', before: [{ t: 'term', vocabulary: 'information-credibility', code: '2' }], after: [{ t: 'term', vocabulary: 'information-credibility', code: '1' }] }],
      },
      { type: 'item', list: 'evidence', change: 'added', item: [{ t: 'record', kind: 'evidence', id: E2 }], fields: [] },
      { type: 'item', list: 'evidence', change: 'removed', item: [{ t: 'record', kind: 'evidence', id: E1 }], fields: [] },
      {
        type: 'item',
        list: 'links',
        change: 'changed',
        item: [{ t: 'record', kind: 'incidents', id: I1 }],
        fields: [
          { field: 'kind', before: [{ t: 'term', vocabulary: 'incident-link-kinds', code: 'precedes' }], after: [{ t: 'term', vocabulary: 'incident-link-kinds', code: 'causes' }] },
          { field: 'note', before: [], after: [{ t: 'text', text: 'the speech set it off' }] },
        ],
      },
    ]);
  });

  it('describes a new record from nothing, and names every record it needs once, by kind', () => {
    const changes = incidentChanges(null, incident());
    expect(changes.filter((c) => c.type === 'field').map((c) => c.field)).toEqual(['title', 'narrative', 'startDate', 'dateEstimated', 'country', 'admin1', 'place', 'pyramidLevel', 'verificationStatus', 'confidentiality', 'monitoringStatus']);
    expect(referencedRecords(changes)).toEqual({ groups: [G1], actors: [], sources: [S1], places: [], evidence: [E1], incidents: [I1] });
    const perpetrators = incidentChanges(incident(), incident({ acts: [act('act-1', { perpetrators: [{ actorId: A1, involvement: 'ordered' }] })] }));
    expect(referencedRecords(perpetrators).actors).toEqual([A1]);
  });

  it('diffs edits and merges, not the life cycle (create, delete, restore say what they did)', () => {
    expect(['incident.update', 'incident.merge', 'incident.create', 'incident.delete', 'incident.restore', 'group.update'].filter(edits)).toEqual(['incident.update', 'incident.merge']);
  });

  it('shortens long values', () => {
    expect(brief('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(brief('')).toBe('—');
    expect(brief(null)).toBe('—');
    expect(brief({ a: 1 })).toBe('{"a":1}');
  });
});
