import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';

/** Where the embedded database keeps its files (and its lock) under the data directory. */
export const embeddedDirectory = (config: Pick<Config, 'dataDir'>) => join(config.dataDir, 'pgdata');

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: Pick<Config, 'dataDir' | 'databaseUrl'>, options = { migrate: true }): Promise<Database> {
  // Only the engine in use is loaded: the PostgreSQL client costs a CLI command on the
  // embedded database ~0.1 s of start-up it would never use, and the other way round.
  const db = config.databaseUrl
    ? await (await import('./postgres.js')).openPostgres(config.databaseUrl)
    : await (await import('./pglite.js')).openPglite(embeddedDirectory(config));
  if (options.migrate) {
    try {
      await migrate(db);
    } catch (err) {
      await db.close();
      throw err;
    }
  }
  return db;
}
