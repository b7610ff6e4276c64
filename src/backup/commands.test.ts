import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from '../../test/cli.js';
import { startServer } from '../../test/server.js';

/**
 * `precursor backup` and `restore` as a person runs them, on the embedded database; and the
 * backup of a running server through POST /api/backup, which the CLI points to when refused.
 */
describe('precursor backup and restore', () => {
  let work: string;
  const dir = (name: string) => ({ PRECURSOR_DATA_DIR: join(work, name), DATABASE_URL: '' });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'precursor-backup-cli-'));
    writeFileSync(join(work, 'passphrase'), 'a passphrase long enough\n');
    writeFileSync(join(work, 'wrong'), 'not the passphrase at all\n');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const add = (env: Record<string, string>, title: string) =>
    runCli(['incidents', 'add', '--title', title, '--date', '2026-05', '--country', 'XVR', '--type', 'hate-speech', '--json'], { env });

  it('backs up to a file, encrypted, and restores it into an empty data directory; refuses a wrong passphrase and a non-empty target', async () => {
    for (const title of ['Leaflets against the Teral', 'Teral shop boycotted']) expect((await add(dir('a'), title)).code).toBe(0);
    const file = join(work, 'a.backup');
    const backup = await runCli(['backup', file, '--passphrase-file', join(work, 'passphrase'), '--json'], { env: dir('a') });
    expect(backup.code, backup.stderr).toBe(0);
    expect(json(backup)).toMatchObject({ format: 'precursor-backup', engine: 'pglite', rowCounts: { incidents: 2 } });
    expect(readFileSync(file).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    const wrong = await runCli(['restore', file, '--passphrase-file', join(work, 'wrong')], { env: dir('b') });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('wrong passphrase or key');

    const restored = await runCli(['restore', file, '--passphrase-file', join(work, 'passphrase')], { env: dir('b') });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/restored .*2 incidents/);
    const list = (env: Record<string, string>) => runCli(['incidents', 'list', '--json'], { env }).then((r) => json(r).items);
    expect(await list(dir('b'))).toEqual(await list(dir('a')));

    const again = await runCli(['restore', file, '--passphrase-file', join(work, 'passphrase')], { env: dir('b') });
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('--replace');
  }, 180_000);

  it('a running server is backed up over HTTP; the CLI, refused, says how', async () => {
    expect((await add(dir('c'), 'Slurs painted on a Teral school')).code).toBe(0);
    const server = await startServer(dir('c'));
    try {
      const refused = await runCli(['backup', join(work, 'c.backup')], { env: dir('c') });
      expect(refused.code).toBe(7); // busy: a server holds the embedded database
      expect(refused.stderr).toContain(`curl -X POST ${server.url}api/backup`);

      const response = await fetch(`${server.url}api/backup`, { method: 'POST' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/gzip');
      writeFileSync(join(work, 'c.tar.gz'), Buffer.from(await response.arrayBuffer()));
      const short = await fetch(`${server.url}api/backup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ passphrase: 'short' }) });
      expect(short.status).toBe(400);
    } finally {
      await server.stop();
    }
    const check = await runCli(['restore', join(work, 'c.tar.gz'), '--check', '--json']);
    expect(check.code, check.stderr).toBe(0);
    expect(json(check)).toMatchObject({ rowCounts: { incidents: 1 } });
    const restored = await runCli(['restore', join(work, 'c.tar.gz')], { env: dir('d') });
    expect(restored.code, restored.stderr).toBe(0);
  }, 180_000);
});
