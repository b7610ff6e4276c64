import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRecords, fixture } from '../../../test/ingestFixtures.js';
import { zipOf } from '../readers/zipFiles.js';
import { detectFormat } from './index.js';
import { gedProfile } from './ged.js';

describe('UCDP GED as UCDP publishes it, zipped', () => {
  it('is detected by its member, read from it, and leaves no temporary file behind', async () => {
    const bytes = await zipOf({ 'GEDEvent_v25_1.csv': readFileSync(fixture('ged/ged-events.csv').path) });
    const path = join(tmpdir(), `ged251-csv-${process.pid}.zip`);
    writeFileSync(path, bytes);
    const file = { path, name: 'ged251-csv.zip', size: bytes.length };
    const temporaries = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('precursor-zip-')));
    const before = temporaries();
    expect((await detectFormat(file)).profile.format).toBe('ged');
    const table = await gedProfile.open(file, {});
    expect(table.notes.join(' ')).toContain('read from the member GEDEvent_v25_1.csv of ged251-csv.zip');
    const records = await allRecords(table);
    expect(records.map((r) => [r.row, r.file, r.fields._violence])).toEqual([
      [2, 'GEDEvent_v25_1.csv', '3'],
      [3, 'GEDEvent_v25_1.csv', '1+civilians'],
      [4, 'GEDEvent_v25_1.csv', '2'],
      [5, 'GEDEvent_v25_1.csv', '3'],
      [6, 'GEDEvent_v25_1.csv', '1+civilians'],
    ]);
    expect([...temporaries()].filter((n) => !before.has(n))).toEqual([]);
  });

  it('refuses a ZIP without a GED CSV, naming its members', async () => {
    const bytes = await zipOf({ 'readme.txt': 'hello' });
    const path = join(tmpdir(), `not-ged-${process.pid}.zip`);
    writeFileSync(path, bytes);
    await expect(gedProfile.open({ path, name: 'other.zip', size: bytes.length }, {})).rejects.toThrow(/no CSV member to read \(members: readme.txt\)/);
    expect(existsSync(path)).toBe(true);
  });
});
