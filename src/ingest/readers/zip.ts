import { Transform } from 'node:stream';
import yauzl from 'yauzl';
import { DomainError } from '../../errors.js';

/**
 * Limits against ZIP bombs (an XLSX is a ZIP; so are ODK Briefcase exports). They are checked
 * on the central directory — the sizes the archive declares — before anything is inflated,
 * and enforced again while inflating (yauzl refuses a member whose inflated size differs from
 * what it declared, and `openMember` stops at the declared size).
 *
 * The ratio bound: spreadsheet XML compresses about 5–30 times (measured on our fixtures and
 * on exports of the demo data: 9×–14×); a sheet of many empty styled cells reaches ~100×.
 * Bombs are 1,000× and more. 200× for members above 1 MiB leaves room for the first and
 * refuses the second; small members are exempt, as their ratio says nothing.
 */
export interface ZipLimits {
  maxMembers: number;
  /** Sum of the members' declared inflated sizes. */
  maxTotalBytes: number;
  maxRatio: number;
  /** Members smaller than this (inflated) are not held to the ratio. */
  ratioFloorBytes: number;
}

export const defaultZipLimits: ZipLimits = { maxMembers: 10_000, maxTotalBytes: 4 * 1024 ** 3, maxRatio: 200, ratioFloorBytes: 1024 ** 2 };

export interface ZipMember {
  name: string;
  size: number;
  compressedSize: number;
}

export interface ZipArchive {
  members: ZipMember[];
  /** The member's bytes, inflated as they are read; refused past its declared size. */
  openMember(name: string): Promise<NodeJS.ReadableStream>;
  close(): void;
}

/** The file is not a readable ZIP archive, or breaks a limit: an invalid input (exit 2, HTTP 400). */
function refused(fileName: string, reason: string): DomainError {
  return new DomainError('invalid', `${fileName}: ${reason}`);
}

/**
 * Opens a ZIP archive and checks its central directory against the limits before any
 * member is inflated.
 *
 *   const zip = await openZip('/tmp/export.zip', 'export.zip');
 *   for (const m of zip.members) …; const stream = await zip.openMember('data.csv');
 */
export async function openZip(path: string, fileName: string, limits: ZipLimits = defaultZipLimits): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, z) => (err ? reject(err) : resolve(z))),
    );
  } catch (err) {
    throw refused(fileName, `not a readable ZIP archive (${(err as Error).message})`);
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    await new Promise<void>((resolve, reject) => {
      let total = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entries.size >= limits.maxMembers) return reject(refused(fileName, `more than ${limits.maxMembers.toLocaleString('en')} members: refused as a possible ZIP bomb`));
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes) return reject(refused(fileName, `its members would inflate to more than ${formatBytes(limits.maxTotalBytes)}: refused as a possible ZIP bomb`));
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
          return reject(refused(fileName, `the member '${entry.fileName}' would inflate ${Math.round(ratio)} times (${formatBytes(entry.uncompressedSize)}): more than ${limits.maxRatio} times is refused as a possible ZIP bomb`));
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (err: Error) => reject(refused(fileName, `not a readable ZIP archive (${err.message})`)));
      zip.readEntry();
    });
  } catch (err) {
    zip.close();
    throw err;
  }
  return {
    members: [...entries.values()].map((e) => ({ name: e.fileName, size: e.uncompressedSize, compressedSize: e.compressedSize })),
    async openMember(name) {
      const entry = entries.get(name);
      if (!entry) throw new DomainError('not-found', `${fileName}: no member '${name}'`);
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(refused(fileName, `the member '${name}' cannot be read (${err.message})`)) : resolve(s))));
      const guard = sizeGuard(entry.uncompressedSize, () => refused(fileName, `the member '${name}' inflates past its declared size`));
      // An inflate error (corrupt data, yauzl's size check) must reach the reader, as a refusal of the file.
      stream.on('error', (err: Error) => guard.destroy(refused(fileName, `the member '${name}' cannot be inflated (${err.message})`)));
      return stream.pipe(guard);
    },
    close: () => zip.close(),
  };
}

/**
 * Inflates every member and discards the bytes: a corrupt member is refused here, as an
 * invalid file, before a parser that does not handle it well (exceljs's unzipper waits
 * forever on a broken deflate stream) ever sees it. The limits hold while doing so.
 */
export async function checkMembersInflate(zip: ZipArchive): Promise<void> {
  for (const member of zip.members) for await (const _ of await zip.openMember(member.name));
}

/** Passes bytes through until more than `limit` arrive. */
function sizeGuard(limit: number, error: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > limit ? error() : null, seen > limit ? undefined : chunk);
    },
  });
}

export function formatBytes(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GiB` : n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MiB` : `${Math.round(n / 1024)} KiB`;
}
