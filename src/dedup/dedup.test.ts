import { describe, expect, it } from 'vitest';
import { candidatePairs } from './block.js';
import { dayRange, type DedupRecord } from './record.js';
import { findDuplicates } from './scan.js';
import { features, likelyDuplicate, prepare, scoreFeatures } from './score.js';
import { documentFrequencies, TextIndex, tokens, weightedJaccard } from './text.js';

const base: DedupRecord = {
  id: 'a',
  start: '2024-03-14',
  startPrecision: 'day',
  end: null,
  endPrecision: null,
  country: 'XVR',
  admin1: 'Eastern Lakes',
  latitude: 1.5,
  longitude: 30.2,
  groupIds: ['teral'],
  violationTypes: ['killing'],
  level: 5,
  victims: 12,
  killed: 12,
  text: 'Gunmen attacked Morvel village at night; twelve Teral villagers killed, among them Ashkel Varen',
  sourceIds: ['s1'],
};
const rec = (over: Partial<DedupRecord>): DedupRecord => ({ ...base, ...over });

describe('text similarity', () => {
  it('keeps words of three letters or more, lower-cased, once, without stop words, in any script', () => {
    expect(tokens('The Teral, the TERAL and قرية مورفل at 12:30')).toEqual(['teral', 'قرية', 'مورفل']);
  });
  it('weighs rare shared words above common ones', () => {
    const docs = [['killed', 'morvel'], ['killed', 'village'], ['killed', 'river'], ['killed', 'road']];
    const freq = documentFrequencies(docs);
    expect(weightedJaccard(['killed', 'morvel'], ['morvel', 'river'], freq)).toBeGreaterThan(weightedJaccard(['killed', 'morvel'], ['killed', 'river'], freq));
    expect(weightedJaccard([], ['x'])).toBe(0);
  });
});

describe('the scan\'s text index', () => {
  it('gives what weightedJaccard gives with the same documents\' frequencies', () => {
    const docs = ['Gunmen attacked Morvel village', 'Morvel raid: twelve Teral killed', 'Teachers detained in Dunsel', 'Twelve killed in Morvel night raid', ''].map(tokens);
    const index = new TextIndex(docs);
    const freq = documentFrequencies(docs);
    for (let i = 0; i < docs.length; i++) for (let j = 0; j < docs.length; j++) expect(index.similarity(i, j)).toBeCloseTo(weightedJaccard(docs[i]!, docs[j]!, freq), 12);
  });
});

describe('date ranges', () => {
  it('covers the whole period a date names, to the end date when there is one', () => {
    const [m0, m1] = dayRange({ start: '2024-02-01', startPrecision: 'month', end: null, endPrecision: null });
    expect(m1 - m0).toBe(28); // February 2024 has 29 days
    const [y0, y1] = dayRange({ start: '2024-01-01', startPrecision: 'day', end: '2024-03-01', endPrecision: 'month' });
    expect(y1 - y0).toBe(90);
  });
});

describe('scoring a pair', () => {
  it('scores a second report of the same event (a day off, 3 km away, other words) as a likely duplicate', () => {
    const other = rec({ id: 'b', start: '2024-03-15', latitude: 1.52, longitude: 30.21, victims: 11, text: 'Twelve people from Morvel killed in a night raid, witness names Ashkel Varen', violationTypes: ['killing'] });
    const f = features(prepare(base), prepare(other));
    expect(f.sameDay).toBe(0);
    expect(f.place).toBeGreaterThan(0.8);
    expect(scoreFeatures(f)).toBeGreaterThanOrEqual(likelyDuplicate);
  });
  it('does not take another event of the same campaign for a duplicate (ten days later, another village, other words)', () => {
    const other = rec({ id: 'b', start: '2024-03-24', latitude: 1.8, longitude: 30.5, victims: 3, violationTypes: ['arbitrary-detention'], level: 4, text: 'Soldiers detained three teachers at the Dunsel checkpoint' });
    expect(scoreFeatures(features(prepare(base), prepare(other)))).toBeLessThan(likelyDuplicate);
  });
  it('counts two records known only to the same year as weak evidence, not as a match of dates', () => {
    const y = (id: string) => prepare(rec({ id, start: '2024-01-01', startPrecision: 'year' }));
    expect(features(y('a'), y('b')).date).toBeLessThan(0.05);
    expect(features(prepare(base), prepare(rec({ id: 'b' }))).date).toBe(1);
  });
  it('compares places by region when one has no coordinates', () => {
    const f = features(prepare(base), prepare(rec({ id: 'b', latitude: null, longitude: null })));
    expect(f.place).toBe(0.4);
    expect(features(prepare(base), prepare(rec({ id: 'b', latitude: null, longitude: null, admin1: 'Western Hills' }))).place).toBe(0);
  });
});

describe('blocking', () => {
  it('compares records of one country within the tolerance, sharing a group or naming none, each pair once', () => {
    const records = [
      rec({ id: '1' }),
      rec({ id: '2', start: '2024-03-20' }),
      rec({ id: '3', start: '2024-04-30' }), // too late
      rec({ id: '4', country: 'ABC' }), // another country
      rec({ id: '5', groupIds: ['other'] }), // another group
      rec({ id: '6', groupIds: [] }), // names none: compared
      rec({ id: '7', admin1: 'Western Hills' }), // another region
      rec({ id: '8', admin1: null }), // no region: compared with every region
    ].map((r, i) => prepare(r, i));
    const pairs = [...candidatePairs(records)].map(([a, b]) => [a.id, b.id].sort().join('-')).sort();
    expect(pairs).toEqual(['1-2', '1-6', '1-8', '2-6', '2-8', '5-6', '6-8', '7-8']);
  });
  it('caps how many records one record is compared with, and says how many hit the cap', () => {
    const records = Array.from({ length: 50 }, (_, i) => prepare(rec({ id: `r${i}` })));
    const stats = { records: 0, compared: 0, capped: 0 };
    const pairs = [...candidatePairs(records, { toleranceDays: 7, maxComparisons: 10 }, stats)];
    expect(stats.records).toBe(50);
    expect(stats.capped).toBe(40);
    expect(pairs.length).toBe(45 + 40 * 10); // 0+1+…+9 for the first ten, then 10 each
  });
});

describe('findDuplicates', () => {
  it('proposes the same pairs whether or not it skips texts that could not lift a pair to the threshold', () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      rec({ id: `r${String(i).padStart(2, '0')}`, start: `2024-03-${String(1 + (i % 20)).padStart(2, '0')}`, latitude: 1.5 + (i % 7) * 0.05, victims: i % 9, text: i % 3 ? base.text : `Other words ${i} about a market` }),
    );
    const all = findDuplicates(records, { threshold: 0 }).pairs.filter((p) => p.score >= 0.5);
    const pruned = findDuplicates(records).pairs;
    expect(pruned.map((p) => `${p.a}-${p.b}:${p.score.toFixed(9)}`)).toEqual(all.map((p) => `${p.a}-${p.b}:${p.score.toFixed(9)}`));
    expect(pruned.length).toBeGreaterThan(0);
  });

  it('proposes the duplicate pair, best first, with the smaller id first, and not the other events', () => {
    const records = [
      rec({ id: 'b2' }),
      rec({ id: 'a1', start: '2024-03-15', latitude: 1.51, text: 'Morvel night raid: twelve Teral killed, Ashkel Varen among the dead' }),
      rec({ id: 'c3', start: '2024-03-18', latitude: 2.4, longitude: 31.0, victims: 2, violationTypes: ['arson'], level: 4, text: 'Houses burned in Kelnor by militia' }),
    ];
    const { pairs, stats } = findDuplicates(records);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['a1', 'b2']]);
    expect(stats.scored).toBe(3);
  });
});
