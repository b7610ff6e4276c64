import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, isCurrent, listInputs, readStamp } from './freshness.js';

const files = [
  { path: 'src/cli/main.ts', size: 2300, mtimeMs: 1_764_460_800_000.25 },
  { path: 'src/db/migrations/001_foundation.sql', size: 9000, mtimeMs: 1_764_460_700_000 },
  { path: 'src/version.ts', size: 400, mtimeMs: 1_764_460_600_000 },
];
const stampOf = (f: typeof files) => ({ fingerprint: fingerprint(f), files: f.length, builtAt: '2026-11-30T00:00:00Z' });

describe('isCurrent (is a build up to date with its sources?)', () => {
  it('is current when the same files are unchanged, listed in any order', () => {
    expect(isCurrent(stampOf(files), fingerprint([...files].reverse()))).toBe(true);
  });

  it('is stale when there is no stamp (never built, or the stamp is unreadable)', () => {
    expect(isCurrent(undefined, fingerprint(files))).toBe(false);
  });

  it('is stale when a file was edited: its time or its size changed', () => {
    const stamp = stampOf(files);
    expect(isCurrent(stamp, fingerprint(files.map((f, i) => (i === 1 ? { ...f, mtimeMs: f.mtimeMs + 1000 } : f))))).toBe(false);
    expect(isCurrent(stamp, fingerprint(files.map((f, i) => (i === 2 ? { ...f, size: f.size + 1 } : f))))).toBe(false);
  });

  it('is stale when a file was added, removed or renamed', () => {
    const stamp = stampOf(files);
    expect(isCurrent(stamp, fingerprint([...files, { path: 'src/db/migrations/003_regions.sql', size: 10, mtimeMs: 1 }]))).toBe(false);
    expect(isCurrent(stamp, fingerprint(files.slice(1)))).toBe(false);
    expect(isCurrent(stamp, fingerprint(files.map((f, i) => (i === 2 ? { ...f, path: 'src/versions.ts' } : f))))).toBe(false);
  });

  it('ignores sub-millisecond noise in modification times, which some file systems do not keep', () => {
    expect(isCurrent(stampOf(files), fingerprint(files.map((f) => ({ ...f, mtimeMs: Math.trunc(f.mtimeMs) }))))).toBe(true);
  });
});

describe('listInputs and readStamp, on a directory', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('lists files recursively with relative paths, and sees an edit through the fingerprint', () => {
    dir = mkdtempSync(join(tmpdir(), 'precursor-freshness-'));
    mkdirSync(join(dir, 'src/db'), { recursive: true });
    writeFileSync(join(dir, 'src/a.ts'), 'export const a = 1;');
    writeFileSync(join(dir, 'src/a.test.ts'), 'test');
    writeFileSync(join(dir, 'src/db/b.sql'), 'select 1;');
    writeFileSync(join(dir, 'build.js'), '');
    const inputs = () => listInputs(dir!, ['src', 'build.js', 'missing'], (p) => !p.endsWith('.test.ts'));
    expect(inputs().map((f) => f.path).sort()).toEqual(['build.js', 'src/a.ts', 'src/db/b.sql']);

    const stamp = { fingerprint: fingerprint(inputs()), files: 3, builtAt: '' };
    expect(isCurrent(stamp, fingerprint(inputs()))).toBe(true);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'src/db/b.sql'), later, later);
    expect(isCurrent(stamp, fingerprint(inputs()))).toBe(false);

    expect(readStamp(join(dir, 'no-stamp.json'))).toBeUndefined();
    writeFileSync(join(dir, 'stamp.json'), JSON.stringify(stamp));
    expect(readStamp(join(dir, 'stamp.json'))).toEqual(stamp);
    writeFileSync(join(dir, 'broken.json'), '{"finger');
    expect(readStamp(join(dir, 'broken.json'))).toBeUndefined();
  });
});
