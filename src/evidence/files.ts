import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { DomainError } from '../errors.js';

/**
 * Evidence files, content-addressed: a file lives at `evidence/ab/cd/<sha256>` under the
 * data directory, so the same file uploaded twice is stored once, and a file's name is its
 * integrity check. Uploads are streamed: hashed and measured on the way to a temporary
 * file, never held whole in memory.
 */
export interface StoredFile {
  sha256: string;
  sizeBytes: number;
  /** What the bytes are, sniffed from their content; the uploader's claim is not trusted. */
  mediaType: string;
  /**
   * This call put the bytes on disk (they were not stored before). A caller whose record of
   * them is then undone (an import refusing the row) removes such a file again, unless another
   * record names the same bytes: see removeUnrecordedFiles.
   */
  created: boolean;
}

/** Executables have no place among evidence and could harm whoever opens them. */
const refusedTypes = new Set(['application/x-elf', 'application/x-msdownload', 'application/x-mach-binary', 'application/x-executable']);

export class EvidenceFiles {
  constructor(
    private readonly root: string,
    readonly maxBytes: number,
  ) {}

  pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async store(content: Readable): Promise<StoredFile> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const maxBytes = this.maxBytes;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(tooLarge(maxBytes));
        if (head.length < 4100) head = Buffer.concat([head, chunk.subarray(0, 4100 - head.length)]);
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(content, meter, createWriteStream(tmp));
      // A multipart parser that hits its own limit truncates the stream instead of failing it.
      if ((content as Readable & { truncated?: boolean }).truncated) throw tooLarge(maxBytes);
      if (size === 0) throw new DomainError('invalid', 'the file is empty', [{ field: 'file', code: 'file-empty', message: 'the file is empty' }]);
      const mediaType = await sniff(head);
      if (refusedTypes.has(mediaType)) {
        throw new DomainError('unsupported-media-type', `executable files (${mediaType}) are not accepted as evidence`, [
          { field: 'file', code: 'media-type-refused', message: `${mediaType} is not accepted`, params: { mediaType } },
        ]);
      }
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      await mkdir(join(target, '..'), { recursive: true });
      const existed = await stat(target).then(
        () => true,
        () => false,
      );
      await rename(tmp, target);
      return { sha256, sizeBytes: size, mediaType, created: !existed };
    } finally {
      await rm(tmp, { force: true });
    }
  }

  /**
   * The stored file's size, or why it cannot be served: `missing` (not on disk) or
   * `changed` (its size is not the size recorded at upload, so its bytes cannot be the evidence).
   */
  async check(sha256: string, recordedSize: number): Promise<{ state: 'present'; sizeBytes: number } | { state: 'missing' } | { state: 'changed' }> {
    try {
      const { size } = await stat(this.pathOf(sha256));
      return size === recordedSize ? { state: 'present', sizeBytes: size } : { state: 'changed' };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
      throw err;
    }
  }

  /**
   * A stream of the stored file that proves its bytes on the way out: it hashes what it
   * passes and holds back the last chunk until the end, so that when the digest is not
   * `sha256` the reader never receives a complete file (the stream fails instead, and
   * `onMismatch` is told, to record it in the chain of custody).
   */
  openVerified(sha256: string, onMismatch: () => void): Readable {
    const hash = createHash('sha256');
    let held: Buffer | undefined;
    const verify = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        const previous = held;
        held = chunk;
        done(null, previous);
      },
      flush(done) {
        if (hash.digest('hex') !== sha256) {
          onMismatch();
          return done(new DomainError('integrity', `the stored file no longer matches its SHA-256 ${sha256}`));
        }
        done(null, held);
      },
    });
    const source = createReadStream(this.pathOf(sha256));
    source.on('error', (err) => verify.destroy(err));
    return source.pipe(verify);
  }

  /**
   * Removes a stored file, and its two directory levels when that leaves them empty. Only for
   * bytes no evidence record names (the caller checks): records point at files by SHA-256.
   */
  async remove(sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await rm(target, { force: true });
    // rmdir refuses a directory that is not empty: another file's directory stays.
    for (const dir of [join(target, '..'), join(target, '..', '..')]) {
      if (!(await rmdir(dir).then(() => true, () => false))) break;
    }
  }

  /**
   * Removes uploads a crash left half-written in `tmp/`. Run when a server starts, before it
   * accepts uploads: the server is the only writer of the evidence directory.
   */
  async removePartialUploads(): Promise<number> {
    const tmpDir = join(this.root, 'tmp');
    const names = await readdir(tmpDir).catch(() => [] as string[]);
    await Promise.all(names.map((name) => rm(join(tmpDir, name), { force: true, recursive: true })));
    return names.length;
  }

  /** Re-reads a stored file and checks that its bytes still hash to its name. */
  async verify(sha256: string): Promise<boolean> {
    const hash = createHash('sha256');
    await pipeline(createReadStream(this.pathOf(sha256)), hash);
    return hash.digest('hex') === sha256;
  }
}

function tooLarge(maxBytes: number) {
  return new DomainError('too-large', `the file is larger than the limit of ${maxBytes} bytes`, [
    { field: 'file', code: 'file-too-large', message: `larger than ${maxBytes} bytes`, params: { maximum: maxBytes } },
  ]);
}

async function sniff(head: Buffer): Promise<string> {
  // Loaded on the first upload, not by every command that merely reads evidence records.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(head);
  if (detected) return detected.mime;
  // No magic number: call it text if the start is valid UTF-8 without control bytes.
  const text = head.toString('utf8');
  if (!text.includes('\uFFFD') && !/[\x00-\x08\x0E-\x1F]/.test(text)) return 'text/plain';
  return 'application/octet-stream';
}
