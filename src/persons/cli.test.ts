import { randomBytes } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, json, openEmptyCliDatabase, runCli, stopCliProcesses } from '../../test/cli.js';
import { engines } from '../../test/databases.js';
import { incidentBody } from '../../test/api.js';
import { readConfig } from '../config.js';
import { createContext } from '../context.js';
import { openDatabase } from '../db/open.js';
import { IncidentInput } from '../incidents/schema.js';
import { createIncident } from '../incidents/service.js';

// No command outlives its test, even one that timed out.
afterEach(stopCliProcesses);

/**
 * `precursor persons …` and `precursor keys …` as a person runs them: in local mode on the
 * embedded database the master key file is made on first use (mode 0600) and said so; on a
 * server the key comes from the environment. Both rotations keep the person readable.
 */
describe.each(engines)('precursor persons and keys on %s', (engine) => {
  let database: CliDatabase;
  let env: Record<string, string>;
  let incidentId: string;
  let personId: string;
  const dataDir = () => database.env.PRECURSOR_DATA_DIR!;

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    env = { ...database.env, PRECURSOR_MASTER_KEY: '', PRECURSOR_MASTER_KEY_FILE: '' };
    if (engine === 'postgres') env.PRECURSOR_MASTER_KEY = randomBytes(32).toString('base64');
    const db = await openDatabase(readConfig({ ...process.env, ...database.env }));
    try {
      incidentId = (await createIncident(createContext(db), IncidentInput.parse(incidentBody()))).id;
    } finally {
      await db.close();
    }
  });
  afterAll(async () => database?.dispose());

  it('adds a person, making the local key file on first use and saying so', async () => {
    const added = await runCli(['persons', 'add', '--incident', incidentId, '--role', 'witness', '--name', 'Amina Hassan', '--contact', '+999 555 0101', '--age', '41', '--json'], { env });
    expect(added.code, added.stderr).toBe(0);
    personId = json(added).id;
    expect(json(added).pseudonym).toBe('Witness 1');
    const keyFile = join(dataDir(), 'master.key');
    if (engine === 'pglite') {
      expect(added.stderr).toContain(`made a master key for persons' identities at ${keyFile}`);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    } else {
      expect(existsSync(keyFile)).toBe(false);
    }
    const listed = await runCli(['persons', 'list', '--name', 'amina  HASSAN'], { env });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('Amina Hassan');
    expect(listed.stdout).toContain('Witness 1');
  });

  it('refuses bad input naming the option', async () => {
    const res = await runCli(['persons', 'add', '--incident', incidentId, '--role', 'bystander', '--name', 'X', '--json'], { env });
    expect(res.code).toBe(2);
    expect(JSON.parse(res.stderr).errors[0].field).toBe('--role');
  });

  it('rotates the master key; the person stays readable', async () => {
    if (engine === 'pglite') {
      const rotated = await runCli(['keys', 'rotate'], { env });
      expect(rotated.code, rotated.stderr).toBe(0);
      expect(rotated.stdout).toContain(`replaces the one in ${join(dataDir(), 'master.key')}`);
    } else {
      const refused = await runCli(['keys', 'rotate'], { env });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('precursor keys generate FILE');
      const file = join(dataDir(), 'next.key');
      expect((await runCli(['keys', 'generate', file], { env })).code).toBe(0);
      const rotated = await runCli(['keys', 'rotate', '--new-key-file', file], { env });
      expect(rotated.code, rotated.stderr).toBe(0);
      env.PRECURSOR_MASTER_KEY = '';
      env.PRECURSOR_MASTER_KEY_FILE = file;
    }
    const status = await runCli(['keys', 'status', '--verify', '--json'], { env });
    expect(status.code, status.stderr).toBe(0);
    expect(json(status)).toMatchObject({ persons: 1, master: { opensDataKey: true }, verified: { persons: 1, failure: null } });
  });

  it('rotates the data key; the person stays readable and findable', async () => {
    const rotated = await runCli(['keys', 'rotate', '--data-key', '--json'], { env });
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(json(rotated).persons).toBe(1);
    const shown = await runCli(['persons', 'show', personId], { env });
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('Amina Hassan');
    expect(shown.stdout).toContain('+999 555 0101');
  });

  it('records and withdraws consent', async () => {
    const given = await runCli(['persons', 'consent', personId, '--scope', 'share-un', '--date', '2024-05-01'], { env });
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).toContain('consent given (share-un)');
    const withdrawn = await runCli(['persons', 'consent', personId, '--withdraw', '--json'], { env });
    expect(json(withdrawn).consent.status).toBe('withdrawn');
  });

  it('refuses a wrong master key with a clear message', async () => {
    const wrong = { ...env, PRECURSOR_MASTER_KEY: randomBytes(32).toString('base64') };
    const res = await runCli(['persons', 'show', personId], { env: wrong });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^error: wrong master key: the key from PRECURSOR_MASTER_KEY \(fingerprint [0-9a-f]{16}\) is not the one/);
    expect(res.stderr).not.toContain('Amina');
    if (engine === 'pglite') {
      writeFileSync(join(dataDir(), 'master.key'), randomBytes(32).toString('base64'));
      const fromFile = await runCli(['keys', 'status'], { env });
      expect(fromFile.code).toBe(1);
      expect(fromFile.stdout).toMatch(/master key: from data directory key file .* does NOT open the data key/);
    }
    // The server refuses to start with it, rather than fail at the first request for a person.
    const served = await runCli(['serve', '--port', '0'], { env: wrong, timeoutMs: 60_000 });
    expect(served.code).toBe(1);
    expect(served.stderr).toMatch(/^error: wrong master key/);
    expect(served.stdout).not.toContain('Precursor is running');
  });
});
