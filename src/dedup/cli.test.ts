import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, openEmptyCliDatabase, runCli, stopCliProcesses, type CliDatabase } from '../../test/cli.js';
import { engines } from '../../test/databases.js';

afterEach(stopCliProcesses);

describe('precursor dedup --help', () => {
  it('describes the commands without opening a database', async () => {
    const env = { PRECURSOR_DATA_DIR: '/nonexistent/precursor-dedup-help', DATABASE_URL: '' };
    const r = await runCli(['dedup', '--help'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/scan[\s\S]*list[\s\S]*merge[\s\S]*dismiss[\s\S]*undo/);
  });
});

/** `precursor dedup` as a script runs it: scan, list, merge, undo, dismiss; bad use exits 2. */
describe.each(engines)('precursor dedup on %s', (engine) => {
  let database: CliDatabase;
  const cli = (args: string[]) => runCli(args, { env: database.env });
  const add = (title: string, date: string) =>
    cli(['incidents', 'add', '--json', '--title', title, '--date', date, '--country', 'XVR', '--admin1', 'Eastern Lakes', '--type', 'killing']);

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    expect((await cli(['db', 'migrate'])).code).toBe(0);
    for (const [title, date] of [
      ['Night raid on Morvel: twelve Teral killed', '2024-03-14'],
      ['Twelve Teral killed in Morvel night raid', '2024-03-14'],
      ['Teachers detained at the Dunsel checkpoint', '2024-06-02'],
    ] as const) {
      const r = await add(title, date);
      expect(r.code, r.stderr).toBe(0);
    }
  }, 240_000);
  afterAll(async () => {
    await stopCliProcesses();
    await database?.dispose();
  });

  it('scans, lists the pair, merges it and undoes the merge', async () => {
    const scan = await cli(['dedup', 'scan', '--json']);
    expect(scan.code, scan.stderr).toBe(0);
    expect(json(scan)).toMatchObject({ countries: 1, incidents: 3 });
    const listed = await cli(['dedup', 'list', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const pairs = json(listed).items;
    expect(pairs).toHaveLength(1);
    const { a, b } = pairs[0];
    expect([a.title, b.title].sort()).toEqual(['Night raid on Morvel: twelve Teral killed', 'Twelve Teral killed in Morvel night raid']);

    const merged = await cli(['dedup', 'merge', a.id, b.id, '--keep', a.id, '--json']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(json(merged).id).toBe(a.id);
    expect(json(await cli(['dedup', 'list', '--status', 'merged', '--json'])).items).toHaveLength(1);
    const undone = await cli(['dedup', 'undo', a.id, b.id, '--json']);
    expect(undone.code, undone.stderr).toBe(0);
    expect(json(undone).restored.deletedAt).toBeNull();

    const dismissed = await cli(['dedup', 'dismiss', b.id, a.id, '--reason', 'two raids', '--json']);
    expect(dismissed.code, dismissed.stderr).toBe(0);
    expect(json(await cli(['dedup', 'list', '--json'])).items).toHaveLength(0);
  }, 300_000);

  it('refuses bad use with exit 2, naming the option', async () => {
    const bad = await cli(['dedup', 'merge', 'not-an-id', 'x', '--keep', 'x']);
    expect(bad.code).toBe(2);
    const threshold = await cli(['dedup', 'scan', '--threshold', '7']);
    expect(threshold.code).toBe(2);
    expect(threshold.stderr).toMatch(/threshold/);
  }, 120_000);
});
