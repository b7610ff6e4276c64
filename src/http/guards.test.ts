import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectStatus, incidentBody, multipart, rowCounts, tinyPng } from '../../test/api.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { readConfig } from '../config.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from './app.js';
import { siteOf } from './guards.js';

/**
 * DNS rebinding and cross-site writes: a page on another site reaches this server through
 * the user's browser; neither its host name nor its writes are accepted. Scripts that send
 * no Origin keep working.
 */
describe.each(engines)('host and origin guards (%s)', (engine) => {
  let database: TestDatabase;
  let app: App;
  let dir: string;
  const site = siteOf(readConfig({ HOST: '127.0.0.1', PRECURSOR_PUBLIC_URL: 'https://precursor.example.org', PRECURSOR_ALLOWED_HOSTS: 'monitor.lan' }));

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'precursor-guards-'));
    app = await buildApp({ db: database.db, files: new EvidenceFiles(dir, 1024 * 1024), version: 'test', site });
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const send = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: payload === undefined ? headers : { 'content-type': 'application/json', ...headers },
      payload: payload === undefined ? undefined : JSON.stringify(payload),
    });
  const asRes = (r: Awaited<ReturnType<typeof send>>) => ({ status: r.statusCode, headers: r.headers, body: r.json(), raw: r.rawPayload });

  it('answers to loopback names, the public URL and the configured hosts, with or without a port', async () => {
    for (const host of ['localhost', 'localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'precursor.example.org', 'PRECURSOR.example.org:443', 'monitor.lan:8080']) {
      const res = await send('GET', '/api/health', { host });
      expect(res.statusCode, host).toBe(200);
    }
  });

  it('refuses any other host (a rebinding page) with 421 problem+json, for reads, writes and pages alike', async () => {
    for (const host of ['attacker.example', 'attacker.example:8080', '127.0.0.1.nip.io', 'localhost.attacker.example', 'localhost@attacker.example']) {
      for (const [method, url] of [
        ['GET', '/api/incidents'],
        ['GET', '/'],
        ['POST', '/api/incidents'],
      ] as const) {
        const res = asRes(await send(method, url, { host }, method === 'POST' ? incidentBody() : undefined));
        expectProblem(res, 421, ['host']);
        expect(res.body.type).toBe('urn:precursor:problem:misdirected');
      }
    }
    expect((await rowCounts(database.db)).incidents).toBe(0);
  });

  it('refuses writes a browser marks as cross-site, or whose Origin is not ours, and stores nothing', async () => {
    const before = await rowCounts(database.db);
    const refused: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://attacker.example' },
      { origin: 'https://attacker.example' },
      { origin: 'http://127.0.0.1:9999' }, // another local server: same site, other origin
      { origin: 'null' }, // a sandboxed frame or a file
      { 'sec-fetch-site': 'same-site' }, // no Origin to say which of the site's origins
      { 'sec-fetch-site': 'same-site', origin: 'http://localhost:9999' },
    ];
    for (const headers of refused) {
      const res = asRes(await send('POST', '/api/incidents', { host: 'localhost:8080', ...headers }, incidentBody()));
      expectProblem(res, 403);
      expect(res.body.type, JSON.stringify(headers)).toBe('urn:precursor:problem:forbidden');
      // Bodiless writes and multipart uploads too.
      const restore = await send('POST', `/api/incidents/00000000-0000-4000-8000-000000000000/restore`, { host: 'localhost:8080', ...headers });
      expect(restore.statusCode, JSON.stringify(headers)).toBe(403);
      const { payload, headers: multipartHeaders } = multipart([{ name: 'file', filename: 'planted.png', contentType: 'image/png', content: tinyPng }]);
      const uploaded = await app.inject({ method: 'POST', url: '/api/evidence', headers: { host: 'localhost:8080', ...headers, ...multipartHeaders }, payload });
      expect(uploaded.statusCode, JSON.stringify(headers)).toBe(403);
      const deleted = await send('DELETE', `/api/places/00000000-0000-4000-8000-000000000000?version=1`, { host: 'localhost:8080', ...headers });
      expect(deleted.statusCode, JSON.stringify(headers)).toBe(403);
    }
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it('accepts writes from our own origin, from the public URL, and from scripts that send no Origin', async () => {
    const accepted: Record<string, string>[] = [
      {},
      { origin: 'http://localhost:8080' },
      { origin: 'http://localhost:8080', 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' }, // typed in the address bar, a bookmark
      { host: 'precursor.example.org', origin: 'https://precursor.example.org', 'sec-fetch-site': 'same-origin' },
      // Behind a proxy that rewrites Host, the public URL's origin is still ours.
      { host: '127.0.0.1:8080', origin: 'https://precursor.example.org', 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of accepted) {
      const res = asRes(await send('POST', '/api/incidents', { host: 'localhost:8080', ...headers }, incidentBody()));
      expectStatus(res, 201);
    }
  });

  it('lets a cross-site page read nothing new: reads are not refused for their Origin (the browser keeps the answer from it)', async () => {
    const res = await send('GET', '/api/health', { host: 'localhost:8080', origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the allow-list for a bind address', () => {
  it('is loopback names for a loopback server, plus the bound address, public URL and configured hosts', () => {
    expect(siteOf(readConfig({})).hosts.sort()).toEqual(['127.0.0.1', '[::1]', 'localhost']);
    const lan = siteOf(readConfig({ HOST: '192.168.1.20', PRECURSOR_PUBLIC_URL: 'https://monitor.example.org/' }));
    expect(lan.hosts).toContain('192.168.1.20');
    expect(lan.hosts).toContain('monitor.example.org');
    expect(lan.origins).toEqual(['https://monitor.example.org']);
    expect(siteOf(readConfig({ HOST: 'fd00::5' })).hosts).toContain('[fd00::5]');
  });

  it('refuses a public URL that is not http(s)', () => {
    expect(() => readConfig({ PRECURSOR_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PRECURSOR_PUBLIC_URL/);
    expect(() => readConfig({ PRECURSOR_PUBLIC_URL: 'not a url' })).toThrow(/PRECURSOR_PUBLIC_URL/);
  });
});
