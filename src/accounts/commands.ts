import { hostname } from 'node:os';
import { printJson, printTable } from '../cli/output.js';
import { ask, askSecret } from '../cli/prompt.js';
import { withContext } from '../cli/withContext.js';
import { parseOptions } from '../cli/zod.js';
import { DomainError, invalid } from '../errors.js';
import { requireUuid } from '../ids.js';
import { createTokenForUser, listTokensOf, revokeAnyToken } from './account.js';
import { credentialsFile, forgetRemoteLogin, readRemoteLogin, remoteRequest, saveRemoteLogin } from './remote.js';
import { FirstAdministrator, Password, SessionInfo, TokenInput, UserChange, UserInput, type User } from './schema.js';
import { accountsExist, changeUser, createFirstAdministrator, createTeam, createUser, findUser, listTeams, listUsers, removeTeam, resetPassword } from './users.js';

/** What the accounts commands do (their options are in ./cli.ts). */

const userColumns = [
  { key: 'login', title: 'LOGIN' },
  { key: 'displayName', title: 'NAME', max: 30 },
  { key: 'role', title: 'ROLE' },
  { key: 'clearance', title: 'CLEARANCE' },
  { key: 'teamNames', title: 'TEAMS', max: 40 },
  { key: 'status', title: 'STATUS' },
];
const userLine = (u: User) => ({ ...u, teamNames: u.teams.map((t) => t.name), status: `${u.disabled ? 'disabled' : 'active'}${u.totpEnabled ? ', TOTP' : ''}` });

function printUser(u: User, json: boolean | undefined, verb: string) {
  if (json) return printJson(u);
  process.stdout.write(`${verb} ${u.login} (${u.role}, clearance ${u.clearance}${u.teams.length ? `, teams ${u.teams.map((t) => t.name).join(', ')}` : ''}${u.disabled ? ', disabled' : ''})\n`);
}

/** A new password: typed twice on a terminal, one line from a pipe. */
async function newPassword(field: string): Promise<string> {
  const password = await askSecret('New password: ');
  if (process.stdin.isTTY && (await askSecret('Again: ')) !== password) throw invalid([{ field, code: 'invalid', message: 'the two passwords differ' }]);
  return parseOptions(Password, password, { '': field });
}

export async function listUsersCommand(o: { json?: boolean }) {
  await withContext(async (ctx) => {
    const users = await listUsers(ctx);
    if (o.json) return printJson(users);
    printTable(users.map(userLine), userColumns);
  });
}

export async function addUserCommand(o: { login: string; role: string; name?: string; clearance?: string; teams?: string[]; json?: boolean }) {
  const input = parseOptions(
    UserInput,
    { login: o.login, role: o.role, displayName: o.name, clearance: o.clearance, teams: o.teams ?? [], password: 'checked-after-the-options' },
    { displayName: '--name' },
  );
  await withContext(async (ctx) => {
    const first = !(await accountsExist(ctx.db));
    if (first && input.role !== 'administrator') {
      throw invalid([{ field: '--role', code: 'invalid', message: 'the first account must be an administrator, or no one could manage the others' }]);
    }
    const password = await newPassword('password');
    const user = first
      ? await createFirstAdministrator(ctx.db, parseOptions(FirstAdministrator, { login: input.login, displayName: input.displayName, password }), ctx.requestId)
      : await createUser(ctx, { ...input, password });
    printUser(user, o.json, 'created');
    if (first && !o.json) process.stdout.write('Local mode has ended: the server now asks everyone to sign in.\n');
  });
}

export async function changeUserCommand(ref: string, change: Record<string, unknown>, o: { json?: boolean }) {
  const parsed = parseOptions(UserChange, change);
  await withContext(async (ctx) => {
    const user = await findUser(ctx, ref);
    printUser(await changeUser(ctx, user.id, parsed), o.json, 'changed');
  });
}

export async function resetPasswordCommand(ref: string, o: { json?: boolean }) {
  await withContext(async (ctx) => {
    const user = await findUser(ctx, ref);
    const password = await newPassword('password');
    printUser(await resetPassword(ctx, user.id, password), o.json, 'new password set for');
  });
}

export async function listTeamsCommand(o: { json?: boolean }) {
  await withContext(async (ctx) => {
    const teams = await listTeams(ctx);
    if (o.json) return printJson(teams);
    printTable(teams, [
      { key: 'name', title: 'TEAM' },
      { key: 'members', title: 'MEMBERS' },
      { key: 'id', title: 'ID' },
    ]);
  });
}

export async function addTeamCommand(name: string, o: { json?: boolean }) {
  await withContext(async (ctx) => {
    const team = await createTeam(ctx, name.trim());
    if (o.json) printJson(team);
    else process.stdout.write(`created team ${team.name} (${team.id})\n`);
  });
}

export async function removeTeamCommand(ref: string, o: { json?: boolean }) {
  await withContext(async (ctx) => {
    const team = await removeTeam(ctx, ref);
    if (o.json) printJson(team);
    else process.stdout.write(`removed team ${team.name}\n`);
  });
}

export async function createTokenCommand(o: { user: string; name: string; access: string; expiresDays: string; json?: boolean }) {
  const access = o.access === 'read-only' || o.access === 'read-write' ? o.access : o.access.split(',').map((a) => a.trim());
  const input = parseOptions(TokenInput, { name: o.name, access, expiresInDays: Number(o.expiresDays) }, { expiresInDays: '--expires-days' });
  await withContext(async (ctx) => {
    const token = await createTokenForUser(ctx, o.user, input);
    if (o.json) return printJson(token);
    process.stdout.write(`API token for ${token.login}, expires ${token.expiresAt.slice(0, 10)} — shown this once:\n${token.token}\n`);
  });
}

export async function listTokensCommand(o: { user?: string; json?: boolean }) {
  await withContext(async (ctx) => {
    const tokens = await listTokensOf(ctx, o.user);
    if (o.json) return printJson(tokens);
    printTable(
      tokens.map((t) => ({ ...t, access: t.actions ?? 'all', state: t.revokedAt ? 'revoked' : Date.parse(t.expiresAt) < Date.now() ? 'expired' : 'active', expires: t.expiresAt.slice(0, 10) })),
      [
        { key: 'id', title: 'ID' },
        { key: 'login', title: 'USER' },
        { key: 'name', title: 'NAME', max: 30 },
        { key: 'access', title: 'ACCESS', max: 50 },
        { key: 'expires', title: 'EXPIRES' },
        { key: 'state', title: 'STATE' },
      ],
    );
  });
}

export async function revokeTokenCommand(id: string, o: { json?: boolean }) {
  requireUuid(id, 'a token');
  await withContext(async (ctx) => {
    await revokeAnyToken(ctx, id);
    if (o.json) printJson({ revoked: id });
    else process.stdout.write(`revoked ${id}\n`);
  });
}

// A shared server --------------------------------------------------------------------------

function serverUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    throw invalid([{ field: 'url', code: 'invalid-url', message: `'${url}' is not a URL` }]);
  }
  if (parsed.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) {
    process.stderr.write(`warning: ${parsed.origin} is plain http: the password and token cross the network unencrypted\n`);
  }
  return `${parsed.origin}/`;
}

export async function loginCommand(url: string, o: { token?: string; login?: string }) {
  const base = serverUrl(url);
  if (o.token) {
    const { body: who } = await remoteRequest<SessionInfo>(base, 'GET', '/api/session', { token: o.token });
    if (!who.user) throw new DomainError('unauthenticated', 'the token is not valid on that server');
    const file = saveRemoteLogin({ url: base, token: o.token, tokenId: who.tokenId, login: who.user.login });
    process.stdout.write(`signed in to ${base} as ${who.user.login} (${who.role}); token kept in ${file}\n`);
    return;
  }
  const login = (o.login ?? (await ask('Login name: '))).trim();
  const password = await askSecret('Password: ');
  let signIn = await remoteRequest<SessionInfo | { totpRequired: true }>(base, 'POST', '/api/session', { body: { login, password } });
  if ('totpRequired' in signIn.body) {
    const totp = (await ask('One-time code: ')).trim();
    signIn = await remoteRequest(base, 'POST', '/api/session', { body: { login, password, totp } });
  }
  const session = signIn.body as SessionInfo;
  const cookie = signIn.response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const headers = { cookie, 'x-csrf-token': session.csrfToken ?? '' };
  // The CLI keeps an API token, not the session: it outlives the browser-length session, can be
  // listed and revoked on its own, and is never a cookie that a web page could ride.
  const { body: token } = await remoteRequest<{ id: string; token: string; expiresAt: string }>(base, 'POST', '/api/tokens', {
    headers,
    body: { name: `precursor CLI on ${hostname()}`, access: 'read-write', expiresInDays: 90 },
  });
  await remoteRequest(base, 'DELETE', '/api/session', { headers }).catch(() => undefined);
  const file = saveRemoteLogin({ url: base, token: token.token, tokenId: token.id, login: session.user!.login });
  process.stdout.write(`signed in to ${base} as ${session.user!.login} (${session.role}) until ${token.expiresAt.slice(0, 10)}; token kept in ${file}\n`);
}

export async function logoutCommand() {
  const remote = readRemoteLogin();
  if (!remote) {
    process.stdout.write('not signed in to a server: the commands use the local database\n');
    return;
  }
  let revoked = false;
  if (remote.tokenId) {
    revoked = await remoteRequest(remote.url, 'DELETE', `/api/tokens/${remote.tokenId}`, { token: remote.token }).then(
      () => true,
      () => false,
    );
  }
  forgetRemoteLogin();
  process.stdout.write(`signed out of ${remote.url}${revoked ? ' (its API token is revoked)' : ' (revoke its API token there if it still works)'}\n`);
}

export async function whoamiCommand(o: { json?: boolean }) {
  const remote = readRemoteLogin();
  if (remote) {
    const { body: who } = await remoteRequest<SessionInfo>(remote.url, 'GET', '/api/session', { token: remote.token });
    if (o.json) return printJson({ server: remote.url, ...who });
    process.stdout.write(`${who.user?.login ?? 'nobody'} (${who.role}) on ${remote.url} — credentials in ${credentialsFile()}\n`);
    return;
  }
  if (o.json) return printJson({ server: null, user: null, role: 'administrator', mode: 'local' });
  process.stdout.write('the local user (administrator) of the local database; `precursor login URL` to use a shared server\n');
}
