import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, get, openTestApi, post, seed, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { fullScope, scopeFor } from '../access/scope.js';
import type { Actor } from '../context.js';
import { SharedReads } from './sharedReads.js';

/** The shared computation starts once the requests received in this turn are read. */
const started = () => new Promise<void>((resolve) => setImmediate(resolve));
const admin: Actor = { id: 'a', name: 'A', scope: fullScope };
const statsRequest = { method: 'GET', url: '/api/stats?country=SDN' };

describe('shared reads', () => {
  it('gives the same request from the same actor, in flight at once, one computation', async () => {
    const shared = new SharedReads();
    let runs = 0;
    let finish!: () => void;
    const work = () => (runs++, new Promise<number>((resolve) => (finish = () => resolve(runs))));
    const first = shared.run(admin, statsRequest, work);
    const second = shared.run(admin, statsRequest, work);
    await started();
    finish();
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    // Once answered, nothing is kept: the next request computes again.
    const third = shared.run(admin, statsRequest, work);
    await started();
    finish();
    expect(await third).toBe(2);
  });

  it('never shares between actors, scopes or URLs', async () => {
    const shared = new SharedReads();
    let runs = 0;
    const finishers: (() => void)[] = [];
    const work = () => (runs++, new Promise<void>((resolve) => finishers.push(resolve)));
    const analyst = { ...admin, scope: scopeFor('analyst', { teams: ['t1'] }) };
    const other = { ...admin, id: 'b' };
    const all = [
      shared.run(admin, statsRequest, work),
      shared.run(analyst, statsRequest, work),
      shared.run(other, statsRequest, work),
      shared.run(admin, { ...statsRequest, url: '/api/stats?country=MMR' }, work),
    ];
    await started();
    expect(runs).toBe(4);
    finishers.forEach((f) => f());
    await Promise.all(all);
  });

  it('does not hand a request that arrives after a write started an answer computed before it', async () => {
    const shared = new SharedReads();
    let runs = 0;
    const finishers: (() => void)[] = [];
    const work = () => (runs++, new Promise<void>((resolve) => finishers.push(resolve)));
    const before = shared.run(admin, statsRequest, work);
    shared.wrote(); // a write request arrives
    const during = shared.run(admin, statsRequest, work);
    await started();
    expect(runs).toBe(2);
    const alsoDuring = shared.run(admin, statsRequest, work);
    shared.wrote(); // it is answered
    const after = shared.run(admin, statsRequest, work);
    await started();
    expect(runs).toBe(3);
    finishers.forEach((f) => f());
    await Promise.all([before, during, alsoDuring, after]);
  });
});

describe.each(engines)('shared reads over HTTP on %s', (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(engine);
  });
  afterAll(async () => t?.close());

  it('answers a read that arrives after a write with the write in it, even while the same read is in flight', async () => {
    const group = (await seed.group(t.app, { name: 'Aru', basis: 'ethnicity' })).id;
    const url = '/api/incidents?limit=5';
    for (let n = 0; n < 3; n++) {
      const inFlight = get(t.app, url);
      const created = await post(t.app, '/api/incidents', { title: `Leaflets ${n}`, startDate: '2024-01-01', country: 'XVR', acts: [{ violationType: 'hate-speech', groupId: group }] });
      expectStatus(created, 201);
      const after = await get(t.app, url);
      expect(after.body.total).toBe(n + 1);
      expect([n, n + 1]).toContain((await inFlight).body.total);
    }
    // Many identical reads at once all get the same, whole answer.
    const many = await Promise.all(Array.from({ length: 8 }, () => get(t.app, url)));
    for (const res of many) expect(res.body).toEqual(many[0]!.body);
  });
});
