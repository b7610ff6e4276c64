import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database.js';
import { valueParsers } from './database.js';
import { acquireDirectoryLock } from './lock.js';

/**
 * Opens the embedded database in `directory` (created if missing). A lock file keeps a
 * second process from opening the same files: PGlite is single-process, and two writers
 * would corrupt the data.
 */
export async function openPglite(directory: string | undefined): Promise<Database> {
  let release = () => {};
  if (directory) {
    mkdirSync(directory, { recursive: true });
    release = acquireDirectoryLock(directory);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(directory, { parsers: valueParsers, relaxedDurability: false });
  } catch (err) {
    release();
    throw err;
  }
  const wrap = (q: Pick<PGlite, 'query'>): Sql => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await q.query<Row>(text, params as unknown[]);
      return result.rows;
    },
  });
  const base = wrap(pg);
  return {
    engine: 'pglite',
    query: base.query,
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    exec: async (script) => {
      await pg.exec(script);
    },
    close: async () => {
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}
