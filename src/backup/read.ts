import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import type { Migration } from '../db/migrate.js';
import { asDamaged, damaged, decodeArchive, type BackupSecret } from './archive.js';
import { BackupHeader, BackupManifest, formatId, formatVersion, headerEntry, manifestEntry, parseEvidenceEntry, parseTablePart, type BackupPart } from './format.js';

/** One entry of the archive as it is read: its path and a stream of its bytes. */
export interface ArchiveEntry {
  path: string;
  bytes: number;
  stream: Readable;
}

/**
 * Reads a backup's entries in order. Any failure of the layers underneath (a truncated file,
 * a flipped bit that gzip's checksum or age's authentication catches) becomes `damaged`.
 */
export async function* readEntries(open: () => Readable, secret: BackupSecret | undefined): AsyncGenerator<ArchiveEntry> {
  const decoded = await decodeArchive(open, secret);
  const extract = tar.extract();
  decoded.on('error', (err) => extract.destroy(err));
  decoded.pipe(extract as unknown as NodeJS.WritableStream);
  try {
    for await (const entry of extract) {
      yield { path: entry.header.name, bytes: entry.header.size ?? 0, stream: entry as unknown as Readable };
      // A consumer that stopped early leaves the rest of the entry: drain it.
      entry.resume();
    }
  } catch (err) {
    throw asDamaged(err);
  } finally {
    decoded.destroy();
  }
}

export async function readAll(stream: Readable, limit = 16 * 2 ** 20): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) throw damaged('an entry is larger than it can be');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Checks a backup from end to end without touching anything: it is ours (format id and
 * version), made at a schema this version knows (each of its migrations is one of ours), and
 * every part is present, whole and unaltered (its SHA-256, size and row count are those of the
 * manifest, and nothing is there the manifest does not list). Returns the manifest.
 */
export async function checkBackup(open: () => Readable, secret: BackupSecret | undefined, known: Migration[]): Promise<BackupManifest> {
  let header: BackupHeader | undefined;
  let manifest: BackupManifest | undefined;
  const seen: BackupPart[] = [];
  try {
    await readParts();
  } catch (err) {
    throw asDamaged(err);
  }
  async function readParts() {
  for await (const entry of readEntries(open, secret)) {
    if (manifest) throw damaged(`an entry follows the manifest: ${entry.path}`);
    if (!header) {
      if (entry.path !== headerEntry) throw damaged(`it does not start with ${headerEntry}`);
      const content = await readAll(entry.stream, 2 ** 20);
      header = parseJson(BackupHeader, content, headerEntry);
      checkCompatible(header, known);
      seen.push({ path: entry.path, sha256: sha256(content), bytes: content.length });
      continue;
    }
    if (entry.path === manifestEntry) {
      manifest = parseJson(BackupManifest, await readAll(entry.stream), manifestEntry);
      continue;
    }
    const table = parseTablePart(entry.path);
    if (!table && !parseEvidenceEntry(entry.path)) throw damaged(`an entry Precursor does not write: ${entry.path}`);
    const hash = createHash('sha256');
    let bytes = 0;
    let lines = 0;
    for await (const chunk of entry.stream) {
      const buffer = chunk as Buffer;
      hash.update(buffer);
      bytes += buffer.length;
      if (table) for (const byte of buffer) if (byte === 10) lines++;
    }
    seen.push({ path: entry.path, sha256: hash.digest('hex'), bytes, ...(table ? { rows: lines } : {}) });
  }
  }
  if (!header) throw damaged('it is empty');
  if (!manifest) throw damaged(`it has no ${manifestEntry}: the file is truncated`);
  for (const key of ['format', 'formatVersion', 'precursorVersion', 'createdAt', 'engine'] as const) {
    if (manifest[key] !== header[key]) throw damaged(`${key} differs between ${headerEntry} and ${manifestEntry}`);
  }
  if (manifest.migrations.join() !== header.migrations.join()) throw damaged(`the migrations differ between ${headerEntry} and ${manifestEntry}`);
  const listed = new Map(manifest.parts.map((p) => [p.path, p]));
  for (const part of seen) {
    const expected = listed.get(part.path);
    if (!expected) throw damaged(`${part.path} is not in the manifest`);
    if (expected.sha256 !== part.sha256 || expected.bytes !== part.bytes) throw damaged(`${part.path} does not match its SHA-256 in the manifest`);
    if (expected.rows !== part.rows) throw damaged(`${part.path} does not hold the ${expected.rows} rows the manifest lists`);
    listed.delete(part.path);
  }
  if (listed.size) throw damaged(`${[...listed.keys()][0]} is missing`);
  const rows: Record<string, number> = {};
  for (const part of seen) {
    const table = parseTablePart(part.path)?.table;
    if (table) rows[table] = (rows[table] ?? 0) + (part.rows ?? 0);
  }
  for (const [table, count] of Object.entries(manifest.rowCounts)) {
    if ((rows[table] ?? 0) !== count) throw damaged(`the table ${table} has ${rows[table] ?? 0} rows, the manifest says ${count}`);
  }
  return manifest;
}

/**
 * Refuses a backup this version cannot restore: another format, a newer format version, or
 * a schema with migrations this version does not have. Fewer migrations is fine, and not only
 * a prefix: migrate() applies whichever are missing, so a database may have had a later-numbered
 * migration before an earlier one landed; a restore rebuilds that same set, then adds the rest.
 */
export function checkCompatible(header: BackupHeader, known: Migration[]) {
  if (header.formatVersion > formatVersion) {
    throw damaged(`it is in format version ${header.formatVersion}, made by Precursor ${header.precursorVersion}; this version reads up to ${formatVersion}: upgrade Precursor to restore it`);
  }
  const knownIds = known.map((m) => m.id);
  const unknown = header.migrations.filter((id) => !knownIds.includes(id));
  if (unknown.length) {
    throw damaged(`it was made by Precursor ${header.precursorVersion} with a newer schema (${unknown.join(', ')}) than this version knows: upgrade Precursor to restore it`);
  }
}

function parseJson<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, content: Buffer, name: string): T {
  let value: unknown;
  try {
    value = JSON.parse(content.toString('utf8'));
  } catch {
    throw damaged(`${name} is not JSON`);
  }
  if ((value as { format?: unknown })?.format !== formatId) throw damaged(`${name} does not name the format ${formatId}: not a Precursor backup`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw damaged(`${name} is not a valid ${name}`);
  return parsed.data;
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
