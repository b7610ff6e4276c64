import { createHash } from 'node:crypto';
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * Another process holds the embedded database: a running `precursor serve`, most likely. The
 * CLI exits with its own code for it (7, see src/cli/output.ts), so a script can wait and retry.
 */
export class DatabaseInUseError extends Error {
  constructor(
    readonly directory: string,
    /** The holder's process id, when it said. */
    readonly pid: number | undefined,
    /** Where the holder serves the API, when it is a server that said so. */
    readonly url: string | undefined,
  ) {
    super(
      `the embedded database in ${directory} is in use by ${
        url ? `the Precursor server at ${url} (process ${pid})` : pid ? `process ${pid} (is 'precursor serve' running?)` : `another process (is 'precursor serve' running?)`
      }. Stop it, or use the HTTP API while it runs.`,
    );
    this.name = 'DatabaseInUseError';
  }
}

/**
 * The lock is a Unix domain socket the holder listens on, `precursor.lock` in the data
 * directory. The kernel ends the listening when the holder dies, however it dies, so:
 * - whether the lock is held is "does someone accept a connection on it", never a process id
 *   (a reused pid, such as a container's PID 1 finding its own pid in a stale lock, means
 *   nothing); the holder answers each connection with its pid and URL for the message;
 * - binding is atomic: of two processes binding the same path, one gets EADDRINUSE;
 * - a socket file nobody listens on (ECONNREFUSED) is stale. Taking it over (unlink, bind)
 *   is done under a takeover mutex, so two processes taking over at once cannot both win:
 *   the second finds the first listening when it re-checks. On Linux the mutex is an
 *   abstract socket (no file, released by the kernel too) named after the directory's
 *   device and inode; elsewhere an exclusive mkdir, considered stale after 10 s.
 * It works across PID namespaces (containers sharing a volume): a path-bound socket is
 * reached through the filesystem. Windows is not supported by this lock.
 */
const lockName = 'precursor.lock';
const holders = new Map<string, { server: Server; info: { pid: number; url?: string } }>();

export async function acquireDirectoryLock(directory: string): Promise<() => void> {
  const dir = resolve(directory);
  const path = socketPath(dir);
  const info: { pid: number; url?: string } = { pid: process.pid };
  let server = await listen(path, info);
  if (!server) {
    const holder = await probe(path);
    if (holder.alive) throw new DatabaseInUseError(directory, holder.pid, holder.url);
    server = await withTakeoverMutex(dir, async () => {
      const again = await probe(path);
      if (again.alive) throw new DatabaseInUseError(directory, again.pid, again.url);
      // Widens the window between the check and the takeover, for the race test only.
      const pause = Number(process.env.PRECURSOR_TEST_LOCK_TAKEOVER_PAUSE_MS);
      if (pause > 0) await new Promise((r) => setTimeout(r, pause));
      rmSync(path, { force: true });
      return listen(path, info);
    });
    // Someone bound it between our unlink and our bind (a first attempt, outside the mutex).
    if (!server) {
      const winner = await probe(path);
      throw new DatabaseInUseError(directory, winner.pid, winner.url);
    }
  }
  const held = server;
  holders.set(dir, { server: held, info });
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    holders.delete(dir);
    process.off('exit', release);
    // Closing a listening socket does not remove its file: remove it, so the next opener
    // does not have to take over a stale one.
    held.close();
    rmSync(path, { force: true });
  };
  process.on('exit', release);
  held.unref();
  return release;
}

/**
 * Adds the URL a server listens at to what its lock answers, so that a command refused while
 * it runs can say where to find it.
 */
export function recordServerUrl(directory: string, url: string) {
  const holder = holders.get(resolve(directory));
  if (holder) holder.info.url = url;
}

/** Binds the lock socket; undefined when the path exists (held, or stale). */
function listen(path: string, info: { pid: number; url?: string }): Promise<Server | undefined> {
  return new Promise((done, fail) => {
    const server = createServer((socket) => {
      socket.on('error', () => {});
      socket.end(`${JSON.stringify(info)}\n`);
    });
    server.once('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EADDRINUSE'
        ? done(undefined)
        : fail(new Error(`cannot lock the data directory with a socket at ${path} (${err.code}): keep PRECURSOR_DATA_DIR on a local filesystem that allows Unix sockets`, { cause: err })),
    );
    server.listen(path, () => done(server));
  });
}

/**
 * Whether someone listens on the lock, and who. A connection accepted is a live holder even if
 * it is too busy to say who it is (the kernel accepts while its event loop runs a query).
 */
function probe(path: string): Promise<{ alive: boolean; pid?: number; url?: string }> {
  return new Promise((done) => {
    const socket = connect(path);
    let text = '';
    let connected = false;
    const finish = () => {
      socket.destroy();
      clearTimeout(timer);
      let said: { pid?: number; url?: string } = {};
      try {
        said = JSON.parse(text.split('\n')[0] ?? '');
      } catch {
        // A holder that did not answer in time, or an older Precursor's lock.
      }
      done({ alive: connected, pid: typeof said.pid === 'number' ? said.pid : undefined, url: typeof said.url === 'string' ? said.url : undefined });
    };
    const timer = setTimeout(finish, 2000);
    socket.on('connect', () => (connected = true));
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', finish);
    socket.on('error', (err: NodeJS.ErrnoException) => {
      // Refused or gone: nobody listens. Anything else (EAGAIN: a full backlog) is someone.
      if (err.code !== 'ECONNREFUSED' && err.code !== 'ENOENT' && err.code !== 'ENOTSOCK') connected = true;
      finish();
    });
  });
}

async function withTakeoverMutex<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const unlock = await tryMutex(dir);
    if (unlock) {
      try {
        return await work();
      } finally {
        unlock();
      }
    }
    if (Date.now() > deadline) throw new Error(`could not take over the stale lock in ${dir}: another process is taking it over`);
    await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
  }
}

async function tryMutex(dir: string): Promise<(() => void) | undefined> {
  if (process.platform === 'linux') {
    const { dev, ino } = statSync(dir);
    const name = `\0precursor-lock-takeover-${createHash('sha256').update(`${dev}:${ino}`).digest('hex').slice(0, 32)}`;
    const server = await new Promise<Server | undefined>((done, fail) => {
      const s = createServer();
      s.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? done(undefined) : fail(err)));
      s.listen(name, () => done(s));
    });
    return server ? () => server.close() : undefined;
  }
  const mutex = join(dir, `${lockName}.takeover`);
  try {
    closeSync(openSync(mutex, 'wx'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const age = Date.now() - (statSync(mutex, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 10_000) rmSync(mutex, { force: true });
    return undefined;
  }
  return () => rmSync(mutex, { force: true });
}

/**
 * Where the lock socket is bound. A socket path is limited to ~104 bytes; a longer data
 * directory is reached on Linux through /proc/self/fd, with the directory held open.
 */
function socketPath(dir: string): string {
  const path = join(dir, lockName);
  if (Buffer.byteLength(path) <= 100) return path;
  if (process.platform !== 'linux') throw new Error(`the data directory's path is too long for its lock (at most ~90 characters here): ${dir}`);
  const fd = openSync(dir, 'r');
  return `/proc/self/fd/${fd}/${lockName}`;
}
