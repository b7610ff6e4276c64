import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, del, expectProblem, expectStatus, get, put, rowCounts, seed, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import * as store from './store/index.js';

/**
 * Editing an incident keeps the identity of what hangs from it: an act keeps its id across
 * saves (cases, persons and reparations will point at it), sources' information, evidence
 * and links are changed in place. A deleted incident refuses edits with its own problem type.
 */
describe.each(engines)('editing incidents on %s', (engine) => {
  let t: TestApi;
  let group: any;
  let actor1: any;
  let actor2: any;
  let source1: any;
  let source2: any;
  let other: any;

  beforeAll(async () => {
    t = await openTestApi(engine);
    group = await seed.group(t.app);
    actor1 = await seed.actor(t.app);
    actor2 = await seed.actor(t.app);
    source1 = await seed.source(t.app);
    source2 = await seed.source(t.app);
    other = await seed.incident(t.app, { acts: [{ violationType: 'harassment' }] });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The body that saves `incident` unchanged: what the web form sends back. */
  const bodyOf = (incident: any) => ({
    title: incident.title,
    narrative: incident.narrative,
    startDate: incident.startDate,
    endDate: incident.endDate,
    dateEstimated: incident.dateEstimated,
    reportDate: incident.reportDate,
    country: incident.country,
    admin1: incident.admin1,
    placeId: incident.placeId,
    pyramidLevelOverride: incident.pyramidLevelOverride,
    verificationStatus: incident.verificationStatus,
    confidentiality: incident.confidentiality,
    monitoringStatus: incident.monitoringStatus,
    acts: incident.acts.map(({ pyramidLevel: _, ...a }: any) => a),
    sources: incident.sources,
    evidenceIds: incident.evidenceIds,
    links: incident.links.filter((l: any) => l.direction === 'outgoing').map(({ direction: _, ...l }: any) => l),
    version: incident.version,
  });

  const make = () =>
    seed.incident(t.app, {
      acts: [
        { violationType: 'harassment', groupId: group.id, victims: { affected: 3 }, perpetrators: [{ actorId: actor1.id }] },
        { violationType: 'arson', groupId: group.id, victims: { displaced: 20 }, perpetrators: [{ actorId: actor2.id, involvement: 'ordered-or-planned' }] },
      ],
      sources: [
        { sourceId: source1.id, connection: 'eyewitness', materialType: 'testimony', credibility: 2 },
        { sourceId: source2.id, connection: 'media', materialType: 'media-report', credibility: 4 },
      ],
      links: [{ incidentId: other.id, kind: 'follows', note: 'a week later' }],
    });

  it('saving an unchanged document keeps every act id: the audit shows the same acts before and after', async () => {
    const incident = await make();
    const res = await put(t.app, `/api/incidents/${incident.id}`, bodyOf(incident));
    expectStatus(res, 200);
    expect(res.body.version).toBe(2);
    expect(res.body.acts).toEqual(incident.acts);
    expect(res.body.sources).toEqual(incident.sources);
    expect(res.body.links).toEqual(incident.links);
    const [update] = await auditOf(t.app, 'incident', incident.id);
    expect(update!.action).toBe('incident.update');
    expect(update!.after.acts).toEqual(update!.before.acts);
    expect(update!.after.sources).toEqual(update!.before.sources);
  });

  it('updates an act with an id in place, inserts one without, deletes one left out (with its involvements)', async () => {
    const incident = await make();
    const [first, second] = incident.acts;
    const body = bodyOf(incident);
    body.acts = [
      { ...body.acts[1], victims: { ...body.acts[1].victims, displaced: 25 }, perpetrators: [{ actorId: actor1.id, involvement: 'carried-out' }] },
      { violationType: 'killing', groupId: group.id, victims: { killed: 1 } },
    ];
    const res = await put(t.app, `/api/incidents/${incident.id}`, body);
    expectStatus(res, 200);
    expect(res.body.acts).toHaveLength(2);
    expect(res.body.acts[0]).toMatchObject({ id: second.id, violationType: 'arson', victims: { displaced: 25 }, perpetrators: [{ actorId: actor1.id, involvement: 'carried-out' }] });
    expect(res.body.acts[1].id).not.toBe(first.id);
    expect(res.body.acts[1]).toMatchObject({ violationType: 'killing', victims: { killed: 1 } });
    expect(res.body.victims).toMatchObject({ killed: 1, displaced: 25, affected: 0 });
    expect(res.body.perpetratorIds).toEqual([actor1.id]);
    const left = await t.db.query<{ n: number }>('select count(*)::int as n from involvements where act_id = $1', [first.id]);
    expect(left[0]!.n).toBe(0);
    expect((await get(t.app, `/api/incidents/${incident.id}`)).body).toEqual(res.body);
  });

  it('reorders acts without losing their ids', async () => {
    const incident = await make();
    const body = bodyOf(incident);
    body.acts = [body.acts[1], body.acts[0]];
    const res = await put(t.app, `/api/incidents/${incident.id}`, body);
    expectStatus(res, 200);
    expect(res.body.acts.map((a: any) => a.id)).toEqual([incident.acts[1].id, incident.acts[0].id]);
  });

  it("refuses an act id that belongs to another incident, naming acts.N.id, and changes nothing", async () => {
    const incident = await make();
    const before = await rowCounts(t.db);
    const body = bodyOf(incident);
    body.acts[1] = { ...body.acts[1], id: other.acts[0].id };
    expectProblem(await put(t.app, `/api/incidents/${incident.id}`, body), 400, ['acts.1.id']);
    const twice = bodyOf(incident);
    twice.acts[1] = { ...twice.acts[1], id: twice.acts[0].id };
    expectProblem(await put(t.app, `/api/incidents/${incident.id}`, twice), 400, ['acts.1.id']);
    expect(await rowCounts(t.db)).toEqual(before);
    expect((await get(t.app, `/api/incidents/${other.id}`)).body.acts).toEqual(other.acts);
  });

  it('changes sources, evidence and links in place: update, add, remove', async () => {
    const incident = await make();
    const third = await seed.source(t.app);
    const target = await seed.incident(t.app);
    const body = bodyOf(incident);
    body.sources = [
      { ...incident.sources.find((s: any) => s.sourceId === source1.id), credibility: 1, note: 'confirmed' },
      { sourceId: third.id, connection: 'media', materialType: 'media-report', informationDate: null, credibility: 3, note: '' },
    ];
    body.links = [
      { incidentId: other.id, kind: 'follows', note: 'eight days later' },
      { incidentId: target.id, kind: 'causes', note: '' },
    ];
    const res = await put(t.app, `/api/incidents/${incident.id}`, body);
    expectStatus(res, 200);
    expect(res.body.sources).toHaveLength(2);
    expect(res.body.sources.find((s: any) => s.sourceId === source1.id)).toMatchObject({ credibility: 1, note: 'confirmed' });
    expect(res.body.sources.find((s: any) => s.sourceId === third.id)).toMatchObject({ credibility: 3 });
    expect(res.body.links.filter((l: any) => l.direction === 'outgoing')).toEqual(
      expect.arrayContaining([
        { incidentId: other.id, kind: 'follows', note: 'eight days later', direction: 'outgoing' },
        { incidentId: target.id, kind: 'causes', note: '', direction: 'outgoing' },
      ]),
    );
    expect((await get(t.app, `/api/incidents/${incident.id}`)).body).toEqual(res.body);
  });

  it('keeps the rollup in step through in-place edits', async () => {
    const incident = await make();
    const body = bodyOf(incident);
    body.acts = [{ ...body.acts[0], violationType: 'killing', victims: { ...body.acts[0].victims, killed: 4 } }];
    expectStatus(await put(t.app, `/api/incidents/${incident.id}`, body), 200);
    const snapshot = () => t.db.query('select * from incident_rollup where incidents <> 0 order by country, group_key, month, month_known, last_month, admin1, pyramid_level');
    const maintained = await snapshot();
    await t.db.transaction((tx) => store.rebuildRollup(tx));
    expect(await snapshot()).toEqual(maintained);
    expect(maintained.length).toBeGreaterThan(0);
  });

  describe('a deleted incident', () => {
    it('refuses an edit with 409 urn:precursor:problem:deleted and deletedAt — not a version conflict — and changes nothing', async () => {
      const incident = await make();
      const deleted = await del(t.app, `/api/incidents/${incident.id}?version=1`);
      expectStatus(deleted, 200);
      const before = await rowCounts(t.db);
      const res = await put(t.app, `/api/incidents/${incident.id}`, { ...bodyOf(deleted.body), title: 'Edited after deletion' });
      const p = expectProblem(res, 409);
      expect(p.type).toBe('urn:precursor:problem:deleted');
      expect(p.title).toBe('The record is deleted');
      expect(p.deletedAt).toBe(deleted.body.deletedAt);
      expect(await rowCounts(t.db)).toEqual(before);
      expect((await get(t.app, `/api/incidents/${incident.id}`)).body).toEqual(deleted.body);
      // A stale version of a deleted record says it is deleted, too: that is what the editor must learn first.
      expect(expectProblem(await put(t.app, `/api/incidents/${incident.id}`, { ...bodyOf(incident) }), 409).type).toBe('urn:precursor:problem:deleted');
      // The version conflict keeps its own type.
      const live = await make();
      const stale = expectProblem(await put(t.app, `/api/incidents/${live.id}`, { ...bodyOf(live), version: 7 }), 409, ['version']);
      expect(stale.type).toBe('urn:precursor:problem:conflict');
    });

    it('can be edited again once restored', async () => {
      const incident = await make();
      const deleted = (await del(t.app, `/api/incidents/${incident.id}?version=1`)).body;
      expect(deleted.deletedAt).not.toBeNull();
      const restored = await t.app.inject({ method: 'POST', url: `/api/incidents/${incident.id}/restore?version=2` });
      expect(restored.statusCode).toBe(200);
      const res = await put(t.app, `/api/incidents/${incident.id}`, { ...bodyOf(JSON.parse(restored.body)), title: 'Edited after restore' });
      expectStatus(res, 200);
      expect(res.body.title).toBe('Edited after restore');
    });
  });

  it('answers 404 for an unknown incident', async () => {
    const incident = await make();
    expectProblem(await put(t.app, `/api/incidents/${randomUUID()}`, bodyOf(incident)), 404);
  });
});
