import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/databases.js';

/**
 * A server ending idle connections (a restart, an administrator, a dropped database) must not
 * crash the process: the pool reports it as a warning and reconnects on the next query.
 * Runs only against a server (TEST_DATABASE_URL); CI always sets it.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('a PostgreSQL server ending connections', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('postgres');
  });
  afterAll(async () => t?.dispose());

  it('warns, keeps the process alive and answers the next query on a new connection', async () => {
    // Hold several idle connections in the pool.
    await Promise.all(Array.from({ length: 4 }, () => t.db.query('select pg_sleep(0.05)')));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    const uncaught: Error[] = [];
    const onUncaught = (err: Error) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      const admin = new pg.Client({ connectionString: t.location });
      await admin.connect();
      const [{ terminated }] = (
        await admin.query<{ terminated: number }>(
          'select count(*)::int as terminated from (select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()) x',
        )
      ).rows as [{ terminated: number }];
      await admin.end();
      expect(terminated).toBeGreaterThan(0);
      // Wait until the pool has heard of every ended connection: a query sent before then may
      // go out on a connection whose end is still in flight, and fail like a real outage would.
      await expect.poll(() => warnings.length).toBe(terminated);
      expect(warnings[0]).toMatch(/closed by the server/);
      expect(await t.db.query<{ one: number }>('select 1 as one')).toEqual([{ one: 1 }]);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      process.off('uncaughtException', onUncaught);
    }
  });
});
