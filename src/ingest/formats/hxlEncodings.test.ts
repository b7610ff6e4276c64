import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRecords } from '../../../test/ingestFixtures.js';
import { hxlProfile } from './hxl.js';

function file(name: string, bytes: Buffer) {
  const path = join(tmpdir(), `${process.pid}-${name}`);
  writeFileSync(path, bytes);
  return { path, name, size: bytes.length };
}

describe('HXL through the ingest readers', () => {
  it('reads a semicolon-separated Windows-1252 file with a quoted line break in the preamble', async () => {
    const text = 'Rapport;"sur deux\nlignes"\nLieu;Tués\n#loc+name;#affected+killed\nSéla;3\n';
    const table = await hxlProfile.open(file('latin.csv', Buffer.from(text, 'latin1')), {});
    const [record] = await allRecords(table);
    expect(record).toMatchObject({ row: 5, fields: { Lieu: 'Séla', 'Tués': '3' } });
    expect(table.notes.join(' ')).toMatch(/Windows-1252/);
  });

  it('reads UTF-16 with a byte order mark', async () => {
    const text = '\uFEFFPlace\tKilled\n#loc+name\t#affected+killed\nMirrow\t1\n';
    const table = await hxlProfile.open(file('utf16.csv', Buffer.from(text, 'utf16le')), {});
    const [record] = await allRecords(table);
    expect(record).toMatchObject({ row: 3, fields: { Place: 'Mirrow', Killed: '1' } });
  });
});
