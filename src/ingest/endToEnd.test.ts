import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, openEmptyCliDatabase, runCli, stopCliProcesses } from '../../test/cli.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { createContext, type RequestContext } from '../context.js';
import { getIncident } from '../incidents/service.js';
import { runImport } from './pipeline.js';
import { scratchDir } from './readers/testFiles.js';
import { importWriter } from './write/index.js';

/** Files through the pipeline and the real writer, into a real database (issue 16 §1). */
const fixture = join(process.cwd(), 'test/fixtures/spreadsheet/incidents.csv');
const scratch = scratchDir();
afterAll(scratch.cleanup);

describe.each(engines)('import end to end on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
  });
  afterAll(async () => t?.dispose());

  it('imports the example spreadsheet: good rows recorded, bad rows reported and written to the error file; a re-run adds nothing; a rollback removes them', async () => {
    const file = { path: fixture, name: 'incidents.csv', size: readFileSync(fixture).length };
    const errorFilePath = join(scratch.dir, `${engine}.errors.csv`);
    const dry = await runImport(ctx, file, { mapping: 'example-spreadsheet', writer: importWriter, dryRun: true });
    expect(dry).toMatchObject({ batch: null, dryRun: true, imported: 4, rejectedCount: 2 });
    expect(await importWriter.listBatches(ctx)).toEqual([]);

    const report = await runImport(ctx, file, { mapping: 'example-spreadsheet', writer: importWriter, errorFilePath });
    expect(report).toMatchObject({ dryRun: false, imported: 4, updated: 0, unchanged: 0, rejectedCount: 2, errorFile: errorFilePath });
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual([
      [6, 'Type'],
      [7, 'Date'],
    ]);
    const batch = await importWriter.getBatch(ctx, report.batch!);
    expect(batch).toMatchObject({ status: 'finished', fileName: 'incidents.csv', format: 'csv', mappingName: 'example-spreadsheet', counts: { imported: 4, rejected: 2 } });

    const [first] = await t.db.query<{ id: string }>("select id from incidents where title = 'Shops burnt in the market'");
    const incident = await getIncident(ctx, first!.id);
    expect(incident).toMatchObject({ startDate: '2023-05-14', country: 'XVR', admin1: 'Northern', victims: { injured: 2 } });
    expect(incident.acts.map((a) => a.violationType).sort()).toEqual(['arson', 'assault']);

    const again = await runImport(ctx, file, { mapping: 'example-spreadsheet', writer: importWriter });
    expect(again).toMatchObject({ imported: 0, unchanged: 4, rejectedCount: 2 });

    // The error file, fixed, imports the rows it holds.
    const fixed = readFileSync(errorFilePath, 'utf8').replace('31/02/2023', '28/02/2023').replace(',other,', ',attack,');
    const fixedFile = scratch.file(`${engine}.fixed.csv`, fixed);
    expect(await runImport(ctx, fixedFile, { mapping: 'example-spreadsheet', writer: importWriter })).toMatchObject({ imported: 2, rejectedCount: 0 });

    await importWriter.rollbackBatch(ctx, report.batch!);
    expect(await t.db.query("select id from incidents where title = 'Shops burnt in the market' and deleted_at is null")).toEqual([]);
  });

  it('one bad row of 2,000 keeps the 1,999 others', async () => {
    const header = 'Ref,Title,Description,Date,Approximate date,Reported on,Country,Province,Town,GPS,Type,Targeted community,Basis,Perpetrator,Killed,Injured,Displaced,Source,Material';
    const rows = Array.from({ length: 2000 }, (_, i) => `B-${i},Row ${i},,${i === 777 ? '30/02/2024' : `0${1 + (i % 9)}/03/2024`},no,,XVR,Northern,Aldmoor,,attack,Sorani,ethnic,,,${i % 4},,Field team,interview`);
    const file = scratch.file(`${engine}-2000.csv`, [header, ...rows, ''].join('\n'));
    const report = await runImport(ctx, file, { mapping: 'example-spreadsheet', writer: importWriter });
    expect(report).toMatchObject({ imported: 1999, rejectedCount: 1, rejected: [{ row: 779, field: 'Date' }] });
  });
});

describe('precursor import (the command)', () => {
  let database: CliDatabase;
  beforeAll(async () => {
    // An empty data directory: the command creates and migrates the database on first use.
    database = await openEmptyCliDatabase('pglite');
  });
  afterEach(stopCliProcesses);
  afterAll(async () => database?.dispose());

  it('--json prints the report on stdout and exits 5 when rows were rejected; imports list shows the batch', async () => {
    const errorFile = join(scratch.dir, 'cli.errors.csv');
    const result = await runCli(['import', fixture, '--mapping', 'example-spreadsheet', '--json', '--error-file', errorFile], { env: database.env, timeoutMs: 110_000 });
    expect(result.code, result.stderr).toBe(5);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ dryRun: false, imported: 4, rejectedCount: 2, errorFile });
    const list = await runCli(['imports', 'list', '--json'], { env: database.env, timeoutMs: 110_000 });
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject([{ id: report.batch, fileName: 'incidents.csv' }]);
  }, 240_000);
});
