import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../errors.js';
import { reportError } from '../cli/output.js';
import { importCommand, listImportsCommand, showImportCommand } from './commands.js';
import { fakeContext, fakeWriter } from './fakeWriter.js';
import { scratchDir } from './readers/testFiles.js';

const scratch = scratchDir();
afterAll(scratch.cleanup);

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const deps = (writer = fakeWriter().writer) => ({ writer, withContext: <T>(work: (ctx: ReturnType<typeof fakeContext>) => Promise<T>) => work(fakeContext()) });
const sheet = join(process.cwd(), 'test/fixtures/spreadsheet/incidents.csv');

/** The exit code the CLI's main would return for a command run in-process. */
async function exitOf(work: () => Promise<unknown>, json = false): Promise<number> {
  try {
    await work();
    return Number(process.exitCode ?? 0);
  } catch (e) {
    return reportError(e, json);
  }
}

describe('precursor import', () => {
  it('--json prints exactly the report object on stdout; some rows rejected: exit 5, error file beside the input', async () => {
    const fake = fakeWriter();
    const errorFile = join(scratch.dir, 'incidents.errors.csv');
    const code = await exitOf(() => importCommand(sheet, { mapping: 'example-spreadsheet', json: true, errorFile }, deps(fake.writer)), true);
    expect(code).toBe(5);
    const report = JSON.parse(out);
    expect(Object.keys(report).sort()).toEqual(['batch', 'conflicts', 'dryRun', 'errorFile', 'imported', 'rejected', 'rejectedCount', 'skipped', 'unchanged', 'unknownCodes', 'updated']);
    expect(report).toMatchObject({ batch: fake.batches[0]!.id, dryRun: false, imported: 4, updated: 0, unchanged: 0, rejectedCount: 2, errorFile });
    expect(report.rejected).toEqual([
      { row: 6, field: 'Type', target: 'violationType', code: 'required', message: 'Type: no violation type' },
      { row: 7, field: 'Date', target: 'startDate', code: 'invalid-date', message: "Date: '31/02/2023' is not a real date" },
    ]);
    expect(readFileSync(errorFile, 'utf8').split('\n')[0]).toMatch(/^Ref,Title,.*,Material,reason$/);
    // Notes (how the file was read) go to stderr, never into the JSON.
    expect(err).toContain('note: read as csv');
  });

  it('the default error file sits beside the input; every row good: exit 0', async () => {
    const file = scratch.file('good.csv', readFileSync(sheet, 'utf8').split('\n').filter((l, i) => i === 0 || /^VR-00[1236]|^Witnesses/.test(l)).join('\n'));
    const code = await exitOf(() => importCommand(file.path, { mapping: 'example-spreadsheet' }, deps()));
    expect(code).toBe(0);
    expect(out).toMatch(/imported 4, updated 0, unchanged 0, skipped 0, conflicts 0, rejected 0/);
    const copy = scratch.file('copy.csv', readFileSync(sheet));
    expect(await exitOf(() => importCommand(copy.path, { mapping: 'example-spreadsheet' }, deps()))).toBe(5);
    expect(readFileSync(join(scratch.dir, 'copy.errors.csv'), 'utf8')).toContain('VR-005');
  });

  it('--dry-run prints the same with dryRun true and writes nothing (no error file unless asked)', async () => {
    const fake = fakeWriter();
    const code = await exitOf(() => importCommand(sheet, { mapping: 'example-spreadsheet', json: true, dryRun: true }, deps(fake.writer)), true);
    expect(code).toBe(5);
    expect(JSON.parse(out)).toMatchObject({ batch: null, dryRun: true, imported: 4, rejectedCount: 2, errorFile: null });
    expect(fake.batches).toEqual([]);
  });

  it('invalid use exits 2: a missing file, an unknown format, an invalid mapping, a mapping not found', async () => {
    expect(await exitOf(() => importCommand(join(scratch.dir, 'nope.csv'), {}, deps()))).toBe(2);
    expect(await exitOf(() => importCommand(sheet, { format: 'docx' }, deps()))).toBe(2);
    expect(err).toContain('--format');
    const bad = scratch.file('bad.yaml', 'name: x\ndescription: y\nformat: csv\nkey: { columns: [Ref] }\nfields: { startDate: Date, country: Country, violationType: Type, colour: Red }\n');
    expect(await exitOf(() => importCommand(sheet, { mapping: bad.path }, deps()))).toBe(2);
    expect(err).toContain("fields.colour: unknown target field 'colour'");
    expect(await exitOf(() => importCommand(sheet, { mapping: 'no-such' }, deps()))).toBe(3);
  });

  it('imports list and show print the batches', async () => {
    const fake = fakeWriter();
    await importCommand(sheet, { mapping: 'example-spreadsheet', errorFile: join(scratch.dir, 'e.csv') }, deps(fake.writer));
    out = '';
    await listImportsCommand({ json: true }, deps(fake.writer));
    expect(JSON.parse(out)).toMatchObject([{ fileName: 'incidents.csv', status: 'finished', counts: { imported: 4, rejected: 2 } }]);
    out = '';
    await showImportCommand(fake.batches[0]!.id, {}, deps(fake.writer));
    expect(out).toMatch(/file incidents.csv, SHA-256 [0-9a-f]{64}/);
    expect(await exitOf(() => showImportCommand('not-an-id', {}, deps(fake.writer)))).toBe(2);
  });

  it('a DomainError from the pipeline keeps its message', () => {
    expect(reportError(new DomainError('invalid', 'x.csv: the file is empty'), false)).toBe(2);
  });
});
