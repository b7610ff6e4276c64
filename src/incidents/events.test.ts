import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, expectStatus, openTestApi, post, seed, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { moduleEvents, type ModuleEvents } from '../events.js';

/**
 * The incidents service announces every write as `incident.changed`, inside the write's
 * transaction, so the warning engine (and any later listener) can re-scan what changed.
 */
describe.each(engines)('incident.changed on %s', (engine) => {
  let t: TestApi;
  const heard: Pick<ModuleEvents['incident.changed'], 'ids' | 'change'>[] = [];
  let stop: () => void;

  beforeAll(async () => {
    t = await openTestApi(engine);
    stop = moduleEvents.on('incident.changed', ({ ids, change }) => {
      heard.push({ ids: [...ids], change });
    });
  });
  afterAll(async () => {
    stop?.();
    await t?.close();
  });

  it('is announced on create, delete and restore, naming the incident', async () => {
    heard.length = 0;
    const incident = await seed.incident(t.app, { acts: [{ violationType: 'harassment' }] });
    const deleted = await del(t.app, `/api/incidents/${incident.id}?version=${incident.version}`);
    expectStatus(deleted, 200);
    expectStatus(await post(t.app, `/api/incidents/${incident.id}/restore?version=${deleted.body.version}`), 200);
    expect(heard).toEqual([
      { ids: [incident.id], change: 'create' },
      { ids: [incident.id], change: 'delete' },
      { ids: [incident.id], change: 'restore' },
    ]);
  });

  it('is not announced for a write that is refused', async () => {
    heard.length = 0;
    await post(t.app, '/api/incidents', { title: '' });
    expect(heard).toEqual([]);
  });
});
