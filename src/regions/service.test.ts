import { fullScope } from '../access/scope.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { createContext } from '../context.js';
import type { Database, Sql } from '../db/database.js';
import { createIncidents, incidentStats } from '../incidents/service.js';
import { rebuildRollup } from '../incidents/store/index.js';
import { findOrCreatePlaces } from '../registry/byName.js';
import { createRecord, getRecord } from '../registry/service.js';
import { defineRegionShapes, listRegions, mergeRegions, regionAt } from './service.js';

/**
 * Regions through their service: spellings resolved on write, counts, the region at a
 * point, and merges that move places, incidents and rollup counts together, audited.
 */
describe.each(engines)('regions service on %s', (engine) => {
  let t: TestDatabase;
  const ctx = () => createContext(t.db, { id: 'tester', name: 'Tester', scope: fullScope });
  const incident = (over: Record<string, unknown>) => ({
    title: 'Incident',
    narrative: '',
    startDate: '2024-03-02',
    dateEstimated: false,
    country: 'XVR',
    acts: [{ violationType: 'harassment', victims: { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 }, perpetrators: [] }],
    sources: [],
    evidenceIds: [],
    links: [],
    verificationStatus: 'not-yet-verified',
    confidentiality: 'internal',
    monitoringStatus: 'open',
    ...over,
  });
  const rollup = () => t.db.query('select * from incident_rollup where incidents <> 0 order by country, group_key, month, month_known, last_month, admin1, pyramid_level');
  const audit = (action: string) => t.db.query<{ entity_id: string; actor: string; before: any; after: any }>('select * from audit_entries where action = $1 order by id', [action]);

  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t?.dispose());

  it('resolves a whole batch of incidents in one go, creating each new region once and auditing it', async () => {
    const created = await createIncidents(ctx(), [
      incident({ admin1: 'Northern Highlands' }),
      incident({ admin1: ' northern   highlands' }),
      incident({ admin1: 'NORTHERN HIGHLANDS', startDate: '2024-05' }),
      incident({ admin1: 'Riverlands' }),
    ] as never);
    expect(created.map((i) => i.admin1)).toEqual(['Northern Highlands', 'Northern Highlands', 'Northern Highlands', 'Riverlands']);
    const { items } = await listRegions(ctx(), { country: 'XVR', boundaries: false });
    expect(items.map((r) => [r.name, r.incidents])).toEqual([
      ['Northern Highlands', 3],
      ['Riverlands', 1],
    ]);
    const creates = await audit('region.create');
    expect(creates.map((c) => c.after.name).sort()).toEqual(['Northern Highlands', 'Riverlands']);
    expect(creates.every((c) => c.actor === 'tester')).toBe(true);
  });

  /** The test database, counting the statements that name the regions table. */
  const countingRegionQueries = () => {
    const counter = { queries: 0 };
    const counting = (sql: Sql): Sql => ({
      query: (text, params) => {
        if (/\bregions\b/.test(text)) counter.queries++;
        return sql.query(text, params);
      },
      copyFrom: (target, data) => sql.copyFrom(target, data),
    });
    const db: Database = {
      engine: t.db.engine,
      query: counting(t.db).query,
      copyFrom: (target, data) => t.db.copyFrom(target, data),
      transaction: (work) => t.db.transaction((tx) => work(counting(tx))),
      exec: (script) => t.db.exec(script),
      close: () => t.db.close(),
    };
    return { db, counter };
  };

  it('asks the database about regions once for a whole import batch', async () => {
    const { db, counter } = countingRegionQueries();
    const spellings = ['Western Plains', 'western plains', 'WESTERN  PLAINS', 'Capital District', 'capital district', 'Riverlands'];
    const batch = Array.from({ length: 300 }, (_, i) => incident({ admin1: spellings[i % spellings.length] }));
    const written = await createIncidents(createContext(db, { id: 'importer', name: 'Importer', scope: fullScope }), batch as never);
    expect(counter.queries).toBe(1);
    expect(new Set(written.map((i) => i.admin1))).toEqual(new Set(['Western Plains', 'Capital District', 'Riverlands']));
  });

  it('an import batch naming a new town on every row asks about regions once per level, not per town; each admin2 under its admin1', async () => {
    const { db, counter } = countingRegionQueries();
    const admin1s = ['Salt Coast', 'salt  coast', 'Upper Vale'];
    const admin2s = ['Reedmarsh', 'reedmarsh', 'Stonebridge', 'Low Fields'];
    const wanted = Array.from({ length: 120 }, (_, i) => ({ name: `Hamlet ${i}`, country: 'FJI', admin1: admin1s[i % 3]!, admin2: admin2s[i % 4]!, latitude: null, longitude: null, precision: null }));
    const ids = await db.transaction((tx) => findOrCreatePlaces(tx, createContext(db, { id: 'importer', name: 'Importer', scope: fullScope }), wanted));
    // canonicalAdmin1 for the batch, then admin1 and admin2 of the new places: three in all.
    expect(counter.queries).toBe(3);
    expect(new Set(ids).size).toBe(120);
    const places = await Promise.all([0, 1, 2, 3, 5].map((i) => getRecord(ctx(), 'places', ids[i]!)));
    expect(places.map((p) => [p.name, p.admin1, p.admin2])).toEqual([
      ['Hamlet 0', 'Salt Coast', 'Reedmarsh'],
      ['Hamlet 1', 'Salt Coast', 'Reedmarsh'],
      ['Hamlet 2', 'Upper Vale', 'Stonebridge'],
      ['Hamlet 3', 'Salt Coast', 'Low Fields'],
      // Under Upper Vale the first row to name it spelled it so: a new region takes its first spelling.
      ['Hamlet 5', 'Upper Vale', 'reedmarsh'],
    ]);
    const { items } = await listRegions(ctx(), { country: 'FJI', level: 'admin2', boundaries: false });
    const under = (parent: string) => items.filter((r) => r.parentName === parent).map((r) => r.name).sort();
    expect(under('Salt Coast')).toEqual(['Low Fields', 'Reedmarsh', 'Stonebridge']);
    expect(under('Upper Vale')).toEqual(['Low Fields', 'Stonebridge', 'reedmarsh']);
  });

  it('writes a place in its country’s spellings, its admin2 under its admin1', async () => {
    const place = await createRecord(ctx(), 'places', { name: 'Dunhollow', country: 'XVR', admin1: 'northern highlands', admin2: ' Dun  Vale ', locationPrecision: 'exact', latitude: -25.4, longitude: -14.6 });
    expect([place.admin1, place.admin2]).toEqual(['Northern Highlands', 'Dun Vale']);
    const again = await createRecord(ctx(), 'places', { name: 'Dun Cross', country: 'XVR', admin1: 'Northern Highlands', admin2: 'dun vale', locationPrecision: 'exact' });
    expect(again.admin2).toBe('Dun Vale');
    const { items } = await listRegions(ctx(), { country: 'XVR', level: 'admin2', boundaries: false });
    expect(items.map((r) => [r.name, r.parentName, r.places])).toEqual([['Dun Vale', 'Northern Highlands', 2]]);
  });

  it('suggests regions as a person types, in any case, those starting with the text first', async () => {
    await createIncidents(ctx(), [incident({ admin1: 'Eastern Lakes' }), incident({ admin1: 'Lakeside' })] as never);
    const { items } = await listRegions(ctx(), { country: 'XVR', q: 'LAKE', boundaries: false });
    expect(items.map((r) => r.name)).toEqual(['Lakeside', 'Eastern Lakes']);
    expect((await listRegions(ctx(), { country: 'XVR', q: 'eastern  l', boundaries: false })).items.map((r) => r.name)).toEqual(['Eastern Lakes']);
  });

  describe('merge', () => {
    let placeIds: string[];

    beforeAll(async () => {
      const mirrow = await createRecord(ctx(), 'places', { name: 'Mirrow', country: 'XVR', admin1: 'Eastern Lakes', admin2: 'Mirrow District', locationPrecision: 'exact' });
      const tessal = await createRecord(ctx(), 'places', { name: 'Tessal', country: 'XVR', admin1: 'E. Lakes', admin2: 'mirrow  district', locationPrecision: 'exact' });
      const karn = await createRecord(ctx(), 'places', { name: 'Karn Ford', country: 'XVR', admin1: 'E. Lakes', admin2: 'Karn', locationPrecision: 'exact' });
      placeIds = [tessal.id, karn.id];
      const written = await createIncidents(ctx(), [
        incident({ placeId: tessal.id, country: undefined }),
        incident({ placeId: karn.id, country: undefined, startDate: '2024-06-01' }),
        incident({ admin1: 'e. lakes', acts: [{ ...incident({}).acts[0], violationType: 'killing', victims: { ...incident({}).acts[0]!.victims, killed: 3 } }] }),
        incident({ placeId: mirrow.id, country: undefined }),
      ] as never);
      expect(written.map((i) => i.admin1)).toEqual(['E. Lakes', 'E. Lakes', 'E. Lakes', 'Eastern Lakes']);
    });

    it('moves places, incidents and their counts into the kept region, in one audited transaction', async () => {
      const before = await incidentStats(ctx(), { country: ['XVR'], admin1: ['Eastern Lakes', 'E. Lakes'], by: [], deleted: 'exclude' });
      const result = await mergeRegions(ctx(), { country: 'XVR', level: 'admin1', from: 'e.  lakes', into: 'eastern lakes' });
      expect(result).toMatchObject({ from: 'E. Lakes', places: 2, incidents: 3, into: { name: 'Eastern Lakes', aliases: ['e. lakes'] } });

      const stats = await incidentStats(ctx(), { country: ['XVR'], by: ['admin1'], deleted: 'exclude' });
      expect(stats.cells.filter((c) => /^e(astern|\.) lakes$/i.test(String(c.admin1))).map((c) => [c.admin1, c.incidents, c.killed])).toEqual([
        ['Eastern Lakes', before.totals.incidents, before.totals.killed],
      ]);
      // The rollup moved with the incidents: it equals one rebuilt from scratch.
      const maintained = await rollup();
      await t.db.transaction((tx) => rebuildRollup(tx));
      expect(await rollup()).toEqual(maintained);

      // The admin2 of the merged region joined its namesake; the other moved under the kept region.
      const admin2 = await listRegions(ctx(), { country: 'XVR', level: 'admin2', admin1: 'Eastern Lakes', boundaries: false });
      expect(admin2.items.map((r) => [r.name, r.places])).toEqual([
        ['Karn', 1],
        ['Mirrow District', 2],
      ]);
      expect((await getRecord(ctx(), 'places', placeIds[0]!)).admin2).toBe('Mirrow District');
      expect((await listRegions(ctx(), { country: 'XVR', q: 'E. Lakes', boundaries: false })).items.map((r) => r.name)).toEqual(['Eastern Lakes']);

      const [merge] = await audit('region.merge');
      expect(merge!.entity_id).toBe(result.into.id);
      expect(merge!.before.from.name).toBe('E. Lakes');
      expect(merge!.after).toMatchObject({ kind: 'merge', places: 2, incidents: 3, admin2Merged: [{ from: 'mirrow district', into: 'Mirrow District' }] });
      expect(merge!.after.placeIds.sort()).toEqual([...placeIds].sort());
      expect(merge!.after.incidentIds).toHaveLength(3);
      const placeUpdates = await audit('place.update');
      expect(placeUpdates.filter((u) => u.entity_id === placeIds[1]).map((u) => [u.before.admin1, u.after.admin1])).toEqual([['E. Lakes', 'Eastern Lakes']]);
    });

    it('sends a later write of the merged spelling to the kept region', async () => {
      const [written] = await createIncidents(ctx(), [incident({ admin1: 'E.  LAKES' })] as never);
      expect(written!.admin1).toBe('Eastern Lakes');
    });

    it('respells a region (case only), and renames it to a name no region has', async () => {
      const respelled = await mergeRegions(ctx(), { country: 'XVR', level: 'admin1', from: 'lakeside', into: 'LAKESIDE' });
      expect([respelled.into.name, respelled.incidents]).toEqual(['LAKESIDE', 1]);
      const renamed = await mergeRegions(ctx(), { country: 'XVR', level: 'admin1', from: 'Lakeside', into: 'Lake Shore' });
      expect(renamed.into).toMatchObject({ name: 'Lake Shore', aliases: ['lakeside'], incidents: 1 });
      const maintained = await rollup();
      await t.db.transaction((tx) => rebuildRollup(tx));
      expect(await rollup()).toEqual(maintained);
    });

    it('refuses a region that does not exist, or a merge that changes nothing, and leaves everything as it was', async () => {
      const entries = (await t.db.query<{ n: number }>('select count(*)::int as n from audit_entries'))[0]!.n;
      await expect(mergeRegions(ctx(), { country: 'XVR', level: 'admin1', from: 'Atlantis', into: 'Eastern Lakes' })).rejects.toMatchObject({ code: 'not-found' });
      await expect(mergeRegions(ctx(), { country: 'XVR', level: 'admin1', from: 'Eastern Lakes', into: 'Eastern Lakes' })).rejects.toMatchObject({ code: 'invalid' });
      await expect(mergeRegions(ctx(), { country: 'XVR', level: 'admin1', from: 'e. lakes', into: 'Eastern Lakes' })).rejects.toMatchObject({ code: 'invalid' });
      await expect(mergeRegions(ctx(), { country: 'XVR', level: 'admin2', admin1: 'Nowhere', from: 'Karn', into: 'Mirrow District' })).rejects.toMatchObject({ code: 'invalid' });
      expect((await t.db.query<{ n: number }>('select count(*)::int as n from audit_entries'))[0]!.n).toBe(entries);
    });

    it('merges admin2 spellings within their admin1', async () => {
      const result = await mergeRegions(ctx(), { country: 'XVR', level: 'admin2', admin1: 'eastern lakes', from: 'karn', into: 'Mirrow District' });
      expect(result).toMatchObject({ places: 1, incidents: 0, into: { name: 'Mirrow District', places: 3 } });
      expect((await getRecord(ctx(), 'places', placeIds[1]!)).admin2).toBe('Mirrow District');
    });
  });

  describe('the region at a point', () => {
    beforeAll(async () => {
      await defineRegionShapes(ctx(), 'XVR', [
        {
          name: 'riverlands',
          centroid: { latitude: -26.5, longitude: -14.4 },
          // A hole where the lake is: a point in it belongs to no region by boundary.
          boundary: { type: 'Polygon', coordinates: [[[-15, -27], [-14, -27], [-14, -26], [-15, -26], [-15, -27]], [[-14.6, -26.6], [-14.4, -26.6], [-14.4, -26.4], [-14.6, -26.4], [-14.6, -26.6]]] },
        },
      ]);
      await createRecord(ctx(), 'places', { name: 'Lake village', country: 'XVR', admin1: 'Southern Coast', locationPrecision: 'exact', latitude: -26.45, longitude: -14.45 });
    });

    it('finds the region whose boundary contains the point', async () => {
      expect(await regionAt(ctx(), { country: 'XVR', lon: -14.9, lat: -26.9 })).toMatchObject({ admin1: 'Riverlands', matchedBy: 'boundary', nearestPlace: null });
    });
    it('else takes the region of the nearest known place within 50 km', async () => {
      const inHole = await regionAt(ctx(), { country: 'XVR', lon: -14.5, lat: -26.5 });
      expect(inHole).toMatchObject({ admin1: 'Southern Coast', matchedBy: 'nearest-place', nearestPlace: { name: 'Lake village' } });
      expect(inHole.nearestPlace!.distanceKm).toBeLessThan(10);
      // Dunhollow (-25.4, -14.6) is about 30 km away; its admin2 comes too.
      expect(await regionAt(ctx(), { country: 'XVR', lon: -14.6, lat: -25.13 })).toMatchObject({ admin1: 'Northern Highlands', admin2: 'Dun Vale', matchedBy: 'nearest-place' });
    });
    it('else finds nothing', async () => {
      expect(await regionAt(ctx(), { country: 'XVR', lon: -10, lat: -20 })).toEqual({ admin1: null, admin2: null, regionId: null, matchedBy: null, nearestPlace: null });
    });
    it('lists the boundary when asked', async () => {
      const { items } = await listRegions(ctx(), { country: 'XVR', q: 'riverlands', boundaries: true });
      expect(items[0]).toMatchObject({ hasBoundary: true, centroid: { latitude: -26.5, longitude: -14.4 }, boundary: { type: 'Polygon' } });
      const [update] = await audit('region.update');
      expect(update!.after.name).toBe('Riverlands');
    });
  });
});
