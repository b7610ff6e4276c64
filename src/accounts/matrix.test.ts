import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectStatus, openTestApi, type Res, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { ruleOnly } from '../../test/routeSamples.js';
import { can } from '../access/permissions.js';
import { scopeFor, type Role } from '../access/scope.js';

/**
 * The authorisation matrix for the routes that need a real account behind the caller (the
 * generated matrix in src/access/matrix.test.ts pins their rules but cannot send them: its test
 * actors have no account). Here every account route is sent by a signed-in account of each role
 * and by an anonymous visitor, with the session cookie and CSRF token the web app sends; whether
 * the door lets the call through must follow the permissions table.
 */
const password = 'correct horse battery';
const accountRoles: Exclude<Role, 'public'>[] = ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'];
type Caller = Exclude<Role, 'public'> | 'anonymous';
interface Session {
  cookie: string;
  csrf: string;
}

describe.each(engines)('the account routes for every role (%s)', (engine) => {
  let api: TestApi;
  const sessions = new Map<Caller, Session | undefined>();
  let admin: Session;
  let serial = 0;
  const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${++serial}`;

  const send = (caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<Res> => {
    const s = sessions.get(caller);
    return call(api.app, method, url, body, s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {});
  };
  const cookieOf = (res: Res) => {
    const header = res.headers['set-cookie'];
    return String(Array.isArray(header) ? header[0] : header).split(';')[0]!;
  };

  beforeAll(async () => {
    api = await openTestApi(engine);
    const setup = await call(api.app, 'POST', '/api/setup', { login: 'ada', password });
    expectStatus(setup, 201);
    admin = { cookie: cookieOf(setup), csrf: setup.body.csrfToken };
    sessions.set('administrator', admin);
    sessions.set('anonymous', undefined);
    for (const role of accountRoles.filter((r) => r !== 'administrator')) {
      expectStatus(await send('administrator', 'POST', '/api/users', { login: role, role, password }), 201);
      const signIn = await call(api.app, 'POST', '/api/session', { login: role, password });
      expectStatus(signIn, 200);
      sessions.set(role, { cookie: cookieOf(signIn), csrf: signIn.body.csrfToken });
    }
  });
  afterAll(() => api?.close());

  /** A valid request per route, made fresh for each call (a team to delete, a user to change…). */
  const requests: Record<string, (caller: Caller) => Promise<{ method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown }>> = {
    'GET /api/users': async () => ({ method: 'GET', url: '/api/users' }),
    'POST /api/users': async () => ({ method: 'POST', url: '/api/users', body: { login: unique('u'), role: 'viewer', password } }),
    'PUT /api/users/:id': async () => {
      const user = await send('administrator', 'POST', '/api/users', { login: unique('c'), role: 'viewer', password });
      return { method: 'PUT', url: `/api/users/${user.body.id}`, body: { displayName: 'Changed' } };
    },
    'POST /api/users/:id/password': async () => {
      const user = await send('administrator', 'POST', '/api/users', { login: unique('p'), role: 'viewer', password });
      return { method: 'POST', url: `/api/users/${user.body.id}/password`, body: { password: `${password} again` } };
    },
    'GET /api/teams': async () => ({ method: 'GET', url: '/api/teams' }),
    'POST /api/teams': async () => ({ method: 'POST', url: '/api/teams', body: { name: unique('Team ') } }),
    'DELETE /api/teams/:id': async () => {
      const team = await send('administrator', 'POST', '/api/teams', { name: unique('Gone ') });
      return { method: 'DELETE', url: `/api/teams/${team.body.id}` };
    },
    // Own-account routes: the current password stays the same, so later calls still sign in.
    'PUT /api/account/password': async () => ({ method: 'PUT', url: '/api/account/password', body: { currentPassword: password, password } }),
    'POST /api/account/totp': async () => ({ method: 'POST', url: '/api/account/totp' }),
    // A wrong code is refused by the service (400) once the door has let the call through.
    'POST /api/account/totp/confirm': async () => ({ method: 'POST', url: '/api/account/totp/confirm', body: { code: '000000' } }),
    'POST /api/account/totp/disable': async () => ({ method: 'POST', url: '/api/account/totp/disable', body: { code: '000000' } }),
    'GET /api/tokens': async () => ({ method: 'GET', url: '/api/tokens' }),
    'POST /api/tokens': async () => ({ method: 'POST', url: '/api/tokens', body: { name: unique('t'), access: 'read-only' } }),
    'DELETE /api/tokens/:id': async (caller) => {
      // The caller's own token when it may have one; otherwise the administrator's.
      const own = caller !== 'anonymous' && can(scopeFor(caller), 'account.manage');
      const token = await send(own ? caller : 'administrator', 'POST', '/api/tokens', { name: unique('r'), access: 'read-only' });
      return { method: 'DELETE', url: `/api/tokens/${token.body.id}` };
    },
  };

  it('has a request here for every account route the generated matrix does not send', () => {
    const ours = Object.entries(ruleOnly)
      .filter(([, r]) => r.testedIn === 'src/accounts/matrix.test.ts' && r.access !== 'open')
      .map(([route]) => route);
    expect(ours.filter((route) => !requests[route])).toEqual([]);
  });

  it('lets each role through exactly as the permissions table says, and refuses the anonymous visitor with 401', async () => {
    const wrong: string[] = [];
    for (const [route, make] of Object.entries(requests)) {
      const rule = ruleOnly[route]!.access;
      for (const caller of [...accountRoles, 'anonymous'] as Caller[]) {
        const allowed = caller !== 'anonymous' && (rule === 'open' || can(scopeFor(caller), rule as never));
        const { method, url, body } = await make(caller);
        const res = await send(caller, method, url, body);
        // Allowed: the door let it through (the service may still refuse a wrong code with 400).
        const ok = allowed ? res.status !== 401 && res.status !== 403 && res.status < 500 : res.status === (caller === 'anonymous' ? 401 : 403);
        if (!ok) wrong.push(`${route} as ${caller}: expected ${allowed ? 'allowed' : 'refused'}, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
