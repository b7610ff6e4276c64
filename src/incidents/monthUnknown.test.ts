import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, expectStatus, get, post, put, seed, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { reportOf, row } from '../../test/importRows.js';
import { fullScope, publicScope, scopeFor } from '../access/scope.js';
import { createContext } from '../context.js';
import { importWriter } from '../ingest/write/index.js';
import { inputOf } from './document.js';
import type { StatsDimension } from './schema.js';
import * as store from './store/index.js';

/**
 * The counting rule for dates of different precision (src/incidents/counting.ts) as the store,
 * the rollup and the API apply it: a year-only incident is counted in its year's month-unknown
 * cell (`YYYY-??`), never in January; months and `??` add up to the year and to the list's
 * total; a period keeps every incident whose dated range overlaps it; and the rollup stays
 * equal to a direct count from the incidents table through every kind of write.
 */
describe.each(engines)('counts that respect date precision on %s', (engine) => {
  let t: TestApi;
  const ids: Record<string, { id: string; version: number }> = {};

  beforeAll(async () => {
    t = await openTestApi(engine);
    const dated: [string, Record<string, unknown>][] = [
      ['year2025', { startDate: '2025' }],
      ['march', { startDate: '2025-03', confidentiality: 'confidential' }],
      ['march14', { startDate: '2025-03-14' }],
      ['january20', { startDate: '2025-01-20' }],
      // From mid-January to some day in May: overlaps March and April, counts in January.
      ['januaryToMay', { startDate: '2025-01-14', endDate: '2025-05' }],
      // Longer than a year: found by a period in its last year (the long-range bound of the list).
      ['long', { startDate: '2019', endDate: '2022-06' }],
      ['year2024', { startDate: '2024', acts: [{ violationType: 'killing' }], confidentiality: 'public' }],
    ];
    for (const [key, over] of dated) ids[key] = await seed.incident(t.app, { country: 'XVR', ...over });
    ids.kenya = await seed.incident(t.app, { country: 'KEN', startDate: '2025' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const stats = async (query: string) => {
    const res = await get(t.app, `/api/stats?${query}`);
    expectStatus(res, 200);
    return res.body as { cells: ({ incidents: number } & Record<string, unknown>)[]; totals: { incidents: number } };
  };
  const cellsBy = (cells: ({ incidents: number } & Record<string, unknown>)[], key: string) =>
    Object.fromEntries(cells.map((c) => [c[key] as string, c.incidents]));
  const listed = async (query: string) => {
    const res = await get(t.app, `/api/incidents?limit=500&${query}`);
    expectStatus(res, 200);
    const ref = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v.id, k]));
    return { total: res.body.total as number, keys: (res.body.items as { id: string }[]).map((i) => ref[i.id] ?? i.id).sort() };
  };

  it('counts a year-only incident in its year’s month-unknown cell, never in January', async () => {
    const { cells } = await stats('country=XVR&by=month');
    expect(cellsBy(cells, 'month')).toEqual({ '2019-??': 1, '2024-??': 1, '2025-01': 2, '2025-03': 2, '2025-??': 1 });
    // The month-unknown cell sorts after December, so a year's cells read in order.
    expect(cells.map((c) => c.month)).toEqual(['2019-??', '2024-??', '2025-01', '2025-03', '2025-??']);
    // By year everything counts in the year it began.
    expect(cellsBy((await stats('country=XVR&by=year')).cells, 'year')).toEqual({ '2019': 1, '2024': 1, '2025': 5 });
  });

  it('adds up: months and month-unknown = years = the list’s total, for every filter', async () => {
    for (const query of ['country=XVR', 'country=KEN', 'level=2', 'country=XVR&from=2025-03&to=2025-03', 'country=XVR&from=2025-03-15', 'from=2022']) {
      const byMonth = (await stats(`${query}&by=month`)).cells.reduce((n, c) => n + c.incidents, 0);
      const byYear = (await stats(`${query}&by=year`)).cells.reduce((n, c) => n + c.incidents, 0);
      const { total, keys } = await listed(query);
      expect([byMonth, byYear, total], query).toEqual([keys.length, keys.length, keys.length]);
    }
  });

  it('keeps, in a period, every incident whose dated range overlaps it — in the list and in the stats', async () => {
    const cases: [string, string[]][] = [
      ['from=2025-03&to=2025-03', ['januaryToMay', 'march', 'march14', 'year2025']],
      ['from=2025-03', ['januaryToMay', 'march', 'march14', 'year2025']],
      // Part of March: a month-dated incident may lie in it, a day before it may not.
      ['from=2025-03-15', ['januaryToMay', 'march', 'year2025']],
      ['to=2025-01-31', ['january20', 'januaryToMay', 'long', 'year2024', 'year2025']],
      ['from=2022-03&to=2022-03', ['long']],
      ['from=2022-07', ['januaryToMay', 'january20', 'march', 'march14', 'year2024', 'year2025'].sort()],
      ['from=2024-06&to=2024-06', ['year2024']],
    ];
    for (const [period, expected] of cases) {
      const { total, keys } = await listed(`country=XVR&${period}`);
      expect(keys, period).toEqual(expected);
      expect(total, period).toBe(expected.length);
      expect((await stats(`country=XVR&${period}`)).totals.incidents, period).toBe(expected.length);
    }
  });

  /** Every way of counting agrees with a count made from the incidents table, and the maintained rollup with a rebuilt one. */
  const rollupAgrees = async () => {
    const filters: store.IncidentFilter[] = [
      { deleted: 'exclude' },
      { deleted: 'exclude', countries: ['XVR'], from: '2025-03-01', to: '2025-03-31' },
      { deleted: 'exclude', from: '2022-01-01', to: '2022-12-31' },
      { deleted: 'exclude', countries: ['XVR'], admin1: ['North'], from: '2023-01-01' },
    ];
    const dimensions: StatsDimension[][] = [['month'], ['year'], ['month', 'level', 'group', 'country'], ['admin1', 'month'], []];
    for (const f of filters) {
      for (const by of dimensions) {
        expect(store.rollupCanAnswer(f, by), JSON.stringify(f)).toBe(true);
        // Without a region, incident_counts (folded by clearance) answers: each scope sums its clearance's rows.
        expect(store.clearanceCountsCanAnswer(f, by)).toBe(!f.admin1 && !by.includes('admin1'));
        for (const scope of [fullScope, scopeFor('analyst'), scopeFor('viewer'), publicScope]) {
          const fromTable = await store.selectStats(t.db, scope, f, by, false);
          expect(await store.selectStats(t.db, scope, f, by), `${scope.role}: ${JSON.stringify(f)} by ${by.join(',')}`).toEqual(fromTable);
        }
      }
    }
    const snapshot = async () => [
      await t.db.query('select * from incident_rollup where incidents <> 0 order by country, group_key, month, month_known, last_month, admin1, pyramid_level, confidentiality, teams'),
      await t.db.query('select * from incident_counts where incidents <> 0 order by clearance, country, group_key, month, month_known, last_month, pyramid_level, teams'),
    ];
    const maintained = await snapshot();
    await t.db.transaction((tx) => store.rebuildRollup(tx));
    expect(await snapshot()).toEqual(maintained);
  };

  it('keeps the rollup equal to a count from the incidents after create, precision edits, delete, restore and a bulk import', async () => {
    await rollupAgrees();
    // The year-only 2025 incident becomes known to July: it leaves 2025-?? for 2025-07.
    const year2025 = (await get(t.app, `/api/incidents/${ids.year2025!.id}`)).body;
    const edited = await put(t.app, `/api/incidents/${year2025.id}`, { ...inputOf(year2025), startDate: '2025-07', version: year2025.version });
    expectStatus(edited, 200);
    expect(cellsBy((await stats('country=XVR&by=month')).cells, 'month')).toEqual({ '2019-??': 1, '2024-??': 1, '2025-01': 2, '2025-03': 2, '2025-07': 1 });
    await rollupAgrees();
    // And back to the year only, with a range into 2026.
    const again = (await get(t.app, `/api/incidents/${year2025.id}`)).body;
    expectStatus(await put(t.app, `/api/incidents/${year2025.id}`, { ...inputOf(again), startDate: '2025', endDate: '2026-02', version: again.version }), 200);
    expect((await listed('country=XVR&from=2026-02&to=2026-02')).keys).toEqual(['year2025']);
    await rollupAgrees();
    // Delete and restore the month-dated one.
    const march = (await get(t.app, `/api/incidents/${ids.march!.id}`)).body;
    expectStatus(await del(t.app, `/api/incidents/${march.id}?version=${march.version}`), 200);
    expect(cellsBy((await stats('country=XVR&by=month')).cells, 'month')['2025-03']).toBe(1);
    await rollupAgrees();
    expectStatus(await post(t.app, `/api/incidents/${march.id}/restore?version=${march.version + 1}`), 200);
    await rollupAgrees();
    // A bulk import (the ingest write path) of year-only, month and day dates.
    const ctx = createContext(t.db);
    const batch = await importWriter.beginBatch(ctx, {
      sourceSystem: 'test',
      fileName: 'years.csv',
      fileSha256: 'years'.padEnd(64, '0'),
      format: 'csv',
      mappingName: 'test',
      mapping: { name: 'test' },
    });
    const rows = [row(1, { startDate: '2023' }), row(2, { startDate: '2023-11' }), row(3, { startDate: '2023', endDate: '2024-03-02' }), row(4, { startDate: '2023-01-09' })];
    const outcomes = await importWriter.writeIncidents(ctx, batch, rows);
    await importWriter.finishBatch(ctx, batch, reportOf(batch, outcomes), 'finished');
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
    expect(cellsBy((await stats('country=SDN&by=month')).cells, 'month')).toEqual({ '2023-01': 1, '2023-11': 1, '2023-??': 2 });
    expect((await stats('country=SDN&from=2024-03&to=2024-03')).totals.incidents).toBe(1);
    await rollupAgrees();
  });
});
