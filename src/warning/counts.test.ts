import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope } from '../access/scope.js';
import { createContext } from '../context.js';
import { generateDemo } from '../demo/generate.js';
import { loadDemo } from '../demo/load.js';
import type { DatePrecision } from '../incidents/dates.js';
import { createIncidents, getIncident, setIncidentDeleted, updateIncident } from '../incidents/service.js';
import * as incidentStore from '../incidents/store/index.js';
import { getRecord, updateRecord } from '../registry/service.js';
import { defaultWarningConfig } from './config.js';
import { scanHistory } from './detect/scan.js';
import { buildSeries, type SeriesIncident } from './series.js';
import { listAlerts, protectionOfAll, scanAlerts } from './service.js';
import { alertKey } from './store.js';
import type { Alert } from './types.js';

/**
 * The scan reads its series from the warning counts (migration 026) and links incidents only for
 * the alerts it writes. These tests hold it to what the scan gave when it read every incident row:
 * on the demo, after edits of every kind, the alerts are those of buildSeries over the incident
 * rows (the old read, done here), incidents, protection and words alike; the maintained counts
 * equal counts rebuilt from scratch; an unchanged re-scan writes nothing; and a change that moves
 * no count (a confidentiality, one incident replaced by its twin) still rewrites the alert.
 */
describe.each(engines)('warning counts on %s', (engine) => {
  let t: TestDatabase;
  const demo = generateDemo(99);
  const teral = demo.groups.find((g) => g.key === 'teral')!;
  const osk = demo.groups.find((g) => g.key === 'osk')!;
  const ctx = () => createContext(t.db, { id: 'analyst-1', name: 'Analyst', scope: fullScope });

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    await loadDemo({ db: t.db }, () => {}, demo);
  });
  afterAll(() => t?.dispose());

  /** The incidents as the scan read them before the counts: one row per incident × targeted group, from the incidents row. */
  async function incidentRows(): Promise<(SeriesIncident & { confidentiality: string; teams: string[] })[]> {
    const groups = new Map((await t.db.query<{ id: string; name: string }>('select id, name from groups')).map((g) => [g.id, g.name]));
    const kinds = new Map((await t.db.query<{ id: string; kind: string }>('select id, kind from actors')).map((a) => [a.id, a.kind]));
    const rows = await t.db.query<{
      id: string;
      country: string;
      admin1: string | null;
      group_ids: string[];
      start_date: string;
      start_precision: DatePrecision;
      pyramid_level: number;
      violation_types: string[];
      killed: number;
      detained: number;
      disappeared: number;
      displaced: number;
      perpetrator_ids: string[];
      confidentiality: string;
      teams: string[];
    }>(
      `select id, country, admin1, group_ids, start_date, start_precision, pyramid_level, violation_types, killed::int, detained::int, disappeared::int, displaced::int,
              perpetrator_ids, confidentiality, teams
         from incidents where deleted_at is null and cardinality(group_ids) > 0`,
    );
    return rows.flatMap((r) =>
      r.group_ids.map((groupId) => ({
        incidentId: r.id,
        country: r.country,
        admin1: r.admin1,
        groupId,
        groupName: groups.get(groupId) ?? groupId,
        startDate: r.start_date,
        startPrecision: r.start_precision,
        level: r.pyramid_level,
        violationTypes: r.violation_types,
        killed: r.killed,
        detained: r.detained,
        disappeared: r.disappeared,
        displaced: r.displaced,
        perpetratorIds: r.perpetrator_ids,
        perpetratorKinds: [...new Set(r.perpetrator_ids.map((p) => kinds.get(p) ?? 'unknown'))],
        confidentiality: r.confidentiality,
        teams: r.teams,
      })),
    );
  }

  const comparable = (a: Pick<Alert, 'rule' | 'country' | 'admin1' | 'groupId' | 'month' | 'severity' | 'level' | 'explanation' | 'figures' | 'incidentIds' | 'confidentiality' | 'teams'>) => ({
    key: alertKey(a),
    severity: a.severity,
    level: a.level,
    explanation: a.explanation,
    figures: a.figures,
    incidentIds: [...a.incidentIds].sort(),
    confidentiality: a.confidentiality,
    teams: [...a.teams].sort(),
  });

  /** What the scan raised before the counts: every rule over buildSeries of the incident rows. */
  async function expectedAlerts() {
    const rows = await incidentRows();
    const protection = new Map(rows.map((r) => [r.incidentId, r]));
    return scanHistory(buildSeries(rows), defaultWarningConfig)
      .map((f) => comparable({ ...f, ...protectionOfAll(f.incidentIds.map((id) => protection.get(id)!)) }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  async function liveAlerts() {
    const all: Alert[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAlerts(ctx(), { limit: 500, ...(cursor ? { cursor } : {}) });
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all
      .filter((a) => a.status !== 'withdrawn')
      .map(comparable)
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  const countsSnapshot = () =>
    t.db.query('select * from warning_counts where incidents <> 0 order by country, group_id, month, month_known, admin1');

  it('raises on the demo exactly the alerts the scan of every incident row raised', async () => {
    const result = await scanAlerts(ctx());
    const expected = await expectedAlerts();
    expect(expected.length).toBeGreaterThan(20);
    // Loading the demo has scanned it already (src/demo/load.ts): this scan finds the same.
    expect(result.raised + result.updated + result.unchanged).toBe(expected.length);
    expect(result.incidents).toBe(new Set((await incidentRows()).map((r) => r.incidentId)).size);
    expect(await liveAlerts()).toEqual(expected);
  });

  it('re-scans an unchanged history without writing', async () => {
    const before = await t.db.query<{ id: string; updated_at: string }>('select id, updated_at from alerts order by id');
    const again = await scanAlerts(ctx());
    expect(again).toMatchObject({ raised: 0, updated: 0, withdrawn: 0, reinstated: 0 });
    expect(again.unchanged).toBe(before.length);
    expect(await t.db.query('select id, updated_at from alerts order by id')).toEqual(before);
  });

  it('keeps the counts equal to counts rebuilt from the incidents after updates, deletes, restores and a moved place, and the alerts with them', async () => {
    const c = ctx();
    const [a, b, d] = demo.incidents.slice(100, 103);
    const before = await getIncident(c, a!.id);
    const { id: _id, ...input } = a!;
    await updateIncident(c, a!.id, before.version, {
      ...input,
      startDate: '2023-07-15',
      acts: [{ ...input.acts[0]!, violationType: 'killing', groupId: osk.id }, { ...input.acts[0]!, violationType: 'torture', groupId: teral.id }],
    });
    await setIncidentDeleted(c, b!.id, (await getIncident(c, b!.id)).version, true);
    const dv = (await getIncident(c, d!.id)).version;
    await setIncidentDeleted(c, d!.id, dv, true);
    await setIncidentDeleted(c, d!.id, dv + 1, false);
    const town = demo.places[0]!;
    const place = await getRecord(c, 'places', town.id);
    const { id: _pid, version, createdAt: _c, updatedAt: _u, deletedAt: _d, ...placeInput } = place;
    await updateRecord(c, 'places', town.id, version, { ...placeInput, admin1: 'Renamed Region' });
    // Incidents known only to their country: counted without a region (admin1 '').
    const { id: _nid, placeId: _np, ...noPlace } = demo.incidents.find((i) => i.acts.some((act) => act.groupId === teral.id))!;
    await createIncidents(c, [0, 1, 2].map((k) => ({ ...noPlace, country: 'XVR', admin1: null, startDate: `2024-0${k + 4}-02`, acts: noPlace.acts.map(({ id: _aid, ...act }) => act) }) as never));

    const maintained = await countsSnapshot();
    await t.db.transaction((tx) => incidentStore.rebuildRollup(tx));
    expect(await countsSnapshot()).toEqual(maintained);
    expect(maintained.some((r) => (r as { admin1: string }).admin1 === 'Renamed Region')).toBe(true);
    expect(maintained.some((r) => (r as { admin1: string }).admin1 === '')).toBe(true);

    await scanAlerts(ctx());
    expect(await liveAlerts()).toEqual(await expectedAlerts());
  });

  it('rewrites an alert whose incidents changed though no count did: a confidentiality, an incident replaced by its twin', async () => {
    const alerts = (await liveAlerts()).filter((a) => a.incidentIds.length === 1 && a.confidentiality !== 'strictly-confidential');
    const [first, second] = alerts;
    const c = ctx();
    // Raise one incident's confidentiality: every count stays, the alert's protection must not.
    const raisedId = first!.incidentIds[0]!;
    const original = demo.incidents.find((i) => i.id === raisedId)!;
    const { id: _oid, ...originalInput } = original;
    await updateIncident(c, raisedId, (await getIncident(c, raisedId)).version, { ...originalInput, confidentiality: 'strictly-confidential', teams: ['team-z'] });
    // Replace another alert's one incident by an identical one.
    const replacedId = second!.incidentIds[0]!;
    const twin = demo.incidents.find((i) => i.id === replacedId)!;
    const { id: _tid, ...twinInput } = twin;
    await setIncidentDeleted(c, replacedId, (await getIncident(c, replacedId)).version, true);
    const [made] = await createIncidents(c, [twinInput]);

    const result = await scanAlerts(ctx());
    expect(result.updated).toBeGreaterThanOrEqual(2);
    const now = new Map((await liveAlerts()).map((a) => [a.key, a]));
    expect(now.get(first!.key)).toMatchObject({ confidentiality: 'strictly-confidential', teams: ['team-z'] });
    expect(now.get(second!.key)!.incidentIds).toEqual([made!.id]);
    expect([...now.values()]).toEqual(await expectedAlerts());
  });
});
