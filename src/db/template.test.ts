import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPglite } from './pglite.js';
import { seedFromTemplate, templateDirectory } from './template.js';

describe('seedFromTemplate', () => {
  let dir: string;
  let template: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'precursor-template-'));
    template = join(dir, 'template');
    mkdirSync(join(template, 'base'), { recursive: true });
    writeFileSync(join(template, 'PG_VERSION'), '17\n');
    writeFileSync(join(template, 'base', '1'), 'catalog');
    writeFileSync(join(template, '.pglite-version'), '0.5.16\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fills an empty data directory, without the version marker, keeping a lock already taken', () => {
    const data = join(dir, 'pgdata');
    mkdirSync(data);
    writeFileSync(join(data, 'precursor.lock'), '123');
    expect(seedFromTemplate(data, template, () => '0.5.16')).toBe(true);
    expect(readFileSync(join(data, 'PG_VERSION'), 'utf8')).toBe('17\n');
    expect(readFileSync(join(data, 'base', '1'), 'utf8')).toBe('catalog');
    expect(readdirSync(data).sort()).toEqual(['PG_VERSION', 'base', 'precursor.lock']);
  });

  it('never touches a directory that holds a database', () => {
    const data = join(dir, 'pgdata');
    mkdirSync(data);
    writeFileSync(join(data, 'PG_VERSION'), '17\n');
    expect(seedFromTemplate(data, template, () => '0.5.16')).toBe(false);
    expect(existsSync(join(data, 'base'))).toBe(false);
  });

  it('ignores a template made by another PGlite, or one left unfinished (no version marker)', () => {
    const data = join(dir, 'pgdata');
    mkdirSync(data);
    expect(seedFromTemplate(data, template, () => '0.6.0')).toBe(false);
    rmSync(join(template, '.pglite-version'));
    expect(seedFromTemplate(data, template, () => '0.5.16')).toBe(false);
    expect(readdirSync(data)).toEqual([]);
  });

  // `npm ci` makes the template; in CI its absence is a broken install, so the test runs (and fails) there.
  const installed = existsSync(join(templateDirectory, '.pglite-version'));
  it.skipIf(!installed && !process.env.CI)('a data directory seeded from the installed template opens as a working database', async () => {
    const data = join(dir, 'seeded');
    const db = await openPglite(data);
    try {
      expect(existsSync(join(data, 'PG_VERSION'))).toBe(true);
      await db.exec('create table t (x int); insert into t values (42)');
      expect(await db.query<{ x: number }>('select x from t')).toEqual([{ x: 42 }]);
    } finally {
      await db.close();
    }
  });
});
