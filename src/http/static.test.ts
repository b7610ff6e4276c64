import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from './app.js';

/** The built web app beside the API: pages fall back to index.html, /api keeps its problem+json 404s. */
describe('web app serving', () => {
  let dir: string;
  let app: App;
  let bare: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'precursor-web-'));
    mkdirSync(join(dir, 'dist/assets'), { recursive: true });
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>Precursor</title>');
    const js = `console.log(${JSON.stringify('x'.repeat(2000))})`;
    writeFileSync(join(dir, 'dist/assets/index-abc.js'), js);
    writeFileSync(join(dir, 'dist/assets/index-abc.js.gz'), gzipSync(js));
    // No database is touched by these routes.
    const deps = { db: {} as Database, files: new EvidenceFiles(join(dir, 'evidence'), 1024), version: 'test' };
    app = await buildApp({ ...deps, web: { root: join(dir, 'dist'), mapTiles: 'https://tiles.example.org/{z}/{x}/{y}.png' } });
    bare = await buildApp({ ...deps, web: { root: join(dir, 'missing') } });
  });
  afterAll(async () => {
    await app?.close();
    await bare?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for any page the app routes itself', async () => {
    for (const url of ['/', '/incidents', '/incidents/5d2c0a43-0000-4000-8000-000000000000/edit?x=1']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>Precursor</title>');
    }
  });

  it('serves hashed assets precompressed and cached for a year', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-abc.js', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps problem+json 404s for unknown API routes and missing files', async () => {
    for (const url of ['/api/nothing-here', '/assets/missing.js']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const post = await app.inject({ method: 'POST', url: '/incidents' });
    expect(post.statusCode).toBe(404);
  });

  it('tells the app the configured tile URL', async () => {
    const res = await app.inject({ method: 'GET', url: '/web-config.json' });
    expect(res.json()).toEqual({ mapTiles: 'https://tiles.example.org/{z}/{x}/{y}.png' });
  });

  it('sends / to the API documentation when the web app is not built', async () => {
    const res = await bare.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/api/docs');
  });
});
