import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseInUseError } from './lock.js';
import { cacheSizeFor, openPglite } from './pglite.js';

describe('the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precursor-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second opening of the same data directory while the first is open, and frees it on close', async () => {
    const first = await openPglite(join(dir, 'pgdata'));
    await expect(openPglite(join(dir, 'pgdata'))).rejects.toThrow(DatabaseInUseError);
    await first.close();
    const again = await openPglite(join(dir, 'pgdata'));
    expect(await again.query<{ one: number }>('select 1 as one')).toEqual([{ one: 1 }]);
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    writeFileSync(join(dir, 'pgdata', 'precursor.lock'), '999999999');
    const db = await openPglite(join(dir, 'pgdata'));
    await db.close();
  });

  it('sizes its page cache from the database on disk, within bounds', () => {
    expect(cacheSizeFor(undefined, {})).toBe(128);
    expect(cacheSizeFor(join(dir, 'pgdata'), {})).toBe(128);
    expect(cacheSizeFor(undefined, { PRECURSOR_DB_CACHE_MB: '512' })).toBe(512);
    expect(cacheSizeFor(undefined, { PRECURSOR_DB_CACHE_MB: '99999' })).toBe(1024);
  });
});
