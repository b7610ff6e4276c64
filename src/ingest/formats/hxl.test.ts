import { describe, expect, it } from 'vitest';
import { allRecords, fixture, fixtureSample } from '../../../test/ingestFixtures.js';
import { detectHxl, hxlProfile, hxlTableFromRows } from './hxl.js';

async function* rows(lines: string[][]) {
  let row = 1;
  for (const cells of lines) yield { row: row++, cells };
}

describe('HXL profile', () => {
  it('finds the tag row after a title, a blank line and a header row, and names columns by header', async () => {
    const table = await hxlProfile.open(fixture('hxl/incidents-preamble.csv'), {});
    expect(table.notes.join('\n')).toContain('HXL hashtag row found at line 5, headers at line 4');
    expect(table.columns.slice(0, 4)).toEqual(['Incident ID', 'Date', 'Country', 'Region']);
    expect(table.hxlTags).toMatchObject({ 'Incident ID': '#event+id', Type: '#event+type', 'Targeted group': '#group+targeted', Injured: '#affected+injured' });
    expect(table.hxlTags!['Internal note']).toBeUndefined();
    const records = await allRecords(table);
    expect(records.map((r) => r.row)).toEqual([6, 7, 8, 9]);
    expect(records[0]!.fields).toMatchObject({
      'Incident ID': 'LMN-001',
      _key: 'LMN-001',
      _title: 'arson, Mirrow, 2025-02-14',
      _start_date: '2025-02-14',
      _country_iso3: 'XVR',
      _narrative: 'A Teral shrine was set on fire at night; two guards were hurt.\n\nInternal note: call back the imam',
    });
    expect(records[1]!.fields._start_date).toBe('2025-03');
    expect(table.notes.join('\n')).toContain('columns without a hashtag, kept by name and added to the narrative (_narrative): Internal note');
  });

  it('reads tags in the first row, naming columns by their tags; a country name becomes its code', async () => {
    const table = await hxlProfile.open(fixture('hxl/tags-first.csv'), {});
    expect(table.columns).toContain('#date');
    const [first, second] = await allRecords(table);
    expect(first!.row).toBe(2);
    expect(first!.fields).toMatchObject({ '#event+type': 'killing', _start_date: '2024-11-03', _country_iso3: 'XVR', _key: 'T-1' });
    expect(second!.fields._start_date).toBe('2024-12');
  });

  it('refuses a file with no tag row in its first 25 rows, and stops looking there', async () => {
    const noTags = Array.from({ length: 30 }, (_, i) => [`row ${i}`, 'x']);
    await expect(hxlTableFromRows(rows(noTags))).rejects.toThrow(/no HXL hashtag row in the first 25 rows/);
    const lateTags = [...Array.from({ length: 25 }, (_, i) => [`row ${i}`]), ['#event+id']];
    await expect(hxlTableFromRows(rows(lateTags))).rejects.toThrow(/no HXL hashtag row/);
  });

  it('keeps duplicate headers apart, names an untagged, unheaded column by position, and hashes rows without an id', async () => {
    const table = await hxlTableFromRows(rows([['Name', 'Name', ''], ['#loc+name', '#adm1+name', ''], ['Mirrow', 'Eastern Lakes', 'x'], ['', '', '']]));
    expect(table.columns.slice(0, 3)).toEqual(['Name', 'Name (2)', 'column 3']);
    const records = await allRecords(table);
    expect(records).toHaveLength(1);
    expect(records[0]!.fields._key).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(records[0]!.fields._narrative).toBe('column 3: x');
  });

  it('detects HXL files, preamble or not, and nothing else', () => {
    expect(detectHxl(fixtureSample('hxl/incidents-preamble.csv'))).toBeGreaterThan(0.9);
    expect(detectHxl(fixtureSample('hxl/tags-first.csv'))).toBeGreaterThan(0.9);
    for (const other of ['ged/ged-events.csv', 'acled/acled-shaped.csv', 'uwazi/violations.csv']) expect(detectHxl(fixtureSample(other)), other).toBe(0);
    const plain = { fileName: 'list.csv', head: Buffer.from('name,#count\nA,1\n') };
    expect(detectHxl(plain)).toBe(0);
    expect(detectHxl({ fileName: 'u.csv', head: Buffer.from('\uFEFFPlace\tKilled\n#loc+name\t#affected+killed\n', 'utf16le') })).toBeGreaterThan(0.9);
    expect(detectHxl({ fileName: 'x.xlsx', head: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x23, 0x61]) })).toBe(0);
  });
});
