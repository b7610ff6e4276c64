// @ts-check
/**
 * Is a build up to date with its sources? Plain JavaScript, because bin/precursor.js asks it
 * before any TypeScript can run. A build writes a stamp — a fingerprint of its inputs' paths,
 * sizes and modification times — and a later run compares: reading ~100 directory entries
 * costs a millisecond or two, where hashing contents or recompiling would cost far more.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * @typedef {{ path: string, size: number, mtimeMs: number }} InputFile
 * @typedef {{ fingerprint: string, files: number, builtAt: string }} Stamp
 */

/**
 * The fingerprint of a set of input files: the same files, unchanged, give the same string in
 * any order; an edited, added, removed or renamed file gives another.
 *
 * @param {readonly InputFile[]} files
 * @returns {string}
 */
export function fingerprint(files) {
  const lines = files.map((f) => `${f.path}\t${f.size}\t${Math.trunc(f.mtimeMs)}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * Whether a build whose stamp is `stamp` (undefined when there is none) is current for
 * inputs whose fingerprint is `current`.
 *
 * @param {Stamp | undefined} stamp
 * @param {string} current
 * @returns {boolean}
 */
export function isCurrent(stamp, current) {
  return stamp !== undefined && stamp.fingerprint === current;
}

/**
 * The files under `dirs` (relative to `root`, recursively; a single file may be named too) that
 * `include` accepts, with their sizes and modification times. Paths are relative, with `/`.
 *
 * @param {string} root
 * @param {readonly string[]} dirs
 * @param {(path: string) => boolean} [include]
 * @returns {InputFile[]}
 */
export function listInputs(root, dirs, include = () => true) {
  /** @type {InputFile[]} */
  const files = [];
  const add = (/** @type {string} */ absolute) => {
    const path = relative(root, absolute).split(sep).join('/');
    if (!include(path)) return;
    const s = statSync(absolute);
    files.push({ path, size: s.size, mtimeMs: s.mtimeMs });
  };
  for (const dir of dirs) {
    const absolute = join(root, dir);
    if (!existsSync(absolute)) continue;
    if (!statSync(absolute).isDirectory()) {
      add(absolute);
      continue;
    }
    for (const entry of readdirSync(absolute, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) add(join(entry.parentPath, entry.name));
    }
  }
  return files;
}

/**
 * The stamp a build left at `path`, or undefined when there is none (or it is unreadable,
 * which only means: build again).
 *
 * @param {string} path
 * @returns {Stamp | undefined}
 */
export function readStamp(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
