import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, openEmptyCliDatabase, runCli, stopCliProcesses, type CliDatabase } from '../../test/cli.js';
import { engines } from '../../test/databases.js';

afterEach(stopCliProcesses);

/** The case file commands as a script runs them: create from filters, add to it, show, list and the calendar. */
describe.each(engines)('precursor cases (files) on %s', (engine) => {
  let database: CliDatabase;
  const cli = (args: string[]) => runCli(args, { env: database.env });
  const incidentIds: string[] = [];

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    expect((await cli(['db', 'migrate'])).code).toBe(0);
    for (const [date, type, admin1] of [
      ['2024-03-14', 'arbitrary-detention', 'Eastern Lakes'],
      ['2024-04', 'enforced-disappearance', 'Eastern Lakes'],
      ['2024-05-01', 'hate-speech', 'Capital District'],
    ]) {
      const r = await cli(['incidents', 'add', '--title', `${type} ${date}`, '--date', date!, '--country', 'XVR', '--admin1', admin1!, '--type', type!, '--json']);
      expect(r.code, r.stderr).toBe(0);
      incidentIds.push(json<{ id: string }>(r).id);
    }
  }, 240_000);
  afterAll(async () => {
    await stopCliProcesses();
    await database?.dispose();
  });

  it('creates a case from the incident filters, records a remedy and an outcome, and shows it as text and JSON', async () => {
    const made = await cli(['cases', 'create', '--title', 'Teral family', '--filter', 'country=XVR&admin1=Eastern Lakes', '--mechanism', 'CCPR,CERD', '--json']);
    expect(made.code, made.stderr).toBe(0);
    const c = json<{ id: string; incidentIds: string[]; country: string; targetMechanisms: string[] }>(made);
    expect(new Set(c.incidentIds)).toEqual(new Set(incidentIds.slice(0, 2)));
    expect(c).toMatchObject({ country: 'XVR', targetMechanisms: ['CCPR', 'CERD'] });

    expect((await cli(['cases', 'add-incidents', c.id, incidentIds[2]!])).code).toBe(0);
    const remedy = await cli(['cases', 'remedy', 'add', c.id, '--body', 'High Court of Veridia', '--filed', '2024-05', '--decided', '2025-01-20', '--outcome', 'habeas corpus dismissed', '--final']);
    expect(remedy.code, remedy.stderr).toBe(0);
    const outcome = await cli(['cases', 'outcome', 'add', c.id, '--mechanism', 'ccpr', '--kind', 'state-observations', '--date', '2026-06-01', '--due', '2026-12-01', '--summary', 'observations requested', '--json']);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(json<{ outcomes: unknown[] }>(outcome).outcomes).toHaveLength(1);

    const measure = await cli(['cases', 'measure', 'add', c.id, '--text', 'Disclose where the family is held', '--kind', 'interim', '--to', 'the State party', '--json']);
    expect(measure.code, measure.stderr).toBe(0);
    const measures = json<{ requestedMeasures: { id: string }[] }>(measure).requestedMeasures;
    expect(measures).toEqual([expect.objectContaining({ text: 'Disclose where the family is held', kind: 'interim', addressedTo: 'the State party', status: 'proposed' })]);

    const text = await cli(['cases', 'show', c.id]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Teral family \(/);
    expect(text.stdout).toContain('Incidents: 3');
    expect(text.stdout).toContain('  - High Court of Veridia: filed 2024-05, decided 2025-01-20, habeas corpus dismissed (final)');
    expect(text.stdout).toMatch(/^  2024-04 +enforced-disappearance 2024-04$/m);
    expect(text.stdout).toMatch(/Suggested by the incidents: .*ICCPR art\. 9\(1\) \(2\)/);
    expect(text.stdout).toContain(`Requested measures:\n  - [interim, proposed] Disclose where the family is held — addressed to the State party (${measures[0]!.id})\n`);
    const removed = await cli(['cases', 'measure', 'remove', c.id, measures[0]!.id]);
    expect(removed.stdout).toBe(`case ${c.id}: 0 requested measures left\n`);

    const forums = await cli(['cases', 'forums', c.id, '--as-of', '2026-11-30', '--json']);
    expect(forums.code, forums.stderr).toBe(0);
    const cerd = json<{ forums: { code: string; open: boolean; deadlines: { date: string }[] }[] }>(forums).forums.find((f) => f.code === 'CERD')!;
    expect(cerd.open).toBe(true);
    expect(cerd.deadlines.map((d) => d.date)).toContain('2025-07-20');
    const forumsText = await cli(['cases', 'forums', c.id, '--as-of', '2026-11-30']);
    expect(forumsText.stdout).toMatch(/^== CCPR \(.*\): OPEN — /m);
    expect(forumsText.stdout).toMatch(/^non_exhaustion +met /m);

    const list = await cli(['cases', 'list', '--country', 'xvr']);
    expect(list.stdout).toMatch(/draft +XVR +3 incidents +next due 2026-12-01 +Teral family/);
    const cal = await cli(['cases', 'calendar', '--from', '2026-11-01', '--to', '2026-12-31']);
    expect(cal.stdout).toBe('2026-12-01  outcome-due  CCPR: state-observations — observations requested  — Teral family\n');
    const ics = await cli(['cases', 'calendar', '--ics']);
    expect(ics.stdout).toContain('DTSTART;VALUE=DATE:20261201');
  }, 240_000);

  it('names the option at fault (exit 2), and a case that does not exist (exit 3)', async () => {
    const bad = await cli(['cases', 'remedy', 'add', '00000000-0000-4000-8000-000000000000', '--filed', '2024-13']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--filed/);
    const measure = await cli(['cases', 'measure', 'add', '00000000-0000-4000-8000-000000000000', '--text', 'x', '--kind', 'soon']);
    expect(measure.code).toBe(2);
    expect(measure.stderr).toMatch(/--kind/);
    const filter = await cli(['cases', 'create', '--title', 'x', '--filter', 'level=9']);
    expect(filter.code).toBe(2);
    expect(filter.stderr).toMatch(/--filter level/);
    const missing = await cli(['cases', 'show', '00000000-0000-4000-8000-000000000000']);
    expect(missing.code).toBe(3);
  });
});
