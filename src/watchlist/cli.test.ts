import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, openEmptyCliDatabase, runCli, stopCliProcesses, type CliDatabase } from '../../test/cli.js';
import { engines } from '../../test/databases.js';

afterEach(stopCliProcesses);

/**
 * `precursor forecast rank --save` then `precursor warn watchlist` as a person runs them, on the
 * Early Warning Project sample: the saved run is the one the watchlist reads; a bad level exits 2.
 */
describe.each(engines)('precursor warn watchlist on %s', (engine) => {
  let database: CliDatabase;
  const cli = (args: string[]) => runCli(args, { env: database.env, timeoutMs: 120_000 });

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    expect((await cli(['db', 'migrate'])).code).toBe(0);
  }, 240_000);
  afterAll(async () => {
    await stopCliProcesses();
    await database?.dispose();
  });

  it('says no forecast is saved, then reads the run that rank --save keeps', async () => {
    const empty = await cli(['warn', 'watchlist']);
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stdout).toMatch(/no forecast saved \(precursor forecast rank … --save\)/);

    const saved = await cli(['forecast', 'rank', '--predictors', 'data/ewp-sample/predictors-sample.csv', '--year', '2001', '--limit', '3', '--save', '--json']);
    expect(saved.code, saved.stderr).toBe(0);
    const ranking = json<{ countries: { country: string }[]; saved: { runId: string; countries: number; unmatched: string[] } }>(saved);
    // --limit prints three, the whole ranking is kept.
    expect(ranking.countries).toHaveLength(3);
    expect(ranking.saved).toMatchObject({ countries: 22, unmatched: [] });

    const list = await cli(['warn', 'watchlist', '--json', '--limit', '5']);
    expect(list.code, list.stderr).toBe(0);
    const out = json<{ forecastRun: { id: string; year: number }; total: number; items: { position: number; reason: string; links: { forecast: { runId: string; rank: number } } }[] }>(list);
    expect(out.forecastRun).toMatchObject({ id: ranking.saved.runId, year: 2001 });
    expect(out.total).toBe(22);
    expect(out.items).toHaveLength(5);
    expect(out.items[0]!.reason).toMatch(/^1st: forecast rank 1 of 22 for 2001 \(p = [\d.]+\); no active alert in the last 24 months; no Framework assessment$/);
    expect(out.items.map((e) => e.links.forecast.rank)).toEqual([1, 2, 3, 4, 5]);

    const text = await cli(['warn', 'watchlist', '--limit', '3']);
    expect(text.stdout).toMatch(/forecast rank 1 of 22 for 2001/);
    expect(text.stdout).toContain(`forecast run ${ranking.saved.runId} (2001, 22 countries)`);
  }, 180_000);

  it('refuses a level that is not one, naming it (exit 2)', async () => {
    const r = await cli(['warn', 'watchlist', '--level', 'province']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/level/);
  });
});
