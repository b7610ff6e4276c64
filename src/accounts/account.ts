import { randomUUID } from 'node:crypto';
import { actions, can, requirePermission, type Action } from '../access/permissions.js';
import { scopeFor } from '../access/scope.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { DomainError, invalid, notFound } from '../errors.js';
import type { AccountRole, ApiToken, TokenInput } from './schema.js';
import { TokenInput as TokenInputSchema } from './schema.js';
import { digestOf, hashPassword, newApiToken, newTotp, passwordMatches, totpStep } from './secrets.js';
import * as store from './store.js';
import { sealTotpSecret, totpSecretOf } from './totpSecret.js';

/**
 * A person's own account: the second factor and API tokens. The local user of a loopback
 * server without accounts has no account, so these answer that an account is needed.
 */

async function ownAccount(ctx: RequestContext): Promise<store.UserRow> {
  const row = await store.selectUser(ctx.db, { id: /^[0-9a-f-]{36}$/i.test(ctx.actor.id) ? ctx.actor.id : '00000000-0000-0000-0000-000000000000' });
  if (!row) throw new DomainError('unauthenticated', 'this needs an account: sign in (in local mode, create the first administrator first)');
  return row;
}

/**
 * A person changes their own password, proving the current one. Their other sessions and
 * their API tokens end (credentials changed); this session goes on.
 */
export async function changeOwnPassword(ctx: RequestContext, currentPassword: string, password: string, keepSession?: string): Promise<void> {
  const user = await ownAccount(ctx);
  if (!(await passwordMatches(user.password_hash, currentPassword))) {
    throw invalid([{ field: 'currentPassword', code: 'invalid', message: 'the current password is wrong' }]);
  }
  await ctx.db.transaction(async (tx) => {
    await store.updateUser(tx, user.id, { passwordHash: await hashPassword(password), voidCredentials: true });
    await store.deleteUserSessions(tx, user.id, keepSession);
    if (keepSession) await store.renewSession(tx, keepSession);
    await recordAudit(tx, ctx, [{ action: 'user.change-password', entity: 'user', entityId: user.id, before: null, after: null }]);
  });
}

/** Starts TOTP enrolment: a new secret, pending until a code from it is confirmed. */
export async function beginTotp(ctx: RequestContext): Promise<{ secret: string; uri: string }> {
  const user = await ownAccount(ctx);
  if (user.totp_enabled) throw new DomainError('conflict', 'a second factor is already on: turn it off first');
  const enrolment = newTotp(user.login);
  await ctx.db.transaction(async (tx) => store.setTotp(tx, user.id, await sealTotpSecret(ctx.db, tx, user.id, enrolment.secret), false));
  return enrolment;
}

export async function confirmTotp(ctx: RequestContext, code: string): Promise<void> {
  const user = await ownAccount(ctx);
  const secret = await totpSecretOf(ctx.db, user);
  if (user.totp_enabled || !secret) throw new DomainError('conflict', 'no enrolment is pending: start one first');
  const step = totpStep(secret, code);
  if (step === undefined) throw invalid([{ field: 'code', code: 'invalid', message: 'the code does not match: check the time on your device' }]);
  await ctx.db.transaction(async (tx) => {
    await store.setTotp(tx, user.id, await sealTotpSecret(ctx.db, tx, user.id, secret), true);
    await store.useTotpStep(tx, user.id, step);
    await recordAudit(tx, ctx, [{ action: 'user.totp-on', entity: 'user', entityId: user.id, before: null, after: null }]);
  });
}

/** Turns the second factor off; a current code proves the person holds it (an administrator may instead reset the password). */
export async function disableTotp(ctx: RequestContext, code: string): Promise<void> {
  const user = await ownAccount(ctx);
  if (!user.totp_enabled) throw new DomainError('conflict', 'the second factor is not on');
  const step = totpStep((await totpSecretOf(ctx.db, user))!, code);
  if (step === undefined || !(await store.useTotpStep(ctx.db, user.id, step))) throw invalid([{ field: 'code', code: 'invalid', message: 'the code does not match, or was used already' }]);
  await ctx.db.transaction(async (tx) => {
    await store.setTotp(tx, user.id, null, false);
    await recordAudit(tx, ctx, [{ action: 'user.totp-off', entity: 'user', entityId: user.id, before: null, after: null }]);
  });
}

// API tokens -------------------------------------------------------------------------------

export function toToken(row: store.TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    actions: row.actions,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
    createdAt: row.created_at,
  };
}

/** The actions a token may take: `read-only` is every reading action the role has; `read-write` (null) all of them. */
export function tokenActions(role: AccountRole, access: 'read-only' | 'read-write' | Action[]): Action[] | null {
  const scope = scopeFor(role);
  if (access === 'read-write') return null;
  if (access === 'read-only') return readActions(role);
  const refused = access.filter((a) => !can(scope, a));
  if (refused.length) throw invalid([{ field: 'access', code: 'invalid', message: `the role ${role} may not ${refused.join(', ')}` }]);
  return [...new Set(access)];
}

const readActions = (role: AccountRole) => actions.filter((a) => a.endsWith('.read') && can(scopeFor(role), a));

/** Creates a token for `userId` (the caller's own account, or any with `users.manage` from the CLI); the secret is returned this once. */
export async function createTokenFor(sql: Sql, ctx: RequestContext, user: store.UserRow, input: TokenInput): Promise<ApiToken & { token: string }> {
  const parsed = TokenInputSchema.parse(input);
  const token = newApiToken();
  const row = await store.insertToken(sql, {
    id: randomUUID(),
    userId: user.id,
    name: parsed.name,
    digest: digestOf(token),
    actions: tokenActions(user.role as AccountRole, parsed.access),
    expiresAt: new Date(Date.now() + parsed.expiresInDays * 86_400_000),
  });
  await recordAudit(sql, ctx, [{ action: 'token.create', entity: 'api-token', entityId: row.id, before: null, after: { ...toToken(row), userId: user.id } }]);
  return { ...toToken(row), token };
}

export async function createToken(ctx: RequestContext, input: TokenInput): Promise<ApiToken & { token: string }> {
  const user = await ownAccount(ctx);
  return ctx.db.transaction((tx) => createTokenFor(tx, ctx, user, input));
}

export async function listTokens(ctx: RequestContext): Promise<ApiToken[]> {
  const user = await ownAccount(ctx);
  return (await store.selectTokens(ctx.db, user.id)).map(toToken);
}

/** Revokes one of the caller's tokens (`userId` undefined: any token, for an administrator at the CLI). */
export async function revokeTokenOf(ctx: RequestContext, id: string, userId: string | undefined): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (!(await store.revokeToken(tx, id, userId))) throw notFound('API token', id);
    await recordAudit(tx, ctx, [{ action: 'token.revoke', entity: 'api-token', entityId: id, before: null, after: null }]);
  });
}

export async function revokeToken(ctx: RequestContext, id: string): Promise<void> {
  const user = await ownAccount(ctx);
  await revokeTokenOf(ctx, id, user.id);
}

// An administrator's view of every account's tokens (the CLI on the local database).

async function accountByRef(ctx: RequestContext, ref: string): Promise<store.UserRow> {
  const uuid = /^[0-9a-f-]{36}$/i.test(ref);
  const row = await store.selectUser(ctx.db, uuid ? { id: ref } : { login: ref.trim().toLowerCase() });
  if (!row) throw notFound('user', ref);
  return row;
}

export async function createTokenForUser(ctx: RequestContext, userRef: string, input: TokenInput): Promise<ApiToken & { token: string; login: string }> {
  requirePermission(ctx.actor.scope, 'users.manage');
  const user = await accountByRef(ctx, userRef);
  if (user.disabled) throw new DomainError('conflict', `the account ${user.login} is disabled`);
  return { ...(await ctx.db.transaction((tx) => createTokenFor(tx, ctx, user, input))), login: user.login };
}

export async function listTokensOf(ctx: RequestContext, userRef?: string): Promise<(ApiToken & { login: string })[]> {
  requirePermission(ctx.actor.scope, 'users.manage');
  const users = await store.selectUsers(ctx.db);
  const only = userRef ? (await accountByRef(ctx, userRef)).id : undefined;
  const login = new Map(users.map((u) => [u.id, u.login]));
  return (await store.selectTokens(ctx.db, only)).map((r) => ({ ...toToken(r), login: login.get(r.user_id) ?? '' }));
}

export async function revokeAnyToken(ctx: RequestContext, id: string): Promise<void> {
  requirePermission(ctx.actor.scope, 'users.manage');
  await revokeTokenOf(ctx, id, undefined);
}
