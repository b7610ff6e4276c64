import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, openEmptyCliDatabase, runCli, stopCliProcesses, type CliDatabase } from '../../test/cli.js';
import { engines } from '../../test/databases.js';

afterEach(stopCliProcesses);

/** `precursor cases document` as a script runs it: the file written, its word count said, bad options named. */
describe.each(engines)('precursor cases document on %s', (engine) => {
  let database: CliDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'precursor-docs-cli-'));
  const cli = (args: string[]) => runCli(args, { env: database.env });
  let caseId = '';

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    expect((await cli(['db', 'migrate'])).code).toBe(0);
    const r = await cli(['incidents', 'add', '--title', 'Teral family detained', '--date', '2024-03', '--country', 'XVR', '--admin1', 'Eastern Lakes', '--type', 'arbitrary-detention', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const made = await cli(['cases', 'create', '--title', 'Teral family', '--incident', json<{ id: string }>(r).id, '--mechanism', 'CCPR', '--json']);
    expect(made.code, made.stderr).toBe(0);
    caseId = json<{ id: string }>(made).id;
  }, 240_000);
  afterAll(async () => {
    await stopCliProcesses();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the PDF and says its word count against the limit', async () => {
    const out = join(dir, 'upr.pdf');
    const r = await cli(['cases', 'document', caseId, '--kind', 'upr', '--mechanism', 'upr', '--format', 'pdf', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ file: out, contentType: 'application/pdf', words: { limit: 2815, over: 0 } });
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await cli(['cases', 'document', caseId, '--kind', 'individual', '--mechanism', 'CCPR', '--out', join(dir, 'ccpr.docx')]);
    expect(text.stdout).toMatch(/^Wrote .*ccpr\.docx \(\d+ bytes\): \d+ words, no word limit\.\n$/);
  });

  it('names the option that is wrong', async () => {
    const r = await cli(['cases', 'document', caseId, '--kind', 'petition', '--mechanism', 'CCPR', '--out', join(dir, 'x.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--kind');
    const m = await cli(['cases', 'document', caseId, '--kind', 'individual', '--mechanism', 'CMW', '--out', join(dir, 'x.docx')]);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('no individual template for mechanism CMW');
  });
});
