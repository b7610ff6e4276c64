import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringifySetCookie } from 'cookie';
import { z } from 'zod';
import { actions, can } from '../access/permissions.js';
import { DomainError } from '../errors.js';
import type { App } from '../http/app.js';
import { ProblemSchema, problemResponses } from '../http/problem.js';
import { beginTotp, changeOwnPassword, confirmTotp, createToken, disableTotp, listTokens, revokeToken } from './account.js';
import type { Accounts, Credentials } from './authenticate.js';
import {
  ApiToken,
  CreatedToken,
  FirstAdministrator,
  PasswordChange,
  PasswordReset,
  SessionInfo,
  SignIn,
  SignInResult,
  Team,
  TeamInput,
  TeamName,
  TokenInput,
  TotpCode,
  TotpEnrolment,
  User,
  UserChange,
  UserInput,
} from './schema.js';
import { digestOf } from './secrets.js';
import { signIn, signOut, startSession } from './signIn.js';
import * as store from './store.js';
import { changeUser, createFirstAdministrator, createTeam, createUser, listTeamNames, listTeams, listUsers, removeTeam, resetPassword, toUser } from './users.js';

const tags = ['accounts'];
const IdParams = z.object({ id: z.uuid() });
const responses = { ...problemResponses, 401: ProblemSchema, 403: ProblemSchema, 429: ProblemSchema };

/** Sign-in, the first run, the session, and the management of users, teams and tokens. */
export function accountRoutes(accounts: Accounts) {
  const setSessionCookie = (reply: FastifyReply, sessionId: string) =>
    reply.header(
      'set-cookie',
      stringifySetCookie(accounts.cookieName, sessionId, {
        httpOnly: true,
        // Strict: the cookie never goes with a request another site starts. The web app loads
        // without it and then asks for /api/session itself, so a link from elsewhere still works.
        sameSite: 'strict',
        secure: accounts.config.secureCookies,
        path: '/',
        maxAge: accounts.policy.absoluteSeconds,
      }),
    );
  const clearSessionCookie = (reply: FastifyReply) =>
    reply.header(
      'set-cookie',
      stringifySetCookie(accounts.cookieName, '', { httpOnly: true, sameSite: 'strict', secure: accounts.config.secureCookies, path: '/', maxAge: 0 }),
    );

  async function sessionInfo(request: FastifyRequest, override?: { user: store.UserRow; csrfToken: string }): Promise<SessionInfo> {
    const cred: Credentials = override ? { kind: 'session', ...override } : accounts.credentials(request);
    const accountsMode = await accounts.accountsMode();
    // A sign-in answers for the account just signed in, not for the anonymous request that asked.
    const role = (override ? override.user.role : request.ctx.actor.scope.role) as SessionInfo['role'];
    const scope = { ...request.ctx.actor.scope, role };
    return {
      mode: accountsMode ? 'accounts' : 'local',
      user: cred.user ? toUser(cred.user) : null,
      role,
      // What the role may do, narrowed to a token's actions when a token asks.
      permissions: actions.filter((a) => can(scope, a) && (!cred.tokenActions || cred.tokenActions.includes(a))),
      csrfToken: cred.kind === 'session' ? (cred.csrfToken ?? null) : null,
      tokenId: cred.kind === 'token' ? (cred.tokenId ?? null) : null,
      firstRun: !accountsMode,
    };
  }

  return async function routes(app: App) {
    app.get(
      '/api/session',
      { config: { access: 'open' }, schema: { operationId: 'getSession', tags, summary: 'Who is asking: local mode or the signed-in account, its role and what it may do, and the CSRF token', response: { 200: SessionInfo, ...responses } } },
      async (request) => sessionInfo(request),
    );

    app.post(
      '/api/session',
      {
        config: { access: 'open', csrf: false },
        schema: {
          operationId: 'signIn',
          tags,
          summary: 'Sign in with login name and password (and a one-time code when the account has a second factor); sets the session cookie',
          body: SignIn,
          response: { 200: SignInResult, ...responses },
        },
      },
      async (request, reply) => {
        const outcome = await signIn(request.ctx.db, request.body, request.ip, accounts.policy);
        if (outcome.kind === 'totp-required') return { totpRequired: true as const };
        // A session id sent before sign-in is ended, and the answer carries a new one.
        const previous = accounts.credentials(request);
        if (previous.kind === 'session' && previous.sessionId) await signOut(request.ctx.db, previous.sessionId);
        setSessionCookie(reply, outcome.sessionId);
        return sessionInfo(request, { user: outcome.user, csrfToken: outcome.csrfToken });
      },
    );

    app.delete(
      '/api/session',
      { config: { access: 'open' }, schema: { operationId: 'signOut', tags, summary: 'Sign out: ends the session', response: { 204: z.null(), ...responses } } },
      async (request, reply) => {
        const cred = accounts.credentials(request);
        if (cred.kind === 'session' && cred.sessionId) await signOut(request.ctx.db, cred.sessionId);
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/setup',
      {
        config: { access: 'open', csrf: false },
        schema: {
          operationId: 'createFirstAdministrator',
          tags,
          summary: 'First run: create the first administrator (only on a loopback server while no account exists); signs them in',
          body: FirstAdministrator,
          response: { 201: SessionInfo, ...responses },
        },
      },
      async (request, reply) => {
        if (!accounts.config.loopback || accounts.credentials(request).kind !== 'local') {
          throw new DomainError('conflict', 'the first administrator exists already (or this server is not in local mode): sign in instead');
        }
        const user = await createFirstAdministrator(request.ctx.db, request.body, request.id);
        accounts.accountCreated();
        const row = (await store.selectUser(request.ctx.db, { id: user.id }))!;
        const session = await startSession(request.ctx.db, row, accounts.policy);
        setSessionCookie(reply, session.sessionId);
        return reply.status(201).send(await sessionInfo(request, { user: row, csrfToken: session.csrfToken }));
      },
    );

    // Users and teams: administrators.
    const manage = { access: 'users.manage' as const };
    app.get('/api/users', { config: manage, schema: { operationId: 'listUsers', tags, summary: 'List accounts', response: { 200: z.object({ items: z.array(User) }), ...responses } } }, async (request) => ({
      items: await listUsers(request.ctx),
    }));
    app.post('/api/users', { config: manage, schema: { operationId: 'createUser', tags, summary: 'Create an account', body: UserInput, response: { 201: User, ...responses } } }, async (request, reply) =>
      reply.status(201).send(await createUser(request.ctx, request.body)),
    );
    app.put(
      '/api/users/:id',
      { config: manage, schema: { operationId: 'updateUser', tags, summary: "Change an account's name, role, clearance, teams, or disable it", params: IdParams, body: UserChange, response: { 200: User, ...responses } } },
      async (request) => changeUser(request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/users/:id/password',
      { config: manage, schema: { operationId: 'resetUserPassword', tags, summary: 'Set a new password; the account’s sessions and API tokens end', params: IdParams, body: PasswordReset, response: { 200: User, ...responses } } },
      async (request) => resetPassword(request.ctx, request.params.id, request.body.password),
    );
    app.get('/api/teams', { config: manage, schema: { operationId: 'listTeams', tags, summary: 'List teams', response: { 200: z.object({ items: z.array(Team) }), ...responses } } }, async (request) => ({
      items: await listTeams(request.ctx),
    }));
    app.get(
      '/api/team-names',
      { config: { access: 'teams.read' }, schema: { operationId: 'listTeamNames', tags, summary: "Teams by name, without their members (to pick and show a record's teams)", response: { 200: z.object({ items: z.array(TeamName) }), ...responses } } },
      async (request) => ({ items: await listTeamNames(request.ctx) }),
    );
    app.post('/api/teams', { config: manage, schema: { operationId: 'createTeam', tags, summary: 'Create a team', body: TeamInput, response: { 201: Team, ...responses } } }, async (request, reply) =>
      reply.status(201).send(await createTeam(request.ctx, request.body.name)),
    );
    app.delete('/api/teams/:id', { config: manage, schema: { operationId: 'deleteTeam', tags, summary: 'Remove a team and its memberships', params: IdParams, response: { 200: Team, ...responses } } }, async (request) =>
      removeTeam(request.ctx, request.params.id),
    );

    // One's own account.
    const own = { access: 'account.manage' as const };
    app.put(
      '/api/account/password',
      {
        config: own,
        schema: { operationId: 'changeOwnPassword', tags, summary: 'Change your own password (send the current one); your other sessions and your API tokens end', body: PasswordChange, response: { 204: z.null(), ...responses } },
      },
      async (request, reply) => {
        const cred = accounts.credentials(request);
        await changeOwnPassword(request.ctx, request.body.currentPassword, request.body.password, cred.kind === 'session' && cred.sessionId ? digestOf(cred.sessionId) : undefined);
        return reply.status(204).send(null);
      },
    );
    app.post('/api/account/totp', { config: own, schema: { operationId: 'beginTotpEnrolment', tags, summary: 'Start enrolling a second factor: the secret and otpauth URI, shown this once', response: { 200: TotpEnrolment, ...responses } } }, async (request) =>
      beginTotp(request.ctx),
    );
    app.post(
      '/api/account/totp/confirm',
      { config: own, schema: { operationId: 'confirmTotp', tags, summary: 'Confirm the enrolment with a current code: the second factor is on', body: TotpCode, response: { 204: z.null(), ...responses } } },
      async (request, reply) => {
        await confirmTotp(request.ctx, request.body.code);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/account/totp/disable',
      { config: own, schema: { operationId: 'disableTotp', tags, summary: 'Turn the second factor off, with a current code', body: TotpCode, response: { 204: z.null(), ...responses } } },
      async (request, reply) => {
        await disableTotp(request.ctx, request.body.code);
        return reply.status(204).send(null);
      },
    );
    app.get('/api/tokens', { config: own, schema: { operationId: 'listApiTokens', tags, summary: 'Your API tokens (never their secrets)', response: { 200: z.object({ items: z.array(ApiToken) }), ...responses } } }, async (request) => ({
      items: await listTokens(request.ctx),
    }));
    app.post(
      '/api/tokens',
      { config: own, schema: { operationId: 'createApiToken', tags, summary: 'Create an API token (read-only, read-write or a list of actions), expiring; the secret is in this answer only', body: TokenInput, response: { 201: CreatedToken, ...responses } } },
      async (request, reply) => reply.status(201).send(await createToken(request.ctx, request.body)),
    );
    app.delete('/api/tokens/:id', { config: own, schema: { operationId: 'revokeApiToken', tags, summary: 'Revoke one of your API tokens', params: IdParams, response: { 204: z.null(), ...responses } } }, async (request, reply) => {
      await revokeToken(request.ctx, request.params.id);
      return reply.status(204).send(null);
    });
  };
}
