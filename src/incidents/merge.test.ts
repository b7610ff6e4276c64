import { describe, expect, it } from 'vitest';
import { mergeIncident, same } from './merge.js';
import type { IncidentInput } from './schema.js';

const A1 = '11111111-1111-4111-8111-111111111111';
const A2 = '22222222-2222-4222-8222-222222222222';
const S1 = '33333333-3333-4333-8333-333333333333';
const S2 = '44444444-4444-4444-8444-444444444444';
const X1 = '55555555-5555-4555-8555-555555555555';
const X2 = '66666666-6666-4666-8666-666666666666';
const E1 = '77777777-7777-4777-8777-777777777777';
const E2 = '88888888-8888-4888-8888-888888888888';
const L1 = '99999999-9999-4999-8999-999999999999';

const victims = (over: Partial<Record<string, number>> = {}) => ({ killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0, ...over });

const base: IncidentInput = {
  title: 'Shrine attacked',
  narrative: 'Men threw stones at the shrine.',
  startDate: '2024-03-02',
  endDate: null,
  dateEstimated: false,
  reportDate: null,
  country: 'XVR',
  admin1: 'North',
  placeId: null,
  pyramidLevelOverride: null,
  verificationStatus: 'not-yet-verified',
  confidentiality: 'internal',
  monitoringStatus: 'open',
  acts: [
    { id: A1, violationType: 'harassment', groupId: null, identityBasis: 'religion', victims: victims({ affected: 3 }), perpetrators: [{ actorId: X1, involvement: 'carried-out' }] },
    { id: A2, violationType: 'arson', groupId: null, identityBasis: 'religion', victims: victims({ displaced: 10 }), perpetrators: [] },
  ],
  sources: [{ sourceId: S1, connection: 'eyewitness', materialType: 'testimony', informationDate: null, credibility: 3, note: '' }],
  evidenceIds: [E1],
  links: [{ incidentId: L1, kind: 'follows', note: 'a week later' }],
};

/** A deep copy of the base with changes, as an editor's save would hold it. */
const edit = (change: (d: IncidentInput) => void): IncidentInput => {
  const doc = structuredClone(base);
  change(doc);
  return doc;
};

describe('mergeIncident', () => {
  it('takes a field only the other side changed, and keeps mine where only I changed one (the issue: A narrative, B status)', () => {
    const theirs = edit((d) => (d.narrative = 'Men threw stones; the keeper was injured.'));
    const mine = edit((d) => (d.verificationStatus = 'verified'));
    const r = mergeIncident(base, theirs, mine);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.narrative).toBe('Men threw stones; the keeper was injured.');
    expect(r.merged.verificationStatus).toBe('verified');
    expect(r.fromTheirs).toEqual(['narrative']);
  });

  it('is no conflict when both sides made the same change', () => {
    const r = mergeIncident(base, edit((d) => (d.title = 'Same')), edit((d) => (d.title = 'Same')));
    expect(r.conflicts).toEqual([]);
    expect(r.merged.title).toBe('Same');
    expect(r.fromTheirs).toEqual([]);
  });

  it('reports a field both changed differently, with base, mine and theirs, and holds mine there', () => {
    const r = mergeIncident(base, edit((d) => (d.title = 'Theirs')), edit((d) => (d.title = 'Mine')));
    expect(r.conflicts).toEqual([{ path: 'title', base: 'Shrine attacked', mine: 'Mine', theirs: 'Theirs' }]);
    expect(r.merged.title).toBe('Mine');
  });

  it('merges unchanged documents to the same document, with nothing from theirs', () => {
    const r = mergeIncident(base, structuredClone(base), structuredClone(base));
    expect(r).toEqual({ merged: base, conflicts: [], fromTheirs: [] });
  });

  it('compares objects whatever their key order, and null as undefined', () => {
    expect(same({ a: 1, b: [1, { c: null }] }, { b: [1, { c: undefined }], a: 1 })).toBe(true);
    expect(same({ a: 1 }, { a: 2 })).toBe(false);
    expect(same([1, 2], [2, 1])).toBe(false);
    const theirs = edit((d) => (d.pyramidLevelOverride = { reason: 'seen', level: 4 }));
    const mine = edit((d) => (d.pyramidLevelOverride = { level: 4, reason: 'seen' }));
    expect(mergeIncident(base, theirs, mine).conflicts).toEqual([]);
  });

  describe('acts by stable id', () => {
    it('merges victim counts inside one act field by field', () => {
      const theirs = edit((d) => (d.acts[0]!.victims.affected = 5));
      const mine = edit((d) => (d.acts[0]!.victims.injured = 1));
      const r = mergeIncident(base, theirs, mine);
      expect(r.conflicts).toEqual([]);
      expect(r.merged.acts[0]!.victims).toEqual(victims({ affected: 5, injured: 1 }));
      expect(r.fromTheirs).toEqual([`acts.${A1}.victims.affected`]);
    });

    it('reports the same count changed differently at acts.<id>.victims.<kind>', () => {
      const r = mergeIncident(base, edit((d) => (d.acts[1]!.victims.displaced = 12)), edit((d) => (d.acts[1]!.victims.displaced = 15)));
      expect(r.conflicts).toEqual([{ path: `acts.${A2}.victims.displaced`, base: 10, mine: 15, theirs: 12 }]);
    });

    it('keeps an act added on either side; a new act of mine has no id yet', () => {
      const theirs = edit((d) => d.acts.push({ id: '12121212-1212-4212-8212-121212121212', violationType: 'killing', groupId: null, identityBasis: null, victims: victims({ killed: 1 }), perpetrators: [] }));
      const mine = edit((d) => d.acts.push({ violationType: 'torture', groupId: null, identityBasis: null, victims: victims(), perpetrators: [] }));
      const r = mergeIncident(base, theirs, mine);
      expect(r.conflicts).toEqual([]);
      expect(r.merged.acts.map((a) => a.violationType)).toEqual(['harassment', 'arson', 'killing', 'torture']);
      expect(r.merged.acts[3]!.id).toBeUndefined();
      expect(r.fromTheirs).toEqual(['acts.12121212-1212-4212-8212-121212121212']);
    });

    it('removes an act removed on one side and untouched on the other', () => {
      const byTheirs = mergeIncident(base, edit((d) => d.acts.splice(1, 1)), edit((d) => (d.title = 'x')));
      expect(byTheirs.conflicts).toEqual([]);
      expect(byTheirs.merged.acts.map((a) => a.id)).toEqual([A1]);
      expect(byTheirs.fromTheirs).toEqual([`acts.${A2}`]);
      const byMine = mergeIncident(base, edit((d) => (d.title = 'x')), edit((d) => d.acts.splice(0, 1)));
      expect(byMine.conflicts).toEqual([]);
      expect(byMine.merged.acts.map((a) => a.id)).toEqual([A2]);
    });

    it('reports an act removed on one side and changed on the other as one conflict on the act', () => {
      const theirs = edit((d) => (d.acts[1]!.victims.displaced = 30));
      const mine = edit((d) => d.acts.splice(1, 1));
      const r = mergeIncident(base, theirs, mine);
      expect(r.conflicts).toEqual([{ path: `acts.${A2}`, base: base.acts[1], mine: null, theirs: theirs.acts[1] }]);
      expect(r.merged.acts.map((a) => a.id)).toEqual([A1]);
      const other = mergeIncident(base, mine, theirs);
      expect(other.conflicts).toEqual([{ path: `acts.${A2}`, base: base.acts[1], mine: theirs.acts[1], theirs: null }]);
      expect(other.merged.acts.map((a) => a.id)).toEqual([A1, A2]);
    });

    it('merges perpetrators as a set: each side adds and removes', () => {
      const theirs = edit((d) => d.acts[0]!.perpetrators.push({ actorId: X2, involvement: 'failed-to-protect' }));
      const mine = edit((d) => (d.acts[0]!.perpetrators = []));
      const r = mergeIncident(base, theirs, mine);
      expect(r.conflicts).toEqual([]);
      expect(r.merged.acts[0]!.perpetrators).toEqual([{ actorId: X2, involvement: 'failed-to-protect' }]);
    });

    it('changes a violation type on one side and a count on the other', () => {
      const r = mergeIncident(base, edit((d) => (d.acts[0]!.violationType = 'hate-speech')), edit((d) => (d.acts[0]!.victims.affected = 9)));
      expect(r.conflicts).toEqual([]);
      expect(r.merged.acts[0]).toMatchObject({ id: A1, violationType: 'hate-speech', victims: victims({ affected: 9 }) });
    });
  });

  describe('sources, evidence and links', () => {
    it('merges one source by source id field by field, and reports a credibility both changed', () => {
      const theirs = edit((d) => {
        d.sources[0]!.credibility = 2;
        d.sources[0]!.note = 'called back';
      });
      const mine = edit((d) => (d.sources[0]!.credibility = 1));
      const r = mergeIncident(base, theirs, mine);
      expect(r.conflicts).toEqual([{ path: `sources.${S1}.credibility`, base: 3, mine: 1, theirs: 2 }]);
      expect(r.merged.sources[0]).toMatchObject({ credibility: 1, note: 'called back' });
    });

    it('keeps a source added on each side, and drops one removed on one side', () => {
      const s2 = { sourceId: S2, connection: 'media', materialType: 'media-report', informationDate: null, credibility: 4, note: '' };
      const r = mergeIncident(base, edit((d) => d.sources.push(s2)), edit((d) => (d.sources = [])));
      expect(r.conflicts).toEqual([]);
      expect(r.merged.sources).toEqual([s2]);
    });

    it('a source added on both sides with different grades is a conflict with no base', () => {
      const s2 = { sourceId: S2, connection: 'media', materialType: 'media-report', informationDate: null, credibility: 4, note: '' };
      const r = mergeIncident(base, edit((d) => d.sources.push(s2)), edit((d) => d.sources.push({ ...s2, credibility: 5 })));
      expect(r.conflicts).toEqual([{ path: `sources.${S2}.credibility`, base: null, mine: 5, theirs: 4 }]);
    });

    it('merges evidence as a set', () => {
      const r = mergeIncident(base, edit((d) => d.evidenceIds.push(E2)), edit((d) => (d.evidenceIds = [])));
      expect(r.conflicts).toEqual([]);
      expect(r.merged.evidenceIds).toEqual([E2]);
      expect(r.fromTheirs).toEqual(['evidenceIds']);
    });

    it('merges links by target and kind; a note both changed is a conflict', () => {
      const added = mergeIncident(base, edit((d) => d.links.push({ incidentId: L1, kind: 'causes', note: '' })), edit((d) => (d.links[0]!.note = 'eight days later')));
      expect(added.conflicts).toEqual([]);
      expect(added.merged.links).toEqual([
        { incidentId: L1, kind: 'follows', note: 'eight days later' },
        { incidentId: L1, kind: 'causes', note: '' },
      ]);
      const both = mergeIncident(base, edit((d) => (d.links[0]!.note = 'six days')), edit((d) => (d.links[0]!.note = 'eight days')));
      expect(both.conflicts).toEqual([{ path: `links.${L1}:follows.note`, base: 'a week later', mine: 'eight days', theirs: 'six days' }]);
    });
  });

  describe('without a base', () => {
    it('makes every differing field a conflict, and agrees where both sides agree', () => {
      const theirs = edit((d) => {
        d.narrative = 'Theirs';
        d.acts[0]!.victims.affected = 4;
        d.evidenceIds = [E2];
      });
      const mine = edit((d) => {
        d.verificationStatus = 'verified';
        d.acts.splice(1, 1);
        d.acts.push({ violationType: 'torture', groupId: null, identityBasis: null, victims: victims(), perpetrators: [] });
      });
      const r = mergeIncident(null, theirs, mine);
      expect(r.conflicts.map((c) => c.path).sort()).toEqual(['acts.' + A1 + '.victims.affected', 'acts.' + A2, 'evidenceIds', 'narrative', 'verificationStatus'].sort());
      expect(r.conflicts.every((c) => c.base === null)).toBe(true);
      expect(r.merged.narrative).toBe(mine.narrative);
      // A new act (no id yet) is plainly mine: kept, not asked about.
      expect(r.merged.acts.map((a) => a.violationType)).toEqual(['harassment', 'torture']);
      expect(r.fromTheirs).toEqual([]);
      expect(mergeIncident(null, structuredClone(base), structuredClone(base)).conflicts).toEqual([]);
    });
  });
});
