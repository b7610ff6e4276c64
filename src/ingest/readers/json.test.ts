import { afterAll, describe, expect, it } from 'vitest';
import { readGeoJson, readJsonArray, readNdjson } from './json.js';
import { allRecords, scratchDir } from './testFiles.js';

const scratch = scratchDir();
afterAll(scratch.cleanup);

describe('JSON readers', () => {
  it('a JSON array: nested keys become group paths, arrays stay whole, each element numbered', async () => {
    const f = scratch.file('a.json', JSON.stringify([{ id: 1, place: { country: 'XVR', town: { name: 'A' } }, types: ['x', 'y'] }, { id: 2, extra: true }]));
    const table = await readJsonArray(f);
    expect(table.columns).toEqual(['id', 'place/country', 'place/town/name', 'types', 'extra']);
    expect(await allRecords(table)).toEqual([
      { row: 1, fields: { id: 1, 'place/country': 'XVR', 'place/town/name': 'A', types: ['x', 'y'] } },
      { row: 2, fields: { id: 2, extra: true } },
    ]);
  });

  it('an element that is not an object, and JSON that breaks off, are reported; what came before is read', async () => {
    const f = scratch.file('b.json', '[{"id":1}, 7, {"id":3}, {"id":');
    const records = await allRecords(await readJsonArray(f));
    expect(records.map((r) => [r.row, r.problems?.[0]?.message ?? 'ok'])).toEqual([
      [1, 'ok'],
      [2, 'the array element 2 is a number, not an object'],
      [3, 'ok'],
      [4, expect.stringMatching(/^the JSON cannot be read from element 4 on/)],
    ]);
  });

  it('an empty array says so', async () => {
    const table = await readJsonArray(scratch.file('c.json', '[]'));
    expect(table.notes).toEqual(['the file holds no records (an empty array)']);
    expect(await allRecords(table)).toEqual([]);
  });

  it('NDJSON: one object per line, numbered by line; a bad line is reported alone', async () => {
    const f = scratch.file('d.ndjson', '{"id":1}\r\n\n{bad\n[1]\n{"id":5}');
    expect((await allRecords(await readNdjson(f))).map((r) => [r.row, r.fields.id ?? r.problems![0]!.message])).toEqual([
      [1, 1],
      [3, expect.stringMatching(/^line 3 is not JSON/)],
      [4, 'line 4 is an array, not an object'],
      [5, 5],
    ]);
  });

  it('GeoJSON: properties become columns; a point its latitude and longitude; other geometries the centre of their box', async () => {
    const f = scratch.file(
      'e.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        name: 'incidents',
        features: [
          { type: 'Feature', id: 'f1', properties: { title: 'A', latitude: 'property' }, geometry: { type: 'Point', coordinates: [30.5, -1.25] } },
          { type: 'Feature', properties: { title: 'B' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 4], [0, 0]]] } },
          { type: 'Feature', properties: null, geometry: null },
          { type: 'Thing' },
        ],
      }),
    );
    const records = await allRecords(await readGeoJson(f));
    expect(records.map((r) => r.problems?.[0]?.message ?? r.fields)).toEqual([
      { title: 'A', latitude: 'property', id: 'f1', 'geometry/latitude': -1.25, longitude: 30.5 },
      { title: 'B', latitude: 2, longitude: 1, 'geometry/centre': 'centre of the bounding box of a Polygon' },
      { latitude: null, longitude: null },
      'feature 4 is not a GeoJSON Feature',
    ]);
  });
});
