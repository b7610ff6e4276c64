import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DatabaseInUseError extends Error {}

/**
 * Takes an exclusive lock on a data directory by creating `precursor.lock` with our pid.
 * A lock left by a process that no longer runs is taken over. Returns the release function.
 */
export function acquireDirectoryLock(directory: string): () => void {
  const path = join(directory, 'precursor.lock');
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
      const holder = Number(readFileSync(path, 'utf8'));
      if (holder && isAlive(holder)) {
        throw new DatabaseInUseError(
          `the embedded database in ${directory} is in use by process ${holder} (is 'precursor serve' running?). ` +
            'Stop it, or use the HTTP API while it runs.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DatabaseInUseError(`could not lock ${directory}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
