import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json, openEmptyCliDatabase, runCli, stopCliProcesses, type CliDatabase } from '../../test/cli.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { buildApp, type App } from '../http/app.js';
import { EvidenceFiles } from '../evidence/files.js';
import { credentialsFile } from './remote.js';
import { totpCode } from './secrets.js';

const password = 'correct horse battery';

// No command outlives its test, even one that timed out.
afterEach(stopCliProcesses);

/** `precursor users|teams|tokens` on the local database, as its administrator. */
describe.each(engines)('precursor users, teams and tokens on %s', (engine) => {
  let database: CliDatabase;
  let config: string;
  const cli = (args: string[], input?: string) => runCli(args, { env: { ...database.env, XDG_CONFIG_HOME: config }, input });

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    config = mkdtempSync(join(tmpdir(), 'precursor-config-'));
  }, 120_000);
  afterAll(async () => {
    await database?.dispose();
    rmSync(config, { recursive: true, force: true });
  });

  it('makes the first account an administrator, with the password from standard input', async () => {
    const viewer = await cli(['users', 'add', '--login', 'vic', '--role', 'viewer'], `${password}\n`);
    expect(viewer.code).toBe(2);
    expect(viewer.stderr).toMatch(/first account must be an administrator/);
    const short = await cli(['users', 'add', '--login', 'ada', '--role', 'administrator'], 'short\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/password: at least 12 characters/);
    const ada = await cli(['users', 'add', '--login', 'Ada', '--role', 'administrator', '--name', 'Ada L.'], `${password}\n`);
    expect(ada.code, ada.stderr).toBe(0);
    expect(ada.stdout).toMatch(/created ada \(administrator, clearance strictly-confidential\)/);
    expect(ada.stdout).toMatch(/Local mode has ended/);
  });

  it('adds teams and accounts, changes roles and teams, disables and enables', async () => {
    expect((await cli(['teams', 'add', 'East team'])).code).toBe(0);
    const vic = await cli(['users', 'add', '--login', 'vic', '--role', 'viewer', '--teams', 'east team', '--clearance', 'confidential'], `${password}\n`);
    expect(vic.code, vic.stderr).toBe(0);
    expect(vic.stdout).toMatch(/created vic \(viewer, clearance internal, teams East team\)/);
    const role = await cli(['users', 'set-role', 'vic', 'analyst', '--json']);
    expect(json(role)).toMatchObject({ role: 'analyst', clearance: 'internal' });
    expect(json(await cli(['users', 'set-teams', 'vic', '', '--json'])).teams).toEqual([]);
    expect(json(await cli(['users', 'disable', 'vic', '--json'])).disabled).toBe(true);
    expect(json(await cli(['users', 'enable', 'vic', '--json'])).disabled).toBe(false);
  });

  it('lists accounts and teams, resets a password, removes a team', async () => {
    const listed = await cli(['users', 'list']);
    expect(listed.stdout).toMatch(/^vic\s+vic\s+analyst\s+internal\s+active$/m);
    expect(json(await cli(['teams', 'list', '--json']))).toMatchObject([{ name: 'East team', members: 0 }]);
    expect((await cli(['users', 'set-role', 'nobody', 'viewer'])).code).toBe(3);
    expect((await cli(['users', 'reset-password', 'vic'], 'another long password\n')).code).toBe(0);
    expect((await cli(['teams', 'remove', 'East team'])).code).toBe(0);
  });

  it('creates, lists and revokes API tokens; the secret is printed once', async () => {
    const created = await cli(['tokens', 'create', '--user', 'vic', '--name', 'nightly export', '--access', 'read-only', '--json']);
    expect(created.code, created.stderr).toBe(0);
    const token = json(created);
    expect(token.token).toMatch(/^prc_/);
    expect(token.actions).toContain('incidents.read');
    const listed = await cli(['tokens', 'list', '--user', 'vic']);
    expect(listed.stdout).toContain('nightly export');
    expect(listed.stdout).not.toContain(token.token);
    expect((await cli(['tokens', 'revoke', token.id])).code).toBe(0);
    expect((await cli(['tokens', 'list', '--json'])).stdout).toContain('"revokedAt": "');
    const refused = await cli(['tokens', 'create', '--user', 'vic', '--name', 'x', '--access', 'users.manage']);
    expect(refused.code).toBe(2);
  });
});

/** `precursor login URL` against a running server, then the remote commands. */
describe('precursor login against a shared server', () => {
  let database: TestDatabase;
  let app: App;
  let url: string;
  let config: string;
  let evidenceDir: string;
  const cli = (args: string[], input?: string) =>
    runCli(args, { env: { XDG_CONFIG_HOME: config, PRECURSOR_DATA_DIR: join(config, 'no-local-data'), DATABASE_URL: '' }, input });

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    evidenceDir = mkdtempSync(join(tmpdir(), 'precursor-evidence-'));
    app = await buildApp({ db: database.db, files: new EvidenceFiles(evidenceDir, 1024 * 1024), version: 'test' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    config = mkdtempSync(join(tmpdir(), 'precursor-config-'));
    // Local mode: record an incident, then create the administrator through the first run.
    const incident = await app.inject({ method: 'POST', url: '/api/incidents', payload: { title: 'Shrine burned', startDate: '2024-05', country: 'XVR', acts: [{ violationType: 'harassment' }] } });
    expect(incident.statusCode).toBe(201);
    const setup = await app.inject({ method: 'POST', url: '/api/setup', payload: { login: 'ada', password } });
    expect(setup.statusCode).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    rmSync(config, { recursive: true, force: true });
    rmSync(evidenceDir, { recursive: true, force: true });
  });

  it('refuses a wrong password', async () => {
    const wrong = await cli(['login', url], `ada\nnot the password\n`);
    expect(wrong.code).toBe(6);
    expect(wrong.stderr).toMatch(/wrong login name or password/);
  });

  it('signs in, keeps a token in a 0600 file, and lists, shows and counts on the server', async () => {
    const login = await cli(['login', url], `ada\n${password}\n`);
    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout).toMatch(/signed in to http:\/\/127\.0\.0\.1:\d+\/ as ada \(administrator\)/);
    const file = credentialsFile({ XDG_CONFIG_HOME: config });
    expect(statSync(file).mode & 0o777).toBe(0o600);

    expect((await cli(['whoami'])).stdout).toMatch(/^ada \(administrator\) on http/);
    const list = await cli(['incidents', 'list', '--country', 'XVR', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const page = json(list);
    expect(page.items.map((i: { title: string }) => i.title)).toEqual(['Shrine burned']);
    const show = await cli(['incidents', 'show', page.items[0].id]);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/^Shrine burned/);
    const stats = await cli(['stats', '--by', 'year', '--json']);
    expect(json(stats).totals.incidents).toBe(1);

    const local = await cli(['users', 'list']);
    expect(local.code).toBe(2);
    expect(local.stderr).toMatch(/works on the local database only, and you are signed in to http/);

    const out = await cli(['logout']);
    expect(out.stdout).toMatch(/its API token is revoked/);
    const tokens = await database.db.query<{ revoked_at: string | null }>('select revoked_at from api_tokens');
    expect(tokens.every((t) => t.revoked_at !== null)).toBe(true);
    expect((await cli(['whoami'])).stdout).toMatch(/the local user/);
  });

  it('asks for the one-time code when the account has a second factor', async () => {
    const admin = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'ada', password } });
    const headers = { cookie: String(admin.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': admin.json().csrfToken };
    expect((await app.inject({ method: 'POST', url: '/api/users', headers, payload: { login: 'tina', role: 'analyst', password } })).statusCode).toBe(201);
    const tina = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'tina', password } });
    const own = { cookie: String(tina.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': tina.json().csrfToken };
    const { secret } = (await app.inject({ method: 'POST', url: '/api/account/totp', headers: own })).json();
    expect((await app.inject({ method: 'POST', url: '/api/account/totp/confirm', headers: own, payload: { code: totpCode(secret) } })).statusCode).toBe(204);

    const login = await cli(['login', url, '--login', 'tina'], `${password}\n${totpCode(secret, Date.now() + 30_000)}\n`);
    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout).toMatch(/as tina \(analyst\)/);
    expect((await cli(['logout'])).code).toBe(0);
  });

  it('signs in with a token created elsewhere', async () => {
    const session = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'ada', password } });
    const cookie = String(session.headers['set-cookie']).split(';')[0]!;
    const created = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie, 'x-csrf-token': session.json().csrfToken },
      payload: { name: 'ci', access: 'read-only' },
    });
    const withToken = await cli(['login', url, '--token', created.json().token]);
    expect(withToken.code, withToken.stderr).toBe(0);
    expect(json(await cli(['whoami', '--json']))).toMatchObject({ user: { login: 'ada' }, tokenId: created.json().id });
    expect((await cli(['logout'])).code).toBe(0);
  });
});

describe('precursor serve and accounts', () => {
  it('refuses to serve beyond loopback while no account exists, and says how to create one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precursor-serve-'));
    try {
      const refused = await runCli(['serve', '--host', '0.0.0.0', '--port', '0'], { env: { PRECURSOR_DATA_DIR: dir, DATABASE_URL: '' } });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/refusing to serve on 0\.0\.0\.0/);
      expect(refused.stderr).toMatch(/precursor users add --role administrator --login <name>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
