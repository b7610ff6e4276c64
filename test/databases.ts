import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../src/db/database.js';
import { migrate, type Migration } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { fixedKeyring, useKeyring } from '../src/persons/keys.js';
import { wireModules } from '../src/wiring.js';

/**
 * The engines the integration tests run against: always the embedded PGlite, and a
 * PostgreSQL server when TEST_DATABASE_URL is set. If it is set but unreachable, the
 * suite fails (openPostgres throws) rather than quietly skipping.
 */
export const engines: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  db: Database;
  /** For a server: the URL of this test's own database; for PGlite: its data directory. */
  location: string;
  /** Environment that makes the CLI use this same database. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database
 * created on the server (and dropped afterwards), so test files never see each other's rows.
 * `migrations` applies only those (a migration's test loads data into the schema before it).
 */
export async function openTestDatabase(engine: 'pglite' | 'postgres', options: { onDisk?: boolean; migrations?: Migration[] } = {}): Promise<TestDatabase> {
  // What start-up does (src/wiring.ts): services called directly by a test behave as in the app.
  wireModules();
  if (engine === 'pglite') {
    const dir = options.onDisk ? mkdtempSync(join(tmpdir(), 'precursor-test-')) : undefined;
    const db = await openPglite(dir ? join(dir, 'pgdata') : undefined);
    await migrate(db, options.migrations);
    // Persons' identities are sealed under a master key: each test database has its own.
    useKeyring(db, fixedKeyring(randomBytes(32)));
    return {
      db,
      location: dir ?? 'memory',
      env: dir ? { PRECURSOR_DATA_DIR: dir } : {},
      dispose: async () => {
        await db.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `precursor_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect().catch((err: Error) => {
    throw new Error(`TEST_DATABASE_URL is set but the server cannot be reached: ${err.message}`);
  });
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  await migrate(db, options.migrations);
  useKeyring(db, fixedKeyring(randomBytes(32)));
  return {
    db,
    location: url.toString(),
    env: { DATABASE_URL: url.toString() },
    dispose: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
