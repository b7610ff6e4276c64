import { afterAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../readers/testFiles.js';
import { workbookOf, zipOf } from '../readers/zipFiles.js';
import { importFormats } from '../types.js';
import { detectFormat, formatProfiles, profileFor } from './index.js';

const scratch = scratchDir();
afterAll(scratch.cleanup);

describe('detectFormat', () => {
  it.each([
    ['events.csv', 'id,date\n1,2023\n', 'csv'],
    ['export.txt', 'id;date\n1;2023\n', 'csv'],
    ['events.json', '[{"id":1}]', 'json'],
    ['events.ndjson', '{"id":1}\n{"id":2}\n', 'ndjson'],
    ['no-extension', '{"id":1}\n{"id":2}\n', 'ndjson'],
    ['map.geojson', '{"type":"FeatureCollection","features":[]}', 'geojson'],
    ['map.json', '{ "type": "FeatureCollection", "features": [] }', 'geojson'],
  ])('%s is %s', async (name, content, format) => {
    expect((await detectFormat(scratch.file(name, content))).profile.format).toBe(format);
  });

  it('an XLSX is told by its workbook inside, whatever its name', async () => {
    const found = await detectFormat(scratch.file('upload.bin', await workbookOf({ Data: [['a'], [1]] })));
    expect(found.profile.format).toBe('xlsx');
  });

  it('an empty file, and a ZIP that is no format read, are refused clearly', async () => {
    await expect(detectFormat(scratch.file('empty.csv', ''))).rejects.toThrow('empty.csv: the file is empty');
    await expect(detectFormat(scratch.file('a.zip', await zipOf({ 'x.bin': 'x' })))).rejects.toThrow(/not a format the importer reads/);
  });

  it('every profile is listed once, and a format without one is refused by name', () => {
    const formats = formatProfiles.map((p) => p.format);
    expect(new Set(formats).size).toBe(formats.length);
    for (const format of importFormats) {
      if (formats.includes(format)) expect(profileFor(format).format).toBe(format);
      else expect(() => profileFor(format)).toThrow(`the format '${format}' cannot be read yet`);
    }
  });
});
