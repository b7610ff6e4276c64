import { acquireDirectoryLock, DatabaseInUseError } from '../src/db/lock.js';

/**
 * A process that takes the data-directory lock, for src/db/lock.test.ts: `ready` once loaded;
 * on a `go` line (or at once with `now`) it tries, prints `won` or `busy <pid>`, and a winner
 * holds the lock until it is killed.
 */
const [directory, when] = process.argv.slice(2);
const attempt = async () => {
  try {
    await acquireDirectoryLock(directory!);
    process.stdout.write('won\n');
    setInterval(() => {}, 60_000);
  } catch (err) {
    process.stdout.write(err instanceof DatabaseInUseError ? `busy ${err.pid ?? ''}\n` : `error ${(err as Error).message}\n`);
    process.exit(0);
  }
};
process.stdout.write('ready\n');
if (when === 'now') await attempt();
else process.stdin.once('data', () => void attempt());
