import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import type { Mapping, SourceRecord } from '../types.js';
import { applyMapping } from './apply.js';
import { readDate } from './dates.js';
import { loadMapping, parseMapping } from './load.js';

const base: Mapping = {
  name: 'test',
  description: 'a test mapping',
  format: 'csv',
  key: { columns: ['id'] },
  fields: { startDate: 'date', country: 'country', violationType: { column: 'type', split: ';' }, group: 'group', 'victims.killed': 'killed', latitude: 'lat', longitude: 'lon' },
  values: { violationType: { shot: { code: 'killing', why: 'the codebook says shot means killed' }, misc: { code: null, why: 'not a violation type' } } },
};
const record = (fields: Record<string, unknown>, row = 2): SourceRecord => ({ row, fields: { id: 'r1', date: '2023-05-14', country: 'XVR', type: 'assault', group: '', killed: '', lat: '', lon: '', ...fields } });
const apply = (fields: Record<string, unknown>, mapping: Mapping = base) => applyMapping(mapping, record(fields), {}, { today: '2026-11-30' });

describe('mapping files', () => {
  it('the shipped example mapping is valid', () => {
    expect(loadMapping('example-spreadsheet').name).toBe('example-spreadsheet');
  });

  it('misspelt keys, unknown targets, unknown codes and missing reasons are errors naming their path', () => {
    const err = (() => {
      try {
        parseMapping({
          ...base,
          fields: { ...base.fields, violatonType: 'type', title: { colum: 'title' } },
          values: { violationType: { shot: { code: 'kiling', why: 'typo' } } },
          extra: true,
        });
      } catch (e) {
        return e as DomainError;
      }
    })()!;
    expect(err).toBeInstanceOf(DomainError);
    const fields = err.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['fields.violatonType', 'fields.title', 'values.violationType.shot.code', '(file)']));
    expect(err.message).toMatch(/fields.violatonType: unknown target field 'violatonType'/);
    expect(err.message).toMatch(/values.violationType.shot.code: unknown violation-types code 'kiling'/);
    expect(() => parseMapping({ ...base, values: { groupBasis: { hit: { code: 'religion' } } } })).toThrow(/values.groupBasis.hit.why: /);
  });

  it('a mapping must say where the start date, violation type and country come from', () => {
    expect(() => parseMapping({ ...base, fields: {} })).toThrow(/fields.startDate: a mapping must say where the start date comes from/);
  });

  it('an unknown mapping name is not found, naming those shipped', () => {
    expect(() => loadMapping('no-such-mapping')).toThrow(/no mapping named 'no-such-mapping' in data\/mappings\/ \(.*example-spreadsheet/);
  });
});

describe('dates', () => {
  it.each([
    ['2023', '2023'],
    ['2023-05', '2023-05'],
    ['2023-05-14', '2023-05-14'],
    ['2023-05-14T22:10:00Z', '2023-05-14'],
    ['2023/5/4', '2023-05-04'],
    ['14 May 2023', '2023-05-14'],
    ['May 2023', '2023-05'],
    ['May 14, 2023', '2023-05-14'],
    ['45060', '2023-05-14'],
    [45060, '2023-05-14'],
    ['25/12/2023', '2023-12-25'],
    ['05/2023', '2023-05'],
  ])('%j reads as %s', (input, expected) => {
    expect(readDate(input)).toEqual({ date: expected });
  });

  it('31 February and other impossible dates are refused, never moved', () => {
    expect(readDate('2023-02-31')).toMatchObject({ problem: 'invalid-date' });
    expect(readDate('31/02/2023', 'day-first')).toMatchObject({ problem: 'invalid-date', message: "'31/02/2023' is not a real date" });
    expect(readDate('2023-13')).toMatchObject({ problem: 'invalid-date' });
    expect(readDate('yesterday')).toMatchObject({ problem: 'invalid-date' });
  });

  it('03/04/2023 is ambiguous without the mapping’s dateOrder, and read by it when given', () => {
    expect(readDate('03/04/2023')).toMatchObject({ problem: 'ambiguous-date' });
    expect(readDate('03/04/2023', 'day-first')).toEqual({ date: '2023-04-03' });
    expect(readDate('03/04/2023', 'month-first')).toEqual({ date: '2023-03-04' });
  });
});

describe('applyMapping', () => {
  it('maps a row to an incident: codes checked, counts on the first act, one act per type × group', () => {
    const { incident, problems } = apply({ type: 'shot;assault', group: 'Sorani', killed: '3', lat: '-12.5', lon: '30,25' });
    expect(problems).toEqual([]);
    expect(incident).toMatchObject({
      origin: { row: 2 },
      key: 'r1',
      startDate: '2023-05-14',
      place: { country: 'XVR', latitude: -12.5, longitude: 30.25 },
      acts: [
        { violationType: 'killing', group: { name: 'Sorani' }, victims: { killed: 3 } },
        { violationType: 'assault', group: { name: 'Sorani' }, victims: {} },
      ],
    });
    expect(incident!.title).toBe('killing, assault — XVR — 2023-05-14');
  });

  it('an unknown code rejects the row, names the column and is counted', () => {
    const result = apply({ type: 'bombing' });
    expect(result.incident).toBeUndefined();
    expect(result.problems).toEqual([
      { row: 2, field: 'type', target: 'violationType', code: 'unknown-code', message: "type: 'bombing' is not a code of violation-types and no value mapping names it: map it and re-run" },
    ]);
    expect(result.unknownCodes).toEqual([{ target: 'violationType', value: 'bombing' }]);
  });

  it('a value mapped to null is deliberately not imported (so a row with nothing else has no violation type)', () => {
    expect(apply({ type: 'misc' }).problems).toMatchObject([{ target: 'violationType', code: 'required' }]);
    expect(apply({ type: 'misc;assault' }).incident!.acts.map((a) => a.violationType)).toEqual(['assault']);
  });

  it('dates: 31 February is refused naming the column; a future date too; the end before the start', () => {
    expect(apply({ date: '2023-02-31' }).problems).toMatchObject([{ field: 'date', target: 'startDate', code: 'invalid-date' }]);
    expect(apply({ date: '2099-01-01' }).problems).toMatchObject([{ field: 'date', target: 'startDate', code: 'date-in-future' }]);
    const m: Mapping = { ...base, fields: { ...base.fields, endDate: 'end' } };
    expect(applyMapping(m, record({ end: '2023-05-01' }), {}).problems).toMatchObject([{ field: 'end', target: 'endDate', code: 'end-before-start' }]);
  });

  it('a date precision column cuts the dates to it', () => {
    const m: Mapping = { ...base, fields: { ...base.fields, datePrecision: 'prec' }, values: { ...base.values, datePrecision: { '1': { code: 'day', why: 'exact day' }, '3': { code: 'month', why: 'known to the month' } } } };
    expect(applyMapping(m, record({ prec: '3' }), {}).incident!.startDate).toBe('2023-05');
  });

  it('coordinates out of range are refused naming the column; one without the other too', () => {
    expect(apply({ lat: '91', lon: '10' }).problems).toMatchObject([{ field: 'lat', target: 'latitude', code: 'out-of-range' }]);
    expect(apply({ lat: '10', lon: '-181' }).problems).toMatchObject([{ field: 'lon', target: 'longitude', code: 'out-of-range' }]);
    expect(apply({ lat: '10' }).problems).toMatchObject([{ target: 'longitude', code: 'coordinates-together' }]);
    const m: Mapping = { ...base, fields: { ...base.fields, coordinates: 'gps' } };
    expect(applyMapping(m, record({ gps: '-1.5|30.1' }), {}).incident!.place).toMatchObject({ latitude: -1.5, longitude: 30.1 });
    expect(applyMapping(m, record({ gps: '-1.5 30.1 1200 5' }), {}).incident!.place).toMatchObject({ latitude: -1.5, longitude: 30.1 });
    expect(applyMapping(m, record({ gps: '100, 30' }), {}).problems).toMatchObject([{ field: 'gps', code: 'out-of-range' }]);
  });

  it('counts must be whole numbers in range', () => {
    expect(apply({ killed: '2.5' }).problems).toMatchObject([{ field: 'killed', target: 'victims.killed', code: 'not-integer' }]);
    expect(apply({ killed: '-1' }).problems).toMatchObject([{ code: 'out-of-range' }]);
    expect(apply({ killed: 'many' }).problems).toMatchObject([{ code: 'invalid-type' }]);
    expect(apply({ killed: '1,234' }).incident!.acts[0]!.victims).toEqual({ killed: 1234 });
  });

  it('countries: alpha-3, alpha-2 and English names; anything else is an unknown code', () => {
    expect(apply({ country: 'FR' }).incident!.place.country).toBe('FRA');
    expect(apply({ country: 'Kenya' }).incident!.place.country).toBe('KEN');
    expect(apply({ country: 'Atlantis' }).unknownCodes).toEqual([{ target: 'country', value: 'Atlantis' }]);
  });

  it('a row without its key is refused: it could not be found again on a re-run', () => {
    expect(apply({ id: '' }).problems).toMatchObject([{ target: 'key', field: 'id', code: 'required' }]);
  });

  it('a hash key is the same for the same row whatever the column order or spaces', () => {
    const m: Mapping = { ...base, key: { hash: 'record' } };
    const a = applyMapping(m, { row: 2, fields: { id: 'x', date: '2023', country: 'XVR', type: 'assault' } }, {}).incident!.key;
    const b = applyMapping(m, { row: 9, fields: { type: 'assault ', country: 'XVR', date: '2023', id: 'x' } }, {}).incident!.key;
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a record the reader could not read keeps the reader's problems", () => {
    const problems = [{ row: 5, code: 'malformed-row', message: 'line 5 has 2 fields' }];
    expect(applyMapping(base, { row: 5, fields: {}, problems }, {})).toEqual({ problems, unknownCodes: [] });
  });

  it('templates, several columns, defaults and the source', () => {
    const m: Mapping = {
      ...base,
      fields: { ...base.fields, title: { template: '{type} in {town}' }, placeName: { column: ['town', 'village'] }, narrative: { column: ['n1', 'n2'], join: '\n\n' } },
      defaults: { confidentiality: 'public', country: 'XVR' },
      source: { name: 'UCDP', kind: 'research', credibility: 2 },
    };
    const { incident } = applyMapping(m, record({ town: '', village: 'Aldmoor', n1: 'one', n2: 'two', country: '' }), {});
    expect(incident).toMatchObject({
      title: 'assault in',
      place: { name: 'Aldmoor', country: 'XVR' },
      narrative: 'one\n\ntwo',
      confidentiality: 'public',
      sources: [{ source: { name: 'UCDP', kind: 'research' }, connection: 'third-party', materialType: 'other', credibility: 2 }],
    });
  });

  it('text that cannot be stored is refused', () => {
    const m: Mapping = { ...base, fields: { ...base.fields, narrative: 'n' } };
    expect(applyMapping(m, record({ n: 'a\u0000b' }), {}).problems).toMatchObject([{ field: 'n', code: 'invalid-character' }]);
  });
});
