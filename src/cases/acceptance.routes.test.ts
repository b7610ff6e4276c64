import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, get, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/** `GET /api/mechanisms/acceptance`: the table narrowed by State and instrument; a bad filter is named. */
describe.each(engines)('GET /api/mechanisms/acceptance on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi(engine);
  }, 120_000);
  afterAll(async () => api?.close());

  it("answers a State's rows for an instrument, with its reservations and source", async () => {
    const res = await get(api.app, '/api/mechanisms/acceptance?state=fra&instrument=ICCPR-OP1');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ state: 'FRA', instrument: 'ICCPR-OP1', action: 'accession', deposited: '1984-02-17', inForce: '1984-05-17', withdrawn: null, verified: true, sourceDate: '2026-02-03' }),
    ]);
    expect(res.body.items[0].reservations.join(' ')).toMatch(/5\(2\)\(a\)/);
  });

  it('answers every row of an instrument, the demo state included', async () => {
    const res = await get(api.app, '/api/mechanisms/acceptance?instrument=ICERD-14');
    expect(res.status).toBe(200);
    const states = (res.body.items as { state: string }[]).map((r) => r.state);
    expect(states).toHaveLength(60);
    expect(states).toContain('XVR');
  });

  it('names a filter that is not one', async () => {
    expectProblem(await get(api.app, '/api/mechanisms/acceptance?instrument=ICCPR-OP2'), 400, ['instrument']);
  });
});
