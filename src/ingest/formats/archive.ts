import { open } from 'node:fs/promises';
import { PassThrough, type Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { DomainError } from '../../errors.js';

/**
 * A ZIP archive checked before anything is inflated: an ODK export (root CSV, repeat CSVs,
 * media/), a ProofMode bundle, or the container of an XLSX workbook. The central directory
 * states every member's sizes, so a zip bomb, a member named to escape the import folder
 * (`../../etc/passwd`, `/abs`, `C:\…`) or an encrypted member is refused with a clear reason
 * before a byte is inflated; while inflating, yauzl checks that each member really has the size
 * the directory claims (a bomb that lies about its size fails there).
 */
export interface ZipLimits {
  /** Sum of the members' uncompressed sizes. */
  maxTotalBytes: number;
  /** Largest compression ratio allowed for a member larger than `ratioFloorBytes` (zip bombs reach 1,000:1 and more). */
  maxRatio: number;
  ratioFloorBytes: number;
  maxMembers: number;
}

/** Text exports compress well (CSV: 5–20:1, XLSX XML up to ~100:1); 500:1 over 1 MB is a bomb, not data. */
export const defaultZipLimits: ZipLimits = { maxTotalBytes: 8 * 1024 ** 3, maxRatio: 500, ratioFloorBytes: 1024 ** 2, maxMembers: 200_000 };

export interface ZipMember {
  /** The member's path inside the archive, `/`-separated, checked to stay inside it. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  isDirectory: boolean;
  /** As the central directory states it, for checkZipIntegrity. */
  crc32: number;
  method: number;
  flags: number;
  localHeaderOffset: number;
  rawName: Buffer;
  /** Opens the inflated bytes (the archive is reopened for each call, so members can be read at any time, in any order). */
  open(): Promise<Readable>;
}

/** Which problem a refused archive has, as a stable code for reports. */
export type ZipProblemCode = 'zip-bomb' | 'zip-unsafe-path' | 'zip-encrypted' | 'zip-malformed';

export function zipProblem(code: ZipProblemCode, message: string, fileName: string): DomainError {
  return new DomainError('invalid', `${fileName}: ${message}`, [{ field: 'file', code: 'invalid', message, params: { reason: code } }]);
}

/** Lists a ZIP archive's members, refusing it whole (with the reason) when a limit or a rule is broken. */
export async function openZip(path: string, options: { limits?: Partial<ZipLimits>; displayName?: string } = {}): Promise<ZipMember[]> {
  const limits = { ...defaultZipLimits, ...options.limits };
  const shown = options.displayName ?? path;
  const entries = await readCentralDirectory(path, shown);
  if (entries.length > limits.maxMembers) throw zipProblem('zip-bomb', `the archive has ${entries.length} members, more than the limit of ${limits.maxMembers}`, shown);
  let total = 0;
  const members: ZipMember[] = [];
  for (const entry of entries) {
    const name = safeMemberName(entry.fileName as unknown as Buffer, entry.generalPurposeBitFlag, shown);
    if (entry.isEncrypted()) throw zipProblem('zip-encrypted', `member ${name} is encrypted; export it again without a password`, shown);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) throw zipProblem('zip-bomb', `the archive would inflate to more than ${limits.maxTotalBytes} bytes`, shown);
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw zipProblem('zip-bomb', `member ${name} would inflate ${Math.round(ratio)} times (${entry.uncompressedSize} bytes from ${entry.compressedSize}): refused as a zip bomb`, shown);
    }
    members.push({
      name,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
      isDirectory: name.endsWith('/'),
      crc32: entry.crc32,
      method: entry.compressionMethod,
      flags: entry.generalPurposeBitFlag,
      localHeaderOffset: entry.relativeOffsetOfLocalHeader,
      rawName: entry.fileName as unknown as Buffer,
      open: () => openMember(path, entry.fileName as unknown as Buffer, shown),
    });
  }
  return members;
}

/**
 * Reads every member once, before a reader that trusts the archive (exceljs reads an XLSX as a
 * stream of local headers, and can stall on a damaged one): each local header must agree with
 * the central directory, and each member must inflate to its declared size and CRC-32. One pass
 * of inflating, cheap beside parsing the XML.
 */
export async function checkZipIntegrity(path: string, members: ZipMember[], shown: string): Promise<void> {
  const file = await open(path, 'r');
  try {
    for (const m of members) {
      const header = Buffer.alloc(30);
      const { bytesRead } = await file.read(header, 0, 30, m.localHeaderOffset);
      const nameLength = header.readUInt16LE(26);
      const name = Buffer.alloc(nameLength);
      await file.read(name, 0, nameLength, m.localHeaderOffset + 30);
      const dataDescriptor = (m.flags & 0x8) !== 0;
      const agrees =
        bytesRead === 30 &&
        header.readUInt32LE(0) === 0x04034b50 &&
        header.readUInt16LE(6) === m.flags &&
        header.readUInt16LE(8) === m.method &&
        name.equals(m.rawName) &&
        (dataDescriptor || (header.readUInt32LE(14) === m.crc32 && header.readUInt32LE(18) === m.compressedSize && header.readUInt32LE(22) === m.uncompressedSize));
      if (!agrees) throw zipProblem('zip-malformed', `member ${m.name} is damaged (its local header does not match the archive's directory)`, shown);
      if (m.isDirectory) continue;
      let crc = 0;
      for await (const chunk of await m.open()) crc = crc32(chunk as Buffer, crc);
      if (crc >>> 0 !== m.crc32 >>> 0) throw zipProblem('zip-malformed', `member ${m.name} is damaged (its CRC-32 does not match)`, shown);
    }
  } finally {
    await file.close();
  }
}

/** Whether the first bytes are a ZIP archive's (a local file header, or an empty archive's end record). */
export function looksLikeZip(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6);
}

function readCentralDirectory(path: string, shown: string): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false — names are checked here, with a reason we can report, not by yauzl's own throw.
    yauzl.open(path, { lazyEntries: true, autoClose: true, decodeStrings: false }, (err, zip) => {
      if (err || !zip) return reject(zipProblem('zip-malformed', `not a readable ZIP archive (${err?.message ?? 'no archive'})`, shown));
      const entries: yauzl.Entry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', (e: Error) => reject(zipProblem('zip-malformed', `the archive is damaged (${e.message})`, shown)));
      zip.readEntry();
    });
  });
}

function openMember(path: string, rawName: Buffer, shown: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false }, (err, zip) => {
      if (err || !zip) return reject(zipProblem('zip-malformed', `not a readable ZIP archive (${err?.message ?? 'no archive'})`, shown));
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!(entry.fileName as unknown as Buffer).equals(rawName)) return zip.readEntry();
        found = true;
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) {
            zip.close();
            return reject(zipProblem('zip-malformed', `member cannot be read (${e?.message ?? 'no stream'})`, shown));
          }
          // The member's bytes pass through here so that a failure while inflating (a damaged
          // member, a size that is not the declared one) reaches the reader as a clear problem.
          const out = new PassThrough();
          let open = true;
          const close = () => {
            if (open) zip.close();
            open = false;
          };
          stream.on('error', (cause: Error) => {
            close();
            out.destroy(zipProblem('zip-malformed', `member ${rawName.toString('utf8')} cannot be read to its end (${cause.message})`, shown));
          });
          stream.on('end', close);
          out.on('close', () => {
            // The reader stopped early (a header read, a preview): let the archive go.
            if (!stream.destroyed) stream.destroy();
            close();
          });
          stream.pipe(out);
          resolve(out);
        });
      });
      zip.on('end', () => {
        if (!found) {
          zip.close();
          reject(zipProblem('zip-malformed', `member ${rawName.toString('utf8')} is gone from the archive`, shown));
        }
      });
      zip.on('error', (e: Error) => reject(zipProblem('zip-malformed', `the archive is damaged (${e.message})`, shown)));
      zip.readEntry();
    });
  });
}

/**
 * The member's name as a relative `/` path, or a refusal: names are attacker-chosen, and a
 * name that climbs out (`..`), starts at a root, names a drive or holds a NUL would write or
 * read outside the import's own folder in any tool that extracts it.
 */
export function safeMemberName(raw: Buffer, flags: number, shown: string): string {
  // Bit 11: the name is UTF-8; otherwise CP437, whose printable ASCII is the same — other bytes are kept as UTF-8 replacement characters.
  // Some Windows tools write `\` as the separator: read it as one, then judge the path.
  const name = raw.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1').replaceAll('\\', '/');
  const unsafe = name.includes('\0') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').some((part) => part === '..');
  if (unsafe) throw zipProblem('zip-unsafe-path', `member name "${name.replace(/\0/g, '\\0')}" would reach outside the archive's folder; refused`, shown);
  return name;
}
