import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, del, expectProblem, expectStatus, get, incidentBody, post, problemField, put, rowCounts, seed, type Res, type TestApi, openTestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * The HTTP API as a whole: health, the OpenAPI document and docs, taxonomies, the
 * problem+json contract for routes that do not exist, and bad input of every kind —
 * each refused with a 4xx that names the field, leaving nothing written.
 */
describe.each(engines)('HTTP API on %s', (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('system', () => {
    it('reports health, the version and the engine', async () => {
      const res = await get(t.app, '/api/health');
      expectStatus(res, 200);
      expect(res.body).toEqual({ status: 'ok', version: 'test', database: engine });
    });

    it('serves an OpenAPI 3.x document with the main paths and the Problem schema', async () => {
      const res = await get(t.app, '/api/openapi.json');
      expectStatus(res, 200);
      const doc = res.body;
      expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
      expect(doc.info).toMatchObject({ title: 'Precursor API', version: 'test' });
      for (const path of [
        '/api/health',
        '/api/taxonomies',
        '/api/taxonomies/{name}',
        '/api/places',
        '/api/places/{id}',
        '/api/groups',
        '/api/groups/{id}',
        '/api/groups/{id}/restore',
        '/api/actors',
        '/api/sources',
        '/api/incidents',
        '/api/incidents/{id}',
        '/api/incidents/{id}/restore',
        '/api/stats',
        '/api/evidence',
        '/api/evidence/{id}',
        '/api/evidence/{id}/content',
        '/api/audit',
      ]) {
        expect(doc.paths, path).toHaveProperty([path]);
      }
      expect(Object.keys(doc.paths['/api/incidents'])).toEqual(expect.arrayContaining(['get', 'post']));
      expect(Object.keys(doc.paths['/api/incidents/{id}'])).toEqual(expect.arrayContaining(['get', 'put', 'delete']));
      // The multipart upload, read as a stream, is still described.
      expect(doc.paths['/api/evidence'].post.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ format: 'binary' });
      // The document describes itself as OpenAPI, not as the internal route.
      expect(doc.paths).not.toHaveProperty(['/api/openapi.json']);

      const problem = doc.components?.schemas?.Problem;
      expect(problem, 'components.schemas.Problem').toBeDefined();
      expect(problem.type).toBe('object');
      expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance']));
      expect(problem.properties).toHaveProperty('errors');
      // Error responses of routes refer to it.
      const post400 = JSON.stringify(doc.paths['/api/incidents'].post.responses['400']);
      expect(post400).toContain('#/components/schemas/Problem');
      // Query and path parameters are documented.
      const params = (path: string, method: string) => (doc.paths[path][method].parameters ?? []).map((p: { in: string; name: string }) => `${p.in}:${p.name}`);
      expect(params('/api/incidents', 'get')).toEqual(expect.arrayContaining(['query:q', 'query:cursor', 'query:level', 'query:from', 'query:to', 'query:sort']));
      expect(params('/api/stats', 'get')).toEqual(expect.arrayContaining(['query:by', 'query:group', 'query:country']));
      expect(params('/api/incidents/{id}', 'delete')).toEqual(expect.arrayContaining(['path:id', 'query:version']));
      // Request bodies are documented.
      expect(JSON.stringify(doc.paths['/api/incidents'].post.requestBody)).toContain('violationType');
    });

    it('serves browsable docs at /api/docs', async () => {
      const res = await get(t.app, '/api/docs');
      expectStatus(res, 200);
      expect(String(res.headers['content-type'])).toMatch(/^text\/html/);
      expect(res.body).toMatch(/<html/i);
      expect(res.body).toMatch(/swagger/i);
    });

    it('lists the taxonomies with their versions and sizes', async () => {
      const res = await get(t.app, '/api/taxonomies');
      expectStatus(res, 200);
      const byName = new Map(res.body.items.map((i: { name: string }) => [i.name, i]));
      for (const name of ['pyramid-levels', 'violation-types', 'identity-bases', 'actor-kinds', 'verification-statuses', 'countries']) {
        expect(byName.has(name), name).toBe(true);
      }
      expect(byName.get('pyramid-levels')).toMatchObject({ terms: 5, languages: ['en', 'ar'] });
      expect((byName.get('violation-types') as { terms: number }).terms).toBeGreaterThan(20);
      expect((byName.get('countries') as { terms: number }).terms).toBeGreaterThan(200);
    });

    it('serves one taxonomy by stable code, with pyramid levels for violation types', async () => {
      const res = await get(t.app, '/api/taxonomies/violation-types');
      expectStatus(res, 200);
      const terms = new Map(res.body.terms.map((term: { code: string }) => [term.code, term]));
      expect(terms.get('killing')).toMatchObject({ code: 'killing', pyramidLevel: 4 });
      expect(terms.get('genocide')).toMatchObject({ pyramidLevel: 5, label: { en: 'Genocide', ar: 'الإبادة الجماعية' } });
      expect(terms.get('slurs-and-insults')).toMatchObject({ pyramidLevel: 2 });
      expect(res.body.terms.length).toBe(terms.size); // codes are unique
    });

    it('serves the countries, with the fictional demo country', async () => {
      const res = await get(t.app, '/api/taxonomies/countries');
      expectStatus(res, 200);
      const codes = res.body.terms.map((term: { code: string }) => term.code);
      expect(codes).toContain('KEN');
      expect(codes).toContain('XVR');
      expect(codes.every((c: string) => /^[A-Z]{3}$/.test(c))).toBe(true);
      expect(res.body.terms.find((term: { code: string }) => term.code === 'FRA').label.en).toMatch(/France/);
    });

    it('answers an unknown taxonomy with a 404 problem', async () => {
      const res = await get(t.app, '/api/taxonomies/no-such-vocabulary');
      const p = expectProblem(res, 404);
      expect(p.detail).toContain('no-such-vocabulary');
    });

    it('answers an unknown route with a 404 problem', async () => {
      const res = await get(t.app, '/api/no-such-thing?x=1');
      const p = expectProblem(res, 404);
      expect(p.type).toBe('urn:precursor:problem:not-found');
      expect(p.detail).toContain('/api/no-such-thing');
      expect(p.detail).not.toContain('x=1');
      expectProblem(await call(t.app, 'DELETE', '/api/taxonomies'), 404);
    });

    it('answers a missing record with a 404 problem', async () => {
      const id = randomUUID();
      for (const url of [`/api/incidents/${id}`, `/api/groups/${id}`, `/api/places/${id}`, `/api/actors/${id}`, `/api/sources/${id}`, `/api/evidence/${id}`]) {
        const p = expectProblem(await get(t.app, url), 404);
        expect(p.detail, url).toContain(id);
      }
    });
  });

  describe('audit trail', () => {
    it('pages newest first with its own cursor', async () => {
      const group = await seed.group(t.app);
      let version = 1;
      for (let i = 0; i < 4; i++) {
        const res = await put(t.app, `/api/groups/${group.id}`, { name: `${group.name} v${i}`, basis: 'ethnicity', version });
        expectStatus(res, 200);
        version = res.body.version;
      }
      const items: { id: number; action: string; after: { version: number } }[] = [];
      let cursor: string | null = null;
      do {
        const res: Res = await get(t.app, `/api/audit?entity=group&entityId=${group.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expectStatus(res, 200);
        items.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(items.map((a) => a.action)).toEqual(['group.update', 'group.update', 'group.update', 'group.update', 'group.create']);
      expect(items.map((a) => a.after.version)).toEqual([5, 4, 3, 2, 1]);
      expect(items.map((a) => a.id)).toEqual([...items.map((a) => a.id)].sort((a, b) => b - a));
    });
  });

  describe('bad input is refused, named, and leaves nothing written', () => {
    let groupId: string;
    let sourceId: string;

    beforeAll(async () => {
      groupId = (await seed.group(t.app)).id;
      sourceId = (await seed.source(t.app)).id;
    });

    /** Sends a request, expects a problem naming `field`, and checks that no table changed. */
    async function refused(send: () => Promise<Res>, status: number, field: string, where?: 'body' | 'query' | 'path' | 'header'): Promise<any> {
      const before = await rowCounts(t.db);
      const res = await send();
      expectProblem(res, status, [field]);
      const entry = problemField(res, field)!;
      if (where) expect(entry.in).toBe(where);
      if (where === 'body' && field !== 'body') expect(entry.pointer).toBe(`#/${field.split('.').join('/')}`);
      expect(await rowCounts(t.db)).toEqual(before);
      return res.body;
    }

    const createIncident = (body: unknown) => () => post(t.app, '/api/incidents', body);

    it('a body that is not JSON', async () => {
      const p = await refused(() => call(t.app, 'POST', '/api/incidents', '{"title": "x", acts: [', { 'content-type': 'application/json' }), 400, 'body', 'body');
      expect(p.type).toBe('urn:precursor:problem:invalid-json');
      await refused(() => call(t.app, 'POST', '/api/groups', '{', { 'content-type': 'application/json' }), 400, 'body');
    });

    it('a body that is not an object, or no body at all', async () => {
      // The whole body is at fault: its pointer is the root, '#'.
      const array = await refused(() => post(t.app, '/api/incidents', [incidentBody()]), 400, 'body', 'body');
      expect(array.errors[0].pointer).toBe('#');
      await refused(() => post(t.app, '/api/incidents'), 400, 'body', 'body');
      // A body in a media type the API does not read: the header is at fault.
      await refused(() => call(t.app, 'POST', '/api/places', 'name=Town', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'content-type', 'header');
    });

    it('an unknown violation type code', async () => {
      const p = await refused(createIncident(incidentBody({ acts: [{ violationType: 'kiling' }] })), 400, 'acts.0.violationType', 'body');
      expect(JSON.stringify(p.errors)).toContain('kiling');
    });

    it('an unknown country', async () => {
      await refused(createIncident(incidentBody({ country: 'ZZZ' })), 400, 'country', 'body');
      await refused(createIncident(incidentBody({ country: 'xvr' })), 400, 'country', 'body');
      await refused(() => post(t.app, '/api/places', { name: 'Nowhere', country: 'ZZZ' }), 400, 'country', 'body');
    });

    it('a country missing when no place is given', async () => {
      const { country: _drop, ...body } = incidentBody();
      await refused(createIncident(body), 400, 'country', 'body');
    });

    it('31 February', async () => {
      await refused(createIncident(incidentBody({ startDate: '2023-02-31' })), 400, 'startDate', 'body');
      await refused(createIncident(incidentBody({ startDate: '2023-13' })), 400, 'startDate', 'body');
      await refused(createIncident(incidentBody({ startDate: '14/05/2023' })), 400, 'startDate', 'body');
    });

    it('an end before the start', async () => {
      await refused(createIncident(incidentBody({ startDate: '2023-05-14', endDate: '2023-05-13' })), 400, 'endDate', 'body');
      // A month that ends after the start is not before it.
      expectStatus(await post(t.app, '/api/incidents', incidentBody({ startDate: '2023-05-14', endDate: '2023-05' })), 201);
    });

    it('a start date in the future', async () => {
      const next = new Date().getUTCFullYear() + 1;
      await refused(createIncident(incidentBody({ startDate: `${next}-01-01` })), 400, 'startDate', 'body');
      await refused(createIncident(incidentBody({ startDate: String(next) })), 400, 'startDate', 'body');
    });

    it('a latitude of 91 on a place', async () => {
      await refused(() => post(t.app, '/api/places', { name: 'Pole+', country: 'XVR', latitude: 91, longitude: 0 }), 400, 'latitude', 'body');
      await refused(() => post(t.app, '/api/places', { name: 'Dateline+', country: 'XVR', latitude: 0, longitude: 180.5 }), 400, 'longitude', 'body');
    });

    it('a latitude without a longitude', async () => {
      await refused(() => post(t.app, '/api/places', { name: 'Half', country: 'XVR', latitude: 10 }), 400, 'longitude', 'body');
      await refused(() => post(t.app, '/api/places', { name: 'Other half', country: 'XVR', longitude: 10 }), 400, 'latitude', 'body');
    });

    it('a missing or blank title', async () => {
      const { title: _drop, ...body } = incidentBody();
      await refused(createIncident(body), 400, 'title', 'body');
      await refused(createIncident(incidentBody({ title: '   ' })), 400, 'title', 'body');
    });

    it('an incident without acts', async () => {
      await refused(createIncident(incidentBody({ acts: [] })), 400, 'acts', 'body');
    });

    it('every invalid field at once', async () => {
      const p = await refused(createIncident(incidentBody({ title: '', country: 'ZZZ', acts: [{ violationType: 'kiling' }] })), 400, 'title');
      const fields = p.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['title', 'country', 'acts.0.violationType']));
    });

    it('a group that does not exist', async () => {
      const missing = randomUUID();
      const p = await refused(
        createIncident(incidentBody({ acts: [{ violationType: 'harassment', groupId }, { violationType: 'assault', groupId: missing }] })),
        400,
        'acts.1.groupId',
        'body',
      );
      expect(p.errors.map((e: { field: string }) => e.field)).not.toContain('acts.0.groupId');
      expect(JSON.stringify(p.errors)).toContain(missing);
    });

    it('a source or an actor that does not exist', async () => {
      await refused(
        createIncident(incidentBody({ sources: [{ sourceId: randomUUID(), connection: 'eyewitness', materialType: 'testimony', credibility: 2 }] })),
        400,
        'sources.0.sourceId',
        'body',
      );
      await refused(
        createIncident(incidentBody({ acts: [{ violationType: 'assault', groupId, perpetrators: [{ actorId: randomUUID() }] }] })),
        400,
        'acts.0.perpetrators.0.actorId',
        'body',
      );
      // The same source twice is one account too many.
      await refused(
        createIncident(
          incidentBody({
            sources: [
              { sourceId, connection: 'eyewitness', materialType: 'testimony', credibility: 2 },
              { sourceId, connection: 'relative', materialType: 'interview', credibility: 3 },
            ],
          }),
        ),
        400,
        'sources.1.sourceId',
        'body',
      );
    });

    it('a stale version', async () => {
      const incident = await seed.incident(t.app, { acts: [{ violationType: 'harassment', groupId }] });
      const edited = await put(t.app, `/api/incidents/${incident.id}`, { ...incidentBody({ title: 'First edit' }), version: 1 });
      expectStatus(edited, 200);
      const p = await refused(() => put(t.app, `/api/incidents/${incident.id}`, { ...incidentBody({ title: 'Second edit' }), version: 1 }), 409, 'version');
      expect(p.type).toBe('urn:precursor:problem:conflict');
      expect(p.current).toMatchObject({ id: incident.id, version: 2, title: 'First edit' });
      await refused(() => put(t.app, `/api/groups/${groupId}`, { name: 'Renamed', basis: 'ethnicity', version: 99 }), 409, 'version');
    });

    it('an override without a reason', async () => {
      await refused(createIncident(incidentBody({ pyramidLevelOverride: { level: 5 } })), 400, 'pyramidLevelOverride.reason', 'body');
      await refused(createIncident(incidentBody({ pyramidLevelOverride: { level: 5, reason: '  ' } })), 400, 'pyramidLevelOverride.reason', 'body');
      await refused(createIncident(incidentBody({ pyramidLevelOverride: { level: 6, reason: 'too high' } })), 400, 'pyramidLevelOverride.level', 'body');
    });

    it('a version missing on delete', async () => {
      await refused(() => del(t.app, `/api/groups/${groupId}`), 400, 'version', 'query');
      await refused(() => del(t.app, `/api/groups/${groupId}?version=zero`), 400, 'version', 'query');
    });

    it('an id in the path that is not a uuid (400, not 500)', async () => {
      await refused(() => get(t.app, '/api/incidents/123'), 400, 'id', 'path');
      await refused(() => put(t.app, '/api/incidents/not-a-uuid', { ...incidentBody(), version: 1 }), 400, 'id', 'path');
      await refused(() => del(t.app, '/api/incidents/not-a-uuid?version=1'), 400, 'id', 'path');
      await refused(() => get(t.app, '/api/groups/abc'), 400, 'id', 'path');
      await refused(() => post(t.app, '/api/places/abc/restore?version=1'), 400, 'id', 'path');
      await refused(() => get(t.app, '/api/evidence/abc/content'), 400, 'id', 'path');
    });

    it('bad query parameters', async () => {
      await refused(() => get(t.app, '/api/incidents?limit=0'), 400, 'limit', 'query');
      await refused(() => get(t.app, '/api/incidents?sort=random'), 400, 'sort', 'query');
      await refused(() => get(t.app, '/api/audit?entity=planet'), 400, 'entity', 'query');
      await refused(() => get(t.app, '/api/audit?cursor=abc'), 400, 'cursor', 'query');
    });
  });
});
