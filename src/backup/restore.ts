import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Config } from '../config.js';
import type { Database, Sql } from '../db/database.js';
import { vacuum } from '../db/maintenance.js';
import { applyMigrations, listMigrations, type Migration } from '../db/migrate.js';
import { DomainError } from '../errors.js';
import type { EvidenceFiles } from '../evidence/files.js';
import { asDamaged, damaged, type BackupSecret } from './archive.js';
import { parseEvidenceEntry, parseTablePart, type BackupManifest } from './format.js';
import { checkBackup, readEntries } from './read.js';
import { readTombstones, reapplyTombstones } from '../purge/tombstones.js';
import { analyze, countRows, dropSchemaObjects, insertRows, listTables, referencedDigests, resetIdentities, setUserTriggers, type TableShape } from './store.js';

export interface RestoreOptions {
  secret?: BackupSecret;
  /** Replace a database that holds data; without it, only an empty one is restored into. */
  replace?: boolean;
  /** The migrations this version ships (tests pass fewer). */
  migrations?: Migration[];
  /** Told each stage as it starts, for a person watching a long restore. */
  onProgress?: (stage: string) => void;
}

/** Rows written per statement. */
const batchRows = 1000;

/**
 * Restores a backup into the configured database and data directory.
 *
 * 1. Reads the whole archive once and checks it (checkBackup) before touching anything.
 * 2. In ONE transaction: reads the target's tombstones, drops the schema, rebuilds it with the
 *    migrations the backup was made at, loads every row (triggers off: the rows are what they
 *    made), brings the schema up to date, and re-applies every purge, the target's and the
 *    backup's (src/purge/tombstones.ts), so restoring an older backup brings no purged record back.
 *    Evidence files go to a staging directory meanwhile. A failure anywhere rolls everything
 *    back: the target is as it was.
 * 3. After the commit, moves the evidence files into place, and refreshes statistics.
 */
export async function restoreBackup(
  runtime: { config: Pick<Config, 'dataDir'>; db: Database; files: EvidenceFiles },
  open: () => Readable,
  options: RestoreOptions = {},
): Promise<BackupManifest> {
  const known = options.migrations ?? listMigrations();
  const progress = options.onProgress ?? (() => {});
  progress('checking every part of the backup against its manifest');
  const manifest = await checkBackup(open, options.secret, known);
  if (!options.replace) {
    const counts = await countRows(runtime.db);
    // Tombstones alone do not make a database hold data: they are kept across a restore anyway.
    const held = Object.entries(counts).filter(([table, n]) => n > 0 && table !== 'tombstones');
    if (held.length) {
      throw new DomainError(
        'conflict',
        `the database already holds data (${held.map(([t, n]) => `${n} ${t}`).join(', ')}): restore with --replace to replace all of it with the backup`,
      );
    }
  }
  const expected = new Map(manifest.parts.map((p) => [p.path, p]));
  const staging = join(runtime.config.dataDir, 'evidence', 'tmp', `restore-${randomUUID()}`);
  const staged: string[] = [];
  progress(`the backup is whole (${manifest.parts.length} parts); loading it in one transaction`);
  try {
    await runtime.db.transaction(async (tx) => {
      if (runtime.db.engine === 'postgres') await tx.query('select pg_advisory_xact_lock(4242001)');
      // The target's tombstones: an older backup does not hold the purges made since, and
      // must not bring those records back (re-applied below).
      const carried = await readTombstones(tx);
      await dropSchemaObjects(tx);
      await applyMigrations(
        tx,
        known.filter((m) => manifest.migrations.includes(m.id)),
      );
      const shapes = new Map((await listTables(tx)).map((t) => [t.name, t]));
      for (const shape of shapes.values()) await setUserTriggers(tx, shape, false);
      const loaded: Record<string, number> = {};
      for await (const entry of readEntries(open, options.secret)) {
        const part = expected.get(entry.path);
        const table = parseTablePart(entry.path)?.table;
        const evidence = parseEvidenceEntry(entry.path);
        if (!part || (!table && !evidence)) continue;
        const hash = createHash('sha256');
        const meter = new Transform({
          transform(chunk: Buffer, _enc, done) {
            hash.update(chunk);
            done(null, chunk);
          },
        });
        if (table) {
          const shape = shapes.get(table);
          if (!shape) throw damaged(`the table ${table} is not in the schema the backup was made at`);
          loaded[table] = (loaded[table] ?? 0) + (await loadRows(tx, shape, entry.stream.pipe(meter)));
        } else if (evidence) {
          const path = join(staging, evidence.sha256);
          await mkdir(staging, { recursive: true });
          await pipeline(entry.stream, meter, createWriteStream(path, { mode: 0o600 }));
          staged.push(evidence.sha256);
        }
        // Checked again as it is loaded: the file could have changed since the first reading.
        if (hash.digest('hex') !== part.sha256) throw damaged(`${entry.path} changed while it was restored`);
      }
      for (const [table, count] of Object.entries(manifest.rowCounts)) {
        if ((loaded[table] ?? 0) !== count) throw damaged(`${loaded[table] ?? 0} rows of ${table} loaded, the manifest says ${count}`);
      }
      for (const shape of shapes.values()) {
        await resetIdentities(tx, shape);
        await setUserTriggers(tx, shape, true);
      }
      await applyMigrations(tx, known);
      // Purges since the backup (and the backup's own) are applied again: the records, their
      // evidence files and their audit documents go; the tombstones stay.
      await reapplyTombstones(tx, { carried, files: runtime.files });
    });
    // Only files an evidence record still names: a purged record's file stays out.
    const named = await referencedDigests(runtime.db, staged);
    for (const sha256 of staged) {
      if (!named.has(sha256)) continue;
      // Over a file already there too: the staged bytes were checked against their SHA-256,
      // the file on disk may have been damaged.
      const target = runtime.files.pathOf(sha256);
      await mkdir(dirname(target), { recursive: true });
      await rename(join(staging, sha256), target);
    }
  } catch (err) {
    // A database error (a SQLSTATE code) is not the archive's fault: say it failed, and that
    // the transaction left the target as it was.
    if (/^[0-9A-Z]{5}$/.test(String((err as { code?: unknown }).code))) {
      throw new Error(`the restore failed and was rolled back (the database is as it was): ${(err as Error).message}`, { cause: err });
    }
    throw asDamaged(err);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  progress('committed; refreshing statistics');
  // The rollup and every derived table came with the rows; what is left to rebuild is the
  // planner's statistics (and, on the embedded engine, the visibility map: see maintenance.ts).
  if (runtime.db.engine === 'pglite') await vacuum(runtime.db);
  else await analyze(runtime.db);
  return manifest;
}

/** Loads a table part (NDJSON, one row a line) in batches; returns the number of rows. */
async function loadRows(tx: Sql, shape: TableShape, stream: Readable): Promise<number> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let batch: string[] = [];
  let count = 0;
  const flush = async () => {
    await insertRows(tx, shape, batch);
    count += batch.length;
    batch = [];
  };
  for await (const chunk of stream) {
    const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      batch.push(line);
      if (batch.length >= batchRows) await flush();
    }
  }
  if (rest) throw damaged(`a part of ${shape.name} does not end with a whole row`);
  await flush();
  return count;
}
