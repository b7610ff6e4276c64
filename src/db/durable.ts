import { fsyncSync } from 'node:fs';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type PgliteFsInit = NodeFS['init'];
interface EmscriptenStream {
  nfd: number;
}

/**
 * PGlite's files on disk (Emscripten's NODEFS) with fsync that reaches the disk.
 *
 * PGlite starts PostgreSQL with fsync off (`-F` in its default start parameters), and even with
 * it on, NODEFS has no fsync of its own: PostgreSQL's fsync() returns at once and fdatasync()
 * is a no-op. Writes still reach the operating system at each commit (a killed process loses
 * nothing committed), but not the disk: a power cut or an OS crash can lose the last commits
 * or, since data pages reach the disk in any order, corrupt the database. This gives NODEFS an
 * fsync that calls the real one; the embedded database runs it with fsync on and
 * wal_sync_method=fsync (the one sync call NODEFS routes), see pglite.ts and bench/durability.ts.
 */
export class DurableNodeFS extends NodeFS {
  /** fsync calls that reached the disk (the durability test and benchmark read it). */
  syncs = 0;

  override init(...[pg, opts]: Parameters<PgliteFsInit>): ReturnType<PgliteFsInit> {
    const fs = this;
    const patch = (mod: { NODEFS?: { stream_ops: Record<string, unknown> } }) => {
      if (!mod.NODEFS) throw new Error('this PGlite has no NODEFS: the durable filesystem cannot add fsync to it');
      mod.NODEFS.stream_ops.fsync = (stream: EmscriptenStream) => {
        fsyncSync(stream.nfd);
        fs.syncs++;
        return 0;
      };
    };
    return super.init(pg, { ...opts, preRun: [...((opts.preRun as unknown[]) ?? []), patch] } as typeof opts);
  }
}

/** Start parameters for fsync on: PGlite's defaults without `-F`, and the sync method NODEFS routes. */
export function durableStartParams(defaults: readonly string[]): string[] {
  return [...defaults.filter((p) => p !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'];
}
