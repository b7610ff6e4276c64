import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, expectStatus, incidentBody } from '../../test/api.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, publicScope, scopeFor, type Scope } from '../access/scope.js';
import type { Actor } from '../context.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from '../http/app.js';
import { maximumVictimsPerAct } from './schema.js';

/**
 * The access door over HTTP: the app with a test `authenticate` that acts as the scope named in
 * a header, so one app serves every role. Another team's confidential incident is a 404 like a
 * missing one; a role without the permission gets 403; the public's counts leave restricted
 * records out; hostile filter values are refused or find nothing, never a 500; and counts that
 * pass 2^31 are answered.
 */

const scopes: Record<string, Scope> = {
  admin: fullScope,
  analyst: scopeFor('analyst', { clearance: 'confidential', teams: ['t1'] }),
  viewer: scopeFor('viewer'),
  public: publicScope,
  editor: scopeFor('editor', { clearance: 'confidential', teams: ['t1'] }),
};

async function authenticate(request: FastifyRequest): Promise<Actor> {
  const who = String(request.headers['x-test-as'] ?? 'admin');
  return { id: `test-${who}`, name: who, scope: scopes[who]! };
}

describe.each(engines)('the access door over HTTP on %s', (engine) => {
  let t: TestDatabase;
  let app: App;
  let evidenceDir: string;
  let secret: { id: string; version: number };
  let team: { id: string; version: number };

  const as = (who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) => call(app, method, url, body, { 'x-test-as': who });

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    evidenceDir = mkdtempSync(join(tmpdir(), 'precursor-evidence-'));
    app = await buildApp({ db: t.db, files: new EvidenceFiles(evidenceDir, 1024 * 1024), version: 'test', authenticate });
    await app.ready();
    const created = async (body: unknown) => {
      const res = await as('admin', 'POST', '/api/incidents', body);
      expectStatus(res, 201);
      return res.body as { id: string; version: number };
    };
    await created(incidentBody({ title: 'Published', confidentiality: 'public', startDate: '2023-02-03' }));
    await created(incidentBody({ title: 'Internal', confidentiality: 'internal', startDate: '2023-02-04' }));
    secret = await created(incidentBody({ title: 'Qwertyzan secret', confidentiality: 'confidential', teams: ['t2'], startDate: '2023-02-05', acts: [{ violationType: 'killing', victims: { killed: 5 } }] }));
    team = await created(incidentBody({ title: 'Team one', confidentiality: 'confidential', teams: ['t1'], startDate: '2023-02-06', links: [{ incidentId: secret.id, kind: 'causes' }] }));
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
    rmSync(evidenceDir, { recursive: true, force: true });
  });

  it('answers another team’s incident with the same 404 as a missing one', async () => {
    const hidden = await as('analyst', 'GET', `/api/incidents/${secret.id}`);
    const missing = await as('analyst', 'GET', `/api/incidents/${randomUUID()}`);
    expectProblem(hidden, 404);
    expectProblem(missing, 404);
    expect(hidden.body.type).toBe(missing.body.type);
    expect(hidden.body.title).toBe(missing.body.title);
    expectStatus(await as('admin', 'GET', `/api/incidents/${secret.id}`), 200);
  });

  it('refuses a write by a role without the permission (403) and one on a record out of reach (404)', async () => {
    expectProblem(await as('viewer', 'POST', '/api/incidents', incidentBody()), 403);
    expectProblem(await as('analyst', 'DELETE', `/api/incidents/${team.id}?version=${team.version}`), 403);
    expectProblem(await as('editor', 'PUT', `/api/incidents/${secret.id}`, { ...incidentBody(), version: secret.version }), 404);
    expectProblem(await as('editor', 'DELETE', `/api/incidents/${secret.id}?version=${secret.version}`), 404);
  });

  it('a 409 body holds no link to what the editor may not read', async () => {
    const read = (await as('editor', 'GET', `/api/incidents/${team.id}`)).body;
    expect(read.links).toEqual([]);
    expectStatus(await as('admin', 'PUT', `/api/incidents/${team.id}`, { ...incidentBody({ title: 'Changed by admin', teams: ['t1'], confidentiality: 'confidential', links: [{ incidentId: secret.id, kind: 'causes' }] }), version: read.version }), 200);
    const stale = await as('editor', 'PUT', `/api/incidents/${team.id}`, { ...incidentBody({ title: 'Mine' }), version: read.version });
    expectProblem(stale, 409, ['version']);
    expect(stale.body.current.title).toBe('Changed by admin');
    expect(JSON.stringify(stale.body)).not.toContain(secret.id);
  });

  it('the public’s and a viewer’s counts leave out what they may not read', async () => {
    const total = async (who: string) => (await as(who, 'GET', '/api/stats?by=level')).body.totals as { incidents: number; killed: number };
    expect((await total('admin')).incidents).toBe(4);
    expect(await total('public')).toMatchObject({ incidents: 1, killed: 0 });
    expect(await total('viewer')).toMatchObject({ incidents: 2, killed: 0 });
    expect(await total('analyst')).toMatchObject({ incidents: 3, killed: 0 });
    expect((await as('public', 'GET', '/api/incidents?q=Qwertyzan')).body).toMatchObject({ items: [], total: 0 });
  });

  describe('hostile values in every filter and sort: 400 or nothing found, never a 500', () => {
    const hostile = [
      "' or 1=1 --",
      "'); drop table incidents; --",
      '" or ""="',
      '1 union select id from incidents',
      "${'$'}1",
      '\\x27',
      'Qwertyzan',
      '2023-02-30',
      '99999999',
      '1e308',
    ];
    const params = ['q', 'id', 'country', 'admin1', 'group', 'basis', 'type', 'perpetrator', 'source', 'level', 'verification', 'confidentiality', 'from', 'to', 'deleted', 'sort', 'cursor', 'limit'];

    it.each(['/api/incidents', '/api/stats', '/api/stats/extent'])('%s', async (path) => {
      for (const param of [...params, ...(path === '/api/stats' ? ['by'] : [])]) {
        for (const value of hostile) {
          const res = await as('analyst', 'GET', `${path}?${param}=${encodeURIComponent(value)}`);
          expect([200, 400], `${param}=${value}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
          if (res.status === 200) expect(JSON.stringify(res.body)).not.toContain(secret.id);
        }
      }
      expect((await as('admin', 'GET', '/api/incidents')).body.total).toBe(4);
    });
  });

  describe('counts that pass 2^31', () => {
    it('sums 22 incidents of 100,000,000 killed each (a bigint, not a 500)', async () => {
      for (let i = 0; i < 22; i++) {
        expectStatus(await as('admin', 'POST', '/api/incidents', incidentBody({ country: 'SDN', startDate: '2022-01-05', acts: [{ violationType: 'killing', victims: { killed: maximumVictimsPerAct } }] })), 201);
      }
      const res = await as('admin', 'GET', '/api/stats?country=SDN&by=month');
      expectStatus(res, 200);
      expect(res.body.totals).toMatchObject({ incidents: 22, killed: 2_200_000_000 });
      expect(res.body.cells).toEqual([expect.objectContaining({ month: '2022-01', killed: 2_200_000_000 })]);
      // The same from the incidents table (a filter the rollup does not answer).
      const direct = await as('admin', 'GET', '/api/stats?country=SDN&type=killing&by=level');
      expect(direct.body.totals).toMatchObject({ incidents: 22, killed: 2_200_000_000 });
    });

    it('saves an incident whose acts sum past 2^31', async () => {
      const acts = Array.from({ length: 30 }, () => ({ violationType: 'killing', victims: { killed: maximumVictimsPerAct } }));
      const res = await as('admin', 'POST', '/api/incidents', incidentBody({ country: 'SDN', acts }));
      expectStatus(res, 201);
      expect(res.body.victims.killed).toBe(3_000_000_000);
      expect((await as('admin', 'GET', `/api/incidents/${res.body.id}`)).body.victims.killed).toBe(3_000_000_000);
    });

    it('refuses an act count above the plausible maximum, naming the field', async () => {
      const res = await as('admin', 'POST', '/api/incidents', incidentBody({ acts: [{ violationType: 'killing', victims: { killed: maximumVictimsPerAct + 1 } }] }));
      expectProblem(res, 400, ['acts.0.victims.killed']);
      expect(res.body.errors[0]).toMatchObject({ code: 'too-large', params: { maximum: maximumVictimsPerAct } });
    });
  });
});
