import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase } from '../../test/databases.js';
import { startServer } from '../../test/server.js';
import { generateDemo } from './generate.js';
import { loadDemo, loadDemoOnce } from './load.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

describe.each(engines)('the demo load on %s is one transaction', (engine) => {
  it('a failure half-way leaves nothing behind, and the next load succeeds', async () => {
    const t = await openTestDatabase(engine);
    try {
      const demo = generateDemo(5);
      const broken = { ...demo, incidents: demo.incidents.map((i, n) => (n === 1200 ? { ...i, placeId: '00000000-0000-4000-8000-000000000000' } : i)) };
      await expect(loadDemo({ db: t.db }, () => {}, broken, { once: true })).rejects.toThrow();
      for (const table of ['places', 'groups', 'incidents', 'audit_entries', 'app_settings']) {
        expect(await t.db.query(`select count(*)::int as n from ${table}`), table).toEqual([{ n: 0 }]);
      }
      expect(await loadDemoOnce({ db: t.db })).toBe(true);
      expect(await loadDemoOnce({ db: t.db })).toBe(false);
    } finally {
      await t.dispose();
    }
  }, 240_000);
});

describe('a demo load killed half-way (kill -9)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precursor-demo-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves a data directory that starts, and loads the demo then', async () => {
    const env = { ...process.env, PRECURSOR_DATA_DIR: dir, DATABASE_URL: '' };
    const child = spawn(process.execPath, ['bin/precursor.js', 'demo', 'load'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await expect.poll(() => output, { timeout: 120_000, interval: 20 }).toMatch(/demo data: \d+ of \d+ incidents written/);
    child.kill('SIGKILL');
    await exited;
    expect(output).not.toContain('demo data: loaded');

    const server = await startServer({ PRECURSOR_DATA_DIR: dir, DATABASE_URL: '' }, ['serve', '--demo']);
    try {
      expect(server.output()).toContain('demo data: loaded 2704 incidents');
      const list = await (await fetch(`${server.url}api/incidents?limit=1`)).json();
      expect(list.total).toBe(2704);
    } finally {
      await server.stop();
    }
  }, 240_000);
});
