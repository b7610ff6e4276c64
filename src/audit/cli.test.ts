import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, json, openEmptyCliDatabase, runCli, stopCliProcesses } from '../../test/cli.js';
import { engines } from '../../test/databases.js';
import { readConfig } from '../config.js';
import { createContext } from '../context.js';
import { openDatabase } from '../db/open.js';
import { IncidentInput } from '../incidents/schema.js';
import { createIncident } from '../incidents/service.js';

// No command outlives its test, even one that timed out.
afterEach(stopCliProcesses);

/**
 * The audit and purge commands as an operator runs them: verify the chain, export a signed head
 * for a partner, check it later; a rewrite of the trail fails both checks with exit 1; purge.
 */
describe.each(engines)('precursor audit and purge on %s', (engine) => {
  let database: CliDatabase;
  let dir: string;
  let incidentId: string;

  /** Runs statements on the CLI's database in this process (closed before the next CLI run: PGlite admits one process). */
  const onDatabase = async <T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) => {
    const db = await openDatabase(readConfig({ ...process.env, ...database.env }));
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  };

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'precursor-audit-cli-'));
    incidentId = await onDatabase(async (db) => {
      const ctx = createContext(db);
      await createIncident(ctx, IncidentInput.parse({ title: 'First', startDate: '2024-01-02', country: 'XVR', acts: [{ violationType: 'harassment' }] }));
      return (await createIncident(ctx, IncidentInput.parse({ title: 'Second', narrative: 'names a witness', startDate: '2024-01-03', country: 'XVR', acts: [{ violationType: 'harassment' }] }))).id;
    });
  });
  afterAll(async () => {
    await database?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('verifies, signs a head, and checks it; a rewrite fails both with exit 1; a purge keeps the chain whole', { timeout: 180_000 }, async () => {
    const key = join(dir, 'head-key');
    const headFile = join(dir, 'head.json');
    const env = database.env;
    const verified = await runCli(['audit', 'verify', '--json'], { env });
    expect(verified.code, verified.stderr).toBe(0);
    expect(json(verified)).toMatchObject({ ok: true, checked: 2 });

    expect((await runCli(['audit', 'keygen', '--out', key], { env })).code).toBe(0);
    const again = await runCli(['audit', 'keygen', '--out', key], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);

    const exported = await runCli(['audit', 'head', '--sign', key, '--out', headFile], { env });
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(readFileSync(headFile, 'utf8'))).toMatchObject({ seq: 2, count: 2, signature: { algorithm: 'ed25519' } });

    // The partner's check, after more entries were written: the head is still in the trail.
    const purged = await runCli(['purge', 'incident', incidentId, '--reason', 'names a witness', '--json'], { env });
    expect(purged.code, purged.stderr).toBe(0);
    expect(json(purged).tombstone).toMatchObject({ entity: 'incident', id: incidentId });
    const checked = await runCli(['audit', 'check-head', headFile, '--public-key', `${key}.pub`, '--json'], { env });
    expect(checked.code, checked.stderr).toBe(0);
    expect(json(checked)).toMatchObject({ ok: true, signatureValid: true });
    expect((await runCli(['audit', 'verify'], { env })).code).toBe(0);

    // A head file changed by hand fails its signature.
    const forged = join(dir, 'forged.json');
    writeFileSync(forged, JSON.stringify({ ...JSON.parse(readFileSync(headFile, 'utf8')), seq: 1 }));
    const refused = await runCli(['audit', 'check-head', forged, '--public-key', `${key}.pub`], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/signature does not match/);

    // Someone rewrites the first entry behind the triggers' back.
    await onDatabase((db) =>
      db.transaction(async (tx) => {
        await tx.query('set local session_replication_role = replica');
        await tx.query("update audit_entries set actor = 'someone else' where seq = 1");
      }),
    );
    const broken = await runCli(['audit', 'verify', '--json'], { env });
    expect(broken.code).toBe(1);
    expect(json(broken).problem).toMatchObject({ seq: 1, kind: 'altered' });
    const stale = await runCli(['audit', 'check-head', headFile, '--public-key', `${key}.pub`], { env });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/entry 1 .*altered/);
  });
});
