import { describe, expect, it } from 'vitest';
import { allRecords, fixture, fixtureSample } from '../../../test/ingestFixtures.js';
import { detectUwazi, uwaziDates, uwaziDay, uwaziProfile, uwaziTable } from './uwazi.js';

describe('Uwazi profile', () => {
  it('reads the dates Uwazi writes: days, ranges start:end, several a|b', () => {
    expect(uwaziDay('2023-05-01')).toBe('2023-05-01');
    expect(uwaziDay('2023/5/1')).toBe('2023-05-01');
    expect(uwaziDay('January 15, 2023')).toBe('2023-01-15');
    expect(uwaziDay('15 Jan 2023')).toBe('2023-01-15');
    expect(uwaziDay('2023/05')).toBe('2023-05');
    expect(uwaziDates('2000/01/01:2000/12/01')).toEqual({ start: '2000-01-01', end: '2000-12-01' });
    expect(uwaziDates(':2000/12/01')).toEqual({ start: '2000-12-01', end: '' });
    expect(uwaziDates('2021-03-02|2021-01-05')).toEqual({ start: '2021-01-05', end: '2021-03-02' });
    expect(uwaziDates('next week')).toEqual({ start: 'next week', end: '' });
  });

  it('derives languages, thesaurus paths, geolocation, links, dates and keys from an import file', async () => {
    const table = await uwaziProfile.open(fixture('uwazi/violations.csv'), {});
    expect(table.columns).toEqual(expect.arrayContaining(['title', 'description', '_violation_type_child', '_targeted_group_parent', '_date_start', '_latitude', '_key']));
    const [first, second, third, fourth] = await allRecords(table);
    expect(first!.fields).toMatchObject({
      title: 'Teral teachers dismissed in Mirrow',
      description: 'Fourteen Teral teachers were dismissed by decree, with no reason given.',
      _other_languages: 'title (es): Despido de docentes teral en Mirrow\ndescription (es): Catorce docentes teral fueron despedidos por decreto.',
      _date_start: '2026-05-04',
      _date_end: '',
      _latitude: '-31.20',
      _longitude: '-20.40',
      _country_iso3: 'XVR',
      _targeted_group_child: 'Teral',
      _targeted_group_parent: 'Ethnicity',
      _perpetrator_child: 'Governor of the Eastern Lakes',
      _perpetrator_parent: 'Officials',
      _source_label: 'Lakes Herald',
      _source_url: 'https://example.org/herald/2026-05-05',
    });
    expect(first!.fields._key).toMatch(/^sha256:/);
    expect(second!.fields).toMatchObject({
      _date_start: '2026-03-01',
      _date_end: '2026-03-03',
      _violation_type_child: 'Arbitrary detention|Enforced disappearance',
      _targeted_group_child: 'Teral|Old Lake faith',
      _targeted_group_parent: 'Ethnicity|Religion',
    });
    expect(third!.fields).toMatchObject({ _date_start: '2026-03-10', _latitude: '', _other_languages: '' });
    expect(fourth!.fields._date_start).toBe('2026-04');
  });

  it('reads an export, whose columns are labels ("Violation type") and dates written out', async () => {
    const [record] = await allRecords(await uwaziProfile.open(fixture('uwazi/export.csv'), {}));
    expect(record!.fields).toMatchObject({
      _date_start: '2026-05-30',
      _violation_type_child: 'Arson|Looting',
      _targeted_group_child: 'Teral',
      _perpetrator_parent: 'Militias',
      _latitude: '-31.21',
      _country_iso3: 'XVR',
      _narrative: 'Stalls were looted and set on fire.',
    });
    // "Date added" says when the record was made, not when the event happened: no dates derived from it.
    expect(record!.fields._date_added_start).toBeUndefined();
  });

  it("uses Uwazi's shared id as the key when the file has one, and English before other languages", async () => {
    async function* one() {
      yield { row: 2, fields: { id: 'abc123', title__fr: 'Titre', title__en: 'Title', date: '2020-01-01' } };
    }
    const table = uwaziTable({ columns: ['id', 'title__fr', 'title__en', 'date'], notes: [], records: one() });
    const [record] = await allRecords(table);
    expect(record!.fields).toMatchObject({ _key: 'abc123', title: 'Title', _other_languages: 'title (fr): Titre', _date_start: '2020-01-01' });
  });

  it('gives the same hash key to the same row on every read', async () => {
    const keys = async () => (await allRecords(await uwaziProfile.open(fixture('uwazi/violations.csv'), {}))).map((r) => r.fields._key);
    expect(await keys()).toEqual(await keys());
  });

  it('detects Uwazi files, not the other formats nor a plain CSV with a title', () => {
    expect(detectUwazi(fixtureSample('uwazi/violations.csv'))).toBeGreaterThanOrEqual(0.5);
    for (const other of ['ged/ged-events.csv', 'acled/acled-shaped.csv', 'hxl/incidents-preamble.csv', 'hxl/tags-first.csv']) expect(detectUwazi(fixtureSample(other)), other).toBe(0);
    expect(detectUwazi({ fileName: 'books.csv', head: Buffer.from('title,author,year\nA,B,2001\n') })).toBe(0);
    expect(detectUwazi({ fileName: 'export.csv', head: Buffer.from('Title,Date added,Template,Geolocation\nA,2020,Case,1|2\n') })).toBeGreaterThan(0.4);
  });
});
