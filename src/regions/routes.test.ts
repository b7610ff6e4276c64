import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectStatus, get, post, seed, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { createContext } from '../context.js';
import { defineRegionShapes } from './service.js';

/**
 * Regions over HTTP: a spelling that differs only by case or spacing is the same region,
 * so the counts by admin1 have one row for it (issue 14: "eastern lakes" became a second
 * region beside "Eastern Lakes").
 */
describe.each(engines)('regions API on %s', (engine) => {
  let t: TestApi;

  beforeAll(async () => {
    t = await openTestApi(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts an incident written "eastern  lakes" under "Eastern Lakes" in /api/stats', async () => {
    await seed.incident(t.app, { country: 'XVR', admin1: 'Eastern Lakes' });
    const res = await post(t.app, '/api/incidents', { title: 'Lower case region', narrative: '', startDate: '2023-05-14', country: 'XVR', admin1: 'eastern  lakes', acts: [{ violationType: 'harassment' }] });
    expectStatus(res, 201);
    expect(res.body.admin1).toBe('Eastern Lakes');
    const stats = await get(t.app, '/api/stats?country=XVR&by=admin1');
    expectStatus(stats, 200);
    expect(stats.body.cells).toEqual([expect.objectContaining({ admin1: 'Eastern Lakes', incidents: 2 })]);
  });
});

describe.each(engines)('regions routes on %s', (engine) => {
  let t: TestApi;

  beforeAll(async () => {
    t = await openTestApi(engine);
    await seed.place(t.app, { name: 'Mirrow', admin1: 'Eastern Lakes', admin2: 'Mirrow District', latitude: -26.15, longitude: -13.2 });
    await seed.incident(t.app, { admin1: 'Eastern Lakes' });
    await seed.incident(t.app, { admin1: 'E. Lakes' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists a country’s regions with their counts, and suggests from what was typed', async () => {
    const all = await get(t.app, '/api/regions?country=XVR');
    expectStatus(all, 200);
    expect(all.body.items.map((r: any) => [r.name, r.level, r.parentName, r.places, r.incidents])).toEqual([
      ['E. Lakes', 'admin1', null, 0, 1],
      ['Eastern Lakes', 'admin1', null, 1, 1],
      ['Mirrow District', 'admin2', 'Eastern Lakes', 1, 0],
    ]);
    const typed = await get(t.app, `/api/regions?country=XVR&q=${encodeURIComponent('eastern l')}&level=admin1`);
    expect(typed.body.items.map((r: any) => r.name)).toEqual(['Eastern Lakes']);
  });

  it('finds the region at a point from the nearest known place', async () => {
    const res = await get(t.app, '/api/regions/at?country=XVR&lon=-13.25&lat=-26.2');
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ admin1: 'Eastern Lakes', admin2: 'Mirrow District', matchedBy: 'nearest-place', nearestPlace: { name: 'Mirrow' } });
  });

  it('sends boundaries when asked, as GeoJSON', async () => {
    await defineRegionShapes(createContext(t.db), 'XVR', [
      { name: 'eastern lakes', centroid: { latitude: -26.2, longitude: -13.1 }, boundary: { type: 'MultiPolygon', coordinates: [[[[-14, -27], [-12.5, -27], [-12.5, -25.5], [-14, -25.5], [-14, -27]]]] } },
    ]);
    const res = await get(t.app, '/api/regions?country=XVR&level=admin1&boundaries=true');
    expectStatus(res, 200);
    const lakes = res.body.items.find((r: any) => r.name === 'Eastern Lakes');
    expect(lakes).toMatchObject({ hasBoundary: true, centroid: { latitude: -26.2, longitude: -13.1 }, boundary: { type: 'MultiPolygon' } });
    expect((await get(t.app, '/api/regions?country=XVR')).body.items[1].boundary).toBeUndefined();
    const at = await get(t.app, '/api/regions/at?country=XVR&lon=-13.9&lat=-25.6');
    expect(at.body).toMatchObject({ admin1: 'Eastern Lakes', matchedBy: 'boundary', regionId: lakes.id });
  });

  it('names the field at fault', async () => {
    expectProblem(await get(t.app, '/api/regions'), 400, ['country']);
    expectProblem(await get(t.app, '/api/regions/at?country=XVR&lon=200&lat=0'), 400, ['lon']);
    expectProblem(await post(t.app, '/api/regions/merge', { country: 'XVR', from: 'E. Lakes', into: '  ' }), 400, ['into']);
    expectProblem(await post(t.app, '/api/regions/merge', { country: 'XVR', level: 'admin2', from: 'a', into: 'b' }), 400, ['admin1']);
    expectProblem(await post(t.app, '/api/regions/merge', { country: 'XVR', from: 'Atlantis', into: 'Eastern Lakes' }), 404);
  });

  it('filters incidents and counts by a region written in any case, spacing or merged spelling', async () => {
    const list = await get(t.app, `/api/incidents?country=XVR&admin1=${encodeURIComponent(' eastern   LAKES ')}`);
    expectStatus(list, 200);
    expect(list.body.total).toBe(1);
    expect(list.body.items.map((i: any) => i.admin1)).toEqual(['Eastern Lakes']);
    const stats = await get(t.app, `/api/stats?admin1=${encodeURIComponent('e.  lakes')}&by=admin1`);
    expect(stats.body.cells).toEqual([expect.objectContaining({ admin1: 'E. Lakes', incidents: 1 })]);
  });

  it('merges one spelling into another and says what moved', async () => {
    const res = await post(t.app, '/api/regions/merge', { country: 'XVR', from: 'e. lakes', into: 'Eastern Lakes' });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ from: 'E. Lakes', places: 0, incidents: 1, into: { name: 'Eastern Lakes', incidents: 2, aliases: ['e. lakes'] } });
    const stats = await get(t.app, '/api/stats?country=XVR&by=admin1');
    expect(stats.body.cells).toEqual([expect.objectContaining({ admin1: 'Eastern Lakes', incidents: 2 })]);
    const audit = await get(t.app, `/api/audit?entity=region&entityId=${res.body.into.id}`);
    expect(audit.body.items.map((e: any) => e.action)).toContain('region.merge');
  });
});
