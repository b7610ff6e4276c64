import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { localUser } from '../context.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from './app.js';

/** Security headers on every response: API, static files, errors, 404s, the API documentation. */
describe('security headers', () => {
  let dir: string;
  let app: App;
  let https: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'precursor-headers-'));
    mkdirSync(join(dir, 'dist/assets'), { recursive: true });
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>Precursor</title>');
    writeFileSync(join(dir, 'dist/assets/index-abc.js'), 'console.log(1)');
    // Routes that touch no database, and one that fails on it (a 500).
    const db = { engine: 'pglite', query: async () => Promise.reject(new Error('no database here')) } as unknown as Database;
    // The local user without asking the (absent) database whether accounts exist.
    const deps = { db, files: new EvidenceFiles(join(dir, 'evidence'), 1024), version: 'test', authenticate: async () => localUser };
    app = await buildApp({ ...deps, web: { root: join(dir, 'dist'), mapTiles: 'https://tiles.example.org/{z}/{x}/{y}.png' } });
    https = await buildApp({ ...deps, https: true, web: { root: join(dir, 'dist') } });
  });
  afterAll(async () => {
    await app?.close();
    await https?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const responses = () =>
    Promise.all(
      [
        ['/', 200],
        ['/incidents', 200],
        ['/assets/index-abc.js', 200],
        ['/api/taxonomies', 200],
        ['/api/health', 500],
        ['/api/nothing-here', 404],
        ['/api/incidents?limit=abc', 400],
        ['/api/docs/', 200],
        ['/api/openapi.json', 200],
      ].map(async ([url, status]) => ({ url, status, res: await app.inject({ method: 'GET', url: url as string }) })),
    );

  it('sends a policy without inline scripts, no framing, nosniff and no referrer on every response', async () => {
    for (const { url, status, res } of await responses()) {
      expect(res.statusCode, String(url)).toBe(status);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, String(url)).toMatch(/(^|;)\s*script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toMatch(/unsafe-inline/);
      // Swagger UI sets inline styles as it draws: only its pages may.
      const styles = csp.split(';').find((d) => d.trim().startsWith('style-src'))!;
      if (String(url).startsWith('/api/docs')) expect(styles).toMatch(/'self' 'unsafe-inline'/);
      else expect(styles).not.toMatch(/unsafe-inline/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security'], 'no HSTS over plain HTTP').toBeUndefined();
    }
  });

  it('allows the map tile server set by PRECURSOR_MAP_TILES, and nothing else outside', async () => {
    const csp = String((await app.inject({ method: 'GET', url: '/' })).headers['content-security-policy']);
    expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/tiles\.example\.org/);
    expect(csp).toMatch(/connect-src 'self' https:\/\/tiles\.example\.org/);
  });

  it('tells browsers to keep to HTTPS when the public URL is https', async () => {
    const res = await https.inject({ method: 'GET', url: '/api/taxonomies' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('the built web app has no inline script or style the policy would block', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const built = join(import.meta.dirname, '../../web/dist/index.html');
    const source = existsSync(built) ? readFileSync(built, 'utf8') : readFileSync(join(import.meta.dirname, '../../web/index.html'), 'utf8');
    expect(source).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(source).not.toMatch(/<style|\sstyle=/);
  });
});
