import { describe, expect, it } from 'vitest';
import { allRecords, fixture, fixtureSample } from '../../../test/ingestFixtures.js';
import { deriveGedColumns, detectGed, gedDates, gedProfile } from './ged.js';
import { countryNameToIso3, gleditschWardToIso3 } from './gleditschWard.js';

describe('UCDP GED profile', () => {
  it('writes dates at date_prec precision (codebook 25.1)', () => {
    expect(gedDates('2021-03-04 00:00:00.000', '2021-03-04 00:00:00.000', '1')).toEqual({ start: '2021-03-04', end: '', estimated: false });
    expect(gedDates('2022-08-02', '2022-08-05', '2')).toEqual({ start: '2022-08-02', end: '2022-08-05', estimated: true });
    expect(gedDates('2022-08-01', '2022-08-07', '3')).toEqual({ start: '2022-08-01', end: '2022-08-07', estimated: true });
    expect(gedDates('2021-03-01', '2021-03-31', '4')).toEqual({ start: '2021-03', end: '', estimated: false });
    expect(gedDates('2021-03-20', '2021-04-10', '4')).toEqual({ start: '2021-03', end: '2021-04', estimated: false });
    expect(gedDates('2019-01-01', '2019-12-31', '5')).toEqual({ start: '2019', end: '', estimated: false });
    expect(gedDates('2018-06-01', '2019-02-01', '5')).toEqual({ start: '2018', end: '2019', estimated: false });
    // Not a date: passed on as written, for the mapping to reject naming the column.
    expect(gedDates('31/02/2020', '', '1')).toEqual({ start: '31/02/2020', end: '', estimated: false });
  });

  it('turns Gleditsch–Ward numbers into ISO alpha-3, and GED country names when the number is unknown', () => {
    expect(gleditschWardToIso3('775')).toBe('MMR');
    expect(gleditschWardToIso3('490')).toBe('COD');
    expect(gleditschWardToIso3('678')).toBe('YEM');
    expect(gleditschWardToIso3('345')).toBe('SRB');
    expect(gleditschWardToIso3('365')).toBe('RUS');
    expect(gleditschWardToIso3('816')).toBe('VNM');
    expect(gleditschWardToIso3('315')).toBeUndefined(); // Czechoslovakia: no successor code
    expect(countryNameToIso3('Myanmar (Burma)')).toBe('MMR');
    expect(countryNameToIso3('DR Congo (Zaire)')).toBe('COD');
    expect(countryNameToIso3('Cambodia (Kampuchea)')).toBe('KHM');
    expect(countryNameToIso3('Atlantis')).toBeUndefined();
  });

  it('derives the type of violence, sides and country of each event', async () => {
    const records = await allRecords(await gedProfile.open(fixture('ged/ged-events.csv'), {}));
    expect(records.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    const derived = records.map((r) => ({
      id: r.fields.id,
      violence: r.fields._violence,
      country: r.fields._country_iso3,
      start: r.fields._start_date,
      end: r.fields._end_date,
      estimated: r.fields._date_estimated,
      sideA: r.fields._side_a_kind,
      perpetrator2: r.fields._side_b_perpetrator,
      sideB: r.fields._side_b_kind,
    }));
    expect(derived).toEqual([
      { id: '900001', violence: '3', country: 'MMR', start: '2021-03-04', end: '', estimated: 'false', sideA: 'government', perpetrator2: '', sideB: 'civilians' },
      { id: '900002', violence: '1+civilians', country: 'MLI', start: '2021-03', end: '', estimated: 'false', sideA: 'government', perpetrator2: 'Tamala Liberation Front (fictional)', sideB: 'organised-actor' },
      { id: '900003', violence: '2', country: 'COD', start: '2020-06-10', end: '', estimated: 'false', sideA: 'organised-actor', perpetrator2: 'Lake Front (fictional)', sideB: 'organised-actor' },
      { id: '900004', violence: '3', country: 'COD', start: '2019', end: '', estimated: 'false', sideA: 'organised-actor', perpetrator2: '', sideB: 'civilians' },
      { id: '900005', violence: '1+civilians', country: 'YEM', start: '2022-08-02', end: '2022-08-05', estimated: 'true', sideA: 'government', perpetrator2: 'Hill Brigades (fictional)', sideB: 'organised-actor' },
    ]);
  });

  it('leaves the country empty when neither the number nor the name is known (the mapping then rejects the row)', () => {
    expect(deriveGedColumns({ country_id: '999', country: 'Atlantis', date_start: '2020-01-01', date_prec: '1', type_of_violence: '3' })._country_iso3).toBe('');
  });

  it('detects GED files and nothing else', () => {
    expect(detectGed(fixtureSample('ged/ged-events.csv'))).toBeGreaterThan(0.9);
    expect(detectGed(fixtureSample('ged/ged-events.csv', false))).toBeGreaterThan(0.9);
    for (const other of ['acled/acled-shaped.csv', 'uwazi/violations.csv', 'hxl/incidents-preamble.csv', 'hxl/tags-first.csv']) expect(detectGed(fixtureSample(other)), other).toBe(0);
    expect(detectGed({ fileName: 'x.csv', head: Buffer.from('id,name,date\n1,a,2020\n') })).toBe(0);
  });
});
