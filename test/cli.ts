import { execFile, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export interface CliResult {
  /** The exit code; -1 when the process was ended by a signal. */
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI processes started by this test file that have not exited yet. */
const running = new Set<ChildProcess>();

/**
 * Longest a command may run by default: under the tests' 60 s, so that a command stuck on a busy
 * machine ends (and says so) inside its test, rather than outliving it and holding the embedded
 * database's lock against the next one. A test that runs a slow command gives it more, and
 * itself more still.
 */
export const defaultCliTimeoutMs = 50_000;

/**
 * Runs `node bin/precursor.js …args` as its own process, as a person would, with `env` on
 * top of this process's environment (and `input` on its standard input). Resolves once the
 * process has exited; one that runs past `timeoutMs` is killed, and its result says so.
 */
export function runCli(args: string[], options: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? defaultCliTimeoutMs;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/precursor.js', ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, ...options.env },
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        running.delete(child);
        const code = !err ? 0 : typeof err.code === 'number' ? err.code : -1;
        const killed = err && 'killed' in err && err.killed ? `\n(precursor ${args.join(' ')}: killed after ${timeoutMs} ms)` : '';
        resolve({ code, stdout: String(stdout), stderr: String(stderr) + killed });
      },
    );
    running.add(child);
    child.stdin?.end(options.input ?? '');
  });
}

/**
 * Kills every CLI process this file started that still runs, and waits until each has exited.
 * For afterEach (or onTestFinished): a test that timed out must not leave a command running —
 * a `demo load` that outlives its test holds the database's lock against the next test.
 */
export async function stopCliProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          running.delete(child);
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/** Parses a command's standard output as JSON, saying what the command printed when it is not. */
export function json<T = any>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`expected JSON on stdout (exit ${result.code}); stdout: ${result.stdout.slice(0, 500)}; stderr: ${result.stderr.slice(0, 2000)}`);
  }
}

export interface CliDatabase {
  /** Environment that points the CLI at this database (and nothing else). */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/**
 * An empty database — no schema at all, so `db migrate` has work to do — for CLI processes:
 * a new PGlite data directory (which the CLI creates on first use; no other process holds
 * its lock), or a new database on the TEST_DATABASE_URL server, dropped afterwards.
 */
export async function openEmptyCliDatabase(engine: 'pglite' | 'postgres'): Promise<CliDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'precursor-cli-'));
  if (engine === 'pglite') {
    return {
      env: { PRECURSOR_DATA_DIR: dir, DATABASE_URL: '' },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `precursor_cli_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    // The data directory still holds evidence files; the database is on the server.
    env: { DATABASE_URL: url.toString(), PRECURSOR_DATA_DIR: dir },
    dispose: async () => {
      rmSync(dir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
