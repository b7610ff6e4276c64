import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, expectProblem, expectStatus, get, seed, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * Where the data ends (`GET /api/stats/extent`): the dashboard's default period stops at the
 * last month with data, so empty months after it never read as a decline. Only records dated
 * to the day or the month place the first and last month: one known only to its year says
 * nothing about which month of that year the series reaches.
 */
describe.each(engines)('stats extent on %s', (engine) => {
  let t: TestApi;
  let group: any;

  beforeAll(async () => {
    t = await openTestApi(engine);
    group = await seed.group(t.app, { name: 'Extent group' });
    // Country XVR: a month-dated record, two day-dated ones, a year-only one after all of them.
    await seed.incident(t.app, { country: 'XVR', startDate: '2024-02' });
    await seed.incident(t.app, { country: 'XVR', startDate: '2025-06-30', acts: [{ violationType: 'harassment', groupId: group.id }] });
    await seed.incident(t.app, { country: 'XVR', admin1: 'North', startDate: '2025-03-14' });
    await seed.incident(t.app, { country: 'XVR', startDate: '2026' });
    // A year-only record before every dated one does not move `first` either.
    await seed.incident(t.app, { country: 'XVR', startDate: '2020' });
    // Deleted records are not data.
    const gone = await seed.incident(t.app, { country: 'XVR', startDate: '2026-09-05' });
    expectStatus(await del(t.app, `/api/incidents/${gone.id}?version=${gone.version}`), 200);
    // Only known to the year: no month can be named.
    await seed.incident(t.app, { country: 'KEN', startDate: '2025' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('names the first and last month of records dated to the day or month', async () => {
    const res = await get(t.app, '/api/stats/extent?country=XVR');
    expectStatus(res, 200);
    expect(res.body).toEqual({ first: '2024-02', last: '2025-06' });
  });

  it('takes the same filters as /api/stats', async () => {
    expect((await get(t.app, '/api/stats/extent?country=XVR&admin1=North')).body).toEqual({ first: '2025-03', last: '2025-03' });
    expect((await get(t.app, `/api/stats/extent?country=XVR&group=${group.id}`)).body).toEqual({ first: '2025-06', last: '2025-06' });
    expect((await get(t.app, '/api/stats/extent?country=XVR&level=5')).body).toEqual({ first: null, last: null });
  });

  it('is null where only years are known', async () => {
    expect((await get(t.app, '/api/stats/extent?country=KEN')).body).toEqual({ first: null, last: null });
  });

  it('refuses a period (the extent is over all dates) and bad filters, naming the field', async () => {
    expectProblem(await get(t.app, '/api/stats/extent?country=XVR&from=2025'), 400, ['from']);
    expectProblem(await get(t.app, '/api/stats/extent?level=9'), 400, ['level.0']);
  });

  it('is in the OpenAPI document with the filters it takes', async () => {
    const doc = (await get(t.app, '/api/openapi.json')).body;
    const params = (doc.paths['/api/stats/extent'].get.parameters ?? []).map((p: { in: string; name: string }) => `${p.in}:${p.name}`);
    expect(params).toEqual(expect.arrayContaining(['query:country', 'query:admin1', 'query:group', 'query:level']));
  });
});
