import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeJpeg } from '../../../test/fixtures/field/generate.js';
import { submissions } from '../../../test/fixtures/field/incidentForm.js';
import type { ImportFile, SourceRecord } from '../types.js';
import { detectOdk, odkProfile, repeatName } from './odk.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures');
const fileOf = (path: string): ImportFile => ({ path, name: path.split('/').pop()!, size: statSync(path).size });
const tmp = mkdtempSync(join(tmpdir(), 'precursor-odk-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function all(path: string) {
  const table = await odkProfile.open(fileOf(path), {});
  const records: SourceRecord[] = [];
  for await (const r of table.records) records.push(r);
  return { table, records };
}

async function zipOf(path: string, members: Record<string, string | Buffer>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(members)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

const streamText = async (s: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

describe('ODK profile', () => {
  it('detects Central CSVs and export ZIPs', () => {
    expect(detectOdk({ fileName: 'x.csv', head: readFileSync(join(fixtures, 'odk', 'incident_report.csv')) })).toBeGreaterThan(0.9);
    const head = readFileSync(join(fixtures, 'odk', 'incident_report.zip')).subarray(0, 100);
    expect(detectOdk({ fileName: 'x.zip', head, members: ['incident_report.csv', 'incident_report-victims.csv', 'media/1.jpg'] })).toBeGreaterThan(0.5);
    expect(detectOdk({ fileName: 'x.zip', head, members: ['data.csv'] })).toBe(0);
    expect(detectOdk({ fileName: 'x.csv', head: Buffer.from('date,title\n') })).toBe(0);
  });

  it('ZIP: the root table with each submission’s repeat rows joined by KEY/PARENT_KEY, numbered from the header line', async () => {
    const { table, records } = await all(join(fixtures, 'odk', 'incident_report.zip'));
    expect(table.notes[0]).toBe('ODK export (ZIP): root table incident_report.csv, repeats victims, 1 media file(s)');
    expect(records.map((r) => r.fields.KEY)).toEqual(submissions.map((s) => `uuid:${s.uuid}`));
    expect(records.map((r) => [r.row, r.file])).toEqual([
      [2, 'incident_report.csv'],
      [3, 'incident_report.csv'],
      [4, 'incident_report.csv'],
    ]);
    const victims = records[0]!.children!.victims!;
    expect(victims.map((v) => [v.fields.KEY, v.fields['victims/injured'], v.fields.injured, v.file, v.row])).toEqual([
      [`uuid:${submissions[0]!.uuid}/victims[1]`, '2', '2', 'incident_report-victims.csv', 2],
      [`uuid:${submissions[0]!.uuid}/victims[2]`, '1', '1', 'incident_report-victims.csv', 3],
    ]);
    expect(records[2]!.children).toBeUndefined();
  });

  it('group paths with "-" are also given as "/" paths and last segments; geopoints get Kobo’s part names', async () => {
    const { records } = await all(join(fixtures, 'odk', 'incident_report.zip'));
    const f = records[0]!.fields;
    expect(f['incident-date']).toBe('2025-03-02');
    expect(f['incident/date']).toBe('2025-03-02');
    expect(f.date).toBe('2025-03-02');
    expect(f['meta/instanceID']).toBe(`uuid:${submissions[0]!.uuid}`);
    expect(f['_incident/location_latitude']).toBe('-31.4521');
    expect(f._location_longitude).toBe('-12.2087');
    expect(f._location_precision).toBe('4.8');
    expect(f['incident/location']).toBe('-31.4521 -12.2087 112.5 4.8');
    expect(f.other_violations).toBe('assault threats');
    expect(f._submission_date).toBe('2025-03-04');
  });

  it('media named in a submission become its attachments, with a custody note naming the submission', async () => {
    const { records } = await all(join(fixtures, 'odk', 'incident_report.zip'));
    const [attachment] = records[0]!.attachments!;
    expect(attachment!.name).toBe('1709543564001.jpg');
    expect(attachment!.note).toBe(`imported from ODK submission uuid:${submissions[0]!.uuid}`);
    expect((await streamText(await attachment!.open())).equals(fakeJpeg(0))).toBe(true);
    // Opened twice: each call reads the member again.
    expect((await streamText(await attachment!.open())).length).toBe(fakeJpeg(0).length);
    expect(records[1]!.attachments).toBeUndefined();
  });

  it('a media file named in a repeat row, with ProofMode side files beside it, goes with the submission', async () => {
    const path = await zipOf(join(tmp, 'repeat-media.zip'), {
      'f.csv': 'SubmissionDate,q,KEY\n2025-01-01T00:00:00.000Z,x,uuid:1\n',
      'f-shots.csv': 'shot,PARENT_KEY,KEY\na.jpg,uuid:1,uuid:1/shots[1]\n',
      'media/a.jpg': fakeJpeg(1),
      'media/a.jpg.proof.csv': 'File Hash SHA256\nabc\n',
      'media/a.jpg.asc': 'sig',
      'media/pubkey.asc': 'key',
      'media/a.json': '{"app":"Tella"}',
      'media/b.jpg.asc': 'other file’s signature',
    });
    const { records } = await all(path);
    const [attachment] = records[0]!.attachments!;
    expect(attachment!.name).toBe('a.jpg');
    expect(Object.keys(attachment!.proofFiles!).sort()).toEqual(['a.jpg.asc', 'a.jpg.proof.csv', 'a.json', 'pubkey.asc']);
    expect((await attachment!.proofFiles!['a.json']!()).toString()).toBe('{"app":"Tella"}');
  });

  it('a plain root CSV is read alone, with a note that repeats and media need the ZIP', async () => {
    const { table, records } = await all(join(fixtures, 'odk', 'incident_report.csv'));
    expect(table.notes[0]).toContain('import the ZIP');
    expect(records).toHaveLength(3);
    expect(records[0]!.file).toBeUndefined();
    expect(records[0]!.children).toBeUndefined();
  });

  it('nested repeats join under their parent repeat row (PARENT_KEY = the repeat row’s KEY); __id keys a file without KEY', async () => {
    const path = await zipOf(join(tmp, 'nested.zip'), {
      'hh.csv': '__id,q\nuuid:9,one\n',
      'hh-households.csv': 'head,PARENT_KEY,KEY\nAna,uuid:9,uuid:9/households[1]\n',
      'hh-members.csv': 'name,PARENT_KEY,KEY\nAna,uuid:9/households[1],uuid:9/households[1]/members[1]\nCai,uuid:9/households[1],uuid:9/households[1]/members[2]\n',
    });
    const { table, records } = await all(path);
    expect(table.notes).toContain('no KEY column: the submissions are keyed by __id');
    expect(records[0]!.fields.KEY).toBe('uuid:9');
    const hh = records[0]!.children!.households!;
    expect(hh[0]!.children!.members!.map((m) => m.fields.name)).toEqual(['Ana', 'Cai']);
  });

  it('names repeats after the root table’s name', () => {
    expect(repeatName('incident_report-victims.csv', 'incident_report')).toBe('victims');
    expect(repeatName('x-dupe~2.csv', 'x')).toBe('dupe~2');
  });

  it('bad ZIPs are refused with the reason: path traversal, encrypted member, zip bomb, not a ZIP, no CSV', async () => {
    const traversal = await zipOf(join(tmp, 'traversal.zip'), { 'f.csv': 'KEY\nuuid:1\n', 'media/aa/x.jpg': 'x' });
    const bytes = readFileSync(traversal);
    // yazl refuses to write "..": patch the name in place (same length) in both headers.
    writeFileSync(traversal, Buffer.from(bytes.toString('latin1').replaceAll('media/aa/x.jpg', 'media/../x.jpg'), 'latin1'));
    await expect(all(traversal)).rejects.toThrow(/would reach outside the archive's folder/);

    const encrypted = readFileSync(await zipOf(join(tmp, 'enc.zip'), { 'f.csv': 'KEY\nuuid:1\n' }));
    // Set bit 0 (encrypted) of the general purpose flags in the central directory entry.
    const cd = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted[cd + 8]! |= 1;
    writeFileSync(join(tmp, 'enc.zip'), encrypted);
    await expect(all(join(tmp, 'enc.zip'))).rejects.toThrow(/is encrypted/);

    const bomb = await zipOf(join(tmp, 'bomb.zip'), { 'f.csv': Buffer.concat([Buffer.from('KEY\n'), Buffer.alloc(4 * 1024 * 1024, 0x41)]) });
    await expect(all(bomb)).rejects.toThrow(/zip bomb/);

    const broken = join(tmp, 'broken.zip');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]));
    await expect(all(broken)).rejects.toThrow(/not a readable ZIP archive/);

    const nocsv = await zipOf(join(tmp, 'nocsv.zip'), { 'media/a.jpg': 'x' });
    await expect(all(nocsv)).rejects.toThrow(/no CSV in the archive/);
  });
});
