import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, incidentBody, openTestApi, post, seed, tinyPng, upload, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * Hostile input never makes the server fail: every string PostgreSQL cannot take (a NUL, a
 * lone surrogate), every value that decodes but is out of a column type's range (February
 * 30th, a level of 99999999, 1e308, an id beyond bigint) is thrown at every query parameter,
 * path parameter and body field of every route in the OpenAPI document, and none gets a 500.
 */

const badStrings = ['\u0000', 'a\u0000b', '\ud800', 'x\udc00', '1999-02-30', '99999999', '1e308', '-1e308', '99999999999999999999', '2024-13-45T25:61:61Z', "' or 1=1 --", 'ﷺ\u202e'];
const badNumbers = [1e308, -1e308, 99999999, 99999999999999999999, 0.1];
const cursor = (...values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
const uuid = '5d2c0a43-0000-4000-8000-000000000000';
/** Cursors that decode to the right shape but hold values PostgreSQL refuses for the sort's types. */
const badCursors: [sort: string, cursor: string][] = [
  ['date:desc', cursor('date:desc', '1999-02-30', uuid)],
  ['date:asc', cursor('date:asc', '2024-02-30', uuid)],
  ['level:desc', cursor('level:desc', 99999999, '2024-01-01', uuid)],
  ['level:desc', cursor('level:desc', 1.5, '2024-01-01', uuid)],
  ['updated:desc', cursor('updated:desc', '2024-02-30T10:00:00.000000Z', uuid)],
  ['updated:desc', cursor('updated:desc', '2024-01-01T25:00:00Z', uuid)],
  ['relevance', cursor('relevance', 1e308, uuid)],
  ['relevance', cursor('relevance', 1e39, uuid)],
];

/** Percent-encoded; a lone surrogate has no UTF-8 form, so it is sent as the bytes a careless client would send for it. */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '')) + '%ED%A0%80';
  }
};

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query: string[];
  params: string[];
  body: string[];
}

describe.each(engines)('bad input never gives a 500 (%s)', (engine) => {
  let t: TestApi;
  let operations: Operation[];
  const ids: Record<string, string> = {};
  const bodies: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    t = await openTestApi(engine);
    const [place, group, actor, source] = await Promise.all([seed.place(t.app), seed.group(t.app), seed.actor(t.app), seed.source(t.app)]);
    const evidence = (await upload(t.app, tinyPng, 'photo.png')).body;
    const incident = await seed.incident(t.app, {
      placeId: place.id,
      acts: [{ violationType: 'killing', groupId: group.id, victims: { killed: 2 }, perpetrators: [{ actorId: actor.id, involvement: 'carried-out' }] }],
      sources: [{ sourceId: source.id, connection: 'participant', materialType: 'testimony', credibility: 2, note: 'seen' }],
      evidenceIds: [evidence.id],
    });
    Object.assign(ids, { places: place.id, groups: group.id, actors: actor.id, sources: source.id, incidents: incident.id, evidence: evidence.id });
    bodies['/api/places'] = { name: 'Fuzz place', country: 'XVR', admin1: 'North', admin2: 'Riverside', latitude: 1.5, longitude: 30.25, aliases: ['a'] };
    bodies['/api/groups'] = { name: 'Fuzz group', basis: 'ethnicity', country: 'XVR', aliases: ['a'], description: 'd' };
    bodies['/api/actors'] = { name: 'Fuzz actor', kind: 'militia', country: 'XVR', description: 'd' };
    bodies['/api/sources'] = { name: 'Fuzz source', kind: 'ngo', reliability: 'B', url: 'https://example.org/', description: 'd' };
    bodies['/api/regions/merge'] = { country: 'XVR', level: 'admin1', from: 'North', into: 'South' };
    bodies['/api/incidents'] = incidentBody({
      placeId: place.id,
      admin1: 'North',
      endDate: '2023-05-20',
      reportDate: '2023-06-01',
      pyramidLevelOverride: { level: 3, reason: 'why' },
      acts: [{ violationType: 'killing', groupId: group.id, identityBasis: 'ethnicity', victims: { killed: 2, injured: 1 }, perpetrators: [{ actorId: actor.id, involvement: 'carried-out' }] }],
      sources: [{ sourceId: source.id, connection: 'participant', materialType: 'testimony', informationDate: '2023-05-15', credibility: 2, note: 'seen' }],
      evidenceIds: [evidence.id],
      links: [{ incidentId: incident.id, kind: 'precedes', note: 'n' }],
      newRecords: { places: [{ key: 'p', name: 'New place', country: 'XVR' }] },
    });
    const document = t.app.swagger() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }>> };
    operations = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase() as Operation['method'],
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        body: Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
      })),
    );
  });
  afterAll(async () => t?.close());

  /** A path with its parameters filled: a real record's id, or a bad value for `bad`. */
  const pathOf = (op: Operation, bad?: { param: string; value: string }) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (bad?.param === name) return encode(bad.value);
      if (name === 'name') return 'pyramid-levels';
      const collection = op.path.split('/')[2]!;
      return ids[collection] ?? uuid;
    });

  async function expectNo500(method: Operation['method'], url: string, body?: unknown) {
    const res = await call(t.app, method, url, body);
    expect(res.status, `${method} ${url} ${body === undefined ? '' : JSON.stringify(body).slice(0, 300)} → ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
    return res;
  }

  it('covers the routes of the document', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.filter((o) => o.query.length).length).toBeGreaterThan(10);
  });

  it('every query and path parameter of every route', { timeout: 300_000 }, async () => {
    for (const op of operations) {
      if (op.path === '/api/evidence' && op.method === 'POST') continue; // multipart, below
      const body = op.method === 'POST' || op.method === 'PUT' ? (bodies[op.path] ?? {}) : undefined;
      for (const value of badStrings) {
        for (const name of op.query) await expectNo500(op.method, `${pathOf(op)}?${name}=${encode(value)}`, body);
        for (const param of op.params) await expectNo500(op.method, pathOf(op, { param, value }), body);
      }
    }
  });

  it('every field of every JSON body, at the top and nested', { timeout: 300_000 }, async () => {
    for (const op of operations.filter((o) => o.method === 'POST' || o.method === 'PUT')) {
      const base: Record<string, unknown> = { ...(bodies[op.path] ?? bodies[op.path.replace(/\/\{id\}$/, '')] ?? {}), ...(op.method === 'PUT' ? { version: 1 } : {}) };
      const fields = new Set([...op.body, ...Object.keys(base)]);
      for (const path of [...fields, ...leafPaths(base).filter((p) => p.includes('.'))]) {
        // Every bad value at the top; nested, the bad values of the field's own type and one of the other.
        const current = valueAt(base, path);
        const values = !path.includes('.') ? [...badStrings, ...badNumbers] : typeof current === 'number' ? [...badNumbers, '\u0000'] : [...badStrings, 1e308];
        for (const value of values) await expectNo500(op.method, pathOf(op), setAt(base, path, value));
      }
    }
  });

  it('cursors that decode but hold values out of their column type are a 400 naming cursor', async () => {
    for (const [sort, c] of badCursors) {
      expectProblem(await expectNo500('GET', `/api/incidents?sort=${sort}&q=fuzz&cursor=${c}`), 400, ['cursor']);
    }
    expectProblem(await expectNo500('GET', `/api/groups?cursor=${cursor('name', 'a\u0000', uuid)}`), 400, ['cursor']);
    expectProblem(await expectNo500('GET', '/api/audit?cursor=99999999999999999999'), 400, ['cursor']);
    expectProblem(await expectNo500('GET', '/api/audit?cursor=9223372036854775808'), 400, ['cursor']);
    expectProblem(await expectNo500('GET', '/api/audit?cursor=9223372036854775807'), 400, ['cursor']);
    expect((await call(t.app, 'GET', `/api/audit?cursor=${Number.MAX_SAFE_INTEGER}`)).status).toBe(200);
  });

  it('a NUL or lone surrogate is a 400 naming the field, wherever it is', async () => {
    const named = async (res: ReturnType<typeof call>, field: string) => {
      const p = expectProblem(await res, 400, [field]);
      expect(p.errors!.find((e) => e.field === field)!.code).toBe('invalid-character');
    };
    await named(post(t.app, '/api/incidents', { ...bodies['/api/incidents'], narrative: 'a\u0000b' }), 'narrative');
    await named(post(t.app, '/api/incidents', { ...bodies['/api/incidents'], title: 'lone \ud800' }), 'title');
    await named(post(t.app, '/api/incidents', setAt(bodies['/api/incidents']!, 'sources.0.note', 'x\u0000')), 'sources.0.note');
    await named(call(t.app, 'GET', '/api/incidents?q=%00'), 'q');
    await named(call(t.app, 'GET', '/api/places?q=a%00'), 'q');
    await named(call(t.app, 'GET', '/api/incidents/%00'), 'id');
  });

  it('an evidence upload whose name or description cannot be stored is refused naming it', async () => {
    for (const [filename, description, field] of [
      ['a\u0000.png', 'ok', 'filename'],
      ['ok.png', 'x\u0000y', 'description'],
    ] as const) {
      const res = await upload(t.app, tinyPng, filename, { description });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('a source URL must be http or https', async () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd']) {
      const p = expectProblem(await post(t.app, '/api/sources', { name: `Blog ${url.length}`, url }), 400, ['url']);
      expect(p.errors![0]!.code).toBe('invalid-url');
    }
    expect((await post(t.app, '/api/sources', { name: 'Fine blog', url: 'https://example.org/post?id=1' })).status).toBe(201);
  });
});

function leafPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, prefix ? `${prefix}.${i}` : String(i)));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  return prefix ? [prefix] : [];
}

function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), root);
}

function setAt<T>(root: T, path: string, value: unknown): T {
  const copy = structuredClone(root) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy as T;
}
