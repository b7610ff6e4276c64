import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { scopeFor, type Role } from '../access/scope.js';
import { listMigrations } from '../db/migrate.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from '../http/app.js';
import { checkBackup } from './read.js';

/** POST /api/backup: an administrator's, streamed; refused to every other role. */
describe.each(engines)('POST /api/backup on %s', (engine) => {
  let t: TestDatabase;
  let app: App;
  let dir: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'precursor-backup-route-'));
    const files = new EvidenceFiles(join(dir, 'evidence'), 2 ** 20);
    app = await buildApp({
      db: t.db,
      files,
      version: 'test',
      // The role is read from a test header, so one app can act as each role.
      authenticate: async (request) => {
        const role = (request.headers['x-test-role'] as Role | undefined) ?? 'administrator';
        return { id: `test-${role}`, name: role, scope: scopeFor(role, {}) };
      },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('streams a whole backup to an administrator', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/backup' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="precursor-.*\.tar\.gz"$/);
    writeFileSync(join(dir, 'b.tar.gz'), response.rawPayload);
    const manifest = await checkBackup(() => createReadStream(join(dir, 'b.tar.gz')), undefined, listMigrations());
    expect(manifest.engine).toBe(engine);
  });

  it.each(['editor', 'analyst', 'lawyer', 'viewer'] as const)('refuses the %s role (403)', async (role) => {
    const response = await app.inject({ method: 'POST', url: '/api/backup', headers: { 'x-test-role': role } });
    expect(response.statusCode).toBe(403);
  });
});
