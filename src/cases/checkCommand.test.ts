import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { json, runCli, stopCliProcesses } from '../../test/cli.js';

afterEach(stopCliProcesses);

/** `precursor cases check FILE.json` as a script runs it: no database is opened. */
describe('precursor cases check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precursor-cases-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  // The example, with a field this version does not know.
  const example = {
    mechanism: 'CCPR',
    state: 'FRA',
    submissionDate: '2016-03-01',
    violation: { start: '2013-05-02', end: '2014-11-20', continuing: false },
    finalDomesticDecision: '2015-06-10',
    remedies: [{ body: "Conseil d'Etat", filed: '2014-01-10', decided: '2015-06-10', outcome: 'dismissed', final: true }],
    remediesException: null,
    otherProcedure: { body: 'ECtHR', submitted: '2015-07-01', decided: '2015-10-01', status: 'decided', examinedMerits: false },
    authorIsVictim: true,
    authorAnonymous: false,
    acceptance: { inForce: '1984-05-17' },
    notInTheContract: true,
  };

  it('prints { mechanism, outcome, conditions, deadlines } with --json and exits 0', async () => {
    const r = await runCli(['cases', 'check', file('example.json', example), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = json<Record<string, any>>(r);
    expect(Object.keys(out)).toEqual(['mechanism', 'outcome', 'conditions', 'deadlines']);
    expect(out.mechanism).toBe('CCPR');
    expect(['admissible', 'inadmissible', 'needs-information']).toContain(out.outcome);
    expect(out.conditions.map((c: { condition: string }) => c.condition)).toEqual(['competence', 'ratione_temporis', 'ratione_materiae', 'ratione_personae', 'victim_status', 'anonymity', 'non_exhaustion', 'same_matter', 'time_limit', 'abuse_of_right']);
    for (const c of out.conditions) {
      expect(Object.keys(c)).toEqual(['condition', 'status', 'reason', 'rule']);
      expect(['met', 'not-met', 'needs-information', 'not-applicable']).toContain(c.status);
    }
    expect(out.conditions.find((c: { condition: string }) => c.condition === 'abuse_of_right')).toMatchObject({ status: 'met' });
    expect(out.deadlines).toEqual([{ what: 'Submit to the Human Rights Committee within five years after the final decision of 2015-06-10, or justify the delay', date: '2020-06-10', rule: 'OP1 art. 3; rule 99(c) (formerly 96(c))' }]);
  });

  it('prints a readable table without --json', async () => {
    const r = await runCli(['cases', 'check', file('example-text.json', example)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^CCPR: /);
    expect(r.stdout).toMatch(/same_matter +met +ECtHR (has concluded its examination|decided without examining the merits)/);
    expect(r.stdout).toMatch(/2020-06-10 +Submit to the Human Rights Committee/);
  });

  it('exits 2 naming each bad field, and on a file that is not JSON', async () => {
    const bad = await runCli(['cases', 'check', file('bad.json', { ...example, mechanism: 'ECHR', violation: { start: '2013-02-30' } }), '--json']);
    expect(bad.code).toBe(2);
    const err = JSON.parse(bad.stderr) as { error: string; errors: { field: string }[] };
    expect(err.error).toBe('invalid');
    expect(err.errors.map((e) => e.field)).toEqual(['mechanism', 'violation.start']);
    const notJson = await runCli(['cases', 'check', file('not.json', '{ nope')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/FILE: not valid JSON/);
  });
});
