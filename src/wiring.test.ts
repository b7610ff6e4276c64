import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { get, put, seed, type TestApi, openTestApi } from '../test/api.js';
import { engines } from '../test/databases.js';
import { EventBus, moduleEvents } from './events.js';
import { wireModules } from './wiring.js';

/**
 * Module events are wired at start-up, in src/wiring.ts, and nowhere else: importing a module
 * adds no listener, and what wiring adds is what makes a place's move reach its incidents.
 */
describe('module events', () => {
  it('get no listener from importing the modules', async () => {
    // A fresh module graph: the bus and every service as a process that never called wireModules sees them.
    vi.resetModules();
    const { moduleEvents } = await import('./events.js');
    await import('./incidents/service.js');
    await import('./registry/service.js');
    await import('./regions/service.js');
    await import('./http/app.js'); // imports every module's routes, hence their services
    expect(moduleEvents.listenerCount()).toBe(0);
  });

  it('are wired once, however often start-up runs', () => {
    const bus = wireModules(new EventBus());
    const wired = bus.listenerCount();
    expect(bus.listenerCount('place.changed')).toBe(1);
    wireModules(bus);
    expect(bus.listenerCount()).toBe(wired);
  });

  it('run listeners in order, and a listener that fails reaches the announcer', async () => {
    const bus = new EventBus();
    const heard: string[] = [];
    bus.on('import.finished', () => void heard.push('first'));
    const off = bus.on('import.finished', async () => void heard.push('second'));
    await bus.announce('import.finished', { ctx: undefined as never, batchId: 'b', incidentIds: [] });
    off();
    bus.on('import.finished', () => {
      throw new Error('listener failed');
    });
    await expect(bus.announce('import.finished', { ctx: undefined as never, batchId: 'b', incidentIds: [] })).rejects.toThrow('listener failed');
    expect(heard).toEqual(['first', 'second', 'first']);
  });
});

describe.each(engines)('a place that moves on %s', (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(engine);
  });
  afterAll(() => t?.close());

  it('takes its incidents, and their counts, with it (place.changed → incidents)', async () => {
    const place = await seed.place(t.app, { admin1: 'Lakeside' });
    const incident = await seed.incident(t.app, { country: null, placeId: place.id });
    expect(incident.admin1).toBe('Lakeside');

    const { id: _id, version, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = place;
    const moved = await put(t.app, `/api/places/${place.id}`, { ...input, version, admin1: 'Hillside' });
    expect(moved.status).toBe(200);

    expect((await get(t.app, `/api/incidents/${incident.id}`)).body.admin1).toBe('Hillside');
    const stats = (await get(t.app, '/api/stats?by=admin1&country=XVR')).body;
    const count = (admin1: string) => stats.cells.find((c: { admin1: string }) => c.admin1 === admin1)?.incidents ?? 0;
    expect(count('Hillside')).toBe(1);
    expect(count('Lakeside')).toBe(0);
  });

  it('does not move when a listener fails: the edit and what follows from it are one transaction', async () => {
    const place = await seed.place(t.app, { admin1: 'Lakeside' });
    const incident = await seed.incident(t.app, { country: null, placeId: place.id });
    const off = moduleEvents.on('place.changed', () => {
      throw new Error('a listener failed');
    });
    try {
      const { id: _id, version, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = place;
      expect((await put(t.app, `/api/places/${place.id}`, { ...input, version, admin1: 'Hillside' })).status).toBe(500);
    } finally {
      off();
    }
    expect((await get(t.app, `/api/places/${place.id}`)).body).toMatchObject({ admin1: 'Lakeside', version: place.version });
    expect((await get(t.app, `/api/incidents/${incident.id}`)).body.admin1).toBe('Lakeside');
  });
});
