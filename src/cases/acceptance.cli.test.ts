import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.js';
import { acceptancePath } from './acceptance.js';

/**
 * `precursor cases acceptance list|set|validate` on a temporary copy of the table (`--file`):
 * the shipped file is never written by a test (its bytes are compared before and after).
 */
let dir: string;
let file: string;
const shipped = readFileSync(acceptancePath, 'utf8');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await main(['node', 'precursor', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precursor-acceptance-'));
  file = join(dir, 'acceptance.csv');
  copyFileSync(acceptancePath, file);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  expect(readFileSync(acceptancePath, 'utf8')).toBe(shipped);
});

describe('precursor cases acceptance', () => {
  it('lists the rows of a State as a table and as JSON', async () => {
    const text = await run(['cases', 'acceptance', 'list', '--state', 'fra', '--file', file]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^STATE\s+INSTRUMENT/);
    expect(text.stdout).toMatch(/FRA\s+ICCPR-OP1\s+accession\s+1984-02-17\s+1984-05-17/);
    const r = await run(['cases', 'acceptance', 'list', '--state', 'FRA', '--instrument', 'ICERD-14', '--file', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const items = (JSON.parse(r.stdout) as { items: { state: string; instrument: string; inForce: string }[] }).items;
    expect(items).toEqual([expect.objectContaining({ state: 'FRA', instrument: 'ICERD-14', inForce: '1982-12-03' })]);
  });

  it('adds a row with its entry into force computed by the rule, lists it, and the file still validates', async () => {
    const set = await run([
      'cases', 'acceptance', 'set', '--state', 'NZL', '--instrument', 'OP-ICESCR', '--action', 'accession', '--deposited', '2024-11-30',
      '--source', 'a test row, not a fact: New Zealand is not a party to OP-ICESCR in the shipped table', '--source-date', '2026-02-03', '--verified',
      '--reservation', 'none bearing on admissibility', '--file', file, '--json',
    ]);
    expect(set.code, set.stderr).toBe(0);
    // OP-ICESCR art. 18(2): three months after the deposit; 30 November + 3 months is the last day of February.
    expect(JSON.parse(set.stdout)).toMatchObject({ replaced: false, row: { state: 'NZL', inForce: '2025-02-28', verified: true } });
    const list = await run(['cases', 'acceptance', 'list', '--state', 'NZL', '--instrument', 'OP-ICESCR', '--file', file, '--json']);
    expect(JSON.parse(list.stdout).items).toEqual([expect.objectContaining({ state: 'NZL', deposited: '2024-11-30', reservations: ['none bearing on admissibility'] })]);
    const again = await run(['cases', 'acceptance', 'set', '--state', 'ARG', '--instrument', 'OP-CRPD', '--action', 'ratification', '--deposited', '2008-09-02', '--source', 'from memory', '--file', file]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^replaced: ARG OP-CRPD ratification deposited 2008-09-02, in force 2008-10-02 \(unverified\)/);
    const valid = await run(['cases', 'acceptance', 'validate', file, '--json']);
    expect(valid.code, valid.stderr).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ rows: 588, verified: 587 });
  });

  it('refuses a row that breaks a rule, naming the option, and leaves the file as it was', async () => {
    const before = readFileSync(file, 'utf8');
    const early = await run(['cases', 'acceptance', 'set', '--state', 'DEU', '--instrument', 'ICCPR-OP1', '--action', 'accession', '--deposited', '1993-08-25', '--in-force', '1993-08-25', '--source', 'x', '--file', file]);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/--in-force: 1993-08-25 does not follow OP1 art\. 9/);
    const fictional = await run(['cases', 'acceptance', 'set', '--state', 'XVR', '--instrument', 'ICCPR-OP1', '--action', 'accession', '--deposited', '2009-03-02', '--source', 'x', '--file', file]);
    expect(fictional.code).toBe(2);
    expect(fictional.stderr).toMatch(/--state: an ISO 3166-1 alpha-3 code of a real country/);
    const badDay = await run(['cases', 'acceptance', 'set', '--state', 'FRA', '--instrument', 'OP-CEDAW', '--action', 'ratification', '--deposited', '2000-02-30', '--source', 'x', '--file', file]);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toMatch(/--deposited/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('validate names the line and column of a broken file, and of an entry into force off its rule', async () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, `${shipped.split('\n')[0]}\nFRA,ICCPR-OP1,accession,1984-02-17,17/05/1984,,,UNTC,,no\n`);
    const r = await run(['cases', 'acceptance', 'validate', broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2, column in_force/);
    writeFileSync(broken, `${shipped.split('\n')[0]}\nFRA,ICCPR-OP1,accession,1984-02-17,1984-03-17,,,UNTC,,no\nZZZ,ICERD-14,declaration,1990-01-01,1990-01-01,,,UNTC,,no\n`);
    const off = await run(['cases', 'acceptance', 'validate', broken, '--json']);
    expect(off.code).toBe(2);
    expect(off.stderr).toMatch(/line 2, column in_force: 1984-03-17 does not follow/);
    expect(off.stderr).toMatch(/line 3, column state: ZZZ is not/);
    const missing = await run(['cases', 'acceptance', 'list', '--file', join(dir, 'missing.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.csv: no such file/);
    const shippedOk = await run(['cases', 'acceptance', 'validate']);
    expect(shippedOk.code, shippedOk.stderr).toBe(0);
    expect(shippedOk.stdout).toMatch(/587 rows valid \(587 verified against their source, 0 not\)/);
  });
});
