import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullScope, scopeFor } from '../access/scope.js';
import { expectStatus, get, post, seed, openTestApi, type Res, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { plannedFilter } from './read.js';
import * as store from './store/index.js';

/**
 * A text search's total is exact up to a cap and a flagged lower bound past it; relevance ranks
 * the newest matches up to its own cap. Both caps are 1,000 in the app; here small ones stand
 * in for them, so a handful of incidents cross them.
 */
describe.each(engines)('capped full-text totals on %s', (engine) => {
  let t: TestApi;
  const market: { id: string; date: string; confidentiality: string }[] = [];
  const search = { q: 'market', deleted: 'exclude' as const };

  beforeAll(async () => {
    t = await openTestApi(engine);
    const group = (await seed.group(t.app, { name: 'Aru', basis: 'ethnicity' })).id;
    const make = async (title: string, narrative: string, startDate: string, confidentiality = 'internal') => {
      const res = await post(t.app, '/api/incidents', { title, narrative, startDate, country: 'XVR', confidentiality, acts: [{ violationType: 'hate-speech', groupId: group }] });
      expectStatus(res, 201);
      return res.body.id as string;
    };
    for (const [i, date] of ['2021-03-01', '2022-07-09', '2020-01-20', '2023-11-02', '2019-05-05', '2024-02-14'].entries()) {
      const confidentiality = i % 2 ? 'strictly-confidential' : 'internal';
      market.push({ id: await make(`Leaflets at the market ${i}`, 'Leaflets were handed out at the market.', date, confidentiality), date, confidentiality });
    }
    await make('Speech at the school', 'A speech at the school gates.', '2022-01-01');
  });
  afterAll(async () => t?.close());

  it('plans a search on the built vectors alone when none is missing, and finds a text whose vector is missing otherwise', async () => {
    expect(await plannedFilter(t.db, { q: 'market', deleted: 'exclude' })).toMatchObject({ q: 'market', textBacklog: false });
    const ids = async (f: store.IncidentFilter) => (await store.selectIncidentPage(t.db, fullScope, f, 'date:desc', undefined, 50)).map((r) => r.id).sort();
    expect(await ids({ ...search, textBacklog: false })).toEqual(market.map((m) => m.id).sort());
    // As an embedded import leaves a batch until its vectors are built (migration 019).
    await t.db.query('update incident_texts set search = null where incident_id = $1', [market[0]!.id]);
    try {
      expect(await plannedFilter(t.db, { q: 'market', deleted: 'exclude' })).toMatchObject({ textBacklog: true });
      expect(await ids({ ...search, textBacklog: true })).toEqual(market.map((m) => m.id).sort());
      expect(await ids(search)).toEqual(market.map((m) => m.id).sort());
      // The hint is what makes the difference: told wrongly that none is missing, the search misses it.
      expect(await ids({ ...search, textBacklog: false })).not.toContain(market[0]!.id);
    } finally {
      await store.fillSearchVectors(t.db, 100);
    }
  });

  it('counts exactly up to the cap, and says "at least the cap" past it', async () => {
    expect(await store.countListTotal(t.db, fullScope, search, 6)).toEqual({ total: 6, isLowerBound: false });
    expect(await store.countListTotal(t.db, fullScope, search, 100)).toEqual({ total: 6, isLowerBound: false });
    expect(await store.countListTotal(t.db, fullScope, search, 5)).toEqual({ total: 5, isLowerBound: true });
    expect(await store.countListTotal(t.db, fullScope, search, 2)).toEqual({ total: 2, isLowerBound: true });
  });

  it('keeps an exact total equal to the exact count, and a total without a text search exact', async () => {
    expect((await store.countListTotal(t.db, fullScope, search)).total).toBe(await store.countIncidents(t.db, fullScope, search));
    expect(await store.countListTotal(t.db, fullScope, { deleted: 'exclude' }, 2)).toEqual({ total: 7, isLowerBound: false });
  });

  it('counts only what the scope may read, before the cap', async () => {
    const analyst = scopeFor('analyst', { clearance: 'confidential' });
    const readable = market.filter((m) => m.confidentiality !== 'strictly-confidential').length;
    expect(await store.countListTotal(t.db, analyst, search, 100)).toEqual({ total: readable, isLowerBound: false });
    expect(await store.countListTotal(t.db, analyst, search, readable - 1)).toEqual({ total: readable - 1, isLowerBound: true });
  });

  it('ranks the newest matches up to the rank cap', async () => {
    const page = await store.selectIncidentPage(t.db, fullScope, search, 'relevance', undefined, 50, { rankCap: 3 });
    const newest = [...market].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 3).map((m) => m.id);
    expect(page.map((r) => r.id).sort()).toEqual(newest.sort());
    const all = await store.selectIncidentPage(t.db, fullScope, search, 'relevance', undefined, 50);
    expect(all.map((r) => r.id).sort()).toEqual(market.map((m) => m.id).sort());
  });

  it('reads the total of a relevance page from its ranked matches, without counting', async () => {
    const page = (scope = fullScope, rankCap = 3) => store.selectIncidentPage(t.db, scope, search, 'relevance', undefined, 3, { rankCap });
    // Three or more ranked: "3+", flagged; fewer than the cap ranked: exactly those.
    expect(store.textTotalFromPage(search, 'relevance', await page(), 2, true, 3)).toEqual({ total: 3, isLowerBound: true });
    expect(store.textTotalFromPage(search, 'relevance', await page(fullScope, 100), 2, true, 100)).toEqual({ total: 6, isLowerBound: false });
    // Only what the scope may read is ranked, so only that is counted.
    const analyst = scopeFor('analyst', { clearance: 'confidential' });
    const readable = market.filter((m) => m.confidentiality !== 'strictly-confidential').length;
    expect(store.textTotalFromPage(search, 'relevance', await page(analyst, 100), 2, false, 100)).toEqual({ total: readable, isLowerBound: false });
  });

  it('reads the total of a first page that is not full from the page; a full one or a later one needs a count', async () => {
    const byDate = (limit: number) => store.selectIncidentPage(t.db, fullScope, search, 'date:desc', undefined, limit + 1);
    expect(store.textTotalFromPage(search, 'date:desc', await byDate(10), 10, true)).toEqual({ total: 6, isLowerBound: false });
    expect(store.textTotalFromPage(search, 'date:desc', await byDate(6), 6, true)).toEqual({ total: 6, isLowerBound: false });
    expect(store.textTotalFromPage(search, 'date:desc', await byDate(5), 5, true)).toBeUndefined();
    expect(store.textTotalFromPage(search, 'date:desc', await byDate(10), 10, false)).toBeUndefined();
    // Not a text search: the list counts (exactly, as the stats do).
    expect(store.textTotalFromPage({ deleted: 'exclude' }, 'date:desc', await byDate(10), 10, true)).toBeUndefined();
  });

  it('gives the same total over HTTP by relevance on every page, and by date on a page that holds every match; the count agrees', async () => {
    const totals = [];
    for (const url of ['/api/incidents?q=market&limit=2&sort=relevance', '/api/incidents?q=market&limit=3&sort=relevance', '/api/incidents?q=market&limit=50&sort=date:desc']) {
      let next: string | null = url;
      while (next) {
        const res: Res<{ total: number; totalIsLowerBound: boolean; nextCursor: string | null }> = await get(t.app, next);
        expectStatus(res, 200);
        totals.push([res.body.total, res.body.totalIsLowerBound]);
        next = res.body.nextCursor ? `${url}&cursor=${encodeURIComponent(res.body.nextCursor)}` : null;
      }
    }
    expect(totals.length).toBe(3 + 2 + 1);
    expect(new Set(totals.map((x) => JSON.stringify(x)))).toEqual(new Set([JSON.stringify([6, false])]));
    expect((await get(t.app, '/api/incidents/count?q=market')).body).toEqual({ total: 6, totalIsLowerBound: false });
  });

  it('answers a full page by date with "at least" what it saw, without counting; the count is asked apart', async () => {
    const first = await get(t.app, '/api/incidents?q=market&limit=2');
    expectStatus(first, 200);
    expect(first.body).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(first.body.items).toHaveLength(2);
    const later = await get(t.app, `/api/incidents?q=market&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(later.body).toMatchObject({ totalIsLowerBound: true });
    expect((await get(t.app, '/api/incidents/count?q=market')).body).toEqual({ total: 6, totalIsLowerBound: false });
    // The count passes the door like the list: an analyst counts only what it may read.
    const analyst = scopeFor('analyst', { clearance: 'confidential' });
    const readable = market.filter((m) => m.confidentiality !== 'strictly-confidential').length;
    expect(await store.countListTotal(t.db, analyst, search)).toEqual({ total: readable, isLowerBound: false });
  });

  it('answers the flag over HTTP: false, with the exact total, under the cap', async () => {
    const res = await get(t.app, '/api/incidents?q=market&limit=500');
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ total: 6, totalIsLowerBound: false });
    expect(res.body.items).toHaveLength(6);
    const plain = await get(t.app, '/api/incidents?limit=500');
    expect(plain.body).toMatchObject({ total: 7, totalIsLowerBound: false });
    const openapi = await get(t.app, '/api/openapi.json');
    expect(JSON.stringify(openapi.body)).toContain('totalIsLowerBound');
  });
});
