import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, expectProblem, expectStatus, get, seed, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * Where a group, actor or source is used: the number of live incidents that name it, and
 * the `source` filter of the incident list and stats that lists exactly those incidents.
 */
describe.each(engines)('registry usage and the source filter on %s', (engine) => {
  let t: TestApi;
  let group: string;
  let other: string;
  let actor: string;
  let source: string;
  let unused: string;
  const incidents: { id: string; version: number }[] = [];

  const info = (sourceId: string) => ({ sourceId, connection: 'eyewitness', materialType: 'testimony', credibility: 2 });

  beforeAll(async () => {
    t = await openTestApi(engine);
    group = (await seed.group(t.app)).id;
    other = (await seed.group(t.app)).id;
    actor = (await seed.actor(t.app)).id;
    source = (await seed.source(t.app)).id;
    unused = (await seed.source(t.app)).id;
    const otherSource = (await seed.source(t.app)).id;
    // 1: group twice (two acts) + actor + source; 2: group + source; 3: other group, another source; 4: group, deleted below.
    incidents.push(
      await seed.incident(t.app, {
        startDate: '2024-03-10',
        acts: [
          { violationType: 'harassment', groupId: group, perpetrators: [{ actorId: actor }] },
          { violationType: 'arson', groupId: group, perpetrators: [{ actorId: actor, involvement: 'ordered-or-planned' }] },
        ],
        sources: [info(source)],
      }),
      await seed.incident(t.app, { startDate: '2024-03', acts: [{ violationType: 'harassment', groupId: group }], sources: [info(source), info(otherSource)] }),
      await seed.incident(t.app, { startDate: '2024-04-02', acts: [{ violationType: 'harassment', groupId: other }], sources: [info(otherSource)] }),
      await seed.incident(t.app, { startDate: '2024-03-20', acts: [{ violationType: 'harassment', groupId: group, perpetrators: [{ actorId: actor }] }], sources: [info(source)] }),
    );
    const deleted = incidents[3]!;
    expectStatus(await del(t.app, `/api/incidents/${deleted.id}?version=${deleted.version}`), 200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts the live incidents that name a group, an actor or a source, each incident once', async () => {
    const usage = async (plural: string, id: string) => {
      const res = await get(t.app, `/api/${plural}/${id}/usage`);
      expectStatus(res, 200);
      return res.body;
    };
    expect(await usage('groups', group)).toEqual({ incidents: 2 });
    expect(await usage('groups', other)).toEqual({ incidents: 1 });
    expect(await usage('actors', actor)).toEqual({ incidents: 1 });
    expect(await usage('sources', source)).toEqual({ incidents: 2 });
    expect(await usage('sources', unused)).toEqual({ incidents: 0 });
  });

  it('counts several records in one request, for a list page', async () => {
    const res = await get(t.app, `/api/groups/usage?id=${group},${other}&id=${unused}`);
    expectStatus(res, 200);
    expect(res.body.items).toEqual(
      expect.arrayContaining([
        { id: group, incidents: 2 },
        { id: other, incidents: 1 },
        { id: unused, incidents: 0 },
      ]),
    );
    expect(res.body.items).toHaveLength(3);
    // Ids that are no record count nothing, whatever the store keeps under them.
    const none = await get(t.app, '/api/groups/usage?id=00000000-0000-0000-0000-000000000000,ffffffff-ffff-ffff-ffff-ffffffffffff');
    expect(none.body.items.map((i: { incidents: number }) => i.incidents)).toEqual([0, 0]);
  });

  it('counts a deleted record’s incidents too (it can be restored), and answers 404 for no record', async () => {
    const rec = (await get(t.app, `/api/sources/${source}`)).body;
    expectStatus(await del(t.app, `/api/sources/${source}?version=${rec.version}`), 200);
    expect((await get(t.app, `/api/sources/${source}/usage`)).body).toEqual({ incidents: 2 });
    expectProblem(await get(t.app, `/api/groups/${randomUUID()}/usage`), 404);
    expectProblem(await get(t.app, `/api/groups/not-a-uuid/usage`), 400, ['id']);
  });

  it('filters the incident list by source: the incidents whose information names it', async () => {
    const res = await get(t.app, `/api/incidents?source=${source}`);
    expectStatus(res, 200);
    expect(res.body.items.map((i: { id: string }) => i.id).sort()).toEqual([incidents[0]!.id, incidents[1]!.id].sort());
    expect(res.body.total).toBe(2);
    const withDeleted = await get(t.app, `/api/incidents?source=${source}&deleted=include`);
    expect(withDeleted.body.total).toBe(3);
    expectProblem(await get(t.app, '/api/incidents?source=nope'), 400, ['source.0']);
  });

  it('counts by source in stats from the incidents, not the rollup (which has no source)', async () => {
    // Whole months and one country: filters the rollup could answer, were it not for the source.
    const res = await get(t.app, `/api/stats?source=${source}&country=XVR&from=2024-03&to=2024-04&by=month`);
    expectStatus(res, 200);
    expect(res.body.totals.incidents).toBe(2);
    expect(res.body.cells).toEqual([expect.objectContaining({ month: '2024-03', incidents: 2 })]);
    const list = await get(t.app, `/api/incidents?source=${source}&country=XVR&from=2024-03&to=2024-04`);
    expect(list.body.total).toBe(2);
  });
});
