import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A freshly initialised embedded database, made once at install (scripts/build.js) and copied
 * into each new data directory. PGlite's initdb costs ~4 s of CPU — 8–9 s on a busy 2-core
 * machine, the largest part of a first `npm start` — where a copy takes half a second. The
 * template is PostgreSQL's empty cluster only (no schema: migrations run as usual), so it
 * depends on nothing but the installed PGlite, whose version it records. It lives in
 * node_modules/.cache, which `npm ci` empties along with the PGlite it was made by.
 * The paths work from src/ and from dist/, which mirror each other.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
export const templateDirectory = join(root, 'node_modules', '.cache', 'precursor', 'pgdata');
const versionFile = '.pglite-version';

export function installedPgliteVersion(): string {
  return JSON.parse(readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;
}

/**
 * Fills an empty data directory from the template, when there is one made by the installed
 * PGlite; returns whether it did. A directory that holds a database is never touched.
 */
export function seedFromTemplate(directory: string, template = templateDirectory, version = installedPgliteVersion): boolean {
  if (existsSync(join(directory, 'PG_VERSION'))) return false;
  const marker = join(template, versionFile);
  if (!existsSync(marker) || readFileSync(marker, 'utf8').trim() !== version()) return false;
  cpSync(template, directory, { recursive: true, filter: (source) => !source.endsWith(versionFile) });
  return true;
}
