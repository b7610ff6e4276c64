import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/ingestFixtures.js';
import { detectFormat } from './index.js';

describe('detection of the public formats among all profiles', () => {
  it.each([
    ['ged/ged-events.csv', 'ged'],
    ['acled/acled-shaped.csv', 'acled'],
    ['hxl/incidents-preamble.csv', 'hxl'],
    ['hxl/tags-first.csv', 'hxl'],
    ['uwazi/violations.csv', 'uwazi'],
  ])('%s is %s', async (path, format) => {
    expect((await detectFormat(fixture(path))).profile.format).toBe(format);
  });

  it('a plain spreadsheet CSV stays plain CSV', async () => {
    const path = join(tmpdir(), `plain-${process.pid}.csv`);
    writeFileSync(path, 'title,date,country,type,description\nShrine burned,2025-01-02,XVR,arson,At night\n');
    expect((await detectFormat({ path, name: 'plain.csv', size: 80 })).profile.format).toBe('csv');
  });
});
