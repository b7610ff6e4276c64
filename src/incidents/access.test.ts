import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { confidentialityLevels, fullScope, mayRead, publicScope, roles, scopeFor, type Scope } from '../access/scope.js';
import { createContext, type RequestContext } from '../context.js';
import { DomainError } from '../errors.js';
import { createRecord } from '../registry/service.js';
import { GroupInput } from '../registry/schema.js';
import { inputOf } from './document.js';
import { IncidentInput, type StatsDimension } from './schema.js';
import { createIncidents, getIncident, incidentExtent, incidentStats, listIncidents, setIncidentDeleted, updateIncident } from './service.js';
import * as store from './store/index.js';
import { recordsUsage } from './usage.js';

/**
 * The access door over incidents: what the store's SQL lets a scope read must be exactly what
 * `mayRead` says, in lists, totals and counts from the rollup alike — checked against counts
 * made in TypeScript from the records as generated, never the table against itself.
 */

const as = (t: TestDatabase, scope: Scope, name: string = scope.role): RequestContext => createContext(t.db, { id: `test-${name}`, name, scope });

/** A small seeded generator (mulberry32), so a failure is repeatable. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const teamPool = ['t1', 't2', 't3'];
const types: [string, number][] = [
  ['harassment', 2],
  ['discrimination-employment', 3],
  ['arbitrary-detention', 4],
  ['killing', 4],
];

/** Every role × clearance × a few team sets (capped at the role's maximum, duplicates dropped), and the two fixed scopes. */
function allScopes(): Scope[] {
  const seen = new Map<string, Scope>();
  for (const role of roles)
    for (const clearance of confidentialityLevels)
      for (const teams of [[], ['t1'], ['t2', 't3']]) {
        const s = scopeFor(role, { clearance, teams });
        seen.set(JSON.stringify(s), s);
      }
  for (const s of [fullScope, publicScope]) seen.set(JSON.stringify(s), s);
  return [...seen.values()];
}

describe.each(engines)('the access door over incidents on %s', (engine) => {
  let t: TestDatabase;
  interface Generated {
    id: string;
    confidentiality: string;
    teams: string[];
    level: number;
    group: string | null;
    killed: number;
  }
  const records: Generated[] = [];
  let groups: string[];

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const admin = as(t, fullScope, 'admin');
    groups = [];
    for (const name of ['Door group one', 'Door group two']) groups.push((await createRecord(admin, 'groups', GroupInput.parse({ name, basis: 'ethnicity' }))).id);
    const next = random(15);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    const inputs = Array.from({ length: 160 }, (_, i) => {
      const teams = next() < 0.5 ? [] : teamPool.filter(() => next() < 0.5);
      const [type] = pick(types);
      const group = pick([...groups, null]);
      return IncidentInput.parse({
        title: `Generated ${i}`,
        startDate: `2023-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
        country: 'XVR',
        confidentiality: pick(confidentialityLevels),
        teams,
        acts: [{ violationType: type, groupId: group, victims: { killed: Math.floor(next() * 5) } }],
      });
    });
    const created = await createIncidents(admin, inputs);
    created.forEach((c, i) =>
      records.push({
        id: c.id,
        confidentiality: c.confidentiality,
        teams: c.teams,
        level: c.pyramidLevel,
        group: inputs[i]!.acts[0]!.groupId ?? null,
        killed: c.victims.killed,
      }),
    );
  });
  afterAll(() => t?.dispose());

  it('the generated records cover every level, with and without teams', () => {
    for (const level of confidentialityLevels) expect(records.some((r) => r.confidentiality === level && r.teams.length > 0)).toBe(true);
    for (const level of confidentialityLevels) expect(records.some((r) => r.confidentiality === level && r.teams.length === 0)).toBe(true);
  });

  it('lists, per scope, exactly the records mayRead allows', async () => {
    for (const scope of allScopes()) {
      const expected = records.filter((r) => mayRead(scope, r)).map((r) => r.id).sort();
      const page = await store.selectIncidentPage(t.db, scope, { deleted: 'exclude' }, 'date:desc', undefined, 1000);
      expect(page.map((r) => r.id).sort(), JSON.stringify(scope)).toEqual(expected);
      // The total from the rollup and from the table agree with it.
      expect(store.rollupCanAnswer({ deleted: 'exclude' }, [])).toBe(true);
      expect(await store.countIncidents(t.db, scope, { deleted: 'exclude' })).toBe(expected.length);
      expect(await store.countIncidents(t.db, scope, { deleted: 'exclude', verification: ['not-yet-verified'] })).toBe(expected.length);
    }
  });

  // By level and group the counts folded by clearance answer (incident_counts); by region the
  // rollup keyed by confidentiality and teams (incident_rollup): both are checked for every scope.
  it.each([
    ['level', 'group'],
    ['level', 'group', 'admin1'],
  ] as StatsDimension[][])('counts, per scope, from the rollup and from the table, what TypeScript counts from the records: by %s', async (...by) => {
    expect(store.clearanceCountsCanAnswer({ deleted: 'exclude' }, by)).toBe(!by.includes('admin1'));
    for (const scope of allScopes()) {
      const cells = new Map<string, { incidents: number; killed: number }>();
      for (const r of records.filter((r) => mayRead(scope, r))) {
        const key = `${r.level}|${r.group}`;
        const cell = cells.get(key) ?? { incidents: 0, killed: 0 };
        cell.incidents += 1;
        cell.killed += r.killed;
        cells.set(key, cell);
      }
      const expected = [...cells].map(([key, c]) => ({ key, ...c })).sort((a, b) => a.key.localeCompare(b.key));
      const asCells = (rows: store.StatsRow[]) =>
        rows.map((r) => ({ key: `${r.level}|${r.group}`, incidents: r.incidents, killed: r.killed })).sort((a, b) => a.key.localeCompare(b.key));
      expect(store.rollupCanAnswer({ deleted: 'exclude' }, by)).toBe(true);
      expect(asCells(await store.selectStats(t.db, scope, { deleted: 'exclude' }, by)), JSON.stringify(scope)).toEqual(expected);
      expect(asCells(await store.selectStats(t.db, scope, { deleted: 'exclude' }, by, false)), JSON.stringify(scope)).toEqual(expected);
    }
  });

  it('moves the counts when a write changes confidentiality or teams, and the rollup stays equal to a rebuilt one', async () => {
    const admin = as(t, fullScope, 'admin');
    const analyst = scopeFor('analyst', { teams: ['t1'] });
    const target = records.find((r) => r.confidentiality === 'strictly-confidential')!;
    const before = await store.countIncidents(t.db, analyst, { deleted: 'exclude' });
    const current = await getIncident(admin, target.id);
    await updateIncident(admin, target.id, current.version, { ...inputOf(current), confidentiality: 'internal', teams: ['t1'] });
    expect(await store.countIncidents(t.db, analyst, { deleted: 'exclude' })).toBe(before + 1);
    const again = await getIncident(admin, target.id);
    await updateIncident(admin, target.id, again.version, { ...inputOf(again), teams: ['t2'] });
    expect(await store.countIncidents(t.db, analyst, { deleted: 'exclude' })).toBe(before);
    const snapshot = async () => [
      await t.db.query('select * from incident_rollup where incidents <> 0 order by country, group_key, month, month_known, last_month, admin1, pyramid_level, confidentiality, teams'),
      await t.db.query('select * from incident_counts where incidents <> 0 order by clearance, country, group_key, month, month_known, last_month, pyramid_level, teams'),
    ];
    const maintained = await snapshot();
    expect(maintained[1]!.length).toBeGreaterThan(0);
    await t.db.transaction((tx) => store.rebuildRollup(tx));
    expect(await snapshot()).toEqual(maintained);
  });
});

describe.each(engines)('another team’s confidential incident cannot be reached on %s', (engine) => {
  let t: TestDatabase;
  let admin: RequestContext;
  const ids = {} as Record<'secret' | 'linked' | 'open' | 'groupS' | 'groupA' | 'actorS' | 'sourceS' | 'placeS' | 'placeA', string>;
  const restricted: [string, Scope][] = [
    ['an analyst of team t1 with clearance confidential', scopeFor('analyst', { clearance: 'confidential', teams: ['t1'] })],
    ['a viewer', scopeFor('viewer')],
    ['the public', publicScope],
    ['an editor of team t1', scopeFor('editor', { clearance: 'confidential', teams: ['t1'] })],
  ];

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    admin = as(t, fullScope, 'admin');
    ids.groupS = (await createRecord(admin, 'groups', { name: 'Secret group', basis: 'religion', aliases: [], countingUnit: 'people-in-general', description: '' })).id;
    ids.groupA = (await createRecord(admin, 'groups', { name: 'Open group', basis: 'religion', aliases: [], countingUnit: 'people-in-general', description: '' })).id;
    ids.actorS = (await createRecord(admin, 'actors', { name: 'Secret militia', kind: 'militia', description: '' })).id;
    ids.sourceS = (await createRecord(admin, 'sources', { name: 'Secret witness', kind: 'individual', reliability: 'B', description: '' })).id;
    ids.placeS = (await createRecord(admin, 'places', { name: 'Secret village', country: 'XVR', admin1: 'North', latitude: 1, longitude: 30, locationPrecision: 'exact' })).id;
    ids.placeA = (await createRecord(admin, 'places', { name: 'Open town', country: 'XVR', admin1: 'North', latitude: 2, longitude: 31, locationPrecision: 'exact' })).id;
    const [open] = await createIncidents(admin, [
      IncidentInput.parse({ title: 'An open incident', startDate: '2023-05-14', country: 'XVR', confidentiality: 'public', acts: [{ violationType: 'harassment', groupId: ids.groupA }] }),
    ]);
    ids.open = open!.id;
    const [secret] = await createIncidents(admin, [
      IncidentInput.parse({
        title: 'Zanzibarite massacre',
        narrative: 'Only team two may know.',
        startDate: '1990-01-15',
        placeId: ids.placeS,
        confidentiality: 'confidential',
        teams: ['t2'],
        acts: [{ violationType: 'killing', groupId: ids.groupS, victims: { killed: 777 }, perpetrators: [{ actorId: ids.actorS }] }],
        sources: [{ sourceId: ids.sourceS, connection: 'eyewitness', materialType: 'testimony', credibility: 2 }],
        links: [{ incidentId: ids.open, kind: 'precedes' }],
      }),
    ]);
    ids.secret = secret!.id;
    const [linked] = await createIncidents(admin, [
      IncidentInput.parse({
        title: 'Team one’s incident',
        startDate: '2023-06-02',
        placeId: ids.placeA,
        confidentiality: 'internal',
        teams: ['t1'],
        withhold: { place: 'strictly-confidential' },
        acts: [{ violationType: 'harassment', groupId: ids.groupA }],
        links: [{ incidentId: ids.secret, kind: 'causes' }],
      }),
    ]);
    ids.linked = linked!.id;
  });
  afterAll(() => t?.dispose());

  const notFound = { code: 'not-found' };

  describe.each(restricted)('by %s', (_name, scope) => {
    const ctx = () => as(t, scope);

    it('not by id: the same 404 as an incident that does not exist', async () => {
      const err = await getIncident(ctx(), ids.secret).catch((e: DomainError) => e);
      expect(err).toBeInstanceOf(DomainError);
      expect(err).toMatchObject(notFound);
      expect((err as DomainError).message).toBe(`incident ${ids.secret} does not exist`);
    });

    it('not by search, by its id, by source, nor in a total', async () => {
      const base = { deleted: 'exclude', limit: 50 } as const;
      expect(await listIncidents(ctx(), { ...base, q: 'Zanzibarite' })).toMatchObject({ items: [], total: 0 });
      expect(await listIncidents(ctx(), { ...base, id: [ids.secret] })).toMatchObject({ items: [], total: 0 });
      expect(await listIncidents(ctx(), { ...base, source: [ids.sourceS] })).toMatchObject({ items: [], total: 0 });
      const all = await listIncidents(ctx(), base);
      expect(all.items.map((i) => i.id)).not.toContain(ids.secret);
      expect(all.total).toBe(all.items.length);
    });

    it('not by stats, facets or the map’s counts by place', async () => {
      const dims: StatsDimension[] = ['month', 'year', 'level', 'country', 'admin1', 'place', 'group', 'basis', 'type', 'perpetrator', 'verification'];
      for (const by of [undefined, ...dims.map((d) => [d])]) {
        const stats = await incidentStats(ctx(), { deleted: 'exclude', by });
        const text = JSON.stringify(stats);
        for (const id of [ids.groupS, ids.actorS, ids.placeS]) expect(text).not.toContain(id);
        expect(text).not.toContain('1990');
        expect(stats.totals.killed).toBe(0);
        expect(stats.cells.every((c) => c.killed === 0)).toBe(true);
      }
      const picked = await incidentStats(ctx(), { deleted: 'exclude', group: [ids.groupS], by: ['month'] });
      expect(picked.totals.incidents).toBe(0);
      const byPlace = await incidentStats(ctx(), { deleted: 'exclude', from: '1990-01-01', by: ['place'] });
      expect(byPlace.cells.map((c) => c.place)).not.toContain(ids.placeS);
    });

    it('not by the extent, nor by usage counts', async () => {
      expect((await incidentExtent(ctx(), { deleted: 'exclude' })).first).not.toBe('1990-01');
      expect((await recordsUsage(ctx(), 'groups', [ids.groupS])).items).toEqual([{ id: ids.groupS, incidents: 0 }]);
      expect((await recordsUsage(ctx(), 'actors', [ids.actorS])).items).toEqual([{ id: ids.actorS, incidents: 0 }]);
      if (scope.role === 'public') await expect(recordsUsage(ctx(), 'sources', [ids.sourceS])).rejects.toMatchObject({ code: 'forbidden' });
      else expect((await recordsUsage(ctx(), 'sources', [ids.sourceS])).items).toEqual([{ id: ids.sourceS, incidents: 0 }]);
    });

    it('not by a link, in either direction', async () => {
      const open = await getIncident(ctx(), ids.open);
      expect(open.links).toEqual([]);
      if (mayRead(scope, { confidentiality: 'internal', teams: ['t1'] })) {
        expect((await getIncident(ctx(), ids.linked)).links).toEqual([]);
      }
    });

    it('not by a write: updating, deleting or linking to it is not found', async () => {
      if (scope.role !== 'editor') {
        await expect(setIncidentDeleted(ctx(), ids.secret, 1, true)).rejects.toMatchObject({ code: 'forbidden' });
        return;
      }
      const current = await getIncident(admin, ids.secret);
      await expect(updateIncident(ctx(), ids.secret, current.version, inputOf(current))).rejects.toMatchObject(notFound);
      await expect(setIncidentDeleted(ctx(), ids.secret, current.version, true)).rejects.toMatchObject(notFound);
      const link = IncidentInput.parse({ title: 'Link attempt', startDate: '2023', country: 'XVR', acts: [{ violationType: 'harassment' }], links: [{ incidentId: ids.secret, kind: 'precedes' }] });
      const err = (await createIncidents(ctx(), [link]).catch((e: DomainError) => e)) as DomainError;
      expect(err.code).toBe('invalid');
      expect(err.fields).toEqual([expect.objectContaining({ field: 'links.0.incidentId', code: 'not-found' })]);
    });
  });

  it('the admin does see it, its links and its counts (the tests above can fail)', async () => {
    expect((await getIncident(admin, ids.secret)).title).toBe('Zanzibarite massacre');
    expect((await getIncident(admin, ids.open)).links.map((l) => l.incidentId)).toEqual([ids.secret]);
    expect((await incidentStats(admin, { deleted: 'exclude' })).totals.killed).toBe(777);
    expect((await recordsUsage(admin, 'sources', [ids.sourceS])).items).toEqual([{ id: ids.sourceS, incidents: 1 }]);
    expect((await incidentExtent(admin, { deleted: 'exclude' })).first).toBe('1990-01');
  });

  it('not by a 409 body: the current record and the merge hold no link, place or field the editor may not see', async () => {
    const editor = as(t, scopeFor('editor', { clearance: 'confidential', teams: ['t1'] }));
    const read = await getIncident(editor, ids.linked);
    expect(read.links).toEqual([]);
    expect(read.placeId).toBeNull();
    expect(read.withheld).toEqual(['place']);
    const stored = await getIncident(admin, ids.linked);
    await updateIncident(admin, ids.linked, stored.version, { ...inputOf(stored), title: 'Their title' });

    const stale = (await updateIncident(editor, ids.linked, read.version, { ...inputOf(read), title: 'My title' }).catch((e: DomainError) => e)) as DomainError;
    expect(stale.code).toBe('conflict');
    const merge = (await updateIncident(editor, ids.linked, read.version, { ...inputOf(read), title: 'My title' }, { merge: true }).catch((e: DomainError) => e)) as DomainError;
    expect(merge.code).toBe('conflict');
    expect((merge.details.merge as { conflicts: { path: string }[] }).conflicts.map((c) => c.path)).toEqual(['title']);
    for (const body of [stale.details, merge.details]) {
      const text = JSON.stringify(body);
      expect(text).not.toContain(ids.secret);
      expect(text).not.toContain(ids.placeA);
      expect((body.current as { links: unknown[] }).links).toEqual([]);
    }
  });

  it('an edit by someone who cannot see a link or a withheld place keeps them as stored', async () => {
    const editor = as(t, scopeFor('editor', { clearance: 'confidential', teams: ['t1'] }));
    const read = await getIncident(editor, ids.linked);
    const saved = await updateIncident(editor, ids.linked, read.version, { ...inputOf(read), title: 'Saved by team one' });
    expect(saved.links).toEqual([]);
    expect(saved.placeId).toBeNull();
    const whole = await getIncident(admin, ids.linked);
    expect(whole.title).toBe('Saved by team one');
    expect(whole.links.map((l) => l.incidentId)).toEqual([ids.secret]);
    expect(whole.placeId).toBe(ids.placeA);
    expect(whole.withhold).toEqual({ place: 'strictly-confidential', date: null, reporter: null });
    expect(whole.teams).toEqual(['t1']);
  });

  it('a writer saves nothing it could not read back', async () => {
    const editor = as(t, scopeFor('editor', { clearance: 'internal', teams: ['t1'] }));
    const body = IncidentInput.parse({ title: 'Too high', startDate: '2023', country: 'XVR', acts: [{ violationType: 'harassment' }] });
    await expect(createIncidents(editor, [{ ...body, confidentiality: 'confidential' }])).rejects.toMatchObject({ code: 'invalid', fields: [expect.objectContaining({ field: 'confidentiality' })] });
    await expect(createIncidents(editor, [{ ...body, teams: ['t2'] }])).rejects.toMatchObject({ code: 'invalid', fields: [expect.objectContaining({ field: 'teams' })] });
    await expect(createIncidents(as(t, scopeFor('analyst')), [body])).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe.each(engines)('withheld place, date and reporter on %s', (engine) => {
  let t: TestDatabase;
  let admin: RequestContext;
  let id: string;
  let place: string;
  let source: string;
  const viewer = scopeFor('viewer'); // clearance internal
  const analyst = scopeFor('analyst'); // clearance confidential

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    admin = as(t, fullScope, 'admin');
    place = (await createRecord(admin, 'places', { name: 'Hidden hamlet', country: 'XVR', admin1: 'South', latitude: 3, longitude: 29, locationPrecision: 'exact' })).id;
    source = (await createRecord(admin, 'sources', { name: 'A witness', kind: 'individual', reliability: 'C', description: '' })).id;
    const [created] = await createIncidents(admin, [
      IncidentInput.parse({
        title: 'Withheld details',
        startDate: '2024-03-17',
        endDate: '2024-03-19',
        reportDate: '2024-03-20',
        placeId: place,
        confidentiality: 'internal',
        withhold: { place: 'confidential', date: 'confidential', reporter: 'strictly-confidential' },
        acts: [{ violationType: 'harassment' }],
        sources: [{ sourceId: source, connection: 'eyewitness', materialType: 'testimony', informationDate: '2024-03-18', credibility: 2 }],
      }),
    ]);
    id = created!.id;
  });
  afterAll(() => t?.dispose());

  it('a reader below each level does not see that field; country and region stay', async () => {
    const shown = await getIncident(as(t, viewer), id);
    expect(shown).toMatchObject({ placeId: null, place: null, country: 'XVR', admin1: 'South', startDate: '2024-03', startPrecision: 'month', endDate: '2024-03', reportDate: null, sources: [] });
    expect(shown.withheld).toEqual(['place', 'date', 'reporter']);
    const higher = await getIncident(as(t, analyst), id);
    expect(higher).toMatchObject({ placeId: place, startDate: '2024-03-17', reportDate: '2024-03-20', sources: [] });
    expect(higher.withheld).toEqual(['reporter']);
    const whole = await getIncident(admin, id);
    expect(whole.withheld).toEqual([]);
    expect(whole.sources.map((s) => s.informationDate)).toEqual(['2024-03-18']);
    const [row] = (await listIncidents(as(t, viewer), { deleted: 'exclude', limit: 10 })).items;
    expect(row).toMatchObject({ id, placeId: null, startDate: '2024-03', endDate: '2024-03' });
  });

  it('stats by place do not reveal the place; by region they still count it', async () => {
    const byPlace = await incidentStats(as(t, viewer), { deleted: 'exclude', by: ['place'] });
    expect(byPlace.cells).toEqual([expect.objectContaining({ place: null, incidents: 1 })]);
    expect((await incidentStats(admin, { deleted: 'exclude', by: ['place'] })).cells).toEqual([expect.objectContaining({ place, incidents: 1 })]);
    expect((await incidentStats(as(t, viewer), { deleted: 'exclude', by: ['admin1'] })).cells).toEqual([expect.objectContaining({ admin1: 'South', incidents: 1 })]);
  });

  it('a period narrowed day by day finds it by its month only', async () => {
    const find = (ctx: RequestContext, from: string, to: string) => listIncidents(ctx, { deleted: 'exclude', limit: 10, from, to }).then((p) => p.total);
    // Any day of March finds it for the viewer; the administrator finds it on its own day only.
    expect(await find(as(t, viewer), '2024-03-01', '2024-03-02')).toBe(1);
    expect(await find(as(t, viewer), '2024-03-17', '2024-03-17')).toBe(1);
    expect(await find(as(t, viewer), '2024-04-01', '2024-04-30')).toBe(0);
    expect(await find(admin, '2024-03-01', '2024-03-02')).toBe(0);
    expect(await find(admin, '2024-03-17', '2024-03-17')).toBe(1);
  });

  it('the reporter is not found through its source', async () => {
    expect((await listIncidents(as(t, analyst), { deleted: 'exclude', limit: 10, source: [source] })).total).toBe(0);
    expect((await recordsUsage(as(t, analyst), 'sources', [source])).items).toEqual([{ id: source, incidents: 0 }]);
    expect((await listIncidents(admin, { deleted: 'exclude', limit: 10, source: [source] })).total).toBe(1);
  });

  it('a list sorts a withheld date as the first of its month, so neither order nor cursor reveals the day', async () => {
    await createIncidents(admin, [IncidentInput.parse({ title: 'Same month, open date', startDate: '2024-03-10', country: 'XVR', acts: [{ violationType: 'harassment' }] })]);
    const page = (ctx: RequestContext) => listIncidents(ctx, { deleted: 'exclude', limit: 1, sort: 'date:asc' });
    const shown = await page(as(t, viewer));
    expect(shown.items.map((i) => i.id)).toEqual([id]);
    const cursor = Buffer.from(shown.nextCursor!, 'base64url').toString('utf8');
    expect(cursor).toContain('2024-03-01');
    expect(cursor).not.toContain('2024-03-17');
    const next = await listIncidents(as(t, viewer), { deleted: 'exclude', limit: 1, sort: 'date:asc', cursor: shown.nextCursor! });
    expect(next.items.map((i) => i.title)).toEqual(['Same month, open date']);
    // The administrator sorts by the exact dates: the 10th before the 17th.
    expect((await page(admin)).items.map((i) => i.title)).toEqual(['Same month, open date']);
  });

  it('a save by an editor below the levels never erases what it was not shown', async () => {
    const editor = as(t, scopeFor('editor', { clearance: 'internal' }));
    const shown = await getIncident(editor, id);
    const { withhold: _w, ...withoutWithhold } = inputOf(shown);
    const first = await updateIncident(editor, id, shown.version, { ...withoutWithhold, title: 'Edited below the level' });
    // Sending the levels back lowered does not lift them either: only someone who sees a field may.
    await updateIncident(editor, id, first.version, { ...inputOf(first), withhold: { place: null, date: null, reporter: null } });
    const whole = await getIncident(admin, id);
    expect(whole).toMatchObject({
      title: 'Edited below the level',
      placeId: place,
      startDate: '2024-03-17',
      endDate: '2024-03-19',
      reportDate: '2024-03-20',
      withhold: { place: 'confidential', date: 'confidential', reporter: 'strictly-confidential' },
    });
    expect(whole.sources).toEqual([expect.objectContaining({ sourceId: source, informationDate: '2024-03-18' })]);
    // A new date typed by the editor is taken.
    const again = await getIncident(editor, id);
    await updateIncident(editor, id, again.version, { ...inputOf(again), startDate: '2024-02' });
    expect((await getIncident(admin, id)).startDate).toBe('2024-02');
  });
});
