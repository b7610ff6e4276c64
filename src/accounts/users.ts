import { randomUUID } from 'node:crypto';
import { requirePermission } from '../access/permissions.js';
import { scopeFor, type Confidentiality } from '../access/scope.js';
import { recordAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../context.js';
import type { Database, Sql } from '../db/database.js';
import { DomainError, invalid, notFound } from '../errors.js';
import type { AccountRole, FirstAdministrator, Team, TeamName, User, UserChange, UserInput } from './schema.js';
import { hashPassword } from './secrets.js';
import * as store from './store.js';

/**
 * Users and teams, managed by an administrator (`users.manage`). Every change is audited,
 * without secrets: the audit documents hold the account as `User` shows it.
 */

export function toUser(row: store.UserRow): User {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role as AccountRole,
    clearance: row.clearance as Confidentiality,
    teams: row.teams,
    disabled: row.disabled,
    totpEnabled: row.totp_enabled,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The actor a signed-in account acts as: its role, clearance (capped by the role) and teams. */
export function actorOf(row: store.UserRow): Actor {
  return {
    id: row.id,
    name: row.display_name,
    scope: scopeFor(row.role as AccountRole, { clearance: row.clearance as Confidentiality, teams: row.teams.map((t) => t.id) }),
  };
}

const loginTaken = (login: string) =>
  invalid([{ field: 'login', code: 'duplicate', message: `the login name '${login}' is taken` }]);

async function teamIds(sql: Sql, refs: string[], field = 'teams'): Promise<string[]> {
  if (!refs.length) return [];
  const found = await store.selectTeamsByRef(sql, refs);
  const missing = refs.filter((r) => !found.some((t) => t.id === r || t.name.toLowerCase() === r.toLowerCase()));
  if (missing.length) {
    throw invalid(missing.map((m) => ({ field, code: 'not-found' as const, message: `no team '${m}'`, params: { entity: 'team', id: m } })));
  }
  return [...new Set(found.map((t) => t.id))];
}

/** The clearance an account gets: the one asked for, capped at the role's maximum. */
const clearanceFor = (role: AccountRole, wanted?: Confidentiality) => scopeFor(role, { clearance: wanted }).clearance;

async function insertAccount(tx: Sql, input: { login: string; displayName?: string; role: AccountRole; clearance?: Confidentiality; password: string; teams?: string[] }) {
  if (await store.selectUser(tx, { login: input.login })) throw loginTaken(input.login);
  const id = randomUUID();
  await store.insertUser(tx, {
    id,
    login: input.login,
    displayName: input.displayName || input.login,
    role: input.role,
    clearance: clearanceFor(input.role, input.clearance),
    passwordHash: await hashPassword(input.password),
  });
  if (input.teams?.length) await store.setUserTeams(tx, id, await teamIds(tx, input.teams));
  return toUser((await store.selectUser(tx, { id }))!);
}

export async function listUsers(ctx: RequestContext): Promise<User[]> {
  requirePermission(ctx.actor.scope, 'users.manage');
  return (await store.selectUsers(ctx.db)).map(toUser);
}

export async function createUser(ctx: RequestContext, input: UserInput): Promise<User> {
  requirePermission(ctx.actor.scope, 'users.manage');
  return ctx.db.transaction(async (tx) => {
    const user = await insertAccount(tx, input);
    await recordAudit(tx, ctx, [{ action: 'user.create', entity: 'user', entityId: user.id, before: null, after: user }]);
    return user;
  });
}

/**
 * The first administrator, from the first-run page or `precursor users add`: allowed only
 * while no account exists. The table is locked for the check, so two first runs at once
 * cannot both succeed.
 */
export async function createFirstAdministrator(db: Database, input: FirstAdministrator, requestId: string): Promise<User> {
  return db.transaction(async (tx) => {
    await store.lockUsers(tx);
    if (await store.userExists(tx)) throw new DomainError('conflict', 'an administrator already exists: sign in instead');
    const user = await insertAccount(tx, { ...input, role: 'administrator' });
    const ctx: RequestContext = { actor: { id: user.id, name: user.displayName, scope: scopeFor('administrator') }, requestId, db };
    await recordAudit(tx, ctx, [{ action: 'user.create', entity: 'user', entityId: user.id, before: null, after: user, detail: { firstRun: true } }]);
    return user;
  });
}

async function existing(sql: Sql, id: string): Promise<store.UserRow> {
  const row = await store.selectUser(sql, { id });
  if (!row) throw notFound('user', id);
  return row;
}

/** Finds a user by id or login name (the CLI names people by login). */
export async function findUser(ctx: RequestContext, ref: string): Promise<User> {
  requirePermission(ctx.actor.scope, 'users.manage');
  const uuid = /^[0-9a-f-]{36}$/i.test(ref);
  const row = await store.selectUser(ctx.db, uuid ? { id: ref } : { login: ref.trim().toLowerCase() });
  if (!row) throw notFound('user', ref);
  return toUser(row);
}

export async function changeUser(ctx: RequestContext, id: string, change: UserChange): Promise<User> {
  requirePermission(ctx.actor.scope, 'users.manage');
  return ctx.db.transaction(async (tx) => {
    const before = await existing(tx, id);
    const role = change.role ?? (before.role as AccountRole);
    // An administrator cannot take away their own administration or sign-in: someone must be left to manage.
    if (id === ctx.actor.id && (role !== 'administrator' || change.disabled)) {
      throw invalid([{ field: change.disabled ? 'disabled' : 'role', code: 'invalid', message: 'you cannot demote or disable your own account' }]);
    }
    const clearance = change.clearance || change.role ? clearanceFor(role, (change.clearance ?? before.clearance) as Confidentiality) : undefined;
    await store.updateUser(tx, id, {
      displayName: change.displayName,
      role: change.role,
      clearance,
      disabled: change.disabled,
      voidCredentials: change.disabled === true,
    });
    if (change.teams) await store.setUserTeams(tx, id, await teamIds(tx, change.teams));
    if (change.disabled) await store.deleteUserSessions(tx, id);
    const after = toUser(await existing(tx, id));
    await recordAudit(tx, ctx, [{ action: 'user.update', entity: 'user', entityId: id, before: toUser(before), after }]);
    return after;
  });
}

/** An administrator sets a new password: the account's sessions and API tokens stop working. */
export async function resetPassword(ctx: RequestContext, id: string, password: string): Promise<User> {
  requirePermission(ctx.actor.scope, 'users.manage');
  return ctx.db.transaction(async (tx) => {
    const before = toUser(await existing(tx, id));
    await store.updateUser(tx, id, { passwordHash: await hashPassword(password), voidCredentials: true });
    await store.deleteUserSessions(tx, id);
    const after = toUser(await existing(tx, id));
    await recordAudit(tx, ctx, [{ action: 'user.reset-password', entity: 'user', entityId: id, before, after }]);
    return after;
  });
}

// Teams ------------------------------------------------------------------------------------

export async function listTeams(ctx: RequestContext): Promise<Team[]> {
  requirePermission(ctx.actor.scope, 'users.manage');
  return store.selectTeams(ctx.db);
}

/** The teams' ids and names for any account (`teams.read`): a record's teams are picked and shown by name. */
export async function listTeamNames(ctx: RequestContext): Promise<TeamName[]> {
  requirePermission(ctx.actor.scope, 'teams.read');
  return store.selectTeamNames(ctx.db);
}

export async function createTeam(ctx: RequestContext, name: string): Promise<Team> {
  requirePermission(ctx.actor.scope, 'users.manage');
  return ctx.db.transaction(async (tx) => {
    if ((await store.selectTeamsByRef(tx, [name])).length) throw invalid([{ field: 'name', code: 'duplicate', message: `a team is already named '${name}'` }]);
    const team = { id: randomUUID(), name, members: 0 };
    await store.insertTeam(tx, team.id, name);
    await recordAudit(tx, ctx, [{ action: 'team.create', entity: 'team', entityId: team.id, before: null, after: team }]);
    return team;
  });
}

/** Removes a team (by id or name) and its memberships; records restricted to it keep its id. */
export async function removeTeam(ctx: RequestContext, ref: string): Promise<Team> {
  requirePermission(ctx.actor.scope, 'users.manage');
  return ctx.db.transaction(async (tx) => {
    const [id] = await teamIds(tx, [ref], 'team');
    const before = (await store.selectTeams(tx)).find((t) => t.id === id)!;
    await store.deleteTeam(tx, id!);
    await recordAudit(tx, ctx, [{ action: 'team.delete', entity: 'team', entityId: id!, before, after: null }]);
    return before;
  });
}

/** Whether any account exists: while none does, a loopback server runs in local mode. */
export const accountsExist = (sql: Sql) => store.userExists(sql);
