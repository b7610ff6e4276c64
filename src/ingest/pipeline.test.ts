import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { fakeContext, fakeWriter } from './fakeWriter.js';
import { previewImport, runImport } from './pipeline.js';
import { scratchDir } from './readers/testFiles.js';
import type { ImportProgress, Mapping } from './types.js';

const scratch = scratchDir();
afterAll(scratch.cleanup);
const ctx = fakeContext();

const mapping: Mapping = {
  name: 'test-sheet',
  description: 'rows of a test sheet',
  format: 'csv',
  key: { columns: ['ref'] },
  fields: { startDate: 'date', country: 'country', violationType: { column: 'type', split: ';' }, 'victims.killed': 'killed', title: 'title' },
};
const header = 'ref,title,date,country,type,killed';
const row = (i: number, date = '2023-05-14') => `R${i},Incident ${i},${date},XVR,assault,${i % 3}`;
const rows = (n: number, bad?: number) => Array.from({ length: n }, (_, i) => row(i + 1, i + 1 === bad ? '2023-02-31' : undefined));

describe('runImport', () => {
  it('one bad row of 2,000 keeps the 1,999 others; the error file holds it with a reason; fixed, it imports', async () => {
    const file = scratch.file('two-thousand.csv', [header, ...rows(2000, 1234), ''].join('\n'));
    const fake = fakeWriter();
    const errorFile = join(scratch.dir, 'two-thousand.errors.csv');
    const progress: ImportProgress[] = [];
    // Two writer calls of 1,000: the bad row sinks neither its own call nor the other.
    const report = await runImport(ctx, file, { mapping, writer: fake.writer, errorFilePath: errorFile, onProgress: (p) => progress.push(p), batchSize: 1000 });
    expect(report).toMatchObject({ dryRun: false, imported: 1999, updated: 0, unchanged: 0, rejectedCount: 1, errorFile });
    expect(report.batch).toBe(fake.batches[0]!.id);
    expect(report.rejected).toEqual([{ row: 1235, field: 'date', target: 'startDate', code: 'invalid-date', message: "date: '2023-02-31' is not a real date" }]);
    expect(fake.calls.write).toBe(2);
    expect(fake.batches[0]).toMatchObject({ status: 'finished', fileName: 'two-thousand.csv', format: 'csv', mappingName: 'test-sheet', counts: { imported: 1999, rejected: 1 } });
    expect(fake.batches[0]!.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(progress.at(-1)).toMatchObject({ rowsRead: 2000, rowsWritten: 1999, rejected: 1, bytesRead: file.size, bytesTotal: file.size });

    const lines = readFileSync(errorFile, 'utf8').trim().split('\n');
    expect(lines).toEqual([`${header},reason`, `${row(1234, '2023-02-31')},date: '2023-02-31' is not a real date [startDate]`]);

    // The person fixes the date and imports the error file with the same mapping.
    writeFileSync(errorFile, lines.join('\n').replace('2023-02-31', '2023-02-28'));
    const again = await runImport(ctx, { path: errorFile, name: 'two-thousand.errors.csv', size: 0 }, { mapping, writer: fake.writer });
    expect(again).toMatchObject({ imported: 1, rejectedCount: 0, errorFile: null });
    expect(fake.stored.size).toBe(2000);

    // The same file again adds nothing.
    expect(await runImport(ctx, file, { mapping, writer: fake.writer })).toMatchObject({ imported: 0, unchanged: 1999, rejectedCount: 1 });
  });

  it('a run killed mid-way completes on the next run: the batch resumes, nothing is written twice', async () => {
    const file = scratch.file('killed.csv', [header, ...rows(2500), ''].join('\n'));
    const fake = fakeWriter({ failOnCall: 2 });
    await expect(runImport(ctx, file, { mapping, writer: fake.writer, batchSize: 1000 })).rejects.toThrow('the process was killed');
    expect(fake.stored.size).toBe(1000);
    // A kill -9 leaves the batch running (the failure above marked it failed: set it back, as a killed process would have left it).
    fake.batches[0]!.status = 'running';
    const report = await runImport(ctx, file, { mapping, writer: fake.writer, batchSize: 1000 });
    expect(report).toMatchObject({ batch: fake.batches[0]!.id, imported: 1500, unchanged: 1000, rejectedCount: 0 });
    expect(fake.batches).toHaveLength(1);
    expect(fake.stored.size).toBe(2500);
  });

  it("a row the writer refuses is rejected alone and goes to the error file; the batch's other rows are kept", async () => {
    const file = scratch.file('dup.csv', [header, row(1), row(2), row(1).replace('Incident 1', 'Again'), ''].join('\n'));
    const fake = fakeWriter();
    const report = await runImport(ctx, file, { mapping, writer: fake.writer, errorFilePath: join(scratch.dir, 'dup.errors.csv') });
    expect(report).toMatchObject({ imported: 2, rejectedCount: 1, rejected: [{ row: 4, target: 'key', message: "the key 'R1' is given twice in one batch" }] });
    expect(readFileSync(join(scratch.dir, 'dup.errors.csv'), 'utf8')).toContain('R1,Again');
  });

  it('a dry run plans the same outcomes and writes nothing, not even a batch', async () => {
    const file = scratch.file('dry.csv', [header, ...rows(10, 3), ''].join('\n'));
    const fake = fakeWriter();
    const report = await runImport(ctx, file, { mapping, writer: fake.writer, dryRun: true });
    expect(report).toMatchObject({ batch: null, dryRun: true, imported: 9, rejectedCount: 1, errorFile: null });
    expect(fake.calls).toMatchObject({ write: 0, plan: 1, finished: [] });
    expect(fake.batches).toEqual([]);
  });

  it('unknown codes are counted for the report; malformed rows are rejected with their line', async () => {
    const file = scratch.file('codes.csv', [header, row(1).replace('assault', 'bombing'), row(2).replace('assault', 'bombing'), row(3).replace('assault', 'looting;shelling'), 'R4,short', ''].join('\n'));
    const report = await runImport(ctx, file, { mapping, writer: fakeWriter().writer });
    expect(report.unknownCodes).toEqual([
      { target: 'violationType', value: 'bombing', count: 2 },
      { target: 'violationType', value: 'shelling', count: 1 },
    ]);
    expect(report.rejected.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(report.rejected[3]!.message).toMatch(/^line 5 has 2 fields where the header has 6/);
  });

  it('a mapping naming a column the file lacks is refused before anything is read', async () => {
    const file = scratch.file('cols.csv', 'ref,date\nR1,2023\n');
    await expect(runImport(ctx, file, { mapping, writer: fakeWriter().writer })).rejects.toThrow(/names columns the file does not have: 'country', 'type', 'killed', 'title'/);
  });

  it('an empty file is refused; a file with only a header imports nothing and says so', async () => {
    await expect(runImport(ctx, scratch.file('empty.csv', ''), { mapping, writer: fakeWriter().writer })).rejects.toThrow(DomainError);
    const report = await runImport(ctx, scratch.file('header.csv', `${header}\n`), { mapping, writer: fakeWriter().writer });
    expect(report).toMatchObject({ imported: 0, rejectedCount: 0, rowsRead: 0 });
    expect(report.notes).toContain('no records: nothing to import');
  });

  it('a generic file without a mapping is refused with what to do', async () => {
    await expect(runImport(ctx, scratch.file('nomap.csv', `${header}\n${row(1)}\n`), { writer: fakeWriter().writer })).rejects.toThrow(/needs a mapping.*--mapping/);
  });

  it('the error file of a JSON input is NDJSON of the rejected records with a reason', async () => {
    const json = [{ ref: 'R1', title: 't', date: '2023', country: 'XVR', type: 'assault', killed: 1 }, { ref: 'R2', title: 't', date: 'soon', country: 'XVR', type: 'assault', killed: 1 }];
    const file = scratch.file('in.json', JSON.stringify(json));
    const errorFilePath = join(scratch.dir, 'in.errors.ndjson');
    const report = await runImport(ctx, file, { mapping: { ...mapping, format: 'json' }, writer: fakeWriter().writer, errorFilePath });
    expect(report).toMatchObject({ format: 'json', imported: 1, rejectedCount: 1 });
    expect(JSON.parse(readFileSync(errorFilePath, 'utf8'))).toMatchObject({ ref: 'R2', reason: expect.stringMatching(/'soon' is not a date/) });
  });
});

describe('previewImport', () => {
  it('shows the format, how it was read, the columns and the first rows as they would be recorded', async () => {
    const file = scratch.file('preview.csv', [header.replaceAll(',', ';'), ...rows(30, 2).map((r) => r.replaceAll(',', ';')), ''].join('\n'));
    const preview = await previewImport(ctx, file, { mapping, rows: 5 });
    expect(preview).toMatchObject({ format: 'csv', mapping: 'test-sheet', columns: header.split(',') });
    expect(preview.notes).toEqual(['read as csv', 'encoding UTF-8', 'delimiter semicolon']);
    expect(preview.rows).toHaveLength(5);
    expect(preview.rows[0]).toMatchObject({ origin: { row: 2 }, incident: { key: 'R1', startDate: '2023-05-14' }, problems: [] });
    expect(preview.rows[1]).toMatchObject({ origin: { row: 3 }, problems: [{ target: 'startDate', code: 'invalid-date' }] });
    expect(preview.rows[1]!.incident).toBeUndefined();
  });

  it('without a mapping, shows the records as read (for the page that builds one)', async () => {
    const preview = await previewImport(ctx, scratch.file('raw.csv', `${header}\n${row(1)}\n`));
    expect(preview).toMatchObject({ format: 'csv', mapping: null, rows: [{ origin: { row: 2 }, fields: { ref: 'R1', title: 'Incident 1' }, problems: [] }] });
  });

  it('refuses a role that may not import', async () => {
    const viewer = { ...ctx, actor: { ...ctx.actor, scope: { ...ctx.actor.scope, role: 'viewer' as const } } };
    await expect(previewImport(viewer, scratch.file('x.csv', `${header}\n`))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
