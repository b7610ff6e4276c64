import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentBody } from '../../test/api.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from './app.js';
import { jsonBodyLimit, maxJsonDepth, nestingDepth } from './body.js';

/**
 * One hostile body cannot stall the server for everyone: a 10 MB body of nested arrays (once
 * 10–14 s of a blocked event loop and ~1 GB) is refused at once, over a real socket, while
 * another client's request is still answered promptly; deep nesting under the size limit is
 * refused before it is parsed.
 */
describe.each(engines)('request size and nesting (%s)', (engine) => {
  let database: TestDatabase;
  let app: App;
  let dir: string;
  let base: string;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'precursor-body-'));
    app = await buildApp({ db: database.db, files: new EvidenceFiles(dir, 1024 * 1024), version: 'test' });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const nested = (bytes: number) => {
    const half = Math.floor(bytes / 2);
    return '['.repeat(half) + ']'.repeat(half);
  };
  /** Nested arrays side by side, each shallow enough to pass a depth check: the costly shape for a parser. */
  const wide = (bytes: number) => `[${Array.from({ length: Math.floor(bytes / 12) }, () => '[[[[[]]]]]').join(',')}]`;

  const timed = async (url: string, init?: RequestInit) => {
    const started = performance.now();
    const res = await fetch(`${base}${url}`, init);
    const body = await res.text();
    return { status: res.status, body, ms: performance.now() - started };
  };
  const postJson = (text: string) => timed('/api/incidents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });

  it('a 10 MB body of nested arrays is refused with 413 at once, and another request is answered meanwhile', async () => {
    for (const body of [nested(10 * 1024 * 1024), wide(10 * 1024 * 1024)]) {
      const [hostile, health] = await Promise.all([postJson(body), timed('/api/health')]);
      expect(hostile.status).toBe(413);
      expect(JSON.parse(hostile.body).errors[0]).toMatchObject({ field: 'body', code: 'too-large', params: { maximum: jsonBodyLimit } });
      expect(health.status).toBe(200);
      // Generous for a busy 2-core machine; the unprotected server took 10–14 s.
      expect(hostile.ms).toBeLessThan(3000);
      expect(health.ms).toBeLessThan(3000);
    }
  });

  it('deep nesting under the size limit is refused with 400 before it is parsed', async () => {
    const [hostile, health] = await Promise.all([postJson(nested(jsonBodyLimit - 1024)), timed('/api/health')]);
    expect(hostile.status).toBe(400);
    expect(JSON.parse(hostile.body).errors[0]).toMatchObject({ field: 'body' });
    expect(hostile.ms).toBeLessThan(3000);
    expect(health.status).toBe(200);
  });

  it('a wide body under the limit is parsed and refused by the schema quickly', async () => {
    const res = await postJson(wide(jsonBodyLimit - 1024));
    expect(res.status).toBe(400);
    // Parsing 2 MB is real work (~0.3 s on a quiet core); the bound allows for a loaded 2-core machine.
    expect(res.ms).toBeLessThan(10_000);
  });

  it('the largest legitimate incident fits the limit', async () => {
    const u = '5d2c0a43-0000-4000-8000-000000000000';
    const largest = incidentBody({
      narrative: 'ع'.repeat(200_000),
      acts: Array.from({ length: 500 }, () => ({
        violationType: 'discrimination-employment',
        groupId: u,
        victims: { killed: 1, injured: 2, detained: 3, disappeared: 4, displaced: 5, otherwiseAffected: 6 },
        perpetrators: Array.from({ length: 5 }, () => ({ actorId: u, involvement: 'policy-or-legislation' })),
      })),
      sources: Array.from({ length: 200 }, () => ({ sourceId: u, connection: 'third-party', materialType: 'testimony', informationDate: '2024-05-14', credibility: 3, note: 'ع'.repeat(1000) })),
      evidenceIds: Array(500).fill(u),
      links: Array.from({ length: 200 }, () => ({ incidentId: u, kind: 'precedes', note: 'ع'.repeat(200) })),
    });
    const text = JSON.stringify(largest);
    expect(Buffer.byteLength(text)).toBeLessThan(jsonBodyLimit);
    expect(nestingDepth(text)).toBeLessThanOrEqual(maxJsonDepth);
    // Read and validated (it names records that do not exist), not refused for its size.
    const res = await postJson(text);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).errors[0].field).not.toBe('body');
  });

  it('counts nesting outside strings only', () => {
    expect(nestingDepth('{"a":[1,{"b":"[[[[["}]}')).toBe(3);
    expect(nestingDepth('["\\"[[[", [[]]]')).toBe(3);
  });
});
