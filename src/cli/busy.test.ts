import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli, stopCliProcesses } from '../../test/cli.js';
import { freePort } from '../../test/server.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));


// No command outlives its test, even one that timed out.
afterEach(stopCliProcesses);

/**
 * The embedded database is single-process: while `precursor serve` holds a data directory,
 * another command on it is refused — with its own exit code (7) and a message saying which
 * process holds it and where it serves, so a person knows what to stop or where to go.
 */
describe('a command refused because a running server holds the embedded database', () => {
  let dir: string;
  let server: ChildProcess;
  let url: string;
  const env = () => ({ PRECURSOR_DATA_DIR: dir, DATABASE_URL: '' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'precursor-busy-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    server = spawn(process.execPath, ['bin/precursor.js', 'serve'], {
      cwd: repoRoot,
      env: { ...process.env, ...env(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Precursor is running at')) resolve();
      };
      server.stdout!.on('data', onData);
      server.stderr!.on('data', onData);
      server.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
    });
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 7 and names the server: its process id and URL', async () => {
    const result = await runCli(['incidents', 'list'], { env: env() });
    expect(result.code, result.stderr).toBe(7);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error: the embedded database in ${join(dir, 'pgdata')} is in use by the Precursor server at ${url} (process ${server.pid})`);
    expect(result.stderr).toContain('Stop it, or use the HTTP API while it runs.');
  });

  it('with --json, says the same as JSON on standard error', async () => {
    const result = await runCli(['stats', '--json'], { env: env() });
    expect(result.code).toBe(7);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr)).toMatchObject({ error: 'busy', pid: server.pid, url });
  });

  it('the server keeps answering, and once it stops the command runs', async () => {
    const health = await fetch(`${url}api/health`);
    expect(health.status).toBe(200);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    const result = await runCli(['incidents', 'list', '--json'], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 0, items: [] });
  });
});
