import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, expectProblem, expectStatus, get, incidentBody, post, put, rowCounts, seed, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * Creating places, groups, actors and sources inline with an incident: one request, one
 * transaction. References written `new:<key>` name a record of `newRecords`; a refused
 * incident leaves none of them behind.
 */
describe.each(engines)('incidents with newRecords on %s', (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  const stamp = () => randomUUID().slice(0, 8);

  it('creates the new place, group, actor and source first, then the incident that names them', async () => {
    const s = stamp();
    const res = await post(
      t.app,
      '/api/incidents',
      incidentBody({
        country: null,
        placeId: 'new:p',
        acts: [{ violationType: 'arson', groupId: 'new:g', perpetrators: [{ actorId: 'new:a', involvement: 'carried-out' }] }],
        sources: [{ sourceId: 'new:s', connection: 'eyewitness', materialType: 'testimony', credibility: 2 }],
        newRecords: {
          places: [{ key: 'p', name: `Reedwater ${s}`, country: 'XVR', admin1: 'Eastern Lakes', latitude: -26.9, longitude: -12.9 }],
          groups: [{ key: 'g', name: `Reed people ${s}`, basis: 'religion' }],
          actors: [{ key: 'a', name: `Reed militia ${s}`, kind: 'militia' }],
          sources: [{ key: 's', name: `Reed watch ${s}`, reliability: 'B' }],
        },
      }),
    );
    expectStatus(res, 201);
    const incident = res.body;
    const [place, groups, actors, sources] = await Promise.all([
      get(t.app, `/api/places/${incident.placeId}`),
      get(t.app, `/api/groups?q=${encodeURIComponent(`Reed people ${s}`)}`),
      get(t.app, `/api/actors?q=${encodeURIComponent(`Reed militia ${s}`)}`),
      get(t.app, `/api/sources?q=${encodeURIComponent(`Reed watch ${s}`)}`),
    ]);
    expectStatus(place, 200);
    expect(place.body).toMatchObject({ name: `Reedwater ${s}`, country: 'XVR', admin1: 'Eastern Lakes' });
    expect(incident).toMatchObject({ country: 'XVR', admin1: 'Eastern Lakes' });
    expect(groups.body.items).toHaveLength(1);
    expect(actors.body.items).toHaveLength(1);
    expect(sources.body.items).toHaveLength(1);
    const group = groups.body.items[0];
    expect(incident.acts[0]).toMatchObject({ groupId: group.id, identityBasis: 'religion', perpetrators: [{ actorId: actors.body.items[0].id, involvement: 'carried-out' }] });
    expect(incident.targetedGroupIds).toEqual([group.id]);
    expect(incident.sources[0].sourceId).toBe(sources.body.items[0].id);
    expect(incident).not.toHaveProperty('newRecords');
    // Each new record is audited as its own create, in the same request as the incident.
    const [groupAudit, incidentAudit] = await Promise.all([auditOf(t.app, 'group', group.id), auditOf(t.app, 'incident', incident.id)]);
    expect(groupAudit.map((e) => e.action)).toEqual(['group.create']);
    expect(groupAudit[0]!.requestId).toBe(incidentAudit[0]!.requestId);
    expect((await auditOf(t.app, 'place', incident.placeId)).map((e) => e.action)).toEqual(['place.create']);
  });

  it('lets several acts name the same new group, which is created once', async () => {
    const name = `Shared group ${stamp()}`;
    const res = await post(
      t.app,
      '/api/incidents',
      incidentBody({ acts: [{ violationType: 'harassment', groupId: 'new:g' }, { violationType: 'arson', groupId: 'new:g' }], newRecords: { groups: [{ key: 'g', name, basis: 'ethnicity' }] } }),
    );
    expectStatus(res, 201);
    const found = await get(t.app, `/api/groups?q=${encodeURIComponent(name)}`);
    expect(found.body.items).toHaveLength(1);
    expect(res.body.acts.map((a: { groupId: string }) => a.groupId)).toEqual([found.body.items[0].id, found.body.items[0].id]);
  });

  it('creates new records on update too', async () => {
    const incident = await seed.incident(t.app);
    const name = `Added on edit ${stamp()}`;
    const { id, version, ...rest } = incident;
    const res = await put(t.app, `/api/incidents/${id}`, {
      ...incidentBody({ title: rest.title }),
      version,
      acts: [{ violationType: 'harassment', groupId: 'new:x' }],
      newRecords: { groups: [{ key: 'x', name, basis: 'language' }] },
    });
    expectStatus(res, 200);
    const found = await get(t.app, `/api/groups?q=${encodeURIComponent(name)}`);
    expect(res.body.acts[0].groupId).toBe(found.body.items[0].id);
  });

  it('stores nothing when an update is refused, nor on a stale version', async () => {
    const incident = await seed.incident(t.app);
    const before = await rowCounts(t.db);
    const body = { ...incidentBody({ title: incident.title }), newRecords: { groups: [{ key: 'g', name: 'Never stored', basis: 'religion' }] } };
    const refused = await put(t.app, `/api/incidents/${incident.id}`, { ...body, version: incident.version, acts: [{ violationType: 'harassment', groupId: 'new:g' }], placeId: randomUUID() });
    expectProblem(refused, 400, ['placeId']);
    const stale = await put(t.app, `/api/incidents/${incident.id}`, { ...body, version: incident.version + 5, acts: [{ violationType: 'harassment', groupId: 'new:g' }] });
    expectProblem(stale, 409);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('stores nothing when the incident is refused after its new records were written', async () => {
    const before = await rowCounts(t.db);
    // The act names a group that does not exist: refused by the service, after the new place and group were created.
    const res = await post(
      t.app,
      '/api/incidents',
      incidentBody({
        placeId: 'new:p',
        acts: [{ violationType: 'arson', groupId: 'new:g' }, { violationType: 'harassment', groupId: randomUUID() }],
        newRecords: { places: [{ key: 'p', name: 'Orphan place', country: 'XVR' }], groups: [{ key: 'g', name: 'Orphan group', basis: 'religion' }] },
      }),
    );
    expectProblem(res, 400, ['acts.1.groupId']);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('stores nothing when an act is invalid, and names the new records’ own fields', async () => {
    const before = await rowCounts(t.db);
    const res = await post(
      t.app,
      '/api/incidents',
      incidentBody({
        acts: [{ violationType: 'not-a-violation', groupId: 'new:g' }],
        newRecords: { groups: [{ key: 'g', name: ' ', basis: 'religion' }, { key: 'h', name: 'Second', basis: 'nope' }] },
      }),
    );
    expectProblem(res, 400, ['acts.0.violationType', 'newRecords.groups.0.name', 'newRecords.groups.1.basis']);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('names the referencing field for an unknown new: key, and refuses a key given twice', async () => {
    const before = await rowCounts(t.db);
    const unknown = await post(
      t.app,
      '/api/incidents',
      incidentBody({
        placeId: 'new:nowhere',
        acts: [{ violationType: 'arson', groupId: 'new:g', perpetrators: [{ actorId: 'new:zz' }] }],
        sources: [{ sourceId: 'new:s', connection: 'eyewitness', materialType: 'testimony', credibility: 2 }],
        newRecords: { groups: [{ key: 'g', name: 'Known key', basis: 'religion' }] },
      }),
    );
    const problem = expectProblem(unknown, 400, ['placeId', 'acts.0.perpetrators.0.actorId', 'sources.0.sourceId']);
    expect(problem.errors!.map((e) => e.field)).not.toContain('acts.0.groupId');
    expect(problem.errors!.find((e) => e.field === 'placeId')!.message).toMatch(/nowhere/);

    const twice = await post(
      t.app,
      '/api/incidents',
      incidentBody({ acts: [{ violationType: 'arson', groupId: 'new:g' }], newRecords: { groups: [{ key: 'g', name: 'One', basis: 'religion' }, { key: 'g', name: 'Two', basis: 'religion' }] } }),
    );
    expectProblem(twice, 400, ['newRecords.groups.1.key']);
    const badRef = await post(t.app, '/api/incidents', incidentBody({ acts: [{ violationType: 'arson', groupId: 'neww:g' }] }));
    expectProblem(badRef, 400, ['acts.0.groupId']);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('spells a new place’s region as the country already spells it, like any place', async () => {
    await seed.incident(t.app, { country: 'XVR', admin1: 'Lakeshore Reach' });
    const res = await post(
      t.app,
      '/api/incidents',
      incidentBody({ country: 'XVR', placeId: 'new:p', newRecords: { places: [{ key: 'p', name: `Weir ${stamp()}`, country: 'XVR', admin1: 'lakeshore   reach' }] } }),
    );
    expectStatus(res, 201);
    expect(res.body.place.admin1).toBe('Lakeshore Reach');
    expect(res.body.admin1).toBe('Lakeshore Reach');
  });

  it('checks a new place against the incident’s country like a stored one', async () => {
    const before = await rowCounts(t.db);
    const res = await post(t.app, '/api/incidents', incidentBody({ country: 'KEN', placeId: 'new:p', newRecords: { places: [{ key: 'p', name: 'Elsewhere', country: 'XVR' }] } }));
    expectProblem(res, 400, ['country']);
    expect(await rowCounts(t.db)).toEqual(before);
  });
});
