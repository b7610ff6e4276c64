import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, openEmptyCliDatabase, runCli, stopCliProcesses, type CliDatabase } from '../../test/cli.js';
import { engines } from '../../test/databases.js';

// No command outlives its test, even one that timed out.
afterEach(stopCliProcesses);

describe('precursor regions --help', () => {
  it('describes the commands and their options without opening a database', async () => {
    const env = { PRECURSOR_DATA_DIR: '/nonexistent/precursor-regions-help', DATABASE_URL: '' };
    const [group, list, merge] = await Promise.all([runCli(['regions', '--help'], { env }), runCli(['regions', 'list', '--help'], { env }), runCli(['regions', 'merge', '--help'], { env })]);
    expect([group.code, list.code, merge.code]).toEqual([0, 0, 0]);
    expect(group.stdout).toMatch(/list[\s\S]*merge/);
    for (const option of ['--country', '--q', '--level', '--json']) expect(list.stdout).toContain(option);
    for (const option of ['--country', '--from', '--into', '--level', '--admin1', '--json']) expect(merge.stdout).toContain(option);
  });
});

/** `precursor regions list|merge` as a person or a script runs them. */
describe.each(engines)('precursor regions on %s', (engine) => {
  let database: CliDatabase;
  const cli = (args: string[]) => runCli(args, { env: database.env });
  const add = (country: string, admin1: string) =>
    cli(['incidents', 'add', '--json', '--title', `In ${admin1}`, '--date', '2024-03', '--country', country, '--admin1', admin1, '--type', 'harassment']);

  // The list test reads Veridia's spellings; the merge test changes Kenya's, so neither sees the other's work.
  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    expect((await cli(['db', 'migrate'])).code).toBe(0);
    for (const [country, spelling] of [
      ['XVR', 'Eastern Lakes'],
      ['XVR', 'eastern  lakes'],
      ['XVR', 'E. Lakes'],
      ['KEN', 'Rift Valley'],
      ['KEN', 'rift  valley'],
      ['KEN', 'R. Valley'],
    ] as const) {
      const r = await add(country, spelling);
      expect(r.code, r.stderr).toBe(0);
    }
  }, 240_000);
  afterAll(async () => {
    await stopCliProcesses();
    await database?.dispose();
  });

  it('regions list shows one region per spelling up to case and spacing, with its incidents', async () => {
    const listed = await cli(['regions', 'list', '--country', 'XVR', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(json(listed).items.map((r: any) => [r.name, r.incidents])).toEqual([
      ['E. Lakes', 1],
      ['Eastern Lakes', 2],
    ]);
  });

  it('regions merge moves the incidents of one spelling into another and prints what moved', async () => {
    const merged = await cli(['regions', 'merge', '--country', 'KEN', '--from', 'r. valley', '--into', 'Rift Valley']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout.trim()).toBe("merged 'R. Valley' into 'Rift Valley' (KEN): 0 places and 1 incidents moved");
    const table = await cli(['regions', 'list', '--country', 'KEN']);
    expect(table.stdout).toMatch(/^Rift Valley\s+admin1\s+0\s+3\s*$/m);
    expect(table.stdout).not.toContain('R. Valley');
  });

  it('exits 3 for a region that does not exist and 2 for input that is not valid, naming the option', async () => {
    const missing = await cli(['regions', 'merge', '--country', 'XVR', '--from', 'Atlantis', '--into', 'Eastern Lakes', '--json']);
    expect(missing.code).toBe(3);
    expect(JSON.parse(missing.stderr).error).toBe('not-found');
    const bad = await cli(['regions', 'list', '--country', 'Veridia']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--country');
  });
});
