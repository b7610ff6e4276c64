import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database.js';
import { valueParsers } from './database.js';
import { DurableNodeFS, durableStartParams } from './durable.js';
import { acquireDirectoryLock } from './lock.js';
import { seedFromTemplate } from './template.js';

/**
 * Opens the embedded database in `directory` (created if missing). A lock file keeps a
 * second process from opening the same files: PGlite is single-process, and two writers
 * would corrupt the data.
 */
export async function openPglite(directory: string | undefined, options: { cacheMb?: number; fsync?: boolean } = {}): Promise<Database> {
  let release = () => {};
  if (directory) {
    mkdirSync(directory, { recursive: true });
    release = await acquireDirectoryLock(directory);
    try {
      seedFromTemplate(directory);
    } catch (err) {
      release();
      throw err;
    }
  }
  const cacheMb = options.cacheMb ?? cacheSizeFor(directory);
  const fsync = Boolean(directory) && (options.fsync ?? fsyncFor());
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      ...(fsync ? { fs: new DurableNodeFS(directory!) } : { dataDir: directory }),
      parsers: valueParsers,
      relaxedDurability: false,
      startParams: [...(fsync ? durableStartParams(PGlite.defaultStartParams) : PGlite.defaultStartParams), '-c', `shared_buffers=${cacheMb}MB`],
    });
  } catch (err) {
    release();
    throw err;
  }
  const wrap = (q: Pick<PGlite, 'query'>): Sql => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await q.query<Row>(text, params as unknown[]);
      return result.rows;
    },
    // PGlite reads a COPY's data from the virtual file /dev/blob, given with the statement.
    async copyFrom(target: string, data: string) {
      const result = await q.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob([data]) });
      return result.affectedRows ?? 0;
    },
  });
  const base = wrap(pg);
  return {
    engine: 'pglite',
    query: base.query,
    copyFrom: base.copyFrom,
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

/**
 * How much memory the embedded database keeps as its page cache (shared_buffers). PGlite
 * allocates it up front, so a small database keeps PostgreSQL's 128 MB; a large one gets a
 * quarter of its size on disk, up to 1 GB (the WebAssembly heap cannot hold 2 GB) and a
 * quarter of the machine's memory. With 1M incidents this cut warm filtered counts from
 * ~65–100 ms to ~15–50 ms (bench/store.ts). PRECURSOR_DB_CACHE_MB overrides it.
 */
export function cacheSizeFor(directory: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const override = Number(env.PRECURSOR_DB_CACHE_MB);
  if (Number.isInteger(override) && override >= 16) return Math.min(override, 1024);
  const onDisk = directory ? directorySize(directory) / 2 ** 20 : 0;
  return Math.round(Math.max(128, Math.min(onDisk / 4, 1024, totalmem() / 2 ** 20 / 4)));
}

function directorySize(directory: string): number {
  let total = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/**
 * Whether the embedded database syncs its writes to disk (see durable.ts): on unless
 * PRECURSOR_DB_FSYNC=off. Off trades the last commits before a power cut (and the risk of a
 * corrupt database) for write speed; bench/durability.ts measures the difference.
 */
export function fsyncFor(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PRECURSOR_DB_FSYNC !== 'off';
}
