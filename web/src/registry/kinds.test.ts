import { describe, expect, it } from 'vitest';
import type { Group, Source } from '../api/types';
import { emptyDraft, fromRecord, listQuery, mergeDrafts, toRecordBody } from './kinds';

const meta = { id: '00000000-0000-4000-8000-000000000001', version: 2, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z', deletedAt: null };

describe('registry record forms', () => {
  it('round-trips a group: aliases one a line, size as a number, empty country as null', () => {
    const group: Group = { ...meta, name: 'Teral', basis: 'ethnicity', aliases: ['Terali', 'Ter'], country: null, description: '', countingUnit: 'community', sizeEstimate: 120000 };
    const draft = fromRecord('groups', group);
    expect(draft.aliases).toBe('Terali\nTer');
    expect(toRecordBody('groups', draft)).toEqual({ name: 'Teral', basis: 'ethnicity', aliases: ['Terali', 'Ter'], country: null, countingUnit: 'community', sizeEstimate: 120000, description: '' });
  });

  it('splits aliases typed with commas, and sends a size that is not a number as typed, for the API to name', () => {
    const body = toRecordBody('groups', { ...emptyDraft('groups'), name: 'Osk', basis: 'religion', aliases: 'Osk faithful,  Oskans\n', sizeEstimate: 'many' });
    expect(body.aliases).toEqual(['Osk faithful', 'Oskans']);
    expect(body.sizeEstimate).toBe('many');
    expect(toRecordBody('groups', { ...emptyDraft('groups'), sizeEstimate: ' ' }).sizeEstimate).toBeNull();
  });

  it('sends a source without a kind as "other" and an empty URL as null', () => {
    const source: Source = { ...meta, name: 'Lake Watch', kind: '', reliability: 'B', url: null, description: 'x' };
    expect(toRecordBody('sources', fromRecord('sources', source))).toEqual({ name: 'Lake Watch', kind: 'other', reliability: 'B', url: null, description: 'x' });
  });

  it('merges a stale edit three ways: one side’s changes without asking, both sides’ as conflicts', () => {
    const base = { ...emptyDraft('actors'), name: 'Lake Guard', kind: 'militia', country: 'XVR', description: '' };
    const mine = { ...base, description: 'Seen at the market', kind: 'armed-group' };
    const theirs = { ...base, name: 'Lake Guard militia', kind: 'state-force', description: '' };
    const { merged, conflicts } = mergeDrafts('actors', base, mine, theirs);
    expect(merged).toEqual({ ...base, name: 'Lake Guard militia', description: 'Seen at the market', kind: 'armed-group' });
    expect(conflicts).toEqual(['kind']);
    // The same change on both sides is no conflict.
    expect(mergeDrafts('actors', base, { ...base, kind: 'state-force' }, theirs).conflicts).toEqual([]);
  });

  it('turns a page URL into the API list query of its kind', () => {
    expect(listQuery('groups', new URLSearchParams('q=%20ter%20&basis=ethnicity&deleted=1'))).toBe('/api/groups?limit=100&q=ter&kind=ethnicity&includeDeleted=true');
    expect(listQuery('sources', new URLSearchParams('reliability=A'), 'c1')).toBe('/api/sources?limit=100&reliability=A&cursor=c1');
    expect(listQuery('actors', new URLSearchParams('basis=religion'))).toBe('/api/actors?limit=100');
  });
});
