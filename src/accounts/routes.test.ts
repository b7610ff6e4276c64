import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, expectStatus, openTestApi, type Res, type TestApi } from '../../test/api.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from '../http/app.js';
import { accountsAccess } from './authenticate.js';
import { totpCode } from './secrets.js';
import { createFirstAdministrator } from './users.js';

/** The session cookie an answer sets (name=value), or undefined. */
function cookieOf(res: Res): string | undefined {
  const header = res.headers['set-cookie'];
  const line = Array.isArray(header) ? header[0] : (header as string | undefined);
  return line?.split(';')[0];
}

const password = 'correct horse battery';

describe.each(engines)('accounts over HTTP (%s)', (engine) => {
  let api: TestApi;
  /** The administrator's session cookie and CSRF token, from the first run. */
  let admin: { cookie: string; csrf: string; id: string };

  const as = (who: { cookie: string; csrf?: string }) => (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    call(api.app, method, url, body, { cookie: who.cookie, ...(who.csrf ? { 'x-csrf-token': who.csrf } : {}) });
  const bearer = (token: string) => (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    call(api.app, method, url, body, { authorization: `Bearer ${token}` });
  const signIn = (login: string, pw: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    call(api.app, 'POST', '/api/session', { login, password: pw, ...extra }, headers);
  async function signedIn(login: string, pw = password) {
    const res = await signIn(login, pw);
    expectStatus(res, 200);
    return { cookie: cookieOf(res)!, csrf: res.body.csrfToken as string, id: res.body.user.id as string };
  }
  async function addUser(login: string, role = 'viewer', extra: Record<string, unknown> = {}) {
    const res = await as(admin)('POST', '/api/users', { login, role, password, ...extra });
    expectStatus(res, 201);
    return res.body;
  }

  beforeAll(async () => {
    api = await openTestApi(engine);
  });
  afterAll(() => api.close());

  it('starts in local mode: no sign-in, the first run is offered', async () => {
    const res = await call(api.app, 'GET', '/api/session');
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ mode: 'local', user: null, role: 'administrator', firstRun: true, csrfToken: null });
  });

  it('creates the first administrator once, signed in at once; local mode ends', async () => {
    const short = await call(api.app, 'POST', '/api/setup', { login: 'ada', password: 'short' });
    expectProblem(short, 400, ['password']);
    const res = await call(api.app, 'POST', '/api/setup', { login: 'Ada', displayName: 'Ada L.', password });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ mode: 'accounts', user: { login: 'ada', role: 'administrator', clearance: 'strictly-confidential' }, firstRun: false });
    const cookie = cookieOf(res)!;
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Strict/i);
    admin = { cookie, csrf: res.body.csrfToken, id: res.body.user.id };

    expectProblem(await call(api.app, 'POST', '/api/setup', { login: 'eve', password }), 409);
    const anonymous = await call(api.app, 'GET', '/api/session');
    expect(anonymous.body).toMatchObject({ mode: 'accounts', user: null, role: 'public', firstRun: false });
    expect(anonymous.body.permissions).not.toContain('incidents.write');
  });

  it('stores passwords as argon2id with at least the OWASP parameters', async () => {
    const rows = await api.db.query<{ password_hash: string }>('select password_hash from users');
    for (const { password_hash } of rows) {
      expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$/);
      const [, m, t] = /m=(\d+),t=(\d+)/.exec(password_hash)!;
      expect(Number(m)).toBeGreaterThanOrEqual(19456);
      expect(Number(t)).toBeGreaterThanOrEqual(2);
      expect(password_hash).not.toContain(password);
    }
  });

  it('gives a new session id at sign-in and ends the one sent with it (no session fixation)', async () => {
    const first = await signedIn('ada');
    const second = await signIn('ada', password, {}, { cookie: first.cookie });
    expectStatus(second, 200);
    const fresh = cookieOf(second)!;
    expect(fresh).not.toBe(first.cookie);
    expect((await as(first)('GET', '/api/session')).body.user).toBeNull();
    expect((await as({ cookie: fresh })('GET', '/api/session')).body.user.login).toBe('ada');
    // A session id an attacker makes up is no session, and the sign-in answer never reuses it.
    const planted = 'precursor_session=attacker-chosen-value';
    const withPlanted = await signIn('ada', password, {}, { cookie: planted });
    expect(cookieOf(withPlanted)).not.toBe(planted);
  });

  it('refuses a cookie-authenticated write without the CSRF token, or with another session’s', async () => {
    const other = await signedIn('ada');
    const body = { name: 'East team' };
    expectProblem(await as({ cookie: admin.cookie })('POST', '/api/teams', body), 403);
    expectProblem(await as({ cookie: admin.cookie, csrf: other.csrf })('POST', '/api/teams', body), 403);
    const ok = await as(admin)('POST', '/api/teams', body);
    expectStatus(ok, 201);
    expect((await as(admin)('GET', '/api/teams')).body.items.map((t: { name: string }) => t.name)).toEqual(['East team']);
  });

  it('lets an administrator create accounts with teams and a clearance capped by the role', async () => {
    const user = await addUser('vic', 'viewer', { clearance: 'strictly-confidential', teams: ['east team'] });
    expect(user).toMatchObject({ login: 'vic', role: 'viewer', clearance: 'internal', teams: [{ name: 'East team' }], disabled: false });
    expectProblem(await as(admin)('POST', '/api/users', { login: 'vic', role: 'viewer', password }), 400, ['login']);
    expectProblem(await as(admin)('POST', '/api/users', { login: 'x', role: 'public', password }), 400, ['role']);
    const vic = await signedIn('vic');
    const session = await as(vic)('GET', '/api/session');
    expect(session.body).toMatchObject({ role: 'viewer', user: { login: 'vic' } });
    expect(session.body.permissions).toContain('incidents.read');
    expect(session.body.permissions).not.toContain('incidents.write');
    expectProblem(await as(vic)('GET', '/api/users'), 403);
  });

  it('locks a login name after repeated failures, saying so whether or not the account exists', async () => {
    await addUser('bruno');
    for (let i = 0; i < 5; i++) expectProblem(await signIn('bruno', `wrong password ${i}`), 401);
    const locked = expectProblem(await signIn('bruno', password), 429);
    expect(locked.detail).toMatch(/locked/);
    for (let i = 0; i < 5; i++) expectProblem(await signIn('nobody-here', `wrong password ${i}`), 401);
    const ghost = await signIn('nobody-here', password);
    expectProblem(ghost, 429);
    // The same words for an account that exists and one that does not.
    expect(ghost.body.detail.replace(/\d+/g, 'N')).toBe(locked.detail.replace(/\d+/g, 'N'));
    expect(ghost.body.retryAfter).toBeGreaterThan(0);
  });

  it('locks a client address that fails on many login names', async () => {
    // Earlier tests failed from this address too: start the count afresh.
    await api.db.query(`delete from sign_in_failures where key like 'address:%'`);
    // Each name stays under its own limit (3 failures of 5); the address reaches its limit of 30.
    for (let i = 0; i < 30; i++) expectProblem(await signIn(`spray-${i % 10}`, `guess ${i}`), 401);
    const locked = await signIn('ada', password);
    expectProblem(locked, 429);
    expect(locked.body.detail).toMatch(/your address is locked/);
    // The lock ends by itself after 15 minutes; the test lifts it so the next tests can sign in.
    await api.db.query(`delete from sign_in_failures where key like 'address:%'`);
    expectStatus(await signIn('ada', password), 200);
  });

  it('ends idle and expired sessions', async () => {
    const s1 = await signedIn('ada');
    await api.db.query(`update sessions set last_seen_at = now() - interval '3 hours' where user_id = $1`, [admin.id]);
    expect((await as(s1)('GET', '/api/session')).body.user).toBeNull();
    const s2 = await signedIn('ada');
    await api.db.query(`update sessions set expires_at = now() - interval '1 second' where user_id = $1`, [admin.id]);
    expect((await as(s2)('GET', '/api/session')).body.user).toBeNull();
    admin = await signedIn('ada');
  });

  it('signs out', async () => {
    const s = await signedIn('ada');
    const out = await as(s)('DELETE', '/api/session');
    expectStatus(out, 204);
    expect(String(out.headers['set-cookie'])).toMatch(/Max-Age=0/);
    expect((await as(s)('GET', '/api/session')).body.user).toBeNull();
  });

  it('refuses a disabled account, and ends its sessions', async () => {
    const dan = await addUser('dan', 'editor');
    const session = await signedIn('dan');
    expectStatus(await as(admin)('PUT', `/api/users/${dan.id}`, { disabled: true }), 200);
    expect((await as(session)('GET', '/api/session')).body.user).toBeNull();
    const refused = expectProblem(await signIn('dan', password), 401);
    expect(refused.detail).toMatch(/disabled/);
    expectProblem(await as(admin)('PUT', `/api/users/${admin.id}`, { role: 'viewer' }), 400, ['role']);
  });

  it('resets a password: the old one and the old sessions stop working', async () => {
    const rita = await addUser('rita', 'analyst');
    const session = await signedIn('rita');
    expectStatus(await as(admin)('POST', `/api/users/${rita.id}/password`, { password: 'a new long password' }), 200);
    expect((await as(session)('GET', '/api/session')).body.user).toBeNull();
    expectProblem(await signIn('rita', password), 401);
    await signedIn('rita', 'a new long password');
  });

  it('lets a person change their own password: this session goes on, the others end', async () => {
    await addUser('paul', 'editor');
    const here = await signedIn('paul');
    const elsewhere = await signedIn('paul');
    expectProblem(await as(here)('PUT', '/api/account/password', { currentPassword: 'not it', password: 'a brand new password' }), 400, ['currentPassword']);
    expectStatus(await as(here)('PUT', '/api/account/password', { currentPassword: password, password: 'a brand new password' }), 204);
    expect((await as(here)('GET', '/api/session')).body.user.login).toBe('paul');
    expect((await as(elsewhere)('GET', '/api/session')).body.user).toBeNull();
    expectProblem(await signIn('paul', password), 401);
    await signedIn('paul', 'a brand new password');
  });

  it('API tokens: shown once, stored hashed, scoped, expiring, revocable', async () => {
    const created = await as(admin)('POST', '/api/tokens', { name: 'script', access: 'read-only' });
    expectStatus(created, 201);
    const token = created.body.token as string;
    expect(token).toMatch(/^prc_/);
    expect(JSON.stringify((await as(admin)('GET', '/api/tokens')).body)).not.toContain(token);
    const stored = await api.db.query<{ token_digest: string }>('select token_digest from api_tokens');
    expect(stored.map((r) => r.token_digest)).not.toContain(token);

    const who = await bearer(token)('GET', '/api/session');
    expectStatus(who, 200);
    expect(who.body).toMatchObject({ user: { login: 'ada' }, tokenId: created.body.id, csrfToken: null });
    expect(who.body.permissions).toContain('incidents.read');
    expect(who.body.permissions).not.toContain('incidents.write');
    // Read-only: the administrator's token may not manage users or make tokens, whatever the role may.
    expectProblem(await bearer(token)('GET', '/api/users'), 403);
    expectProblem(await bearer(token)('POST', '/api/tokens', { name: 'another' }), 403);

    const full = await as(admin)('POST', '/api/tokens', { name: 'all', access: 'read-write' });
    expectStatus(await bearer(full.body.token)('GET', '/api/users'), 200);
    // A token needs no CSRF token: it is not sent by a browser on its own.
    expectStatus(await bearer(full.body.token)('POST', '/api/teams', { name: 'West team' }), 201);

    expectStatus(await as(admin)('DELETE', `/api/tokens/${created.body.id}`), 204);
    expectProblem(await bearer(token)('GET', '/api/session'), 401);

    await api.db.query(`update api_tokens set expires_at = now() - interval '1 second' where id = $1`, [full.body.id]);
    expectProblem(await bearer(full.body.token)('GET', '/api/session'), 401);
    expectProblem(await bearer('prc_made-up')('GET', '/api/session'), 401);

    const viewer = await signedIn('vic');
    expectProblem(await as(viewer)('POST', '/api/tokens', { name: 'x', access: ['incidents.write'] }), 400, ['access']);
  });

  it('asks for a second factor once TOTP is on', async () => {
    await addUser('tom', 'lawyer');
    const tom = await signedIn('tom');
    const enrol = await as(tom)('POST', '/api/account/totp');
    expectStatus(enrol, 200);
    expect(enrol.body.uri).toMatch(/^otpauth:\/\/totp\/Precursor:tom\?/);
    expectProblem(await as(tom)('POST', '/api/account/totp/confirm', { code: '000000' === totpCode(enrol.body.secret) ? '111111' : '000000' }), 400, ['code']);
    const confirmation = totpCode(enrol.body.secret);
    expectStatus(await as(tom)('POST', '/api/account/totp/confirm', { code: confirmation }), 204);

    const first = await signIn('tom', password);
    expectStatus(first, 200);
    expect(first.body).toEqual({ totpRequired: true });
    expect(cookieOf(first)).toBeUndefined();
    // The code that confirmed the enrolment is used: a code is good once.
    expectProblem(await signIn('tom', password, { totp: confirmation }), 401);
    const next = totpCode(enrol.body.secret, Date.now() + 30_000);
    const done = await signIn('tom', password, { totp: next });
    expectStatus(done, 200);
    expect(done.body.user).toMatchObject({ login: 'tom', totpEnabled: true });
    expectProblem(await signIn('tom', password, { totp: next }), 401);
    // The secret is never given again.
    expect(JSON.stringify((await as(admin)('GET', '/api/users')).body)).not.toContain(enrol.body.secret);
  });

  it('audits account changes without secrets', async () => {
    const rows = await api.db.query<{ action: string; after: unknown }>(`select action, after from audit_entries where entity in ('user', 'team', 'api-token')`);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['user.create', 'user.update', 'user.reset-password', 'team.create', 'token.create', 'token.revoke']));
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/argon2|password_hash|prc_/);
  });
});

describe.each(engines)('a server beyond loopback, behind TLS (%s)', (engine) => {
  let database: TestDatabase;
  let app: App;
  let dir: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'precursor-evidence-'));
    const accounts = accountsAccess(database.db, { loopback: false, secureCookies: true });
    app = await buildApp({ db: database.db, files: new EvidenceFiles(dir, 1024), version: 'test', accounts });
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has no local mode and no first run, even without accounts', async () => {
    const session = await call(app, 'GET', '/api/session');
    expect(session.body).toMatchObject({ mode: 'accounts', role: 'public', firstRun: false });
    expectProblem(await call(app, 'POST', '/api/setup', { login: 'eve', password }), 409);
  });

  it('marks the session cookie Secure, with the __Host- prefix', async () => {
    await createFirstAdministrator(database.db, { login: 'ada', password }, 'test');
    const res = await call(app, 'POST', '/api/session', { login: 'ada', password });
    expectStatus(res, 200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/^__Host-precursor_session=[\w-]{43};/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; Path=\//);
    const who = await call(app, 'GET', '/api/session', undefined, { cookie: cookieOf(res)! });
    expect(who.body.user.login).toBe('ada');
  });
});
