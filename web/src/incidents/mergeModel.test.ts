import { describe, expect, it } from 'vitest';
import type { IncidentBody } from './formModel';
import { allDecided, pathTarget, resolveMerge, type MergeProposal } from './mergeModel';

const victims = { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 4, affected: 0 };
const merged: IncidentBody = {
  title: 'Mine',
  narrative: 'Theirs, merged in',
  startDate: '2024-03-02',
  endDate: null,
  dateEstimated: false,
  reportDate: null,
  country: 'XVR',
  admin1: null,
  placeId: null,
  acts: [{ id: 'a1', violationType: 'arson', groupId: null, identityBasis: null, victims, perpetrators: [] }],
  pyramidLevelOverride: null,
  verificationStatus: 'verified',
  confidentiality: 'internal',
  monitoringStatus: 'open',
  sources: [{ sourceId: 's1', connection: 'eyewitness', materialType: 'testimony', informationDate: null, credibility: 1, note: '' }],
  evidenceIds: [],
  links: [{ incidentId: 'i1', kind: 'follows', note: 'mine' }],
};
const removedAct = { id: 'a2', violationType: 'killing', groupId: null, identityBasis: null, victims: { ...victims, killed: 2 }, perpetrators: [] };

const proposal: MergeProposal = {
  baseVersion: 1,
  theirsVersion: 2,
  baseFound: true,
  merged,
  conflicts: [
    { path: 'title', base: 'Base', mine: 'Mine', theirs: 'Theirs' },
    { path: 'acts.a1.victims.displaced', base: 1, mine: 4, theirs: 9 },
    { path: 'acts.a2', base: removedAct, mine: null, theirs: removedAct },
    { path: 'sources.s1.credibility', base: 3, mine: 1, theirs: 2 },
    { path: 'links.i1:follows.note', base: '', mine: 'mine', theirs: 'theirs' },
  ],
};

describe('resolving a merge', () => {
  it('keeps the merged document where I keep mine', () => {
    const all = Object.fromEntries(proposal.conflicts.map((c) => [c.path, 'mine' as const]));
    expect(resolveMerge(proposal, all)).toEqual(merged);
  });

  it("puts theirs at each path I chose theirs, and leaves the other person's merged changes alone", () => {
    const all = Object.fromEntries(proposal.conflicts.map((c) => [c.path, 'theirs' as const]));
    const doc = resolveMerge(proposal, all);
    expect(doc.title).toBe('Theirs');
    expect(doc.narrative).toBe('Theirs, merged in');
    expect(doc.acts[0]!.victims.displaced).toBe(9);
    expect(doc.acts.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(doc.sources[0]!.credibility).toBe(2);
    expect(doc.links[0]!.note).toBe('theirs');
    // The proposal itself is untouched: a second resolution starts from the same merge.
    expect(proposal.merged.title).toBe('Mine');
  });

  it('removes an act when the side I choose removed it', () => {
    const withAct: MergeProposal = { ...proposal, merged: { ...merged, acts: [...merged.acts, removedAct] }, conflicts: [{ path: 'acts.a2', base: removedAct, mine: removedAct, theirs: null }] };
    expect(resolveMerge(withAct, { 'acts.a2': 'theirs' }).acts.map((a) => a.id)).toEqual(['a1']);
  });

  it('is decided only when every conflict has a choice', () => {
    expect(allDecided(proposal.conflicts, { title: 'mine' })).toBe(false);
    expect(allDecided(proposal.conflicts, Object.fromEntries(proposal.conflicts.map((c) => [c.path, 'mine' as const])))).toBe(true);
  });

  it('says where a path points, counting acts from 1', () => {
    expect(pathTarget('title', merged)).toEqual({ kind: 'field', field: 'title' });
    expect(pathTarget('acts.a1.victims.displaced', merged)).toEqual({ kind: 'act', actId: 'a1', n: 1, field: 'victims.displaced' });
    expect(pathTarget('acts.a2', merged)).toEqual({ kind: 'act', actId: 'a2', n: null, field: null });
    expect(pathTarget('sources.s1.credibility', merged)).toEqual({ kind: 'source', sourceId: 's1', field: 'credibility' });
    expect(pathTarget('links.i1:part-of.note', merged)).toEqual({ kind: 'link', incidentId: 'i1', linkKind: 'part-of', field: 'note' });
  });
});
