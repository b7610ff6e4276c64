import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { DurableNodeFS, durableStartParams } from './durable.js';
import { fsyncFor, openPglite } from './pglite.js';
import { seedFromTemplate } from './template.js';

describe('the embedded database syncs its commits to disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precursor-durable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('each commit reaches fsync, which PGlite alone would skip', async () => {
    // From the install-time template when there is one: initdb would cost ~10 s.
    mkdirSync(join(dir, 'synced'));
    seedFromTemplate(join(dir, 'synced'));
    const fs = new DurableNodeFS(join(dir, 'synced'));
    const pg = await PGlite.create({ fs, startParams: durableStartParams(PGlite.defaultStartParams) });
    try {
      expect((await pg.query('show fsync')).rows).toEqual([{ fsync: 'on' }]);
      await pg.exec('create table t (x int)');
      const before = fs.syncs;
      for (let i = 0; i < 10; i++) await pg.query('insert into t values ($1)', [i]);
      expect(fs.syncs - before).toBeGreaterThanOrEqual(10);
    } finally {
      await pg.close();
    }
  });

  it('is on unless PRECURSOR_DB_FSYNC=off', async () => {
    expect(fsyncFor({})).toBe(true);
    expect(fsyncFor({ PRECURSOR_DB_FSYNC: 'off' })).toBe(false);
    const db = await openPglite(join(dir, 'default'));
    try {
      expect(await db.query('show fsync')).toEqual([{ fsync: 'on' }]);
    } finally {
      await db.close();
    }
    const fast = await openPglite(join(dir, 'fast'), { fsync: false });
    try {
      expect(await fast.query('show fsync')).toEqual([{ fsync: 'off' }]);
    } finally {
      await fast.close();
    }
  });
});
