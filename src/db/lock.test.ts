import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { acquireDirectoryLock, DatabaseInUseError, recordServerUrl } from './lock.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Contender {
  child: ChildProcess;
  output(): string;
}

/** Starts test/lockHolder.ts on `dir` as a real process. */
function contender(dir: string, when: 'now' | 'on-go'): Contender {
  // Each taker pauses 300 ms between finding the lock stale and taking it, so that without the
  // takeover mutex they would all take it: the test fails then (checked by removing the mutex).
  const env = { ...process.env, PRECURSOR_TEST_LOCK_TAKEOVER_PAUSE_MS: '300' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/lockHolder.ts', dir, when], { cwd: repoRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function killed(c: Contender) {
  if (c.child.exitCode !== null || c.child.signalCode !== null) return;
  const exited = new Promise((resolve) => c.child.once('exit', resolve));
  c.child.kill('SIGKILL');
  await exited;
}

/**
 * The data-directory lock is held by listening on a socket, so the kernel lets go of it when
 * the holder dies: these tests use real processes, killed with SIGKILL, and poll for what
 * they print (no fixed sleeps).
 */
describe('the data-directory lock', () => {
  const dirs: string[] = [];
  const started: Contender[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'precursor-lock-'));
    dirs.push(dir);
    return dir;
  };
  const start = (dir: string, when: 'now' | 'on-go') => {
    const c = contender(dir, when);
    started.push(c);
    return c;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map(killed));
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A lock left by a process killed while it held it. */
  async function staleLock(dir: string) {
    const holder = start(dir, 'now');
    await expect.poll(holder.output, { timeout: 30_000 }).toContain('won');
    await killed(holder);
    expect(existsSync(join(dir, 'precursor.lock'))).toBe(true);
  }

  it('refuses while a live process holds it, naming that process', async () => {
    const dir = newDir();
    const holder = start(dir, 'now');
    await expect.poll(holder.output, { timeout: 30_000 }).toContain('won');
    const refusal = await acquireDirectoryLock(dir).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(refusal).toBeInstanceOf(DatabaseInUseError);
    expect((refusal as DatabaseInUseError).pid).toBe(holder.child.pid);
  }, 60_000);

  it('takes over a lock left by a process killed with SIGKILL', async () => {
    const dir = newDir();
    await staleLock(dir);
    const release = await acquireDirectoryLock(dir);
    // And holds it: a second taker in this very process is refused, with our pid and URL.
    recordServerUrl(dir, 'http://127.0.0.1:9/');
    await expect(acquireDirectoryLock(dir)).rejects.toMatchObject({ pid: process.pid, url: 'http://127.0.0.1:9/' });
    release();
    expect(existsSync(join(dir, 'precursor.lock'))).toBe(false);
  }, 60_000);

  it('is not blocked by an old lock file naming a pid that runs again (our own, as a container PID 1 would find)', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'precursor.lock'), String(process.pid));
    const release = await acquireDirectoryLock(dir);
    release();
  });

  it('of processes racing to take over one stale lock, exactly one wins', async () => {
    const dir = newDir();
    await staleLock(dir);
    const racers = Array.from({ length: 4 }, () => start(dir, 'on-go'));
    for (const r of racers) await expect.poll(r.output, { timeout: 30_000 }).toContain('ready');
    for (const r of racers) r.child.stdin!.write('go\n');
    for (const r of racers) await expect.poll(r.output, { timeout: 30_000 }).toMatch(/won|busy|error/);
    const outcomes = racers.map((r) => r.output().split('\n')[1]);
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    const winner = racers.find((r) => r.output().includes('won'))!;
    expect(outcomes.filter((o) => o?.startsWith('busy'))).toEqual(Array(3).fill(`busy ${winner.child.pid}`));
  }, 90_000);
});
