import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, stopCliProcesses } from './cli.js';
import { freePort } from './server.js';


/**
 * The CLI tests' own guarantee: no command they start outlives them. `serve` stands in for a
 * command that would run on (a slow `demo load` on a busy machine).
 */
describe('CLI processes started by a test', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'precursor-cli-stop-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const serve = async (timeoutMs?: number) =>
    runCli(['serve'], { env: { PRECURSOR_DATA_DIR: dir, DATABASE_URL: '', PORT: String(await freePort()), HOST: '127.0.0.1' }, timeoutMs });

  it('are killed, and waited for, by stopCliProcesses', async () => {
    let done = false;
    const result = serve().then((r) => ((done = true), r));
    // Let it start; then stop it as afterEach would.
    await new Promise((resolve) => setImmediate(resolve));
    await stopCliProcesses();
    await expect.poll(() => done, { timeout: 10_000 }).toBe(true);
    expect((await result).code).toBe(-1);
  });

  it('are killed when they run past their time, and the result says so', async () => {
    const result = await serve(1_000);
    expect(result.code).toBe(-1);
    expect(result.stderr).toContain('precursor serve: killed after 1000 ms');
  });
});
