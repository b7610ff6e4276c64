import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope } from '../access/scope.js';
import { createContext } from '../context.js';
import { generateDemo } from '../demo/generate.js';
import { loadDemo } from '../demo/load.js';
import { createIncidents, getIncident, setIncidentDeleted, updateIncident } from '../incidents/service.js';
import type { IncidentInput } from '../incidents/schema.js';
import { scanAlerts } from './service.js';

/**
 * The incremental scan (src/warning/incremental.ts) re-detects only the series writes touched,
 * from the earliest month touched. Held here to the full scan: after each kind of write — a
 * current import, one past the last month, a back-dated one, one before the first month, edits
 * that move incidents in time and place, deletions and restores, incidents without a region or
 * known only to the year — the incremental scan leaves the alerts exactly as a full scan then
 * finds them: the full scan raises, rewrites, withdraws and reinstates nothing, and every alert
 * (words, figures, incidents, protection, status) is as the incremental scan left it.
 */
describe.each(engines)('incremental scan on %s', (engine) => {
  let t: TestDatabase;
  const demo = generateDemo(99);
  const ctx = () => createContext(t.db, { id: 'analyst-1', name: 'Analyst', scope: fullScope });
  const teral = demo.groups.find((g) => g.key === 'teral')!;
  const osk = demo.groups.find((g) => g.key === 'osk')!;
  const lakes = demo.places.filter((p) => p.admin1 === 'Eastern Lakes');
  const elsewhere = demo.places.find((p) => p.admin1 !== 'Eastern Lakes')!;
  const army = demo.actors.find((a) => a.key === 'army')!;
  const militia = demo.actors.find((a) => a.key === 'militia')!;
  const template = demo.incidents.find((i) => i.placeId === lakes[0]!.id)!;

  /** A new incident like the demo's: a place (or none), a date, one act against a group. */
  const incident = (over: { startDate: string; placeId?: string | null; country?: string; violationType: string; groupId: string; actorId?: string; killed?: number; detained?: number }): IncidentInput => {
    const { id: _id, placeId: _p, admin1: _a, ...base } = template;
    return {
      ...base,
      title: `${over.violationType} (incremental scan test)`,
      startDate: over.startDate,
      endDate: null,
      reportDate: null,
      links: [],
      ...(over.placeId ? { placeId: over.placeId } : {}),
      country: over.country ?? template.country,
      acts: [
        {
          violationType: over.violationType,
          groupId: over.groupId,
          identityBasis: null,
          victims: { killed: over.killed ?? 0, injured: 0, detained: over.detained ?? 0, disappeared: 0, displaced: 0, affected: 0 },
          perpetrators: [{ actorId: over.actorId ?? militia.id, involvement: 'carried-out' }],
        },
      ],
    } as IncidentInput;
  };
  const many = (n: number, make: (k: number) => IncidentInput) => Array.from({ length: n }, (_, k) => make(k));

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    await loadDemo({ db: t.db }, () => {}, demo);
    // The demo's load scans its country in full; what follows is held to that.
    expect((await scanAlerts(ctx())).raised).toBe(0);
  });
  afterAll(() => t?.dispose());

  const snapshot = () =>
    t.db.query(
      `select id, rule, country, admin1, group_id, month, severity, level, status, status_reason, explanation, figures, parameters,
              (select array_agg(x order by x) from unnest(incident_ids) x) as incident_ids, confidentiality, teams, fingerprint, updated_at
         from alerts order by id`,
    );

  /** Writes, scans incrementally, then holds the alerts to a full scan, which must find nothing left to do. */
  async function check(write: () => Promise<unknown>) {
    await write();
    const incremental = await scanAlerts(ctx(), { incremental: true });
    const after = await snapshot();
    const full = await scanAlerts(ctx());
    expect(full).toMatchObject({ raised: 0, updated: 0, withdrawn: 0, reinstated: 0 });
    expect(await snapshot()).toEqual(after);
    return { incremental, full };
  }

  it('does nothing when nothing was written', async () => {
    const { incremental } = await check(async () => {});
    expect(incremental).toMatchObject({ series: 0, findings: 0, raised: 0, updated: 0, withdrawn: 0 });
  });

  it('re-detects only the series a current import touched, from its month, as a full scan would', async () => {
    const { incremental, full } = await check(() =>
      createIncidents(ctx(), many(12, (k) => incident({ startDate: `2026-06-${String(k + 10).padStart(2, '0')}`, placeId: lakes[k % lakes.length]!.id, violationType: 'arbitrary-detention', groupId: osk.id, actorId: army.id, detained: 4 }))),
    );
    expect(incremental.raised + incremental.updated).toBeGreaterThan(0);
    // The region's and the country's series of one group, not the country's every series.
    expect(incremental.series).toBe(2);
    expect(incremental.series).toBeLessThan(full.series / 4);
  });

  it('scans every series past the old last month when an import extends the history', async () => {
    const { incremental } = await check(() =>
      createIncidents(ctx(), many(5, (k) => incident({ startDate: `2026-09-0${k + 1}`, placeId: lakes[0]!.id, violationType: 'killing', groupId: teral.id, killed: 2 }))),
    );
    expect(incremental.raised).toBeGreaterThan(0);
  });

  it('matches a full scan after a back-dated import in the middle of the history', async () => {
    const { incremental } = await check(() =>
      createIncidents(ctx(), [
        ...many(15, (k) => incident({ startDate: `2023-03-${String(k + 1).padStart(2, '0')}`, placeId: elsewhere.id, violationType: 'assault', groupId: osk.id, actorId: army.id })),
        ...many(3, (k) => incident({ startDate: `2023-04-0${k + 1}`, placeId: lakes[1]!.id, violationType: 'killing', groupId: teral.id, killed: 12 })),
      ]),
    );
    expect(incremental.raised + incremental.updated + incremental.withdrawn).toBeGreaterThan(0);
  });

  it('matches a full scan after an import before the first month (every series re-numbered)', async () => {
    await check(() => createIncidents(ctx(), many(4, (k) => incident({ startDate: `2021-0${k + 5}-15`, placeId: lakes[0]!.id, violationType: 'hate-speech', groupId: teral.id }))));
  });

  it('matches a full scan after edits that move incidents in time and place, deletions and restores', async () => {
    const c = ctx();
    const teralLakes = demo.incidents.filter((i) => i.acts.some((a) => a.groupId === teral.id) && lakes.some((p) => p.id === i.placeId));
    const moved = teralLakes[40]!;
    const killing = demo.incidents.find((i) => i.acts.some((a) => a.victims.killed > 0))!;
    let restoreVersion = 0;
    await check(async () => {
      const { id: _id, ...input } = moved;
      await updateIncident(c, moved.id, (await getIncident(c, moved.id)).version, { ...input, startDate: '2022-08-03', placeId: elsewhere.id, admin1: elsewhere.admin1 } as IncidentInput);
      restoreVersion = (await setIncidentDeleted(c, killing.id, (await getIncident(c, killing.id)).version, true)).version;
    });
    await check(() => setIncidentDeleted(c, killing.id, restoreVersion, false));
  });

  it('matches a full scan after incidents without a region and known only to the year', async () => {
    await check(() =>
      createIncidents(ctx(), [
        ...many(6, (k) => incident({ startDate: `2025-0${k + 1}-20`, placeId: null, violationType: 'arbitrary-detention', groupId: teral.id, actorId: army.id, detained: 11 })),
        incident({ startDate: '2024', placeId: lakes[0]!.id, violationType: 'killing', groupId: teral.id, killed: 3 }),
      ]),
    );
  });

  it('raises and withdraws the alerts of months a write adds at or takes from the end of the history, in series it did not touch', async () => {
    // Another country, no regions. Against the Osk: 6 incidents of discrimination in January 2023,
    // 12 quiet months, 2 in February and 2 in March 2024. As of March the last three months
    // stand against a baseline with January 2023 in it (p ≈ 0.07); as of April 2024 against 12
    // quiet months: a surge (p < 0.001) — in a month the Osk's series has only while the country's
    // history reaches it, here through one incident against the Teral.
    const at = (startDate: string, groupId: string, violationType: string) => incident({ startDate, placeId: null, country: 'ISL', violationType, groupId });
    await check(() =>
      createIncidents(ctx(), [
        ...many(6, (k) => at(`2023-01-${String(k + 10)}`, osk.id, 'discrimination-employment')),
        ...['2024-02-05', '2024-02-06', '2024-03-05', '2024-03-06'].map((d) => at(d, osk.id, 'discrimination-employment')),
      ]),
    );
    const surgeInApril = async () => (await t.db.query<{ status: string }>(`select status from alerts where country = 'ISL' and rule = 'surge' and month = '2024-04' and group_id = $1`, [osk.id]))[0]?.status;
    expect(await surgeInApril()).toBeUndefined();
    const [teralInApril] = await check(() => createIncidents(ctx(), [at('2024-04-02', teral.id, 'hate-speech')])).then(async () =>
      t.db.query<{ id: string }>(`select id from incidents where country = 'ISL' and start_date = '2024-04-02'`),
    );
    expect(await surgeInApril()).toBe('new');
    await check(async () => setIncidentDeleted(ctx(), teralInApril!.id, (await getIncident(ctx(), teralInApril!.id)).version, true));
    expect(await surgeInApril()).toBe('withdrawn');
  });

  it('withdraws what an incremental scan finds no longer holds, as a full scan would', async () => {
    // Delete the current import of the first test: its alerts no longer hold.
    const ids = (await t.db.query<{ id: string }>(`select id from incidents where title like 'arbitrary-detention (incremental scan test)' and start_date >= '2026-06-01' and deleted_at is null`)).map((r) => r.id);
    expect(ids.length).toBe(12);
    const { incremental } = await check(async () => {
      for (const id of ids) await setIncidentDeleted(ctx(), id, (await getIncident(ctx(), id)).version, true);
    });
    expect(incremental.withdrawn).toBeGreaterThan(0);
  });
});
