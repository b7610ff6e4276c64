import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, del, expectProblem, expectStatus, get, post, put, rowCounts, seed, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * Recording an incident over HTTP: what is derived from its acts, overrides with a reason,
 * edits with a version (and the audit's before/after), stale edits, soft delete and restore.
 */
describe.each(engines)('incidents API on %s', (engine) => {
  let t: TestApi;
  let groupA: any;
  let groupB: any;
  let actor1: any;
  let actor2: any;
  let source1: any;
  let source2: any;
  let place: any;
  let earlier: any;

  beforeAll(async () => {
    t = await openTestApi(engine);
    groupA = await seed.group(t.app, { name: 'Aru', basis: 'ethnicity' });
    groupB = await seed.group(t.app, { name: 'Bel', basis: 'religion' });
    actor1 = await seed.actor(t.app, { name: 'Northern militia', kind: 'militia' });
    actor2 = await seed.actor(t.app, { name: 'District police', kind: 'state-force' });
    source1 = await seed.source(t.app, { name: 'Local monitors', reliability: 'B' });
    source2 = await seed.source(t.app, { name: 'Radio North', kind: 'media', reliability: 'C' });
    place = await seed.place(t.app, { name: 'Market town', country: 'XVR', admin1: 'North', admin2: 'Riverside' });
    earlier = await seed.incident(t.app, { title: 'Leaflets against the Bel', startDate: '2023-04', acts: [{ violationType: 'hate-propaganda', groupId: groupB.id }] });
  });
  afterAll(async () => {
    await t?.close();
  });

  const descendingBy = <K extends string, T extends Record<K, string>>(key: K, rows: T[]) => [...rows].sort((a, b) => b[key].localeCompare(a[key]));
  const fullBody = () => ({
    title: 'Houses of Aru and Bel families burned',
    narrative: 'Armed men set fire to houses in the market quarter; families fled.',
    startDate: '2023-05-14',
    endDate: '2023-05-16',
    reportDate: '2023-05-20',
    placeId: place.id,
    verificationStatus: 'partially-verified',
    confidentiality: 'confidential',
    acts: [
      { violationType: 'harassment', groupId: groupA.id, victims: { affected: 3 }, perpetrators: [{ actorId: actor1.id }] },
      {
        violationType: 'arson',
        groupId: groupB.id,
        victims: { displaced: 20, injured: 2 },
        // Listed against id order on purpose: what is stored must read back as it was answered.
        perpetrators: descendingBy('actorId', [
          { actorId: actor1.id, involvement: 'ordered-or-planned' },
          { actorId: actor2.id, involvement: 'failed-to-protect' },
        ]),
      },
      { violationType: 'forced-eviction', groupId: groupA.id, identityBasis: 'language', victims: { displaced: 5, killed: 1 } },
    ],
    sources: descendingBy('sourceId', [
      { sourceId: source1.id, connection: 'eyewitness', materialType: 'testimony', credibility: 2, informationDate: '2023-05-15' },
      { sourceId: source2.id, connection: 'media', materialType: 'media-report', credibility: 4, note: 'broadcast at noon' },
    ]),
    links: [{ incidentId: earlier.id, kind: 'follows', note: 'two weeks after the leaflets' }],
  });

  describe('life cycle', () => {
    let incident: any;

    it('creates an incident (201) with what is derived from its acts', async () => {
      const res = await post(t.app, '/api/incidents', fullBody());
      expectStatus(res, 201);
      incident = res.body;
      expect(incident).toMatchObject({
        version: 1,
        title: 'Houses of Aru and Bel families burned',
        startDate: '2023-05-14',
        startPrecision: 'day',
        endDate: '2023-05-16',
        endPrecision: 'day',
        dateEstimated: false,
        reportDate: '2023-05-20',
        // Country and region come from the place.
        country: 'XVR',
        admin1: 'North',
        placeId: place.id,
        // The highest level among the acts: arson (4) over eviction (3) and harassment (2).
        pyramidLevel: 4,
        derivedPyramidLevel: 4,
        pyramidLevelOverride: null,
        verificationStatus: 'partially-verified',
        confidentiality: 'confidential',
        monitoringStatus: 'open',
        // Summed over the acts.
        victims: { killed: 1, injured: 2, detained: 0, disappeared: 0, displaced: 25, affected: 3 },
        createdBy: 'local',
        updatedBy: 'local',
        deletedAt: null,
      });
      expect(incident.place).toMatchObject({ id: place.id, name: 'Market town', admin2: 'Riverside' });
      expect([...incident.targetedGroupIds].sort()).toEqual([groupA.id, groupB.id].sort());
      expect([...incident.violationTypes].sort()).toEqual(['arson', 'forced-eviction', 'harassment']);
      expect([...incident.perpetratorIds].sort()).toEqual([actor1.id, actor2.id].sort());
      // A group's basis is the default; an act may name its own.
      expect([...incident.identityBases].sort()).toEqual(['ethnicity', 'language', 'religion']);
      expect(incident.acts.map((a: any) => [a.violationType, a.pyramidLevel, a.groupId, a.identityBasis])).toEqual([
        ['harassment', 2, groupA.id, 'ethnicity'],
        ['arson', 4, groupB.id, 'religion'],
        ['forced-eviction', 3, groupA.id, 'language'],
      ]);
      expect(incident.acts[0].victims).toEqual({ killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 3 });
      expect(incident.acts[0].perpetrators).toEqual([{ actorId: actor1.id, involvement: 'carried-out' }]);
      expect(incident.acts[1].perpetrators).toEqual(
        expect.arrayContaining([
          { actorId: actor1.id, involvement: 'ordered-or-planned' },
          { actorId: actor2.id, involvement: 'failed-to-protect' },
        ]),
      );
      expect(incident.sources).toEqual(
        expect.arrayContaining([
          { sourceId: source1.id, connection: 'eyewitness', materialType: 'testimony', informationDate: '2023-05-15', credibility: 2, note: '' },
          { sourceId: source2.id, connection: 'media', materialType: 'media-report', informationDate: null, credibility: 4, note: 'broadcast at noon' },
        ]),
      );
      expect(incident.sources).toHaveLength(2);
      expect(incident.links).toEqual([{ incidentId: earlier.id, kind: 'follows', note: 'two weeks after the leaflets', direction: 'outgoing' }]);
      expect(incident.evidenceIds).toEqual([]);

      const audit = await auditOf(t.app, 'incident', incident.id);
      expect(audit.map((a) => a.action)).toEqual(['incident.create']);
      expect(audit[0]!.before).toBeNull();
      expect(audit[0]!.after).toMatchObject({ id: incident.id, version: 1, pyramidLevel: 4 });
    });

    it('reads it back exactly as the create answered (and as the audit recorded it)', async () => {
      const res = await get(t.app, `/api/incidents/${incident.id}`);
      expectStatus(res, 200);
      expect(res.body).toEqual(incident);
      const [created] = await auditOf(t.app, 'incident', incident.id);
      expect(created!.after).toEqual(res.body);
    });

    it('shows the link from the other side on the linked incident', async () => {
      const res = await get(t.app, `/api/incidents/${incident.id}`);
      expect(res.body.links).toEqual(incident.links);
      const other = await get(t.app, `/api/incidents/${earlier.id}`);
      expect(other.body.links).toEqual([{ incidentId: incident.id, kind: 'follows', note: 'two weeks after the leaflets', direction: 'incoming' }]);
    });

    it('updates with the version read: new version, new derivations, audit before and after', async () => {
      const body = {
        ...fullBody(),
        title: 'Houses burned; two men killed',
        acts: [
          { violationType: 'killing', groupId: groupB.id, victims: { killed: 2 }, perpetrators: [{ actorId: actor2.id }] },
          { violationType: 'arson', groupId: groupB.id, victims: { displaced: 30 } },
        ],
        sources: [{ sourceId: source1.id, connection: 'eyewitness', materialType: 'testimony', credibility: 1 }],
        links: [],
        version: 1,
      };
      const res = await put(t.app, `/api/incidents/${incident.id}`, body);
      expectStatus(res, 200);
      expect(res.body).toMatchObject({
        id: incident.id,
        version: 2,
        title: 'Houses burned; two men killed',
        pyramidLevel: 4,
        victims: { killed: 2, injured: 0, detained: 0, disappeared: 0, displaced: 30, affected: 0 },
        targetedGroupIds: [groupB.id],
        perpetratorIds: [actor2.id],
        identityBases: ['religion'],
        links: [],
        createdAt: incident.createdAt,
      });
      expect(res.body.acts).toHaveLength(2);
      expect(res.body.sources).toHaveLength(1);
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(incident.updatedAt));
      expect((await get(t.app, `/api/incidents/${incident.id}`)).body).toEqual(res.body);
      // The other side's link went with it.
      expect((await get(t.app, `/api/incidents/${earlier.id}`)).body.links).toEqual([]);

      const [update] = await auditOf(t.app, 'incident', incident.id);
      expect(update!.action).toBe('incident.update');
      expect(update!.before).toMatchObject({ version: 1, title: 'Houses of Aru and Bel families burned' });
      expect(update!.before.acts).toHaveLength(3);
      expect(update!.after).toMatchObject({ version: 2, title: 'Houses burned; two men killed' });
      expect(update!.after.acts).toHaveLength(2);
      incident = res.body;
    });

    it('refuses a stale update with 409 and the current record, and changes nothing', async () => {
      const before = await rowCounts(t.db);
      const res = await put(t.app, `/api/incidents/${incident.id}`, { ...fullBody(), title: 'A stale edit', version: 1 });
      const p = expectProblem(res, 409, ['version']);
      expect(p.current).toEqual(incident);
      expect(p.detail).toMatch(/version 1/);
      expect((await get(t.app, `/api/incidents/${incident.id}`)).body).toEqual(incident);
      expect(await rowCounts(t.db)).toEqual(before);
    });

    it('refuses an update of an incident that does not exist (404) and a link to itself (400)', async () => {
      expectProblem(await put(t.app, `/api/incidents/${randomUUID()}`, { ...fullBody(), version: 1 }), 404);
      const before = await rowCounts(t.db);
      const res = await put(t.app, `/api/incidents/${incident.id}`, { ...fullBody(), links: [{ incidentId: incident.id, kind: 'causes' }], version: 2 });
      expectProblem(res, 400, ['links.0.incidentId']);
      expect(await rowCounts(t.db)).toEqual(before);
      expect((await get(t.app, `/api/incidents/${incident.id}`)).body.version).toBe(2);
    });

    it('soft-deletes: gone from the default list, there with deleted=include or only', async () => {
      const q = `q=${encodeURIComponent('"two men killed"')}`;
      expect((await get(t.app, `/api/incidents?${q}`)).body.items.map((i: any) => i.id)).toEqual([incident.id]);

      expectProblem(await del(t.app, `/api/incidents/${incident.id}?version=1`), 409, ['version']);
      const res = await del(t.app, `/api/incidents/${incident.id}?version=2`);
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ id: incident.id, version: 3 });
      expect(res.body.deletedAt).not.toBeNull();

      const read = await get(t.app, `/api/incidents/${incident.id}`);
      expectStatus(read, 200);
      expect(read.body.deletedAt).not.toBeNull();

      const listed = await get(t.app, `/api/incidents?${q}`);
      expect(listed.body).toMatchObject({ items: [], total: 0 });
      const included = await get(t.app, `/api/incidents?${q}&deleted=include`);
      expect(included.body.items.map((i: any) => i.id)).toEqual([incident.id]);
      expect(included.body.total).toBe(1);
      const only = await get(t.app, `/api/incidents?deleted=only`);
      expect(only.body.items.map((i: any) => i.id)).toEqual([incident.id]);
      expect(only.body.items[0].deletedAt).not.toBeNull();

      // A deleted incident cannot be the target of a new link.
      const before = await rowCounts(t.db);
      expectProblem(await post(t.app, '/api/incidents', { ...fullBody(), links: [{ incidentId: incident.id, kind: 'follows' }] }), 400, ['links.0.incidentId']);
      expect(await rowCounts(t.db)).toEqual(before);
      // Deleting twice is refused.
      expectProblem(await del(t.app, `/api/incidents/${incident.id}?version=3`), 400);
    });

    it('restores, with the version; the audit holds every step', async () => {
      expectProblem(await post(t.app, `/api/incidents/${incident.id}/restore?version=2`), 409, ['version']);
      const res = await post(t.app, `/api/incidents/${incident.id}/restore?version=3`);
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ id: incident.id, version: 4, deletedAt: null, title: 'Houses burned; two men killed' });
      const listed = await get(t.app, `/api/incidents?q=${encodeURIComponent('"two men killed"')}`);
      expect(listed.body.items.map((i: any) => i.id)).toEqual([incident.id]);
      expectProblem(await post(t.app, `/api/incidents/${incident.id}/restore?version=4`), 400);

      const audit = await auditOf(t.app, 'incident', incident.id);
      expect(audit.map((a) => a.action)).toEqual(['incident.restore', 'incident.delete', 'incident.update', 'incident.create']);
      expect(audit[1]!.before.deletedAt).toBeNull();
      expect(audit[1]!.after.deletedAt).not.toBeNull();
      expect(audit.every((a) => a.entityId === incident.id && a.actor === 'local')).toBe(true);
      // Each write came from its own request.
      expect(new Set(audit.map((a) => a.requestId)).size).toBe(4);
    });
  });

  describe('pyramid level', () => {
    it('takes an override with a reason, keeping the derived level beside it', async () => {
      const res = await post(t.app, '/api/incidents', {
        title: 'Speech calling for the expulsion of the Bel',
        startDate: '2023-06-02',
        country: 'XVR',
        acts: [{ violationType: 'exclusionary-rhetoric', groupId: groupB.id }],
        pyramidLevelOverride: { level: 3, reason: 'Delivered by a minister as announced policy' },
      });
      expectStatus(res, 201);
      expect(res.body).toMatchObject({
        derivedPyramidLevel: 1,
        pyramidLevel: 3,
        pyramidLevelOverride: { level: 3, reason: 'Delivered by a minister as announced policy' },
      });
      // Lists and filters use the level shown.
      const listed = await get(t.app, `/api/incidents?level=3&q=expulsion`);
      expect(listed.body.items.map((i: any) => [i.id, i.pyramidLevel])).toEqual([[res.body.id, 3]]);
      expect((await get(t.app, `/api/incidents?level=1&q=expulsion`)).body.total).toBe(0);
      // So do counts: the override, not the derived level (what derive.ts computes is only the default).
      const counted = await get(t.app, `/api/stats?by=level&q=expulsion`);
      expectStatus(counted, 200);
      expect(counted.body.cells.map((c: any) => [c.level, c.incidents])).toEqual([[3, 1]]);

      // Removing the override brings back the derived level.
      const { pyramidLevelOverride: _o, ...rest } = res.body;
      const edited = await put(t.app, `/api/incidents/${res.body.id}`, {
        title: rest.title,
        startDate: rest.startDate,
        country: rest.country,
        acts: [{ violationType: 'exclusionary-rhetoric', groupId: groupB.id }],
        version: 1,
      });
      expectStatus(edited, 200);
      expect(edited.body).toMatchObject({ pyramidLevel: 1, derivedPyramidLevel: 1, pyramidLevelOverride: null, version: 2 });
    });

    it('derives level 5 from one act of genocide among lesser acts', async () => {
      const res = await post(t.app, '/api/incidents', {
        title: 'Killings in the valley',
        startDate: '2022-11',
        country: 'XVR',
        acts: [
          { violationType: 'slurs-and-insults', groupId: groupA.id },
          { violationType: 'massacre', groupId: groupA.id, victims: { killed: 40 } },
          { violationType: 'arbitrary-detention', groupId: groupB.id, victims: { detained: 12 } },
        ],
      });
      expectStatus(res, 201);
      expect(res.body).toMatchObject({ pyramidLevel: 5, derivedPyramidLevel: 5, startDate: '2022-11', startPrecision: 'month' });
      expect(res.body.victims).toEqual({ killed: 40, injured: 0, detained: 12, disappeared: 0, displaced: 0, affected: 0 });
    });
  });

  describe('dates, places and countries', () => {
    it('keeps the precision a date was written with', async () => {
      const year = await seed.incident(t.app, { startDate: '2021', endDate: '2022-03' });
      expect(year).toMatchObject({ startDate: '2021', startPrecision: 'year', endDate: '2022-03', endPrecision: 'month' });
      // An end in the same year as a year-precise start is not before it.
      const same = await seed.incident(t.app, { startDate: '2021-06-30', endDate: '2021' });
      expect(same).toMatchObject({ startDate: '2021-06-30', endDate: '2021', endPrecision: 'year' });
      // 29 February exists in a leap year.
      expect(await seed.incident(t.app, { startDate: '2024-02-29' })).toMatchObject({ startDate: '2024-02-29' });
    });

    it('refuses report and information dates not given to the day, rather than invent a day', async () => {
      // The schema takes both to the day only (DayText): '2023-06' is refused, naming each
      // field, never stored as '2023-06-01', a day nobody reported.
      const before = await rowCounts(t.db);
      const res = await post(t.app, '/api/incidents', {
        ...fullBody(),
        reportDate: '2023-06',
        sources: [{ sourceId: source1.id, connection: 'eyewitness', materialType: 'testimony', credibility: 2, informationDate: '2023-06' }],
      });
      const p = expectProblem(res, 400, ['reportDate', 'sources.0.informationDate']);
      expect(p.errors!.filter((e) => e.field === 'reportDate' || e.field === 'sources.0.informationDate').map((e) => e.code)).toEqual(['invalid-day', 'invalid-day']);
      expect(await rowCounts(t.db)).toEqual(before);
    });

    it('refuses a country that contradicts the place', async () => {
      const before = await rowCounts(t.db);
      const res = await post(t.app, '/api/incidents', { ...fullBody(), country: 'KEN' });
      expectProblem(res, 400, ['country']);
      expect(await rowCounts(t.db)).toEqual(before);
      // The same country as the place is fine.
      expectStatus(await post(t.app, '/api/incidents', { ...fullBody(), country: 'XVR' }), 201);
    });

    it('refuses a place that does not exist', async () => {
      const before = await rowCounts(t.db);
      expectProblem(await post(t.app, '/api/incidents', { ...fullBody(), placeId: randomUUID() }), 400, ['placeId']);
      expect(await rowCounts(t.db)).toEqual(before);
    });

    it('takes country and region from the body when there is no place', async () => {
      const res = await seed.incident(t.app, { country: 'KEN', admin1: 'Nairobi' });
      expect(res).toMatchObject({ country: 'KEN', admin1: 'Nairobi', placeId: null, place: null });
    });
  });
});
