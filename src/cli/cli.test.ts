import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type CliDatabase, json, openEmptyCliDatabase, runCli, stopCliProcesses } from '../../test/cli.js';
import { engines } from '../../test/databases.js';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { listMigrations } from '../db/migrate.js';
import { generateDemo, type DemoDataSet } from '../demo/generate.js';
import { loadDemo } from '../demo/load.js';
import { violationLevels } from '../taxonomies/codes.js';
import type { Incident } from '../incidents/schema.js';
import type { IncidentPage, Stats } from '../incidents/service.js';

/**
 * The command line as a person uses it: each `precursor …` below is its own process
 * (node bin/precursor.js). No test builds on another's leftovers: `db migrate` and `demo load`
 * each get a database of their own; the other commands read a part of the demo data set loaded
 * once for them, and a test that records incidents counts only its own. Every process a test
 * starts has exited when the test ends, even when it timed out (stopCliProcesses).
 */

/** A stored date at its precision (`2024`, `2024-03`, `2024-03-05`) as the first day of its period. */
const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

describe('precursor --help', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'precursor-cli-help-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Help never touches a database, so these run at once, and once rather than per engine.
  const commands: { args: string[]; mentions: string[] }[] = [
    { args: [], mentions: ['Usage: precursor', 'serve', 'db', 'demo', 'incidents', 'stats', '--version', '--help'] },
    { args: ['serve'], mentions: ['Usage: precursor serve', '--demo', '--port', '--host'] },
    { args: ['db'], mentions: ['Usage: precursor db', 'migrate'] },
    { args: ['db', 'migrate'], mentions: ['Usage: precursor db migrate', '--json'] },
    { args: ['demo'], mentions: ['Usage: precursor demo', 'load'] },
    { args: ['demo', 'load'], mentions: ['Usage: precursor demo load', '--force', '--seed', '--json'] },
    { args: ['incidents'], mentions: ['Usage: precursor incidents', 'add', 'list', 'show', 'search'] },
    {
      args: ['incidents', 'add'],
      mentions: ['Usage: precursor incidents add', '--title', '--date', '--end-date', '--country', '--type', '--group', '--perpetrator', '--killed', '--detained', '--from-json', '--json'],
    },
    {
      args: ['incidents', 'list'],
      mentions: ['Usage: precursor incidents list', '--country', '--group', '--type', '--level', '--from', '--to', '--sort', '--limit', '--cursor', '--json'],
    },
    { args: ['incidents', 'show'], mentions: ['Usage: precursor incidents show', '<id>', '--json'] },
    { args: ['incidents', 'search'], mentions: ['Usage: precursor incidents search', '<query...>', '--level', '--sort', '--limit', '--cursor', '--json'] },
    { args: ['stats'], mentions: ['Usage: precursor stats', '--by', '--country', '--group', '--level', '--from', '--to', '--json'] },
  ];

  it('prints usage for the program and every command, exits 0, and opens no database', async () => {
    const env = { PRECURSOR_DATA_DIR: dir, DATABASE_URL: '' };
    const results = await Promise.all(commands.map((c) => runCli([...c.args, '--help'], { env })));
    results.forEach((result, i) => {
      const { args, mentions } = commands[i]!;
      expect(result.code, `precursor ${args.join(' ')} --help: ${result.stderr}`).toBe(0);
      for (const m of mentions) expect(result.stdout, `precursor ${args.join(' ')} --help mentions ${m}`).toContain(m);
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('-h is --help, and --version prints the version', async () => {
    const env = { PRECURSOR_DATA_DIR: dir, DATABASE_URL: '' };
    const [short, version] = await Promise.all([runCli(['incidents', 'list', '-h'], { env }), runCli(['--version'], { env })]);
    expect(short.code).toBe(0);
    expect(short.stdout).toContain('Usage: precursor incidents list');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

/**
 * The part of the demo data set the query tests read: the acts of violence against the Teral
 * (level 4 and up: the escalation the filters look for) and every eighth other incident — 780
 * of its 2,704, which load in under a third of the time and still leave pages to walk and words
 * to find.
 */
function demoPart(): { data: DemoDataSet; teralId: string; lakeGuardId: string } {
  const data = generateDemo();
  const levels = violationLevels();
  const teralId = data.groups.find((g) => g.key === 'teral')!.id;
  const lakeGuardId = data.actors.find((a) => a.key === 'militia')!.id;
  const violenceAgainstTeral = (i: DemoDataSet['incidents'][number]) => i.acts.some((a) => a.groupId === teralId && (levels.get(a.violationType) ?? 0) >= 4);
  const incidents = data.incidents.filter((i, n) => i.links.length === 0 && (n % 8 === 0 || violenceAgainstTeral(i)));
  return { data: { ...data, incidents }, teralId, lakeGuardId };
}

describe.each(engines)('precursor CLI on %s', (engine) => {
  /** A database for this test alone, gone when the test ends (after its processes). */
  async function ownDatabase() {
    const database = await openEmptyCliDatabase(engine);
    onTestFinished(async () => {
      await stopCliProcesses();
      await database.dispose();
    });
    const cli = (args: string[], options: { input?: string; timeoutMs?: number } = {}) => runCli(args, { env: database.env, ...options });
    return { cli, database };
  }

  it('db migrate applies 001_foundation to an empty database, then finds it up to date', async () => {
    const { cli, database } = await ownDatabase();
    const first = await cli(['db', 'migrate', '--json']);
    expect(first.code, first.stderr).toBe(0);
    // Every shipped migration, in order, beginning with the foundation.
    const shipped = listMigrations().map((m) => m.id);
    expect(shipped[0]).toBe('001_foundation');
    expect(json(first)).toEqual({ applied: shipped });

    const second = await cli(['db', 'migrate']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout.trim()).toBe('the schema is up to date');
    if (engine === 'pglite') expect(existsSync(join(database.env.PRECURSOR_DATA_DIR!, 'precursor.lock'))).toBe(false);
  });

  // The whole demo data set, through the command: the one test that needs all of it.
  it('demo load loads the demo data set once, and not again', { timeout: 240_000 }, async () => {
    const { cli } = await ownDatabase();
    const first = await cli(['demo', 'load', '--json'], { timeoutMs: 200_000 });
    expect(first.code, first.stderr).toBe(0);
    expect(json(first)).toEqual({ loaded: true });

    const page = json<IncidentPage>(await cli(['incidents', 'list', '--json', '--limit', '1']));
    expect(page.total).toBe(generateDemo().incidents.length);
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).toEqual(expect.any(String));

    const second = await cli(['demo', 'load']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('the demo data set was loaded before');
    expect(json<IncidentPage>(await cli(['incidents', 'list', '--json', '--limit', '1'])).total).toBe(page.total);
  });

  describe('on part of the demo data set', () => {
    let database: CliDatabase;
    const cli = (args: string[], input?: string) => runCli(args, { env: database.env, input });
    const { data, teralId, lakeGuardId } = demoPart();
    const demoTotal = data.incidents.length;
    const total = async () => json<IncidentPage>(await cli(['incidents', 'list', '--json', '--limit', '1'])).total;

    beforeAll(async () => {
      database = await openEmptyCliDatabase(engine);
      // Loaded in this process, then read by the CLI in its own: the embedded database admits
      // one process at a time, so it is closed before any command runs.
      const db = await openDatabase(readConfig({ ...process.env, ...database.env }));
      try {
        await loadDemo({ db }, () => {}, data);
      } finally {
        await db.close();
      }
    }, 240_000);
    afterAll(async () => {
      await stopCliProcesses();
      await database?.dispose();
    });

    it('incidents add records an incident from options, resolving group and actor names; show prints it as text and as JSON', async () => {
      const result = await cli([
        'incidents', 'add',
        '--title', 'Teral fishermen detained after radio broadcast',
        '--narrative', 'A broadcast called the Teral traitors; the next day twelve fishermen were held without charge.',
        '--date', '2024-03',
        '--country', 'XVR',
        '--admin1', 'Eastern Lakes',
        '--type', 'hate-speech,arbitrary-detention',
        '--group', 'Teral',
        '--perpetrator', 'Lake Guard',
        '--detained', '12',
        '--json',
      ]);
      expect(result.code, result.stderr).toBe(0);
      const added = json<Incident>(result);
      expect(added).toMatchObject({
        version: 1,
        title: 'Teral fishermen detained after radio broadcast',
        startDate: '2024-03',
        startPrecision: 'month',
        endDate: null,
        country: 'XVR',
        admin1: 'Eastern Lakes',
        pyramidLevel: 4,
        derivedPyramidLevel: 4,
        pyramidLevelOverride: null,
        verificationStatus: 'not-yet-verified',
        confidentiality: 'internal',
        victims: { killed: 0, injured: 0, detained: 12, disappeared: 0, displaced: 0, affected: 0 },
        targetedGroupIds: [teralId],
        perpetratorIds: [lakeGuardId],
        deletedAt: null,
      });
      expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
      expect([...added.violationTypes].sort()).toEqual(['arbitrary-detention', 'hate-speech']);
      // One act per type × group, each against the Teral; the counts on the severest act only.
      expect(added.acts).toHaveLength(2);
      const byType = Object.fromEntries(added.acts.map((a) => [a.violationType, a]));
      expect(byType['hate-speech']).toMatchObject({ pyramidLevel: 2, groupId: teralId, victims: { detained: 0 } });
      expect(byType['arbitrary-detention']).toMatchObject({ pyramidLevel: 4, groupId: teralId, victims: { detained: 12 } });
      for (const act of added.acts) expect(act.perpetrators).toEqual([{ actorId: lakeGuardId, involvement: 'carried-out' }]);

      // Without --json: one line naming the id and the level.
      const plain = await cli(['incidents', 'add', '--title', 'Slurs painted on a Teral school', '--date', '2024-03-02', '--country', 'XVR', '--type', 'slurs-and-insults', '--group', teralId]);
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout).toMatch(/^recorded [0-9a-f-]{36} \(pyramid level 2\)\n$/);

      const asJson = await cli(['incidents', 'show', added.id, '--json']);
      expect(asJson.code, asJson.stderr).toBe(0);
      expect(json(asJson)).toEqual(added);

      const text = await cli(['incidents', 'show', added.id]);
      expect(text.code, text.stderr).toBe(0);
      const out = text.stdout;
      expect(out.split('\n')[0]).toBe('Teral fishermen detained after radio broadcast');
      expect(out).toContain(`id:            ${added.id} (version 1)`);
      expect(out).toContain('when:          2024-03');
      expect(out).toContain('where:         XVR, Eastern Lakes');
      expect(out).toContain('pyramid level: 4');
      expect(out).toContain('12 detained');
      // Groups and perpetrators by name (src/incidents/cli.test.ts shows sources and evidence too).
      expect(out).toContain('- hate-speech (level 2) against Teral\n        by Lake Guard (carried-out)');
      expect(out).toContain('- arbitrary-detention (level 4) against Teral: 12 detained\n        by Lake Guard (carried-out)');
      expect(out).not.toContain(teralId);
      expect(out).toContain('twelve fishermen were held without charge');

      // The filters of the list find it: the escalation against the Teral, level 4, March 2024.
      const listed = json<IncidentPage>(await cli(['incidents', 'list', '--group', 'Teral', '--level', '4', '--from', '2024-03', '--to', '2024-03', '--limit', '500', '--json']));
      expect(listed.items.map((i) => i.id)).toContain(added.id);
    });

    // Filters shared by the list and stats tests: the escalation against the Teral, 2024 to mid-2025.
    const filters = ['--country', 'XVR', '--level', '4,5', '--group', 'Teral', '--from', '2024', '--to', '2025-06'];

    it('incidents list filters, and pages with --cursor to the end', async () => {
      const first = await cli(['incidents', 'list', ...filters, '--limit', '100', '--json']);
      expect(first.code, first.stderr).toBe(0);
      const page1 = json<IncidentPage>(first);
      const filteredTotal = page1.total;
      expect(filteredTotal).toBeGreaterThan(100);
      expect(filteredTotal).toBeLessThan(demoTotal);
      expect(page1.items).toHaveLength(100);
      expect(page1.nextCursor).toEqual(expect.any(String));

      const second = await cli(['incidents', 'list', ...filters, '--limit', '500', '--cursor', page1.nextCursor!, '--json']);
      expect(second.code, second.stderr).toBe(0);
      const page2 = json<IncidentPage>(second);
      expect(page2.total).toBe(filteredTotal);
      expect(page2.nextCursor).toBeNull();
      expect(page2.items).toHaveLength(filteredTotal - 100);

      const all = [...page1.items, ...page2.items];
      expect(new Set(all.map((i) => i.id)).size).toBe(filteredTotal);
      for (const item of all) {
        expect(item.country).toBe('XVR');
        expect([4, 5]).toContain(item.pyramidLevel);
        expect(item.targetedGroupIds).toContain(teralId);
        expect(firstDay(item.startDate) >= '2024-01-01' && firstDay(item.startDate) <= '2025-06-30', item.startDate).toBe(true);
      }
      // Newest first, across the page boundary too.
      const days = all.map((i) => firstDay(i.startDate));
      expect(days).toEqual([...days].sort().reverse());
    });

    it('incidents list prints a table with the count and the next cursor', async () => {
      const result = await cli(['incidents', 'list', '--group', 'Teral', '--level', '4', '--from', '2024-03', '--to', '2024-03', '--limit', '2']);
      expect(result.code, result.stderr).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^ID\s+DATE\s+CTRY\s+REGION\s+LVL\s+TYPES\s+TITLE$/);
      expect(lines.slice(1, 3).every((l) => /^[0-9a-f-]{36}\s+2024-03/.test(l))).toBe(true);
      expect(lines.at(-1)).toMatch(/^2 of \d+ — next page: --cursor \S+$/);
    });

    it('stats --by level counts the same incidents as incidents list', async () => {
      const filtered = await cli(['stats', '--by', 'level', ...filters, '--json']);
      expect(filtered.code, filtered.stderr).toBe(0);
      const stats = json<Stats>(filtered);
      const listed = json<IncidentPage>(await cli(['incidents', 'list', ...filters, '--limit', '1', '--json']));
      expect(stats.by).toEqual(['level']);
      expect(stats.totals.incidents).toBe(listed.total);
      // Each incident has one level, so the cells split the total.
      expect(stats.cells.reduce((n, c) => n + c.incidents, 0)).toBe(listed.total);
      for (const cell of stats.cells) expect([4, 5]).toContain(cell.level);
      expect(stats.totals.detained).toBeGreaterThan(0);

      const all = await cli(['stats', '--by', 'level', '--json']);
      expect(all.code, all.stderr).toBe(0);
      const allStats = json<Stats>(all);
      expect(allStats.totals.incidents).toBe(await total());
      expect(allStats.totals.incidents).toBeGreaterThanOrEqual(demoTotal);
      expect(allStats.cells.map((c) => c.level).sort()).toEqual([...new Set(allStats.cells.map((c) => c.level))].sort());
    });

    it('incidents search finds incidents by the words of their titles', async () => {
      const result = await cli(['incidents', 'search', 'shrine', '--json', '--limit', '500', '--sort', 'relevance']);
      expect(result.code, result.stderr).toBe(0);
      const page = json<IncidentPage>(result);
      expect(page.total).toBeGreaterThan(3);
      expect(page.total).toBeLessThan(demoTotal);
      expect(page.items).toHaveLength(Math.min(page.total, 500));
      expect(page.items[0]!.title).toMatch(/shrine/i);
      // Titles weigh more than narratives: those naming a shrine come first, then those whose
      // narrative alone does.
      const inTitle = page.items.map((i) => /shrine/i.test(i.title));
      const firstWithout = inTitle.indexOf(false);
      expect(inTitle.filter(Boolean).length).toBeGreaterThan(0);
      if (firstWithout >= 0) expect(inTitle.slice(firstWithout).some(Boolean)).toBe(false);

      const text = await cli(['incidents', 'search', 'shrine', '--limit', '3', '--sort', 'relevance']);
      expect(text.code, text.stderr).toBe(0);
      const rows = text.stdout.split('\n').slice(1, 4);
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row).toMatch(/shrine/i);
      expect(text.stdout).toContain(`3 of ${page.total}`);

      // By default newest first; the list does not count a full page's matches, the CLI asks for the count.
      const newest = json<IncidentPage>(await cli(['incidents', 'search', 'shrine', '--json', '--limit', '3']));
      expect(newest.items.map((i) => i.startDate)).toEqual(newest.items.map((i) => i.startDate).sort().reverse());
      expect(newest).toMatchObject({ total: page.total, totalIsLowerBound: false });
    });

    it('incidents add --from-json - records a whole incident read from standard input', async () => {
      const earlier = data.incidents.find((i) => i.acts.some((a) => a.groupId === teralId))!;
      const body = {
        title: 'Lake Guard burns Teral homes at Karn Ford',
        narrative: 'Witnesses say the quillwort fields were set alight first; three people died and the village emptied.',
        startDate: '2023-11-05',
        endDate: '2023-11-07',
        dateEstimated: true,
        reportDate: '2023-11-10',
        country: 'XVR',
        admin1: 'Eastern Lakes',
        acts: [
          { violationType: 'killing', groupId: teralId, victims: { killed: 3, injured: 5 }, perpetrators: [{ actorId: lakeGuardId }] },
          { violationType: 'forced-displacement', groupId: teralId, victims: { displaced: 140 }, perpetrators: [{ actorId: lakeGuardId, involvement: 'ordered-or-planned' }] },
        ],
        pyramidLevelOverride: { level: 5, reason: 'part of a pattern of mass killing in the region' },
        verificationStatus: 'partially-verified',
        confidentiality: 'confidential',
        links: [{ incidentId: earlier.id, kind: 'follows', note: 'same unit' }],
      };
      const result = await cli(['incidents', 'add', '--from-json', '-', '--json'], JSON.stringify(body));
      expect(result.code, result.stderr).toBe(0);
      const incident = json<Incident>(result);
      expect(incident).toMatchObject({
        title: body.title,
        narrative: body.narrative,
        startDate: '2023-11-05',
        startPrecision: 'day',
        endDate: '2023-11-07',
        endPrecision: 'day',
        dateEstimated: true,
        reportDate: '2023-11-10',
        country: 'XVR',
        admin1: 'Eastern Lakes',
        pyramidLevel: 5,
        derivedPyramidLevel: 4,
        pyramidLevelOverride: body.pyramidLevelOverride,
        verificationStatus: 'partially-verified',
        confidentiality: 'confidential',
        victims: { killed: 3, injured: 5, detained: 0, disappeared: 0, displaced: 140, affected: 0 },
        targetedGroupIds: [teralId],
        perpetratorIds: [lakeGuardId],
        links: [{ incidentId: earlier.id, kind: 'follows', note: 'same unit', direction: 'outgoing' }],
      });
      expect(incident.acts.map((a) => [a.violationType, a.perpetrators[0]!.involvement])).toEqual([
        ['killing', 'carried-out'],
        ['forced-displacement', 'ordered-or-planned'],
      ]);

      // The narrative is searchable, and only this incident mentions quillwort.
      const found = json<IncidentPage>(await cli(['incidents', 'search', 'quillwort', '--json']));
      expect(found.total).toBe(1);
      expect(found.items.map((i) => i.id)).toEqual([incident.id]);
    });

    it('incidents add --from-json - rejects what is not JSON, or not a valid incident, naming where, and records nothing', async () => {
      const before = await total();
      const notJson = await cli(['incidents', 'add', '--from-json', '-'], '{ "title": ');
      expect(notJson.code).toBe(2);
      expect(notJson.stderr).toMatch(/--from-json: not valid JSON/);

      const badBody = { title: 'x', startDate: '2023-05', country: 'XVR', acts: [{ violationType: 'kiling', groupId: teralId }] };
      const invalidBody = await cli(['incidents', 'add', '--from-json', '-', '--json'], JSON.stringify(badBody));
      expect(invalidBody.code).toBe(2);
      const error = JSON.parse(invalidBody.stderr);
      expect(error).toMatchObject({ error: 'invalid' });
      // The person wrote JSON, so the problem is named by its JSON path, as the HTTP API does —
      // not as an option (`--acts.0.violation-type`) that does not exist.
      // Each problem carries its code and params, as the HTTP API's do.
      expect(error.errors).toEqual([
        { field: 'acts.0.violationType', code: 'unknown-code', message: "unknown violation-types code 'kiling'", params: { vocabulary: 'violation-types', value: 'kiling' } },
      ]);
      expect(await total()).toBe(before);
    });

    it('invalid input exits 2, names the option, and records nothing', async () => {
      const before = await total();
      const base = ['incidents', 'add', '--title', 'Should not be recorded', '--country', 'XVR'];

      const badDate = await cli([...base, '--date', '2023-02-31', '--type', 'hate-speech']);
      expect(badDate.code).toBe(2);
      expect(badDate.stdout).toBe('');
      expect(badDate.stderr).toContain('error: the input is not valid');
      expect(badDate.stderr).toMatch(/^ {2}--date: .*YYYY-MM-DD/m);

      // With --json the error is JSON on stderr, and stdout stays empty.
      const badType = await cli([...base, '--date', '2023-02', '--type', 'hate-speech,not-a-type', '--json']);
      expect(badType.code).toBe(2);
      expect(badType.stdout).toBe('');
      expect(JSON.parse(badType.stderr)).toMatchObject({
        error: 'invalid',
        errors: [{ field: '--type', code: 'unknown-code', message: "unknown violation-types code 'not-a-type'" }],
      });

      const badGroup = await cli([...base, '--date', '2023-02', '--type', 'hate-speech', '--group', 'Nobody At All']);
      expect(badGroup.code).toBe(2);
      expect(badGroup.stderr).toContain("--group: no group named 'Nobody At All'");

      const badLevel = await cli(['incidents', 'list', '--level', '7', '--json']);
      expect(badLevel.code).toBe(2);
      const levelError = JSON.parse(badLevel.stderr);
      expect(levelError.errors).toHaveLength(1);
      expect(levelError.errors[0].field).toBe('--level');

      const backwards = await cli(['stats', '--from', '2025', '--to', '2024']);
      expect(backwards.code).toBe(2);
      expect(backwards.stderr).toContain("--to: 'to' is before 'from'");
      expect(await total()).toBe(before);
    });

    it('incidents show: an unknown id exits 3, a malformed id exits 2', async () => {
      const missing = randomUUID();
      const notFound = await cli(['incidents', 'show', missing]);
      expect(notFound.code).toBe(3);
      expect(notFound.stderr).toBe(`error: incident ${missing} does not exist\n`);

      const notFoundJson = await cli(['incidents', 'show', missing, '--json']);
      expect(notFoundJson.code).toBe(3);
      expect(notFoundJson.stdout).toBe('');
      expect(JSON.parse(notFoundJson.stderr)).toMatchObject({ error: 'not-found', message: `incident ${missing} does not exist` });

      const malformed = await cli(['incidents', 'show', 'not-an-id', '--json']);
      expect(malformed.code).toBe(2);
      expect(JSON.parse(malformed.stderr)).toMatchObject({ error: 'invalid', errors: [{ field: 'id' }] });
    });

    it('an unknown option fails with a message and the usage hint', async () => {
      const result = await cli(['incidents', 'list', '--colour', 'red']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain("unknown option '--colour'");
      expect(result.stderr).toContain('--help');
      const asJson = await cli(['incidents', 'list', '--colour', 'red', '--json']);
      expect(asJson.code).toBe(2);
      expect(JSON.parse(asJson.stderr)).toMatchObject({ error: 'invalid', message: "unknown option '--colour'" });
    });
  });
});
