import { execFile } from 'node:child_process';
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

/**
 * Runs `node bin/precursor.js …args` as its own process, as a person would, with `env` on
 * top of this process's environment (and `input` on its standard input).
 */
export function runCli(args: string[], options: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/precursor.js', ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, ...options.env },
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        const code = !err ? 0 : typeof err.code === 'number' ? err.code : -1;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
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
