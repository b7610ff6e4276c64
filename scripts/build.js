// @ts-check
/**
 * Builds what `precursor` runs, once, and again only when its sources change:
 *
 * - the server: `src/**.ts` compiled file by file by esbuild into `dist/`, which mirrors `src/`
 *   (so paths like `../package.json` and `../../data/` resolve the same from both) — about a
 *   second, where running the sources through tsx cost ~3 s at every command;
 * - the embedded database's empty cluster, copied into each new data directory instead of
 *   running PGlite's initdb there (4 s of CPU), into node_modules/.cache/precursor/;
 * - the web app: `npm run build:web` (map outlines, Vite, precompressed assets) into `web/dist/`.
 *
 * Each build leaves a stamp (see freshness.js); `node scripts/build.js [server|database|web]
 * [--force]` builds what is stale. It runs at `npm ci` (the `prepare` script), before `npm start`, and
 * bin/precursor.js compiles the server itself when src/ changed since.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint, isCurrent, listInputs, readStamp } from './freshness.js';

export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {object} Target
 * @property {string} name
 * @property {() => import('./freshness.js').InputFile[]} inputs what the build reads
 * @property {string} stampPath where the build writes its stamp
 * @property {string} output a file every complete build has
 */

/** @type {Target} */
export const server = {
  name: 'server',
  inputs: () => listInputs(root, ['src', 'scripts/build.js'], (path) => !path.endsWith('.test.ts')),
  stampPath: join(root, 'dist', '.stamp.json'),
  output: join(root, 'dist', 'cli', 'main.js'),
};

/** @type {Target} */
export const web = {
  name: 'web',
  inputs: () =>
    listInputs(
      root,
      // geo.ts draws the demo country's regions from src/demo/world.ts; the lock file pins React, MapLibre, Vite.
      ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/scripts', 'src/demo/world.ts', 'package-lock.json', 'scripts/build.js'],
      (path) => !path.startsWith('web/public/geo/') && !/\.test\.tsx?$/.test(path),
    ),
  // Beside web/dist, not in it: everything in web/dist is served.
  stampPath: join(root, 'web', '.dist-stamp.json'),
  output: join(root, 'web', 'dist', 'index.html'),
};

/** @param {Target} target */
export function isBuilt(target) {
  return existsSync(target.output) && isCurrent(readStamp(target.stampPath), fingerprint(target.inputs()));
}

/**
 * Compiles the server into dist/ unless it is current. Several `precursor` processes may find
 * it stale at once (the tests run a dozen together): one compiles, under a lock, into a
 * directory of its own that then replaces dist/; the others return false and run the sources.
 *
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<boolean>} whether dist/ is current on return
 */
export async function buildServer(options = {}) {
  const inputs = server.inputs();
  const print = fingerprint(inputs);
  if (!options.force && existsSync(server.output) && isCurrent(readStamp(server.stampPath), print)) return true;
  const release = tryLock(join(root, '.dist.lock'));
  if (!release) return false;
  // Another process may have compiled it while we looked.
  if (!options.force && existsSync(server.output) && isCurrent(readStamp(server.stampPath), print)) return (release(), true);
  const staging = join(root, `.dist-${process.pid}`);
  try {
    rmSync(staging, { recursive: true, force: true });
    const { build } = await import('esbuild');
    await build({
      entryPoints: inputs.filter((f) => f.path.endsWith('.ts')).map((f) => join(root, f.path)),
      outdir: staging,
      outbase: join(root, 'src'),
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      sourcemap: 'linked',
      logLevel: 'error',
    });
    // The migrations are read from beside the compiled migrate.js.
    for (const f of inputs) {
      if (f.path.startsWith('src/') && !f.path.endsWith('.ts')) cpSync(join(root, f.path), join(staging, f.path.slice('src/'.length)));
    }
    writeFileSync(join(staging, '.stamp.json'), JSON.stringify({ fingerprint: print, files: inputs.length, builtAt: new Date().toISOString() }));
    const previous = join(root, `.dist-old-${process.pid}`);
    if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), previous);
    renameSync(staging, join(root, 'dist'));
    rmSync(previous, { recursive: true, force: true });
    return true;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}

/**
 * Builds the web app (`npm run build:web`) unless it is current.
 *
 * @param {{ force?: boolean }} [options]
 * @returns {boolean} whether it built
 */
export function buildWeb(options = {}) {
  const print = fingerprint(web.inputs());
  if (!options.force && existsSync(web.output) && isCurrent(readStamp(web.stampPath), print)) return false;
  const release = tryLock(join(root, '.web-dist.lock'), true);
  try {
    if (!options.force && existsSync(web.output) && isCurrent(readStamp(web.stampPath), print)) return false;
    execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: root, stdio: 'inherit' });
    // The build may rewrite some of its inputs (web/scripts/api.ts regenerates the API types when
    // the server's routes changed): stamp what it built from, not what it found.
    const inputs = web.inputs();
    writeFileSync(web.stampPath, JSON.stringify({ fingerprint: fingerprint(inputs), files: inputs.length, builtAt: new Date().toISOString() }));
    return true;
  } finally {
    release?.();
  }
}

/**
 * The embedded database's empty cluster — what PGlite's initdb makes, ~4 s of CPU — made once
 * and copied into each new data directory (see src/db/template.ts, which reads it from the same
 * place). It depends on the installed PGlite only, and records its version.
 */
export const databaseTemplate = join(root, 'node_modules', '.cache', 'precursor', 'pgdata');

/**
 * Makes the database template unless the installed PGlite made the one there.
 *
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<boolean>} whether it made one
 */
export async function buildDatabaseTemplate(options = {}) {
  const version = JSON.parse(readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;
  const marker = join(databaseTemplate, '.pglite-version');
  const current = () => !options.force && existsSync(marker) && readFileSync(marker, 'utf8').trim() === version;
  if (current()) return false;
  const release = tryLock(join(root, '.pgdata-template.lock'), true);
  const staging = `${databaseTemplate}-${process.pid}`;
  try {
    if (current()) return false;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const pg = await PGlite.create(staging);
    await pg.close();
    // Written last: a template without it is never used.
    writeFileSync(join(staging, '.pglite-version'), version);
    rmSync(databaseTemplate, { recursive: true, force: true });
    renameSync(staging, databaseTemplate);
    return true;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release?.();
  }
}

/**
 * Takes a lock file holding our pid; a lock whose process has ended is taken over. Returns
 * its release, or undefined when a live process holds it — unless `wait`, which polls until
 * that process is done (building the web app twice at once would have both write web/dist).
 *
 * @param {string} path
 * @param {boolean} [wait]
 * @returns {(() => void) | undefined}
 */
function tryLock(path, wait = false) {
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(path, 'utf8'));
      if (holder && holder !== process.pid && alive(holder)) {
        if (!wait) return undefined;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
        continue;
      }
      rmSync(path, { force: true });
    }
  }
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return /** @type {NodeJS.ErrnoException} */ (err).code === 'EPERM';
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const which = args.filter((a) => !a.startsWith('--'));
  const wants = (/** @type {string} */ name) => which.length === 0 || which.includes(name);
  if (wants('server')) {
    const started = Date.now();
    if (!(await buildServer({ force }))) throw new Error('another process is compiling the server (.dist.lock); try again when it is done');
    if (force || Date.now() - started > 50) process.stdout.write(`server: dist/ is current (${Date.now() - started} ms)\n`);
  }
  if (wants('database')) {
    const started = Date.now();
    try {
      if (await buildDatabaseTemplate({ force })) process.stdout.write(`embedded database template: made (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    } catch (err) {
      // Only a speed-up: without it a new data directory is initialised by PGlite itself.
      process.stderr.write(`embedded database template: not made (${err instanceof Error ? err.message : String(err)}); new databases will be initialised at first start\n`);
    }
  }
  if (wants('web')) {
    const started = Date.now();
    if (buildWeb({ force })) process.stdout.write(`web app: built into web/dist/ (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}
