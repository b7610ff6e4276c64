import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { PassThrough, Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import type { Database } from '../db/database.js';
import type { EvidenceFiles } from '../evidence/files.js';
import { packageVersion } from '../version.js';
import { encodeArchive, type BackupSecret } from './archive.js';
import { evidenceEntry, formatId, formatVersion, headerEntry, manifestEntry, tablePart, type BackupHeader, type BackupManifest, type BackupPart } from './format.js';
import { appliedMigrations, beginSnapshot, evidenceDigests, listTables, readRows } from './store.js';

/** A table part is flushed once it holds this many bytes: the most a backup holds in memory. */
const partBytes = 8 * 2 ** 20;

export interface BackupOptions {
  secret?: BackupSecret;
  /** age's scrypt cost (log2 N, default 18); tests lower it. */
  scryptWorkFactor?: number;
}

/**
 * Writes one consistent backup to `output`: every table from one snapshot, the evidence files
 * the database names, and a manifest with the SHA-256 of every part. Streams all the way: the
 * memory it holds is one table part (≤ 8 MB) whatever the database's size. Returns the manifest.
 *
 *   await writeBackup(runtime, createWriteStream('precursor.backup'), { secret: { passphrase } })
 */
export async function writeBackup(runtime: { db: Database; files: EvidenceFiles }, output: Writable, options: BackupOptions = {}): Promise<BackupManifest> {
  const pack = tar.pack();
  const encoded = await encodeArchive(pack as unknown as Readable, options.secret, { scryptWorkFactor: options.scryptWorkFactor });
  const written = pipeline(encoded, output);
  // Reported by `written`; without a listener it would also crash the process.
  written.catch(() => {});
  try {
    const snapshot = await runtime.db.transaction(async (tx) => {
      await beginSnapshot(tx);
      const header: BackupHeader = {
        format: formatId,
        formatVersion,
        precursorVersion: packageVersion,
        createdAt: new Date().toISOString(),
        engine: runtime.db.engine,
        migrations: await appliedMigrations(tx),
      };
      const parts: BackupPart[] = [];
      const add = async (path: string, content: Buffer, rows?: number) => {
        await addEntry(pack, path, content);
        parts.push({ path, sha256: sha256(content), bytes: content.length, ...(rows === undefined ? {} : { rows }) });
      };
      await add(headerEntry, Buffer.from(`${JSON.stringify(header, null, 2)}\n`));

      const rowCounts: Record<string, number> = {};
      for (const table of await listTables(tx)) {
        rowCounts[table.name] = 0;
        let part: string[] = [];
        let bytes = 0;
        let n = 0;
        const flush = async () => {
          if (part.length === 0) return;
          await add(tablePart(table.name, ++n), Buffer.from(`${part.join('\n')}\n`), part.length);
          part = [];
          bytes = 0;
        };
        for await (const rows of readRows(tx, table)) {
          for (const row of rows) {
            part.push(row);
            bytes += row.length + 1;
            rowCounts[table.name]!++;
            if (bytes >= partBytes) await flush();
          }
        }
        await flush();
      }

      return { header, parts, rowCounts, digests: await evidenceDigests(tx) };
    });
    // Evidence files are read after the snapshot's transaction: they are named by their
    // SHA-256 and never change, and on the embedded database (one connection) every other
    // request waits while the transaction is open.
    const { header, parts, rowCounts, digests } = snapshot;
    const missingEvidence: string[] = [];
    for (const digest of digests) {
      const path = runtime.files.pathOf(digest);
      const size = await stat(path).then((s) => s.size, () => undefined);
      if (size === undefined) {
        missingEvidence.push(digest);
        continue;
      }
      parts.push(await addFile(pack, evidenceEntry(digest), path, size));
    }
    const manifest: BackupManifest = { ...header, rowCounts, parts, missingEvidence };
    await addEntry(pack, manifestEntry, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    pack.finalize();
    await written;
    return manifest;
  } catch (err) {
    pack.destroy(err as Error);
    await written.catch(() => {});
    throw err;
  }
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** Adds one entry and waits until the archive has taken it (the pack's back-pressure). */
function addEntry(pack: tar.Pack, name: string, content: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const entry = pack.entry({ name, size: content.length, mode: 0o600 }, (err) => (err ? reject(err) : resolve()));
    pipeline(Readable.from([content]), entry as unknown as Writable).catch(reject);
  });
}

/** Streams a file into the archive, hashing what it reads (the bytes on disk, whatever their name says). */
async function addFile(pack: tar.Pack, name: string, path: string, size: number): Promise<BackupPart> {
  const hash = createHash('sha256');
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await new Promise<void>((resolve, reject) => {
    const entry = pack.entry({ name, size, mode: 0o600 }, (err) => (err ? reject(err) : resolve()));
    // Exactly the size the header announced, even if the file grew meanwhile.
    const content = size > 0 ? createReadStream(path, { end: size - 1 }) : Readable.from([]);
    pipeline(content, meter, entry as unknown as Writable).catch(reject);
  });
  return { path: name, sha256: hash.digest('hex'), bytes: size };
}

/** A stream of the backup, for an HTTP response; errors end the stream (the archive is then truncated, and a restore refuses it). */
export function backupStream(runtime: { db: Database; files: EvidenceFiles }, options: BackupOptions = {}, onError: (err: unknown) => void = () => {}): Readable {
  const out = new PassThrough();
  writeBackup(runtime, out, options).catch((err) => {
    onError(err);
    out.destroy(err as Error);
  });
  return out;
}
