import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase } from '../../../test/databases.js';
import type { Database } from '../../db/database.js';
import { openPglite } from '../../db/pglite.js';
import { rebuildRollup, searchVectorOf } from '../../incidents/store/index.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * An import killed with SIGKILL half-way (as by the OOM killer) is run again from the start with
 * the same file and mapping: the batch left running is resumed, and the run completes with every
 * row imported once — no duplicate, no loss — and the rollup equal to a rebuild.
 */
describe.each(engines)('an import killed with kill -9 on %s', (engine) => {
  const work = mkdtempSync(join(tmpdir(), 'precursor-import-crash-'));
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
    rmSync(work, { recursive: true, force: true });
  });

  function start(env: Record<string, string>, rows: number, chunk: number): { child: ChildProcess; lines: string[]; exited: Promise<number | null> } {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/importChild.ts', String(rows), String(chunk)], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter(Boolean)));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
      if (code && code !== 0) process.stderr.write(stderr);
      resolve(code);
    }));
    return { child, lines, exited };
  }

  it('resumes the batch on the next run: every row once, the rollup agrees', async () => {
    let env: Record<string, string>;
    let open: () => Promise<Database>;
    if (engine === 'pglite') {
      env = { PRECURSOR_DATA_DIR: join(work, 'data') };
      open = () => openPglite(join(work, 'data', 'pgdata'));
    } else {
      const t = await openTestDatabase('postgres');
      cleanups.push(() => t.dispose());
      env = t.env;
      open = async () => t.db;
    }
    const rows = 60;
    const first = start(env, rows, 5);
    // Killed once some calls have committed, well before the end.
    await expect.poll(() => first.lines.filter((l) => l.startsWith('wrote')).length, { timeout: 180_000, interval: 20 }).toBeGreaterThanOrEqual(2);
    first.child.kill('SIGKILL');
    await first.exited;
    const written = Math.max(...first.lines.filter((l) => l.startsWith('wrote')).map((l) => Number(l.split(' ')[1])));
    expect(written).toBeLessThan(rows);

    const second = start(env, rows, 5);
    expect(await second.exited).toBe(0);
    // The same batch, resumed; every row reported imported once over the two runs.
    expect(second.lines[0]).toBe(first.lines[0]);
    const done = JSON.parse(second.lines.at(-1)!.replace(/^done /, ''));
    expect(done).toMatchObject({ imported: rows, rejected: 0 });

    const db = await open();
    try {
      expect(await db.query(`select count(*)::int as n, count(distinct key)::int as keys from external_ids where source_system = 'crash'`)).toEqual([{ n: rows, keys: rows }]);
      expect(await db.query('select count(*)::int as n from incidents')).toEqual([{ n: rows }]);
      expect(await db.query(`select status from import_batches`)).toEqual([{ status: 'finished' }]);
      expect(await db.query('select count(*)::int as n from import_rows')).toEqual([{ n: rows }]);
      // The search vectors the killed run left unbuilt are built by the run that finished it.
      expect(await db.query(`select count(*)::int as n from incident_texts t join incidents i on i.id = t.incident_id where t.search is distinct from ${searchVectorOf('i.title', 't.narrative')}`)).toEqual([{ n: 0 }]);
      const rollup = async () => (await db.query('select * from incident_rollup where incidents <> 0')).map((r) => JSON.stringify(r)).sort();
      const maintained = await rollup();
      await db.transaction((tx) => rebuildRollup(tx));
      expect(await rollup()).toEqual(maintained);
    } finally {
      if (engine === 'pglite') await db.close();
    }
  }, 600_000);
});
