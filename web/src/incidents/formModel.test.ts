import { describe, expect, it } from 'vitest';
import type { Incident } from '../api/types';
import { changePrecision, dateText, derivedLevel, emptyAct, emptyForm, errorsByField, fromIncident, inputIdFor, toBody } from './formModel';

const stored: Incident = {
  id: '00000000-0000-4000-8000-000000000001',
  version: 3,
  title: 'Teral teachers dismissed',
  narrative: 'Fourteen teachers.',
  startDate: '2026-05-01',
  startPrecision: 'month',
  endDate: null,
  endPrecision: null,
  dateEstimated: false,
  reportDate: '2026-06-02',
  country: 'XVR',
  admin1: 'Eastern Lakes',
  placeId: null,
  place: null,
  pyramidLevel: 3,
  derivedPyramidLevel: 3,
  pyramidLevelOverride: null,
  verificationStatus: 'verified',
  confidentiality: 'public',
  teams: [],
  withhold: { place: null, date: null, reporter: null },
  withheld: [],
  monitoringStatus: 'open',
  victims: { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 14 },
  violationTypes: ['discrimination-employment'],
  targetedGroupIds: ['g1'],
  identityBases: ['ethnicity'],
  perpetratorIds: ['a1'],
  acts: [
    {
      id: 'x',
      violationType: 'discrimination-employment',
      pyramidLevel: 3,
      groupId: 'g1',
      identityBasis: 'ethnicity',
      victims: { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 14 },
      perpetrators: [{ actorId: 'a1', involvement: 'policy-or-legislation' }],
    },
  ],
  sources: [{ sourceId: 's1', connection: 'participant', materialType: 'testimony', informationDate: null, credibility: 2, note: '' }],
  evidenceIds: ['e1'],
  links: [
    { incidentId: 'i2', kind: 'follows', note: '', direction: 'outgoing' },
    { incidentId: 'i3', kind: 'causes', note: '', direction: 'incoming' },
  ],
  createdAt: '',
  createdBy: 'local',
  updatedAt: '',
  updatedBy: 'local',
  deletedAt: null,
};

describe('incident form model', () => {
  it('round-trips a stored incident to the API body without loss', () => {
    const body = toBody(fromIncident(stored), stored.placeId);
    expect(body.startDate).toBe('2026-05');
    // The act keeps its id through edit and save: the server updates it in place.
    expect(body.acts).toEqual([{ id: 'x', violationType: 'discrimination-employment', groupId: 'g1', identityBasis: 'ethnicity', victims: stored.acts[0]!.victims, perpetrators: [{ actorId: 'a1', involvement: 'policy-or-legislation' }] }]);
    expect(body.sources[0]).toEqual({ ...stored.sources[0], informationDate: null });
    // Incoming links belong to the other incident and are not sent back.
    expect(body.links).toEqual([{ incidentId: 'i2', kind: 'follows', note: '' }]);
    expect(body.evidenceIds).toEqual(['e1']);
  });

  it('writes dates at their precision and keeps what it can when the precision changes', () => {
    expect(dateText('2024-05-14', 'day')).toBe('2024-05-14');
    expect(dateText('2024-05-01', 'month')).toBe('2024-05');
    expect(dateText('2024-01-01', 'year')).toBe('2024');
    expect(changePrecision({ precision: 'day', value: '2024-05-14' }, 'month')).toEqual({ precision: 'month', value: '2024-05' });
    expect(changePrecision({ precision: 'month', value: '2024-05' }, 'year')).toEqual({ precision: 'year', value: '2024' });
    expect(changePrecision({ precision: 'year', value: '2024' }, 'day')).toEqual({ precision: 'day', value: '' });
  });

  it('derives the level live as the server does: the highest of the acts', () => {
    const levels: Record<string, number> = { 'hate-speech': 2, killing: 4 };
    expect(derivedLevel([{ violationType: 'hate-speech' }, { violationType: 'killing' }], (c) => levels[c])).toBe(4);
    expect(derivedLevel([{ violationType: '' }], (c) => levels[c])).toBeNull();
  });

  it('sends empty counts as zero and an unchecked override as none', () => {
    const body = toBody(emptyForm('XVR'), null);
    expect(body.acts[0]!.victims).toEqual({ killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 });
    expect(body.pyramidLevelOverride).toBeNull();
    expect(body.country).toBe('XVR');
  });

  it('puts each problem+json error under its field', () => {
    const errors = errorsByField([
      { field: 'title', code: 'required', message: 'a title is required' },
      { field: 'acts.0.violationType', code: 'unknown-code', message: 'unknown code' },
      { field: 'acts.0.violationType', code: 'invalid', message: 'second' },
    ]);
    expect(errors.get('acts.0.violationType')?.map((e) => e.code)).toEqual(['unknown-code', 'invalid']);
    expect(inputIdFor('acts.0.violationType')).toBe('f-acts-0-violationType');
    expect(inputIdFor('startDate')).toBe('f-start');
  });

  it('carries each act id through an edit; a new act has none', () => {
    const state = fromIncident(stored);
    const edited = { ...state, acts: [{ ...state.acts[0]!, victims: { ...state.acts[0]!.victims, affected: '15' } }, emptyAct()] };
    const body = toBody(edited, null);
    expect(body.acts[0]).toMatchObject({ id: 'x', victims: { affected: 15 } });
    expect('id' in body.acts[1]!).toBe(false);
  });
});
