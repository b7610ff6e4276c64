import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { json, runCli } from '../../test/cli.js';
import { startServer } from '../../test/server.js';
import { fullScope } from '../access/scope.js';
import { rebuildRollup, selectStats } from '../incidents/store/index.js';
import { openPglite } from './pglite.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Crash safety of the embedded database: the process is killed with SIGKILL (as by the OOM
 * killer, or a power cut for the process) while it writes; on restart nothing committed is
 * lost and nothing half-written is visible.
 */
describe('kill -9 on the embedded database', () => {
  const work = mkdtempSync(join(tmpdir(), 'precursor-crash-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Opens the data directory directly and checks what a crash could have broken. */
  async function checkIntegrity(dataDir: string) {
    const db = await openPglite(join(dataDir, 'pgdata'));
    try {
      // Every incident has its acts, its text and its audit entry: they were written in one transaction.
      expect(await db.query(`select count(*)::int as n from incidents i where not exists (select 1 from acts a where a.incident_id = i.id)`)).toEqual([{ n: 0 }]);
      expect(await db.query(`select count(*)::int as n from incidents i where not exists (select 1 from incident_texts x where x.incident_id = i.id)`)).toEqual([{ n: 0 }]);
      expect(await db.query(`select count(*)::int as n from incidents i where not exists (select 1 from audit_entries e where e.entity_id = i.id)`)).toEqual([{ n: 0 }]);
      // The rollup agrees with the incidents table, and with itself rebuilt from scratch.
      const by = ['month', 'level', 'group', 'country'] as const;
      expect(await selectStats(db, fullScope, { deleted: 'exclude' }, by)).toEqual(await selectStats(db, fullScope, { deleted: 'exclude' }, by, false));
      // Sorted whole, whatever keys the rollup has (it gains some, e.g. confidentiality and teams).
      const rollup = async () => (await db.query('select * from incident_rollup where incidents <> 0')).map((r) => JSON.stringify(r)).sort();
      const maintained = await rollup();
      await db.transaction((tx) => rebuildRollup(tx));
      expect(await rollup()).toEqual(maintained);
      return (await db.query<{ id: string }>('select id from incidents')).map((r) => r.id);
    } finally {
      await db.close();
    }
  }

  it('during a burst of writes: every incident answered 2xx is there, whole; the rollup agrees', async () => {
    const env = { PRECURSOR_DATA_DIR: join(work, 'burst'), DATABASE_URL: '' };
    let server = await startServer(env);
    const group = await (
      await fetch(`${server.url}api/groups`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Teral', basis: 'ethnicity' }) })
    ).json();
    const committed: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let n = 0; !stop; n++) {
        const body = {
          title: `Burst ${w}-${n}`,
          narrative: 'Written while the server is about to be killed.',
          startDate: `2025-${String((n % 12) + 1).padStart(2, '0')}`,
          country: 'XVR',
          admin1: `Region ${n % 3}`,
          acts: [
            { violationType: 'hate-speech', groupId: group.id },
            { violationType: 'arson', groupId: group.id, victims: { affected: n } },
          ],
        };
        try {
          const response = await fetch(`${server.url}api/incidents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
          if (response.status === 201 || response.status === 200) committed.push((await response.json()).id);
          else if (!stop) throw new Error(`unexpected ${response.status}: ${await response.text()}`);
        } catch (err) {
          if (!stop) throw err;
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w).catch((err) => err));
    await expect.poll(() => committed.length, { timeout: 120_000, interval: 10 }).toBeGreaterThanOrEqual(40);
    stop = true;
    await server.kill();
    const failures = (await Promise.all(writers)).filter(Boolean);
    expect(failures).toEqual([]);

    const ids = new Set(await checkIntegrity(env.PRECURSOR_DATA_DIR));
    expect(committed.filter((id) => !ids.has(id))).toEqual([]);

    // And the server starts again on it.
    server = await startServer(env);
    const list = await (await fetch(`${server.url}api/incidents?limit=1`)).json();
    expect(list.total).toBe(ids.size);
    await server.stop();
  }, 300_000);

  it('during a restore: the database is as it was before it, and a second restore completes', async () => {
    const source = { PRECURSOR_DATA_DIR: join(work, 'source'), DATABASE_URL: '' };
    const target = { PRECURSOR_DATA_DIR: join(work, 'target'), DATABASE_URL: '' };
    const file = join(work, 'demo.tar.gz');
    expect((await runCli(['demo', 'load'], { env: source, timeoutMs: 240_000 })).code).toBe(0);
    expect((await runCli(['backup', file], { env: source })).code).toBe(0);
    const added = await runCli(['incidents', 'add', '--title', 'Only this one', '--date', '2026-01', '--country', 'XVR', '--type', 'hate-speech', '--json'], { env: target });
    expect(added.code, added.stderr).toBe(0);

    const child = spawn(process.execPath, ['bin/precursor.js', 'restore', file, '--replace'], { cwd: repoRoot, env: { ...process.env, ...target }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await expect.poll(() => output, { timeout: 120_000, interval: 10 }).toContain('loading it in one transaction');
    child.kill('SIGKILL');
    await exited;
    expect(output).not.toContain('committed');

    const before = await runCli(['incidents', 'list', '--json'], { env: target });
    expect(before.code, before.stderr).toBe(0);
    expect(json(before).items.map((i: { title: string }) => i.title)).toEqual(['Only this one']);
    await checkIntegrity(target.PRECURSOR_DATA_DIR);

    const restored = await runCli(['restore', file, '--replace'], { env: target });
    expect(restored.code, restored.stderr).toBe(0);
    expect(json(await runCli(['incidents', 'list', '--json', '--limit', '1'], { env: target })).total).toBe(2704);
    await checkIntegrity(target.PRECURSOR_DATA_DIR);
  }, 400_000);
});
