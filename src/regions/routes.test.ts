import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, get, post, seed, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

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
