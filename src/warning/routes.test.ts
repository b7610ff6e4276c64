import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, get, post, seed, type TestApi, openTestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/** The alerts API: the item shape of the issue, a scan's counts, a status change and its refusal. */
describe.each(engines)('alerts API on %s', (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(engine);
    const place = await seed.place(t.app, { admin1: 'Eastern Lakes' });
    const group = await seed.group(t.app, { name: 'Teral' });
    await seed.incident(t.app, { placeId: place.id, startDate: '2025-03-10', acts: [{ violationType: 'arbitrary-detention', groupId: group.id, victims: { detained: 14 } }] });
  });
  afterAll(() => t?.close());

  it('scans on demand and answers with counts and duration', async () => {
    const res = await post(t.app, '/api/alerts/scan', { country: 'XVR' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ countries: ['XVR'], incidents: 1, raised: 1, withdrawn: 0 });
    expect(typeof res.body.durationMs).toBe('number');
    expect((await post(t.app, '/api/alerts/scan')).body).toMatchObject({ countries: null, raised: 0, unchanged: 1 });
    expectProblem(await post(t.app, '/api/alerts/scan', { country: 'xx' }), 400, ['country']);
  });

  it('lists alerts in the shape of the issue', async () => {
    const res = await get(t.app, '/api/alerts?country=XVR&rule=severity&from=2025-01&to=2025-12');
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      rule: 'severity',
      severity: 'medium',
      level: 4,
      status: 'new',
      month: '2025-03',
      country: 'XVR',
      admin1: 'Eastern Lakes',
      explanation: 'Teral in Eastern Lakes: 14 people detained (threshold 10) in March 2025.',
      figures: { detained: 14, killed: 0 },
    });
    expect(res.body.items[0].incidentIds).toHaveLength(1);
    expectProblem(await get(t.app, '/api/alerts?from=2025-13'), 400, ['from']);
  });

  it('changes a status with its reason, and refuses a dismissal without one', async () => {
    const [alert] = (await get(t.app, '/api/alerts')).body.items;
    expectProblem(await call(t.app, 'PATCH', `/api/alerts/${alert.id}`, { status: 'dismissed' }), 400, ['reason']);
    expectProblem(await call(t.app, 'PATCH', `/api/alerts/${alert.id}`, { status: 'withdrawn' }), 400, ['status']);
    const res = await call(t.app, 'PATCH', `/api/alerts/${alert.id}`, { status: 'escalated', reason: 'Sent to the regional office.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'escalated', statusReason: 'Sent to the regional office.' });
    expect((await call(t.app, 'PATCH', '/api/alerts/00000000-0000-4000-8000-000000000000', { status: 'acknowledged' })).status).toBe(404);
  });
});
