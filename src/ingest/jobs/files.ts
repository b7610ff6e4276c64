import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../errors.js';

/**
 * Files of imports, under `<data dir>/imports/`: `uploads/<id>` (the file as uploaded, kept so
 * that it can be previewed with several mappings and imported again after a fix) and
 * `jobs/<id>/` (a job's error file). An upload is streamed to `uploads/<id>.part`, measured and
 * hashed on the way, and renamed when complete: never held whole in memory.
 */
export class ImportFiles {
  constructor(
    readonly root: string,
    /** The largest file accepted, in bytes (PRECURSOR_MAX_IMPORT_MB). */
    readonly maxBytes: number,
  ) {}

  uploadPath(id: string): string {
    return join(this.root, 'uploads', id);
  }

  jobDir(id: string): string {
    return join(this.root, 'jobs', id);
  }

  /** Streams `content` to a new upload; refuses an empty file or one over the limit, leaving nothing behind. */
  async save(content: Readable): Promise<{ id: string; sizeBytes: number; sha256: string }> {
    const dir = join(this.root, 'uploads');
    await mkdir(dir, { recursive: true });
    const id = randomUUID();
    const partial = `${this.uploadPath(id)}.part`;
    const hash = createHash('sha256');
    let size = 0;
    const maxBytes = this.maxBytes;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(tooLarge(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(content, meter, createWriteStream(partial));
      // A multipart parser that hits its own limit truncates the stream instead of failing it.
      if ((content as Readable & { truncated?: boolean }).truncated) throw tooLarge(maxBytes);
      if (size === 0) throw new DomainError('invalid', 'the file is empty', [{ field: 'file', code: 'file-empty', message: 'the file is empty' }]);
      await rename(partial, this.uploadPath(id));
      return { id, sizeBytes: size, sha256: hash.digest('hex') };
    } finally {
      await rm(partial, { force: true });
    }
  }

  /** Whether the upload's file is still there (a job can be resumed only then). */
  async exists(id: string): Promise<boolean> {
    return stat(this.uploadPath(id)).then(
      () => true,
      () => false,
    );
  }

  /**
   * Removes uploads a crash left half-written, and uploads older than `keepDays` (kept that long
   * so that a file can be imported again after its mapping is fixed, or an interrupted job
   * resumed; after that it is uploaded again). Run when a server starts, before any job runs.
   */
  async removeStaleUploads(keepDays = 7, now = Date.now()): Promise<string[]> {
    const dir = join(this.root, 'uploads');
    const names = await readdir(dir).catch(() => [] as string[]);
    const removed: string[] = [];
    for (const name of names) {
      const path = join(dir, name);
      const old = await stat(path).then(
        (s) => now - s.mtimeMs > keepDays * 86_400_000,
        () => false,
      );
      if (name.endsWith('.part') || old) {
        await rm(path, { force: true });
        removed.push(name);
      }
    }
    return removed;
  }
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError('too-large', `the file is larger than the import limit of ${maxBytes} bytes (PRECURSOR_MAX_IMPORT_MB)`, [
    { field: 'file', code: 'file-too-large', message: `larger than ${maxBytes} bytes`, params: { maximum: maxBytes } },
  ]);
}
