import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { formTitle, submissions } from '../../../test/fixtures/field/incidentForm.js';
import type { ImportFile, SourceRecord } from '../types.js';
import { detectKobo, koboProfile } from './kobo.js';
import { detectOdk } from './odk.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures');
const fileOf = (path: string): ImportFile => ({ path, name: path.split('/').pop()!, size: statSync(path).size });
const tmp = mkdtempSync(join(tmpdir(), 'precursor-kobo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function all(path: string, options = {}) {
  const table = await koboProfile.open(fileOf(path), options);
  const records: SourceRecord[] = [];
  for await (const r of table.records) records.push(r);
  return { table, records };
}

describe('KoboToolbox profile', () => {
  it('detects a Kobo export by its meta columns, and not an ODK one', () => {
    const head = readFileSync(join(fixtures, 'kobo', 'incident-report.csv'));
    expect(detectKobo({ fileName: 'x.csv', head })).toBeGreaterThan(0.9);
    expect(detectOdk({ fileName: 'x.csv', head })).toBe(0);
    const odkHead = readFileSync(join(fixtures, 'odk', 'incident_report.csv'));
    expect(detectKobo({ fileName: 'x.csv', head: odkHead })).toBe(0);
    expect(detectKobo({ fileName: 'plain.csv', head: Buffer.from('date,title,_uuid_like\n') })).toBe(0);
  });

  it('XLSX: finds the main sheet whose name Excel cut to 31 characters and joins the repeat rows to their submissions', async () => {
    const { table, records } = await all(join(fixtures, 'kobo', 'incident-report.xlsx'));
    expect(table.notes.join('\n')).toContain(`main sheet "${formTitle.slice(0, 31)}" (its name cut to 31 characters by Excel)`);
    expect(table.notes.join('\n')).toContain('repeat groups joined to their submissions: victims');
    expect(records.map((r) => r.fields._uuid)).toEqual(submissions.map((s) => s.uuid));
    expect(records[0]!.row).toBe(2);
    expect(records[0]!.sheet).toBe(formTitle.slice(0, 31));
    const victims = records[0]!.children!.victims!;
    expect(victims.map((v) => [v.fields['victims/injured'], v.fields['victims/displaced'], v.row])).toEqual([
      ['2', '0', 2],
      ['1', '6', 3],
    ]);
    expect(victims[0]!.sheet).toBe('victims');
    expect(records[1]!.children!.victims!.map((v) => v.fields['victims/detained'])).toEqual(['3']);
    expect(records[2]!.children).toBeUndefined();
  });

  it('group paths: a column is known by its path and, when unique, by its last segment', async () => {
    const { records } = await all(join(fixtures, 'kobo', 'incident-report.xlsx'));
    const f = records[0]!.fields;
    expect(f['incident/date']).toBe('2025-03-02');
    expect(f.date).toBe('2025-03-02');
    expect(f['incident/place_name']).toBe('Mirrow');
    expect(f.place_name).toBe('Mirrow');
    // Repeat rows too.
    expect(records[0]!.children!.victims![0]!.fields.victim_group).toBe('teral');
  });

  it('geopoint: the "lat lon alt precision" column and its _latitude/_longitude parts, also by the short path', async () => {
    const { records } = await all(join(fixtures, 'kobo', 'incident-report.xlsx'));
    const f = records[0]!.fields;
    expect(f['incident/location']).toBe('-31.4521 -12.2087 112.5 4.8');
    expect(f['_incident/location_latitude']).toBe('-31.4521');
    expect(f._location_latitude).toBe('-31.4521');
    expect(f._location_longitude).toBe('-12.2087');
    expect(f._location_precision).toBe('4.8');
    expect(records[2]!.fields._location_latitude).toBe('');
  });

  it('select_multiple: XLSX "both" keeps the summary; CSV "details" (0/1 columns only) gets it rebuilt', async () => {
    const xlsx = await all(join(fixtures, 'kobo', 'incident-report.xlsx'));
    expect(xlsx.records[0]!.fields.other_violations).toBe('assault threats');
    // Beside its summary, a choice's 0/1 column gets no bare alias: `arson` is not a question.
    expect(xlsx.records[0]!.fields.arson).toBeUndefined();
    const csv = await all(join(fixtures, 'kobo', 'incident-report.csv'));
    // Not in the file's header, but listed among the table's names: a mapping may name it.
    expect(csv.table.columns).toContain('other_violations');
    expect(csv.records[0]!.fields.other_violations).toBe('threats assault');
    expect(csv.records[0]!.fields['other_violations/arson']).toBe('0');
    expect(csv.records[1]!.fields.other_violations).toBe('');
  });

  it('CSV: ";"-separated, rows numbered from the header line, and a note that repeats need XLSX', async () => {
    const { table, records } = await all(join(fixtures, 'kobo', 'incident-report.csv'));
    expect(table.notes[0]).toContain('";"-separated');
    expect(table.notes[0]).toContain('export XLSX');
    expect(records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(records[2]!.fields._uuid).toBe(submissions[2]!.uuid);
    expect(records[0]!.fields.date).toBe('2025-03-02');
    expect(records[0]!.fields._submission_date).toBe('2025-03-04');
  });

  it('an export with labels for headers gets a note saying what the shipped mapping expects', async () => {
    const path = join(tmp, 'labels.csv');
    writeFileSync(path, '"Date of the incident";"What happened";"Group targeted";"_uuid";"_submission_time";"_index"\n"2025-03-02";"x";"Teral";"u1";"2025-03-04T09:12:44";"1"\n');
    const { table } = await all(path);
    expect(table.notes.join('\n')).toContain('export with "XML values and headers"');
  });

  it('nested repeats join under their parent repeat row; a repeat sheet before the main one; orphans are noted', async () => {
    const wb = new ExcelJS.Workbook();
    const long = 'A form whose title is far longer than thirty-one characters';
    const households = wb.addWorksheet('households');
    households.addRow(['households/head', '_index', '_parent_table_name', '_parent_index', '_submission__uuid']);
    households.addRow(['Ana', 1, long, 1, 'u-1']);
    households.addRow(['Bo', 2, long, 2, 'u-2']);
    households.addRow(['Lost', 3, long, 9, 'u-9']);
    const main = wb.addWorksheet(long.slice(0, 31));
    main.addRow(['q', '_uuid', '_submission_time', '_index']);
    main.addRow(['one', 'u-1', '2025-01-01T00:00:00', 1]);
    main.addRow(['two', 'u-2', '2025-01-02T00:00:00', 2]);
    const members = wb.addWorksheet('members');
    members.addRow(['households/members/name', '_index', '_parent_table_name', '_parent_index', '_submission__uuid']);
    members.addRow(['Ana', 1, 'households', 1, 'u-1']);
    members.addRow(['Cai', 2, 'households', 1, 'u-1']);
    members.addRow(['Bo', 3, 'households', 2, 'u-2']);
    const path = join(tmp, 'nested.xlsx');
    await wb.xlsx.writeFile(path);
    const { table, records } = await all(path);
    expect(records.map((r) => r.fields.q)).toEqual(['one', 'two']);
    const h = records[0]!.children!.households!;
    expect(h.map((r) => r.fields.head)).toEqual(['Ana']);
    expect(h[0]!.children!.members!.map((m) => m.fields.name)).toEqual(['Ana', 'Cai']);
    expect(records[1]!.children!.households![0]!.children!.members!.map((m) => m.fields.name)).toEqual(['Bo']);
    expect(table.notes.join('\n')).toContain('1 repeat row(s) name a submission that is not in the main sheet');
  });

  it('a named sheet is read as the main one; a sheet name that does not exist is a clear error', async () => {
    const { records } = await all(join(fixtures, 'kobo', 'incident-report.xlsx'), { sheet: 'victims' });
    expect(records).toHaveLength(3);
    expect(records[0]!.fields['victims/victim_group']).toBe('teral');
    await expect(all(join(fixtures, 'kobo', 'incident-report.xlsx'), { sheet: 'nope' })).rejects.toThrow(/no sheet named "nope"/);
  });

  it('an XLSX that is a zip bomb is refused before it is inflated', async () => {
    const yazl = (await import('yazl')).default;
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.alloc(4 * 1024 * 1024), 'xl/worksheets/sheet1.xml');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream) chunks.push(c as Buffer);
    const path = join(tmp, 'bomb.xlsx');
    writeFileSync(path, Buffer.concat(chunks));
    await expect(all(path)).rejects.toThrow(/zip bomb/);
  });
});
