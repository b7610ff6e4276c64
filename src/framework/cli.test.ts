import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, openEmptyCliDatabase, runCli, stopCliProcesses, type CliDatabase } from '../../test/cli.js';
import { engines } from '../../test/databases.js';

afterEach(stopCliProcesses);

/** `precursor framework show` as a script runs it: text and JSON, and a bad country exits 2. */
describe.each(engines)('precursor framework on %s', (engine) => {
  let database: CliDatabase;
  const cli = (args: string[]) => runCli(args, { env: database.env });

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    expect((await cli(['db', 'migrate'])).code).toBe(0);
  }, 240_000);
  afterAll(async () => {
    await stopCliProcesses();
    await database?.dispose();
  });

  it('shows the scorecard of a country as text and as JSON', async () => {
    const text = await cli(['framework', 'show', 'xvr', '--since', '2024-01-01']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^XVR: UN Framework of Analysis scorecard/);
    expect(text.stdout).toMatch(/10\. UNKNOWN Signs of an intent to destroy in whole or in part a protected group \[genocide\]/);
    const r = await cli(['framework', 'show', 'XVR', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const card = json<{ country: string; factors: { number: number }[] }>(r);
    expect(card.country).toBe('XVR');
    expect(card.factors).toHaveLength(14);
  });

  it('refuses a country code that is not one, naming it (exit 2)', async () => {
    const r = await cli(['framework', 'show', 'ZZZZ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ZZZZ/);
  });
});
