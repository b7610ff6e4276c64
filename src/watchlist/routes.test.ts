import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, get, post, seed, type TestApi, openTestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/** The forecasts and watchlist API: a ranking saved and read back, bad input named by field, the watchlist's shape. */
describe.each(engines)('forecasts and watchlist API on %s', (engine) => {
  let t: TestApi;
  const run = (countries: unknown[]) => ({
    year: 2013,
    predictorsYear: 2012,
    lastTrainedYear: 2011,
    trainedRows: 6000,
    tuning: { lambda: 0.01, trees: 50, validationYears: [2005], validationOnsets: 1 },
    source: 'predictors.csv',
    countries,
  });
  beforeAll(async () => {
    t = await openTestApi(engine);
    const place = await seed.place(t.app, { admin1: 'Eastern Lakes' });
    const group = await seed.group(t.app, { name: 'Teral' });
    await seed.incident(t.app, { placeId: place.id, startDate: new Date().toISOString().slice(0, 8) + '01', acts: [{ violationType: 'arbitrary-detention', groupId: group.id, victims: { detained: 14 } }] });
    await post(t.app, '/api/alerts/scan', { country: 'XVR' });
  });
  afterAll(() => t?.close());

  it('saves a ranking and reads it back; names what is wrong with one', async () => {
    const saved = await post(t.app, '/api/forecasts', run([
      { rank: 1, country: 'Sudan', ccode: 625, probability: 0.2, factors: [{ column: 'battledeaths.log2', contribution: 0.8, value: 10 }] },
      { rank: 2, country: 'France', ccode: 220, probability: 0.01, factors: [] },
    ]));
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body).toMatchObject({ year: 2013, outcome: 'mk_onset_1', countries: 2, rows: [{ rank: 1, country: 'SDN', ewpName: 'Sudan' }, { rank: 2, country: 'FRA' }] });
    expect((await get(t.app, `/api/forecasts/${saved.body.id}`)).body.rows).toHaveLength(2);
    expect((await get(t.app, '/api/forecasts')).body.items[0].id).toBe(saved.body.id);
    expectProblem(await post(t.app, '/api/forecasts', run([{ rank: 1, country: 'Sudan', ccode: 625, probability: 0.1, factors: [] }, { rank: 3, country: 'Chad', ccode: 483, probability: 0.2, factors: [] }])), 400, ['countries.1.rank', 'countries.1.probability']);
    expectProblem(await post(t.app, '/api/forecasts', run([{ rank: 1, country: 'Sudan', ccode: 625, probability: 1.5, factors: [] }])), 400, ['countries.0.probability']);
    expect((await get(t.app, '/api/forecasts/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('answers the watchlist with reasons, figures and links', async () => {
    const res = await get(t.app, '/api/watchlist?level=country&limit=10');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ level: 'country', scorecards: true, forecastRun: { year: 2013, countries: 2 }, total: 3 });
    const xvr = res.body.items.find((e: { country: string }) => e.country === 'XVR');
    expect(xvr.reason).toMatch(/no forecast \(not among the 2 countries of the 2013 forecast\); 1 active alert in the last 24 months \(1 medium\); newest: .* against Teral in Eastern Lakes/);
    expect(xvr.links.alertIds).toHaveLength(1);
    const regions = await get(t.app, '/api/watchlist?level=region');
    expect(regions.body.items.map((e: { admin1: string }) => e.admin1)).toEqual(['Eastern Lakes']);
    expectProblem(await get(t.app, '/api/watchlist?level=province'), 400, ['level']);
    expectProblem(await get(t.app, '/api/watchlist?limit=0'), 400, ['limit']);
  });
});
