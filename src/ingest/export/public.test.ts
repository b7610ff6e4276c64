import { describe, expect, it } from 'vitest';
import type { ExchangeIncident } from './exchange.js';
import { isSensitive, publicOptionsFrom, roundCoordinate, toPublic } from './public.js';

const incident = (over: Partial<ExchangeIncident> = {}): ExchangeIncident => ({
  id: '00000000-0000-4000-8000-000000000001',
  version: 3,
  title: 'T',
  narrative: 'N',
  startDate: '2023-05-14',
  endDate: null,
  dateEstimated: false,
  reportDate: null,
  country: 'XVR',
  admin1: 'North',
  place: { id: 'p', name: 'Well', country: 'XVR', admin1: 'North', admin2: null, latitude: 3.456789, longitude: -31.234567, precision: 'exact' },
  pyramidLevel: 4,
  pyramidLevelOverride: null,
  verificationStatus: 'verified',
  confidentiality: 'public',
  monitoringStatus: 'open',
  teams: ['east'],
  withhold: { place: null, date: null, reporter: null },
  withheld: [],
  victims: { killed: 0, injured: 1, detained: 0, disappeared: 0, displaced: 0, affected: 0 },
  violationTypes: ['arson'],
  acts: [],
  sources: [{ source: { id: 's', name: 'Witness', kind: 'individual', reliability: 'B', url: null }, connection: 'eyewitness', materialType: 'testimony', informationDate: null, credibility: 2, note: 'n' }],
  evidenceIds: ['e'],
  links: [],
  createdAt: 'c',
  updatedAt: 'u',
  createdBy: 'someone',
  updatedBy: 'someone else',
  deletedAt: null,
  ...over,
});

describe('public mode', () => {
  it('drops sources, evidence, teams, withholding levels and authors', () => {
    const out = toPublic(incident(), { coordinateDecimals: 2 });
    expect(out.sources).toEqual([]);
    expect(out.evidenceIds).toEqual([]);
    for (const key of ['teams', 'withhold', 'createdBy', 'updatedBy']) expect(out).not.toHaveProperty(key);
    expect(out.place).toMatchObject({ latitude: 3.456789, precision: 'exact' }); // not sensitive: kept
  });

  it('rounds the coordinates of a sensitive incident and says the place is near, not exact', () => {
    for (const over of [{ confidentiality: 'internal' }, { withhold: { place: 'public', date: null, reporter: null } }]) {
      expect(isSensitive(incident(over))).toBe(true);
      expect(toPublic(incident(over), { coordinateDecimals: 2 }).place).toMatchObject({ latitude: 3.46, longitude: -31.23, precision: 'near' });
      expect(toPublic(incident(over), { coordinateDecimals: 0 }).place).toMatchObject({ latitude: 3, longitude: -31 });
    }
  });

  it('rounds half away from zero and never writes -0', () => {
    expect(roundCoordinate(0.125, 2)).toBe(0.13); // 0.125 is exact in binary: a true half
    expect(roundCoordinate(-0.125, 2)).toBe(-0.13);
    expect(roundCoordinate(-0.001, 2)).toBe(0);
    expect(Object.is(roundCoordinate(-0.001, 2), -0)).toBe(false);
    expect(roundCoordinate(-12.345678, 4)).toBe(-12.3457);
  });

  it('reads PRECURSOR_PUBLIC_COORDINATE_DECIMALS, refusing what is not 0–6', () => {
    expect(publicOptionsFrom({})).toEqual({ coordinateDecimals: 2 });
    expect(publicOptionsFrom({ PRECURSOR_PUBLIC_COORDINATE_DECIMALS: '1' })).toEqual({ coordinateDecimals: 1 });
    for (const bad of ['7', '-1', '1.5', 'two']) expect(() => publicOptionsFrom({ PRECURSOR_PUBLIC_COORDINATE_DECIMALS: bad })).toThrow(/PRECURSOR_PUBLIC_COORDINATE_DECIMALS/);
  });
});
