import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentBody } from '../../test/api.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import type { Database } from '../db/database.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from './app.js';

/**
 * A log holds the request id, method, route pattern, status, problem code and field names —
 * never a narrative, a search term or a stack, even when the request fails inside the database.
 */
describe.each(engines)('request logs (%s)', (engine) => {
  const witness = 'Amira Halvorsen-Teral';
  const phone = '+999 555 0147';
  let database: TestDatabase;
  let dir: string;
  let lines: string[];
  let app: App;
  let broken: App;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'precursor-logs-'));
    lines = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const files = new EvidenceFiles(dir, 1024);
    app = await buildApp({ db: database.db, files, version: 'test', logger: { level: 'info', stream } });
    // A database that fails the way a driver does: a message quoting a value, the query and its parameters attached.
    const failing = () => {
      const err = new Error(`invalid input syntax: "${witness} ${phone}"`) as Error & { code: string; query: string; params: unknown[] };
      err.code = '22P02';
      err.query = `insert into incident_texts values ($1)`;
      err.params = [`${witness} ${phone}`.repeat(1000)];
      return Promise.reject(err);
    };
    const db = new Proxy(database.db, { get: (target, key) => (key === 'query' || key === 'transaction' ? failing : Reflect.get(target, key)) }) as Database;
    broken = await buildApp({ db, files, version: 'test', logger: { level: 'info', stream } });
  });
  afterAll(async () => {
    await app?.close();
    await broken?.close();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const narrative = `The witness ${witness} (phone ${phone}) saw it. `.repeat(2000);

  it('a refused create logs the route, status and field names, not the record', async () => {
    lines.length = 0;
    const res = await app.inject({ method: 'POST', url: '/api/incidents', payload: incidentBody({ narrative, country: 'ZZZ', title: witness }) });
    expect(res.statusCode).toBe(400);
    await expect.poll(() => lines.some((l) => l.includes('request refused'))).toBe(true);
    const refused = JSON.parse(lines.find((l) => l.includes('request refused'))!);
    expect(refused).toMatchObject({ reqId: res.headers['x-request-id'] ?? refused.reqId, method: 'POST', route: '/api/incidents', status: 400, problem: 'invalid', fields: ['country'] });
    expectClean();
  });

  it('a failure inside the database logs its code and where, not its message, query, parameters or stack', async () => {
    lines.length = 0;
    const res = await broken.inject({ method: 'POST', url: '/api/incidents', payload: incidentBody({ narrative, title: witness }) });
    expect(res.statusCode).toBe(500);
    await expect.poll(() => lines.some((l) => l.includes('request failed'))).toBe(true);
    const failed = JSON.parse(lines.find((l) => l.includes('request failed'))!);
    expect(failed).toMatchObject({ method: 'POST', route: '/api/incidents', status: 500, problem: 'internal', error: { type: 'Error', code: '22P02' } });
    expect(failed.error.at).toMatch(/^\/src\/.+:\d+$/);
    expect(JSON.stringify(res.json())).not.toContain(witness);
    expectClean();
  });

  it('a search logs the route pattern, not the terms', async () => {
    lines.length = 0;
    const res = await app.inject({ method: 'GET', url: `/api/incidents?q=${encodeURIComponent(witness)}&country=XVR` });
    expect(res.statusCode).toBe(200);
    await expect.poll(() => lines.length).toBeGreaterThan(0);
    const line = JSON.parse(lines.find((l) => l.includes('"route"'))!);
    expect(line).toMatchObject({ method: 'GET', route: '/api/incidents', status: 200 });
    expectClean();
  });

  function expectClean() {
    const all = lines.join('');
    expect(all).not.toContain(witness.split(' ')[0]);
    expect(all).not.toContain(phone);
    expect(all).not.toMatch(/\n\s+at /); // no stack trace
    expect(all).not.toContain('q=');
    for (const line of lines) expect(line.length, line.slice(0, 200)).toBeLessThan(400);
  }
});
