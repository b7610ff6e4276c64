import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/databases.js';
import { expectProblem, expectStatus, get, openTestApi, post, type TestApi } from '../../test/api.js';

/** `POST /api/cases/check` and `GET /api/mechanisms` over HTTP: the contract's shape, and a bad field named. */
describe.each(engines)('mechanisms routes on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi(engine);
  }, 240_000);
  afterAll(async () => api?.close());

  it('checks facts given in the body and answers the CheckResult contract; unknown fields are ignored', async () => {
    const res = await post(api.app, '/api/cases/check', {
      mechanism: 'CERD',
      state: 'xvr',
      submissionDate: '2024-05-02',
      violation: { start: '2023-06', end: null, continuing: false },
      finalDomesticDecision: '2024-01-15',
      remedies: [{ body: 'Supreme Court', filed: '2023-07-01', decided: '2024-01-15', outcome: 'dismissed', final: true }],
      remediesException: null,
      otherProcedure: null,
      authorIsVictim: true,
      authorAnonymous: false,
      aFieldFromTheFuture: 1,
    });
    expectStatus(res, 200);
    expect(Object.keys(res.body).sort()).toEqual(['conditions', 'deadlines', 'mechanism', 'outcome']);
    expect(res.body.outcome).toBe('admissible');
    expect(res.body.deadlines).toEqual([{ what: 'Submit to the Committee on the Elimination of Racial Discrimination: six months after the final decision of 2024-01-15', date: '2024-07-15', rule: 'ICERD art. 14(5); rule 91(f)' }]);
    expect(res.body.conditions.find((c: { condition: string }) => c.condition === 'competence').reason).toMatch(/since 2011-05-16/);
  });

  it('refuses a bad date and an unknown mechanism, naming the fields', async () => {
    const res = await post(api.app, '/api/cases/check', { mechanism: 'CMW', state: 'XVR', submissionDate: '2024-02-30', remedies: [{ decided: '2024-13' }] });
    expectProblem(res, 400, ['mechanism', 'submissionDate', 'remedies.0.decided']);
  });

  it('lists the mechanisms with their cited rules', async () => {
    const res = await get(api.app, '/api/mechanisms');
    expectStatus(res, 200);
    expect(res.body.treatyBodies).toHaveLength(8);
    expect(res.body.treatyBodies.find((t: { code: string }) => t.code === 'CERD').conditions.time_limit).toMatchObject({ months: 6, rule: 'ICERD art. 14(5); rule 91(f)', asOf: '2026-11-30' });
    expect(res.body.others.map((o: { code: string }) => o.code)).toContain('OSAPG');
  });
});
