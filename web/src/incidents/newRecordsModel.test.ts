import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../i18n/en';
import { translate, type Vars } from '../i18n/i18n';
import { fieldLabel } from '../i18n/problems';
import { emptyForm, toBody } from './formModel';
import { newKeyOf, noNewRecords, remapNewRecordErrors, withNewRecords } from './newRecordsModel';

const form = () => {
  const s = emptyForm('XVR');
  return { ...s, newRecords: noNewRecords() };
};

describe('records created from the incident form', () => {
  it('sends only the drafts an act or a source still names, with the incident’s country', () => {
    const s = form();
    s.newRecords.groups = [
      { key: 'k1', name: 'Reed people', code: 'religion' },
      { key: 'k2', name: 'Abandoned draft', code: 'ethnicity' },
    ];
    s.newRecords.actors = [{ key: 'k3', name: 'Reed militia', code: 'militia' }];
    s.newRecords.sources = [{ key: 'k4', name: 'Reed watch', code: 'B' }];
    s.acts = [{ ...s.acts[0]!, violationType: 'arson', groupId: 'new:k1', perpetrators: [{ actorId: 'new:k3', involvement: 'carried-out' }] }];
    s.sources = [{ sourceId: 'new:k4', connection: 'eyewitness', materialType: 'testimony', informationDate: '', credibility: '2', note: '' }];
    const { body, sent } = withNewRecords(toBody(s, null), s);
    expect(body.newRecords).toEqual({
      groups: [{ key: 'k1', name: 'Reed people', basis: 'religion', country: 'XVR' }],
      actors: [{ key: 'k3', name: 'Reed militia', kind: 'militia', country: 'XVR' }],
      sources: [{ key: 'k4', name: 'Reed watch', reliability: 'B' }],
    });
    expect(sent).toEqual({ groups: ['k1'], actors: ['k3'], sources: ['k4'] });
    expect(body.acts[0]!.groupId).toBe('new:k1');
  });

  it('sends a new place inside the incident, not before it', () => {
    const s = { ...form(), placeMode: 'new' as const, admin1: ' Eastern Lakes ', newPlace: { name: 'Reedwater', latitude: '-26.95', longitude: '' } };
    const { body } = withNewRecords(toBody(s, null), s);
    expect(body.placeId).toBe('new:place');
    expect(body.newRecords?.places).toEqual([{ key: 'place', name: 'Reedwater', country: 'XVR', admin1: 'Eastern Lakes', latitude: -26.95, longitude: null, locationPrecision: 'exact' }]);
    expect(withNewRecords(toBody(form(), null), form()).body).not.toHaveProperty('newRecords');
  });

  it('puts the API’s errors on new records back under the inputs that hold them', () => {
    const errors = remapNewRecordErrors(
      [
        { field: 'newRecords.groups.1.name', code: 'required', message: 'a name is required' },
        { field: 'newRecords.actors.0.kind', code: 'invalid', message: "unknown actor-kinds code ''" },
        { field: 'newRecords.places.0.name', code: 'invalid', message: 'a name is required' },
        { field: 'newRecords.places.0.latitude', code: 'invalid', message: 'latitude and longitude go together' },
        { field: 'newRecords.places.0.country', code: 'invalid', message: 'bad' },
        { field: 'acts.0.violationType', code: 'invalid', message: 'unknown' },
        { field: 'newRecords.sources.5.name', code: 'invalid', message: 'not sent by this form' },
      ],
      { groups: ['k1', 'k9'], actors: ['k3'], sources: [] },
    );
    expect(errors.map((e) => e.field)).toEqual([
      'newRecords.groups.k9.name',
      'newRecords.actors.k3.code',
      'newPlace.name',
      'newPlace.latitude',
      'country',
      'acts.0.violationType',
      'newRecords.sources.5.name',
    ]);
    // Their labels, for the form's summary of what to fix.
    const en = (key: MessageKey, vars?: Vars) => translate('en', key, vars);
    expect(fieldLabel(en, 'newRecords.groups.k9.name')).toBe('New group — Name');
    expect(fieldLabel(en, 'newRecords.actors.k3.code')).toBe('New perpetrator — Kind of perpetrator');
    expect(fieldLabel((key, vars) => translate('ar', key, vars), 'newRecords.sources.k4.code')).toBe('مصدر جديد — الموثوقية');
    expect(newKeyOf('new:k9')).toBe('k9');
    expect(newKeyOf('00000000-0000-4000-8000-000000000001')).toBeUndefined();
  });
});
