import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, type Scope } from '../access/scope.js';
import { listAudit } from '../audit/service.js';
import { createContext } from '../context.js';
import { getForecastRun, latestForecastRun, listForecastRuns, saveForecastRun } from '../forecast/service.js';
import type { Ranking } from '../forecast/rank.js';
import { recordAssessment } from '../framework/service.js';
import { createIncidents } from '../incidents/service.js';
import { GroupInput, PlaceInput } from '../registry/schema.js';
import { createRecord } from '../registry/service.js';
import { listAlerts, scanAlerts, setAlertStatus } from '../warning/service.js';
import { getWatchlist } from './service.js';

/**
 * The watchlist through its service, on both engines: a saved forecast run (forecast rank --save)
 * is the one it reads; alerts count only for a caller who may read them, and are named only
 * then; the scorecard counts only with framework.read; every figure links to its source.
 */
describe.each(engines)('watchlist on %s', (engine) => {
  let t: TestDatabase;
  const ctx = (scope: Scope = fullScope) => createContext(t.db, { id: 'analyst-1', name: 'Analyst', scope });
  const reader = (role: Scope['role'], clearance: Scope['clearance']): Scope => ({ role, clearance, teams: [], allTeams: false });
  const today = '2025-06-15';
  const ranking = (year: number, rows: [string, number, number][]): Ranking => ({
    year,
    predictorsYear: year - 1,
    lastTrainedYear: year - 2,
    trainedRows: 5000,
    tuning: { lambda: 0.01, trees: 60, validationYears: [year - 5], validationOnsets: 2 },
    calibrator: { method: 'none', intercept: 0, slope: 1, rows: 0, onsets: 0 },
    countries: rows.map(([country, ccode, probability], i) => ({ rank: i + 1, country, ccode, probability, factors: [{ column: 'battledeaths.log2', contribution: 0.5, value: 9 }] })),
  });
  let detentionAlert: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const place = await createRecord(ctx(), 'places', PlaceInput.parse({ name: 'Mirrow', country: 'XVR', admin1: 'Eastern Lakes', latitude: 1.5, longitude: 30.2 }) as never);
    const group = await createRecord(ctx(), 'groups', GroupInput.parse({ name: 'Teral', basis: 'ethnicity' }) as never);
    const act = (violationType: string, victims: Record<string, number> = {}) => ({ violationType, groupId: group.id, victims: { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0, ...victims }, perpetrators: [] });
    const incident = (startDate: string, a: ReturnType<typeof act>, confidentiality = 'public') => ({
      title: `${a.violationType} in Mirrow`,
      narrative: 'Against Teral residents.',
      startDate,
      dateEstimated: false,
      placeId: place.id,
      acts: [a],
      sources: [],
      evidenceIds: [],
      links: [],
      verificationStatus: 'not-yet-verified',
      confidentiality,
      monitoringStatus: 'open',
    });
    // A public detention of 14 in March 2025 (a medium severity alert), and a confidential killing of 12 in May
    // (a high one: within the detectors' quiet months after March, only a graver finding is raised).
    await createIncidents(ctx(), [incident('2025-03-10', act('arbitrary-detention', { detained: 14 })) as never]);
    await createIncidents(ctx(), [incident('2025-05-10', act('killing', { killed: 12 }), 'confidential') as never]);
    await scanAlerts(ctx(), { countries: ['XVR'] });
    detentionAlert = (await listAlerts(ctx(), { limit: 10, rule: 'severity', to: '2025-03' })).items[0]!.id;
    await recordAssessment(ctx(), 'MMR', { indicator: 'indicator-10-2', status: 'present', assessedOn: '2025-05-01', note: '', incidentIds: [] });
    await recordAssessment(ctx(), 'MMR', { indicator: 'indicator-1-1', status: 'partly', assessedOn: '2024-01-01', note: '', incidentIds: [] });
  });
  afterAll(() => t?.dispose());

  it('keeps a forecast run, audited, with ISO codes and states without one kept apart; the newest is in force', async () => {
    expect(await latestForecastRun(ctx())).toBeNull();
    const old = await saveForecastRun(ctx(), ranking(2012, [['Sudan', 625, 0.3]]), { source: 'old.csv', outcome: 'mk_onset_1' });
    const { run, unmatched } = await saveForecastRun(
      ctx(),
      ranking(2013, [
        ['Sudan', 625, 0.2],
        ['Burma/Myanmar', 775, 0.1],
        ['Yemen', 679, 0.05],
        ['Czechoslovakia', 315, 0.02],
        ['Democratic Republic of Vietnam', 816, 0.004],
      ]),
      { source: 'predictors.csv', outcome: 'mk_onset_1' },
    );
    expect(unmatched).toEqual(['Czechoslovakia']);
    const stored = await getForecastRun(ctx(), run.id);
    expect(stored.rows.map((r) => r.country)).toEqual(['SDN', 'MMR', 'YEM', null, 'VNM']);
    expect(stored).toMatchObject({ year: 2013, predictorsYear: 2012, countries: 5, source: 'predictors.csv', createdBy: 'analyst-1' });
    expect(stored.rows[0]!.factors).toEqual([{ column: 'battledeaths.log2', contribution: 0.5, value: 9 }]);
    expect((await latestForecastRun(ctx()))!.id).toBe(run.id);
    expect((await listForecastRuns(ctx())).map((r) => r.id)).toEqual([run.id, old.run.id]);
    const audit = await listAudit(ctx(), { entity: 'forecast-run', entityId: run.id, limit: 5 } as never);
    expect(audit.items[0]).toMatchObject({ action: 'forecast-run.create', after: { year: 2013, top: ['SDN', 'MMR', 'YEM', 'Czechoslovakia', 'VNM'] } });
    await expect(saveForecastRun(ctx(reader('viewer', 'internal')), ranking(2013, [['Sudan', 625, 0.2]]), { source: 'x', outcome: 'mk_onset_1' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('joins the three signals, says "no forecast" for Veridia, and links every figure', async () => {
    const list = await getWatchlist(ctx(), { level: 'country', limit: 50 }, { today });
    expect(list).toMatchObject({ month: '2025-06', level: 'country', scorecards: true, forecastRun: { year: 2013, countries: 5 } });
    const xvr = list.items.find((e) => e.country === 'XVR')!;
    expect(xvr.figures.forecast).toEqual({ year: 2013, of: 5, rank: null, probability: null });
    expect(xvr.reason).toMatch(/: no forecast \(not among the 5 countries of the 2013 forecast\); 2 active alerts in the last 24 months \(/);
    expect(xvr.reason).toContain('against Teral in Eastern Lakes, May 2025');
    expect(xvr.links.alertIds).toHaveLength(2);
    expect(xvr.links.alertIds).toContain(detentionAlert);
    const mmr = list.items.find((e) => e.country === 'MMR')!;
    expect(mmr.links.forecast).toEqual({ runId: list.forecastRun!.id, rank: 2 });
    expect(mmr.links.assessmentIds).toHaveLength(2);
    expect(mmr.figures.scorecard).toEqual({ present: [10], partly: [1], worsened: [10], since: '2024-06-15', assessed: true });
    expect(mmr.reason).toContain('Framework factor 10 present, factor 1 partly; factor 10 worse since 2024-06-15');
    // Czechoslovakia has no code today: ranked in the run, never in the list.
    expect(list.items.map((e) => e.country).sort()).toEqual(['MMR', 'SDN', 'VNM', 'XVR', 'YEM']);
    const regions = await getWatchlist(ctx(), { level: 'region', limit: 50 }, { today });
    expect(regions.items.map((e) => [e.country, e.admin1])).toEqual([['XVR', 'Eastern Lakes']]);
  });

  it('counts only the alerts a caller may read, and the scorecard only with framework.read', async () => {
    const viewer = await getWatchlist(ctx(reader('viewer', 'internal')), { level: 'country', limit: 50 }, { today });
    expect(viewer.scorecards).toBe(false);
    const xvr = viewer.items.find((e) => e.country === 'XVR')!;
    expect(xvr.links.alertIds).toEqual([detentionAlert]);
    expect(xvr.figures.alerts).toMatchObject({ active: 1, newest: { id: detentionAlert, month: '2025-03' } });
    expect(xvr.reason).not.toContain('May 2025');
    expect(viewer.items.every((e) => e.figures.scorecard === null && e.links.assessmentIds.length === 0 && !e.reason.includes('Framework'))).toBe(true);
    await expect(getWatchlist(ctx(reader('public', 'public')), { level: 'country', limit: 5 }, { today })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('leaves dismissed alerts out and weighs an escalated one more', async () => {
    const before = (await getWatchlist(ctx(), { level: 'country', limit: 50 }, { today })).items.find((e) => e.country === 'XVR')!;
    await setAlertStatus(ctx(), detentionAlert, { status: 'escalated' });
    const escalated = (await getWatchlist(ctx(), { level: 'country', limit: 50 }, { today })).items.find((e) => e.country === 'XVR')!;
    expect(escalated.parts.alerts).toBeGreaterThan(before.parts.alerts);
    expect(escalated.figures.alerts.escalated).toBe(1);
    await setAlertStatus(ctx(), detentionAlert, { status: 'dismissed', reason: 'reported twice' });
    const dismissed = (await getWatchlist(ctx(), { level: 'country', limit: 50 }, { today })).items.find((e) => e.country === 'XVR')!;
    expect(dismissed.links.alertIds).not.toContain(detentionAlert);
    expect((await getWatchlist(ctx(), { level: 'country', limit: 2 }, { today })).items).toHaveLength(2);
  });
});
