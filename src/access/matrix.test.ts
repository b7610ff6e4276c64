import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openActorsApi, type ActorsApi, type As } from '../../test/actors.js';
import { engines } from '../../test/databases.js';
import { buildWorld, ruleOnly, sampleFor, type World } from '../../test/routeSamples.js';
import { randomBytes } from 'node:crypto';
import { incidentBody, multipart } from '../../test/api.js';
import { can, type Action } from './permissions.js';
import { confidentialityLevels, mayRead, roles, scopeFor, type Confidentiality } from './scope.js';

/**
 * The authorisation matrix, generated from the app's route table: every route × every role and
 * the anonymous actor. Each route's expected rule and a valid request are in
 * test/routeSamples.ts (a route without them fails here); whether a role may call the route
 * comes from that rule and the permissions table alone (permissions.ts). An allowed call must
 * succeed (2xx or a redirect); a refused one must be 401 for the anonymous actor, 403 for any role.
 */
const callers: As[] = [...roles, 'anonymous'];
const roleOf = (as: As) => (as === 'anonymous' ? 'public' : typeof as === 'string' ? as : as.role);

describe.each(engines)('the authorisation matrix on %s', (engine) => {
  let api: ActorsApi;
  let world: World;
  let webRoot: string;
  beforeAll(async () => {
    // A built web app of two files, so that its routes are in the table too.
    webRoot = mkdtempSync(join(tmpdir(), 'precursor-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Precursor</title>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'export {};');
    api = await openActorsApi(engine, { web: { root: webRoot } });
    world = await buildWorld(api);
  });
  afterAll(async () => {
    await api?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('has a rule and a sample request for every route, and each route declares the rule the samples expect', () => {
    const table = api.app.routeAccess;
    expect(table.length).toBeGreaterThan(50);
    const expectedRule = (method: string, url: string) => sampleFor(method, url)?.access ?? ruleOnly[`${method === 'HEAD' ? 'GET' : method} ${url}`]?.access;
    const missing = table.filter((r) => !r.access || !expectedRule(r.method, r.url)).map((r) => `${r.method} ${r.url}`);
    expect(missing, 'routes without a sample in test/routeSamples.ts').toEqual([]);
    const declared = table.map((r) => `${r.method} ${r.url}: ${r.access}`);
    const expected = table.map((r) => `${r.method} ${r.url}: ${expectedRule(r.method, r.url)}`);
    expect(declared).toEqual(expected);
  });

  it('allows and refuses each route as the permissions table says, for every role and the anonymous actor', async () => {
    const wrong: string[] = [];
    for (const route of api.app.routeAccess) {
      const sample = sampleFor(route.method, route.url);
      if (!sample) continue; // a rule-only route (test/routeSamples.ts: ruleOnly), sent in its own module's tests

      for (const caller of callers) {
        const allowed = sample.access === 'open' || can(scopeFor(roleOf(caller)), sample.access);
        const request = await sample.request(world);
        const res = await api.send(caller, request);
        const ok = allowed ? res.status < 400 : res.status === (caller === 'anonymous' ? 401 : 403);
        if (!ok) {
          const detail = typeof res.body === 'object' ? JSON.stringify(res.body).slice(0, 300) : String(res.body).slice(0, 100);
          wrong.push(`${route.method} ${route.url} (${sample.access}) as ${String(caller)}: expected ${allowed ? 'allowed' : 'refused'}, got ${res.status} ${detail}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // Some 700 requests: well within a minute alone, but allow for a loaded 2-core machine.
  }, 240_000);

  it('states each documented operation’s rule in the API document', async () => {
    const doc = (await api.get('anonymous', '/api/openapi.json')).body as { paths: Record<string, Record<string, { 'x-access'?: string; description?: string }>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThan(30);
    for (const { path, method, op } of operations) {
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      const rule = api.app.routeAccess.find((r) => r.url === url && r.method === method.toUpperCase())?.access;
      expect(op['x-access'], `${method} ${path}`).toBe(rule);
      expect(op.description).toContain(`Access: ${rule === 'open' ? 'open' : `\`${rule}\``}`);
    }
  });

  it('answers a refusal as problem+json naming the action, before reading the request', async () => {
    const anonymous = await api.post('anonymous', '/api/incidents', { not: 'even valid' });
    expect(anonymous.status).toBe(401);
    expect(String(anonymous.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect(anonymous.body).toMatchObject({ type: 'urn:precursor:problem:unauthenticated', status: 401 });
    const viewer = await api.post('viewer', '/api/incidents', { not: 'even valid' });
    expect(viewer.status).toBe(403);
    expect(viewer.body).toMatchObject({ type: 'urn:precursor:problem:forbidden', status: 403 });
    expect(viewer.body.detail).toContain('incidents write');
  });
});

/**
 * The same matrix for the records behind the routes whose answers this door filters by record
 * (evidence, cases and the audit trail): every role × every confidentiality level of the incident
 * (or case) a file or an entry is about. Expected from the permissions table and `mayRead` alone: refused
 * (401/403) without the permission, 404 or left out when the record is beyond the caller's
 * clearance, shown otherwise.
 */
describe.each(engines)('the record-level matrix for evidence, cases and the audit trail on %s', (engine) => {
  let api: ActorsApi;
  const records = {} as Record<Confidentiality, { incidentId: string; evidenceId: string; caseId: string }>;
  beforeAll(async () => {
    api = await openActorsApi(engine);
    for (const level of confidentialityLevels) {
      const { payload, headers } = multipart([{ name: 'file', filename: `${level}.bin`, contentType: 'application/octet-stream', content: randomBytes(32) }]);
      const file = await api.send('administrator', { method: 'POST', url: '/api/evidence', payload, headers });
      expect(file.status).toBe(201);
      const incident = await api.post('administrator', '/api/incidents', incidentBody({ confidentiality: level, evidenceIds: [file.body.id] }));
      expect(incident.status).toBe(201);
      // A case of the same level, made from that incident (a case is never below its incidents).
      const caseFile = await api.post('administrator', '/api/cases', { title: `A ${level} case`, incidentIds: [incident.body.id], confidentiality: level });
      expect(caseFile.status).toBe(201);
      expect(caseFile.body.confidentiality).toBe(level);
      records[level] = { incidentId: incident.body.id, evidenceId: file.body.id, caseId: caseFile.body.id };
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  it('gives each role the files and entries of the levels it may read, and nothing else', async () => {
    const wrong: string[] = [];
    const check = (what: string, caller: As, got: number | string, expected: number | string) => {
      if (got !== expected) wrong.push(`${what} as ${String(caller)}: expected ${expected}, got ${got}`);
    };
    for (const caller of callers) {
      const scope = scopeFor(roleOf(caller));
      const refusal = caller === 'anonymous' ? 401 : 403;
      const status = (action: Action, visible: boolean) => (!can(scope, action) ? refusal : visible ? 200 : 404);
      for (const level of confidentialityLevels) {
        const { incidentId, evidenceId, caseId } = records[level];
        const visible = mayRead(scope, { confidentiality: level });
        check(`GET evidence of a ${level} incident`, caller, (await api.get(caller, `/api/evidence/${evidenceId}`)).status, status('evidence.read', visible));
        check(`GET content of a ${level} incident's file`, caller, (await api.get(caller, `/api/evidence/${evidenceId}/content`)).status, status('evidence.read', visible));
        check(`verify a ${level} incident's file`, caller, (await api.post(caller, `/api/evidence/${evidenceId}/verify`)).status, status('evidence.read', visible));
        // Lists answer 200 to whoever may call them, and leave out what the caller may not read.
        const listed = async (url: string, action: Action) => {
          const res = await api.get(caller, url);
          return can(scope, action) ? (res.body.items?.length > 0 ? 'listed' : 'left out') : res.status;
        };
        const expectListed = (action: Action, shown: boolean) => (!can(scope, action) ? refusal : shown ? 'listed' : 'left out');
        check(`list a ${level} incident's file`, caller, await listed(`/api/evidence?id=${evidenceId}`, 'evidence.read'), expectListed('evidence.read', visible));
        check(`audit of a ${level} incident`, caller, await listed(`/api/audit?entity=incident&entityId=${incidentId}`, 'audit.read'), expectListed('audit.read', visible));
        check(
          `audit of a ${level} incident's file`,
          caller,
          await listed(`/api/audit?entity=evidence&entityId=${evidenceId}`, 'audit.read'),
          expectListed('audit.read', visible && can(scope, 'evidence.read')),
        );
        check(`GET a ${level} case`, caller, (await api.get(caller, `/api/cases/${caseId}`)).status, status('cases.read', visible));
        check(`audit of a ${level} case`, caller, await listed(`/api/audit?entity=case&entityId=${caseId}`, 'audit.read'), expectListed('audit.read', visible && can(scope, 'cases.read')));
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
