import { describe, expect, it } from 'vitest';
import { fullScope, scopeFor } from '../access/scope.js';
import type { Actor } from '../context.js';
import type { Database } from '../db/database.js';
import { SharedReads } from './sharedReads.js';

/** The shared computation starts once the requests received in this turn are read. */
const started = () => new Promise<void>((resolve) => setImmediate(resolve));
const admin: Actor = { id: 'a', name: 'A', scope: fullScope };
const get = { method: 'GET', url: '/api/stats?country=SDN' };

/** A database whose statements end when the test says so. */
function fakeDb() {
  const pending: (() => void)[] = [];
  const wait = () => new Promise<void>((resolve) => pending.push(resolve));
  const db: Database = {
    engine: 'pglite',
    query: async <Row>() => (await wait(), [] as Row[]),
    transaction: async (work) => (await wait(), work(db)),
    exec: async () => wait(),
    close: async () => {},
  };
  return { db, finishAll: () => pending.splice(0).forEach((f) => f()) };
}

describe('shared reads', () => {
  it('gives the same request from the same actor, in flight at once, one computation', async () => {
    const shared = new SharedReads();
    let runs = 0;
    let finish!: () => void;
    const work = () => (runs++, new Promise<number>((resolve) => (finish = () => resolve(runs))));
    const first = shared.run(admin, get, work);
    const second = shared.run(admin, get, work);
    await started();
    finish();
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    // Once answered, nothing is kept: the next request computes again.
    const third = shared.run(admin, get, work);
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
      shared.run(admin, get, work),
      shared.run(analyst, get, work),
      shared.run(other, get, work),
      shared.run(admin, { ...get, url: '/api/stats?country=MMR' }, work),
    ];
    await started();
    expect(runs).toBe(4);
    finishers.forEach((f) => f());
    await Promise.all(all);
  });

  it('does not hand a request that arrives after a write started an answer computed before it', async () => {
    const shared = new SharedReads();
    const { db, finishAll } = fakeDb();
    const tracked = shared.track(db);
    let runs = 0;
    const finishers: (() => void)[] = [];
    const work = () => (runs++, new Promise<void>((resolve) => finishers.push(resolve)));
    const before = shared.run(admin, get, work);
    const write = tracked.transaction(async () => 'saved');
    const after = shared.run(admin, get, work);
    await started();
    expect(runs).toBe(2);
    finishAll();
    await write;
    const afterSaved = shared.run(admin, get, work);
    await started();
    expect(runs).toBe(3);
    finishers.forEach((f) => f());
    await Promise.all([before, after, afterSaved]);
  });

  it('counts non-select statements as writes, and plain selects not', async () => {
    const shared = new SharedReads();
    const { db, finishAll } = fakeDb();
    const tracked = shared.track(db);
    let runs = 0;
    const finishers: (() => void)[] = [];
    const work = () => (runs++, new Promise<void>((resolve) => finishers.push(resolve)));
    const reads = [shared.run(admin, get, work)];
    const select = tracked.query('select * from incidents where deleted_at is null');
    reads.push(shared.run(admin, get, work));
    await started();
    expect(runs).toBe(1);
    const locking = tracked.query('select * from incidents for update');
    reads.push(shared.run(admin, get, work));
    await started();
    expect(runs).toBe(2);
    const insert = tracked.query('insert into settings values (1)');
    reads.push(shared.run(admin, get, work));
    await started();
    expect(runs).toBe(3);
    finishAll();
    await Promise.all([select, locking, insert]);
    finishers.forEach((f) => f());
    await Promise.all(reads);
  });
});
