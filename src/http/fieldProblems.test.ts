import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, del, elfHeader, incidentBody, post, put, seed, upload, get, type Res, type TestApi, openTestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { scopeFor } from '../access/scope.js';
import { createContext } from '../context.js';
import { IncidentInput } from '../incidents/schema.js';
import { createIncidents, updateIncident } from '../incidents/service.js';
import { DomainError, type FieldProblem, type FieldProblemCode, fieldProblemCodes } from '../errors.js';
import { problemOfIssue } from '../fieldProblems.js';
import { resolveNames } from '../incidents/commands.js';

/**
 * Every field problem carries a stable `code` from the closed list in src/errors.ts (with
 * its `params`), beside the English `message`: the web app translates the code. Each code
 * in the list is produced here by a real request (or, for the CLI's own, a CLI resolver).
 */

interface Case {
  code: FieldProblemCode;
  field: string;
  params?: Record<string, unknown>;
  produce: (t: TestApi) => Promise<Res | FieldProblem[]>;
}

const later = new Date().getUTCFullYear() + 1;
const incident = (over: Record<string, unknown>) => (t: TestApi) => post(t.app, '/api/incidents', incidentBody(over));

const cases: Case[] = [
  {
    code: 'required',
    field: 'title',
    produce: (t) => {
      const { title: _drop, ...body } = incidentBody();
      return post(t.app, '/api/incidents', body);
    },
  },
  { code: 'required', field: 'title', produce: incident({ title: '   ' }) },
  { code: 'required', field: 'acts.0.violationType', produce: incident({ acts: [{ violationType: '' }] }) },
  { code: 'required', field: 'version', produce: async (t) => del(t.app, `/api/incidents/${(await seed.incident(t.app)).id}`) },
  { code: 'invalid-type', field: 'title', params: { expected: 'string' }, produce: incident({ title: 5 }) },
  { code: 'not-integer', field: 'acts.0.victims.killed', produce: incident({ acts: [{ violationType: 'killing', victims: { killed: 1.5 } }] }) },
  { code: 'too-long', field: 'title', params: { maximum: 500 }, produce: incident({ title: 'x'.repeat(501) }) },
  { code: 'too-large', field: 'latitude', params: { maximum: 90 }, produce: (t) => post(t.app, '/api/places', { name: 'Pole+', country: 'XVR', latitude: 91, longitude: 0 }) },
  { code: 'too-small', field: 'acts.0.victims.killed', params: { minimum: 0 }, produce: incident({ acts: [{ violationType: 'killing', victims: { killed: -1 } }] }) },
  { code: 'too-many', field: 'aliases', params: { maximum: 50 }, produce: (t) => post(t.app, '/api/groups', { name: 'Many names', basis: 'ethnicity', aliases: Array.from({ length: 51 }, (_, i) => `alias ${i}`) }) },
  { code: 'too-few', field: 'acts', params: { minimum: 1 }, produce: incident({ acts: [] }) },
  { code: 'invalid-enum', field: 'sort', produce: (t) => get(t.app, '/api/incidents?sort=sideways') },
  { code: 'invalid-uuid', field: 'acts.0.groupId', produce: incident({ acts: [{ violationType: 'assault', groupId: 'not-an-id' }] }) },
  { code: 'invalid-url', field: 'url', produce: (t) => post(t.app, '/api/sources', { name: 'Blog', url: 'not a url' }) },
  { code: 'invalid-date', field: 'startDate', produce: incident({ startDate: '2023-02-31' }) },
  { code: 'invalid-day', field: 'reportDate', produce: incident({ reportDate: '2023-05' }) },
  { code: 'date-in-future', field: 'startDate', produce: incident({ startDate: String(later) }) },
  { code: 'end-before-start', field: 'endDate', produce: incident({ startDate: '2023-05-14', endDate: '2023-05-13' }) },
  { code: 'end-before-start', field: 'to', produce: (t) => get(t.app, '/api/incidents?from=2024&to=2023') },
  {
    code: 'unknown-code',
    field: 'acts.0.violationType',
    params: { vocabulary: 'violation-types', value: 'kiling' },
    produce: incident({ acts: [{ violationType: 'kiling' }] }),
  },
  { code: 'unknown-code', field: 'country', params: { vocabulary: 'countries', value: 'ZZZ' }, produce: incident({ country: 'ZZZ' }) },
  {
    code: 'not-found',
    field: 'acts.0.groupId',
    params: { entity: 'group' },
    produce: incident({ acts: [{ violationType: 'assault', groupId: randomUUID() }] }),
  },
  {
    code: 'place-in-other-country',
    field: 'country',
    params: { placeCountry: 'XVR', country: 'FRA' },
    produce: async (t) => post(t.app, '/api/incidents', incidentBody({ placeId: (await seed.place(t.app)).id, country: 'FRA' })),
  },
  { code: 'coordinates-together', field: 'longitude', produce: (t) => post(t.app, '/api/places', { name: 'Half', country: 'XVR', latitude: 10 }) },
  {
    code: 'duplicate',
    field: 'sources.1.sourceId',
    produce: async (t) => {
      const { id } = await seed.source(t.app);
      const account = { sourceId: id, connection: 'eyewitness', materialType: 'testimony', credibility: 2 };
      return post(t.app, '/api/incidents', incidentBody({ sources: [account, account] }));
    },
  },
  {
    code: 'self-link',
    field: 'links.0.incidentId',
    produce: async (t) => {
      const saved = await seed.incident(t.app);
      return put(t.app, `/api/incidents/${saved.id}`, { ...incidentBody(), version: saved.version, links: [{ incidentId: saved.id, kind: 'precedes' }] });
    },
  },
  {
    code: 'belongs-elsewhere',
    field: 'acts.0.id',
    params: { entity: 'act' },
    produce: async (t) => {
      const [mine, other] = [await seed.incident(t.app), await seed.incident(t.app)];
      return put(t.app, `/api/incidents/${mine.id}`, { ...incidentBody(), version: mine.version, acts: [{ id: other.acts[0].id, violationType: 'harassment' }] });
    },
  },
  {
    code: 'already-deleted',
    field: 'id',
    params: { entity: 'group' },
    produce: async (t) => {
      const group = await seed.group(t.app);
      const deleted = await del(t.app, `/api/groups/${group.id}?version=${group.version}`);
      return del(t.app, `/api/groups/${group.id}?version=${deleted.body.version}`);
    },
  },
  {
    code: 'not-deleted',
    field: 'id',
    params: { entity: 'incident' },
    produce: async (t) => {
      const saved = await seed.incident(t.app);
      return post(t.app, `/api/incidents/${saved.id}/restore?version=${saved.version}`);
    },
  },
  {
    code: 'stale-version',
    field: 'version',
    params: { expected: 7, current: 1 },
    produce: async (t) => put(t.app, `/api/incidents/${(await seed.incident(t.app)).id}`, { ...incidentBody(), version: 7 }),
  },
  { code: 'invalid-cursor', field: 'cursor', produce: (t) => get(t.app, '/api/incidents?cursor=bm90LWEtY3Vyc29y') },
  { code: 'invalid-json', field: 'body', produce: (t) => call(t.app, 'POST', '/api/incidents', '{"title": ', { 'content-type': 'application/json' }) },
  { code: 'file-empty', field: 'file', produce: (t) => upload(t.app, Buffer.alloc(0), 'empty.txt') },
  {
    code: 'file-too-large',
    field: 'file',
    params: { maximum: 64 },
    produce: async (t) => upload((await t.withMaxBytes(64)).app, Buffer.alloc(200, 1), 'big.bin'),
  },
  { code: 'media-type-refused', field: 'file', produce: (t) => upload(t.app, elfHeader, 'invoice.pdf') },
  { code: 'unsupported-media-type', field: 'content-type', produce: (t) => call(t.app, 'POST', '/api/places', 'name=Town', { 'content-type': 'application/x-www-form-urlencoded' }) },
  {
    code: 'ambiguous-name',
    field: '--group',
    params: { entity: 'group', value: 'Twin Name' },
    produce: async (t) => {
      await seed.group(t.app, { name: 'Twin Name' });
      await seed.group(t.app, { name: 'Twin Name' });
      return problemsOf(() => resolveNames(createContext(t.db), 'groups', ['Twin Name'], '--group'));
    },
  },
  {
    code: 'above-clearance',
    field: 'confidentiality',
    params: { clearance: 'internal' },
    produce: (t) => problemsOf(() => createIncidents(createContext(t.db, { id: 'e', name: 'Editor', scope: scopeFor('editor', { clearance: 'internal' }) }), [IncidentInput.parse({ ...incidentBody(), confidentiality: 'confidential' })])),
  },
  {
    code: 'not-in-team',
    field: 'teams',
    produce: (t) => problemsOf(() => createIncidents(createContext(t.db, { id: 'e', name: 'Editor', scope: scopeFor('editor', { teams: ['t1'] }) }), [IncidentInput.parse({ ...incidentBody(), teams: ['t2'] })])),
  },
  {
    code: 'withheld',
    field: 'sources',
    produce: async (t) => {
      const source = await seed.source(t.app);
      const info = { sourceId: source.id, connection: 'eyewitness', materialType: 'testimony', credibility: 2 };
      const saved = await seed.incident(t.app, { withhold: { reporter: 'strictly-confidential' }, sources: [info] });
      const editor = createContext(t.db, { id: 'e', name: 'Editor', scope: scopeFor('editor', { clearance: 'confidential' }) });
      return problemsOf(() => updateIncident(editor, saved.id, saved.version, IncidentInput.parse({ ...incidentBody(), sources: [info] })));
    },
  },
];

async function problemsOf(work: () => Promise<unknown>): Promise<FieldProblem[]> {
  try {
    await work();
  } catch (err) {
    if (err instanceof DomainError) return err.fields;
    throw err;
  }
  throw new Error('expected the call to be refused');
}

describe('field problem codes', () => {
  it('every code of the closed list is produced below, except the catch-all', () => {
    const produced = new Set(cases.map((c) => c.code));
    expect(fieldProblemCodes.filter((code) => code !== 'invalid' && !produced.has(code))).toEqual([]);
  });

  it("the catch-all 'invalid' covers a schema fault without a code of its own", () => {
    expect(problemOfIssue({ code: 'invalid_union', path: ['x'], message: 'Invalid input', errors: [] }, { x: 1 })).toEqual({ code: 'invalid', message: 'Invalid input' });
    expect(problemOfIssue({ code: 'custom', path: ['x'], message: 'made up', params: { code: 'no-such-code' } }, {}).code).toBe('invalid');
  });
});

describe.each(engines)('field problem codes over HTTP on %s', (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(cases.map((c) => [c.code, c.field, c] as const))('%s at %s', async (_code, _field, c) => {
    const out = await c.produce(t);
    const errors = (Array.isArray(out) ? out : (out.body.errors ?? [])) as FieldProblem[];
    if (!Array.isArray(out)) expect(out.status, JSON.stringify(out.body)).toBeGreaterThanOrEqual(400);
    const entry = errors.find((e) => e.field === c.field);
    expect(entry, `no problem at ${c.field}: ${JSON.stringify(errors)}`).toBeDefined();
    expect(entry!.code).toBe(c.code);
    expect(entry!.message.length).toBeGreaterThan(0);
    if (c.params) expect(entry!.params).toMatchObject(c.params);
    // No problem leaves without a code from the list.
    for (const e of errors) expect(fieldProblemCodes, JSON.stringify(e)).toContain(e.code);
  });

  it('documents the codes as an enum in the OpenAPI Problem schema', async () => {
    const doc = (await get(t.app, '/api/openapi.json')).body;
    const problem = doc.components.schemas.Problem;
    expect(problem.properties.errors.items.properties.code.enum).toEqual([...fieldProblemCodes]);
    expect(problem.properties.errors.items.required).toEqual(expect.arrayContaining(['field', 'code', 'message']));
  });

});
