import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Another process holds the embedded database: a running `precursor serve`, most likely. The
 * CLI exits with its own code for it (5, see src/cli/output.ts), so a script can wait and retry.
 */
export class DatabaseInUseError extends Error {
  constructor(
    readonly directory: string,
    /** The holder's process id, when the lock names one. */
    readonly pid: number | undefined,
    /** Where the holder serves the API, when it is a server that said so. */
    readonly url: string | undefined,
  ) {
    super(
      pid
        ? `the embedded database in ${directory} is in use by ${url ? `the Precursor server at ${url} (process ${pid})` : `process ${pid} (is 'precursor serve' running?)`}. ` +
            'Stop it, or use the HTTP API while it runs.'
        : `could not lock ${directory}`,
    );
    this.name = 'DatabaseInUseError';
  }
}

const lockFile = (directory: string) => join(directory, 'precursor.lock');

/**
 * Takes an exclusive lock on a data directory by creating `precursor.lock` with our pid.
 * A lock left by a process that no longer runs is taken over. Returns the release function.
 */
export function acquireDirectoryLock(directory: string): () => void {
  const path = lockFile(directory);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(path);
      if (holder.pid && isAlive(holder.pid)) throw new DatabaseInUseError(directory, holder.pid, holder.url);
      rmSync(path, { force: true });
    }
  }
  throw new DatabaseInUseError(directory, undefined, undefined);
}

/**
 * Adds the URL a server listens at to the lock it holds, so that a command refused while it
 * runs can say where to find it. The lock file is `<pid>` or `<pid>\n<url>`.
 */
export function recordServerUrl(directory: string, url: string) {
  const path = lockFile(directory);
  if (readHolder(path).pid === process.pid) writeFileSync(path, `${process.pid}\n${url}\n`);
}

function readHolder(path: string): { pid: number | undefined; url: string | undefined } {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // Released between our attempt and this read: nobody holds it.
  }
  const [pid, url] = text.split('\n').map((line) => line.trim());
  return { pid: Number(pid) || undefined, url: url || undefined };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
