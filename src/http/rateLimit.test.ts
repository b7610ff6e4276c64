import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, incidentBody, rowCounts } from '../../test/api.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from './app.js';

/** Writes are limited per client address; reads are not. */
describe.each(engines)('write rate limit (%s)', (engine) => {
  let database: TestDatabase;
  let app: App;
  let dir: string;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'precursor-rate-'));
    app = await buildApp({ db: database.db, files: new EvidenceFiles(dir, 1024), version: 'test', writeRateLimit: { writesPerMinute: 3 } });
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const create = (remoteAddress = '127.0.0.1') => app.inject({ method: 'POST', url: '/api/incidents', payload: incidentBody(), remoteAddress });

  it('refuses the writes past the limit with 429 and retry-after, stores none of them, and still answers reads', async () => {
    for (let i = 0; i < 3; i++) expect((await create()).statusCode).toBe(201);
    const before = await rowCounts(database.db);
    const refused = await create();
    expectProblem({ status: refused.statusCode, headers: refused.headers, body: refused.json(), raw: refused.rawPayload }, 429);
    expect(refused.json().type).toBe('urn:precursor:problem:rate-limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await rowCounts(database.db)).toEqual(before);
    for (let i = 0; i < 10; i++) expect((await app.inject({ method: 'GET', url: '/api/incidents' })).statusCode).toBe(200);
    // Another address has its own allowance.
    expect((await create('10.0.0.9')).statusCode).toBe(201);
  });
});
