import type { Sql } from '../db/database.js';

/** The accounts module's SQL, and nothing else touches its tables. */

export interface UserRow {
  id: string;
  login: string;
  display_name: string;
  role: string;
  clearance: string;
  password_hash: string;
  disabled: boolean;
  /** A TOTP secret in plain text: only one stored before migration 012, until the next start seals it. */
  totp_secret: string | null;
  /** The TOTP secret sealed with the persons' keyring (totpSecret.ts). */
  totp_sealed: Buffer | null;
  totp_enabled: boolean;
  credentials_since: string;
  created_at: string;
  updated_at: string;
  teams: { id: string; name: string }[];
}

const userColumns = `u.id, u.login, u.display_name, u.role, u.clearance, u.password_hash, u.disabled, u.totp_secret, u.totp_sealed,
  u.totp_enabled, u.credentials_since, u.created_at, u.updated_at,
  coalesce((select jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) order by lower(t.name))
            from team_members m join teams t on t.id = m.team_id where m.user_id = u.id), '[]'::jsonb) as teams`;

export async function userExists(sql: Sql): Promise<boolean> {
  const [row] = await sql.query<{ any: boolean }>('select exists (select 1 from users) as any');
  return Boolean(row?.any);
}

/** Makes concurrent first-run requests queue, so only one of them creates the first administrator. */
export async function lockUsers(sql: Sql): Promise<void> {
  await sql.query('lock table users in share row exclusive mode');
}

export async function insertUser(
  sql: Sql,
  u: { id: string; login: string; displayName: string; role: string; clearance: string; passwordHash: string },
): Promise<void> {
  await sql.query(
    `insert into users (id, login, display_name, role, clearance, password_hash) values ($1, $2, $3, $4, $5, $6)`,
    [u.id, u.login, u.displayName, u.role, u.clearance, u.passwordHash],
  );
}

export async function selectUsers(sql: Sql): Promise<UserRow[]> {
  return sql.query<UserRow>(`select ${userColumns} from users u order by u.login`);
}

export async function selectUser(sql: Sql, by: { id?: string; login?: string }): Promise<UserRow | undefined> {
  const [row] = by.id
    ? await sql.query<UserRow>(`select ${userColumns} from users u where u.id = $1`, [by.id])
    : await sql.query<UserRow>(`select ${userColumns} from users u where u.login = $1`, [by.login]);
  return row;
}

export async function updateUser(
  sql: Sql,
  id: string,
  f: { displayName?: string; role?: string; clearance?: string; disabled?: boolean; passwordHash?: string; voidCredentials?: boolean },
): Promise<void> {
  await sql.query(
    `update users set
       display_name = coalesce($2, display_name),
       role = coalesce($3, role),
       clearance = coalesce($4, clearance),
       disabled = coalesce($5, disabled),
       password_hash = coalesce($6, password_hash),
       credentials_since = case when $7 then now() else credentials_since end,
       updated_at = now()
     where id = $1`,
    [id, f.displayName ?? null, f.role ?? null, f.clearance ?? null, f.disabled ?? null, f.passwordHash ?? null, f.voidCredentials ?? false],
  );
}

export async function setTotp(sql: Sql, id: string, sealed: Buffer | null, enabled: boolean): Promise<void> {
  await sql.query('update users set totp_sealed = $2, totp_secret = null, totp_enabled = $3, totp_last_step = null, updated_at = now() where id = $1', [id, sealed, enabled]);
}

/** The accounts whose TOTP secret is still in plain text (stored before migration 012). */
export async function selectPlainTotpSecrets(sql: Sql): Promise<{ id: string; totp_secret: string }[]> {
  return sql.query(`select id, totp_secret from users where totp_secret is not null for update`);
}

/** Every sealed TOTP secret, locked for a data key rotation. */
export async function selectSealedTotpSecrets(sql: Sql): Promise<{ id: string; totp_sealed: Buffer }[]> {
  const rows = await sql.query<{ id: string; totp_sealed: unknown }>(`select id, totp_sealed from users where totp_sealed is not null for update`);
  return rows.map((r) => ({ id: r.id, totp_sealed: bytes(r.totp_sealed) }));
}

/** Puts a sealed secret in place of the plain one or of one sealed under an older key; pending and enabled stay as they were. */
export async function resealTotp(sql: Sql, id: string, sealed: Buffer): Promise<void> {
  await sql.query('update users set totp_sealed = $2, totp_secret = null where id = $1', [id, sealed]);
}

/** PGlite gives bytea as Uint8Array, node-postgres as Buffer: one shape for the service. */
export const bytes = (v: unknown) => (Buffer.isBuffer(v) ? v : Buffer.from(v as Uint8Array));

/** Records a TOTP step as used; false when it (or a later one) was used already: a replayed code. */
export async function useTotpStep(sql: Sql, id: string, step: number): Promise<boolean> {
  const rows = await sql.query('update users set totp_last_step = $2 where id = $1 and (totp_last_step is null or totp_last_step < $2) returning id', [id, step]);
  return rows.length > 0;
}

export async function setUserTeams(sql: Sql, userId: string, teamIds: string[]): Promise<void> {
  await sql.query('delete from team_members where user_id = $1', [userId]);
  await sql.query('insert into team_members (team_id, user_id) select unnest($2::uuid[]), $1', [userId, teamIds]);
}

// Teams ------------------------------------------------------------------------------------

export interface TeamRow {
  id: string;
  name: string;
  members: number;
}

export async function selectTeams(sql: Sql): Promise<TeamRow[]> {
  return sql.query<TeamRow>(
    `select t.id, t.name, (select count(*) from team_members m where m.team_id = t.id)::int as members
     from teams t order by lower(t.name)`,
  );
}

/** Every team's id and name, without who is in it. */
export async function selectTeamNames(sql: Sql): Promise<{ id: string; name: string }[]> {
  return sql.query(`select id, name from teams order by lower(name)`);
}

/** Teams named by id or by name (any case). */
export async function selectTeamsByRef(sql: Sql, refs: string[]): Promise<{ id: string; name: string }[]> {
  return sql.query(
    `select id, name from teams where id::text = any($1::text[]) or lower(name) = any($2::text[])`,
    [refs, refs.map((r) => r.toLowerCase())],
  );
}

export async function insertTeam(sql: Sql, id: string, name: string): Promise<void> {
  await sql.query('insert into teams (id, name) values ($1, $2)', [id, name]);
}

export async function deleteTeam(sql: Sql, id: string): Promise<boolean> {
  const rows = await sql.query('delete from teams where id = $1 returning id', [id]);
  return rows.length > 0;
}

// Sessions ---------------------------------------------------------------------------------

export interface SessionRow {
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export async function insertSession(sql: Sql, s: { idDigest: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
  await sql.query('insert into sessions (id_digest, user_id, csrf_token, expires_at) values ($1, $2, $3, $4)', [
    s.idDigest,
    s.userId,
    s.csrfToken,
    s.expiresAt.toISOString(),
  ]);
}

/** A live session: before its absolute expiry, seen within `idleSeconds`, issued after its user's credentials last changed. */
export async function selectLiveSession(sql: Sql, idDigest: string, idleSeconds: number): Promise<SessionRow | undefined> {
  const [row] = await sql.query<SessionRow>(
    `select s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at
     from sessions s join users u on u.id = s.user_id
     where s.id_digest = $1 and s.expires_at > now() and s.last_seen_at > now() - make_interval(secs => $2)
       and s.created_at >= u.credentials_since and not u.disabled`,
    [idDigest, idleSeconds],
  );
  return row;
}

/** Records activity at most once a minute: a session read on every request need not write on every request. */
export async function touchSession(sql: Sql, idDigest: string): Promise<void> {
  await sql.query(`update sessions set last_seen_at = now() where id_digest = $1 and last_seen_at < now() - interval '1 minute'`, [idDigest]);
}

export async function deleteSession(sql: Sql, idDigest: string): Promise<void> {
  await sql.query('delete from sessions where id_digest = $1', [idDigest]);
}

/** Ends an account's sessions, all of them or all but one (digest `keep`). */
export async function deleteUserSessions(sql: Sql, userId: string, keep?: string): Promise<void> {
  await sql.query('delete from sessions where user_id = $1 and id_digest is distinct from $2', [userId, keep ?? null]);
}

/** Keeps a session alive through a change of its account's credentials (the person changed their own password in it). */
export async function renewSession(sql: Sql, idDigest: string): Promise<void> {
  await sql.query('update sessions set created_at = now() where id_digest = $1', [idDigest]);
}

/** Removes sessions that can no longer be used (expired, or idle past `idleSeconds`). */
export async function deleteStaleSessions(sql: Sql, idleSeconds: number): Promise<void> {
  await sql.query('delete from sessions where expires_at < now() or last_seen_at < now() - make_interval(secs => $1)', [idleSeconds]);
}

// API tokens -------------------------------------------------------------------------------

export interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  actions: string[] | null;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  created_at: string;
}

const tokenColumns = 'id, user_id, name, actions, expires_at, revoked_at, last_used_at, created_at';

export async function insertToken(sql: Sql, t: { id: string; userId: string; name: string; digest: string; actions: string[] | null; expiresAt: Date }): Promise<TokenRow> {
  const [row] = await sql.query<TokenRow>(
    `insert into api_tokens (id, user_id, name, token_digest, actions, expires_at) values ($1, $2, $3, $4, $5, $6) returning ${tokenColumns}`,
    [t.id, t.userId, t.name, t.digest, t.actions, t.expiresAt.toISOString()],
  );
  return row!;
}

/** A usable token: not revoked, not expired, its user enabled and its credentials unchanged since. */
export async function selectLiveToken(sql: Sql, digest: string): Promise<TokenRow | undefined> {
  const [row] = await sql.query<TokenRow>(
    `select ${tokenColumns.split(', ').map((c) => `t.${c}`).join(', ')}
     from api_tokens t join users u on u.id = t.user_id
     where t.token_digest = $1 and t.revoked_at is null and t.expires_at > now()
       and t.created_at >= u.credentials_since and not u.disabled`,
    [digest],
  );
  return row;
}

export async function touchToken(sql: Sql, id: string): Promise<void> {
  await sql.query(`update api_tokens set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [id]);
}

export async function selectTokens(sql: Sql, userId?: string): Promise<TokenRow[]> {
  return sql.query<TokenRow>(`select ${tokenColumns} from api_tokens where ($1::uuid is null or user_id = $1) order by created_at desc`, [userId ?? null]);
}

/** Revokes one token (of `userId` when given); false when there is no such token. */
export async function revokeToken(sql: Sql, id: string, userId?: string): Promise<boolean> {
  const rows = await sql.query(
    `update api_tokens set revoked_at = coalesce(revoked_at, now()) where id = $1 and ($2::uuid is null or user_id = $2) returning id`,
    [id, userId ?? null],
  );
  return rows.length > 0;
}

// Sign-in failures ---------------------------------------------------------------------------

export interface FailureRow {
  key: string;
  failures: number;
  locked_until: string | null;
}

/** The keys among `keys` locked now, with when the lock ends. */
export async function selectLocks(sql: Sql, keys: string[]): Promise<FailureRow[]> {
  return sql.query<FailureRow>('select key, failures, locked_until from sign_in_failures where key = any($1::text[]) and locked_until > now()', [keys]);
}

/**
 * Counts one failure for `key` within a window of `windowSeconds` (an older count starts
 * again) and locks the key for `lockSeconds` when it reaches `limit`.
 */
export async function recordFailure(sql: Sql, key: string, limit: number, windowSeconds: number, lockSeconds: number): Promise<void> {
  await sql.query(
    `insert into sign_in_failures as f (key, failures, first_failure_at) values ($1, 1, now())
     on conflict (key) do update set
       failures = case when f.first_failure_at < now() - make_interval(secs => $2) then 1 else f.failures + 1 end,
       first_failure_at = case when f.first_failure_at < now() - make_interval(secs => $2) then now() else f.first_failure_at end`,
    [key, windowSeconds],
  );
  await sql.query(
    `update sign_in_failures set locked_until = now() + make_interval(secs => $3), failures = 0, first_failure_at = now()
     where key = $1 and failures >= $2`,
    [key, limit, lockSeconds],
  );
}

/** Forgets failure counts whose window has passed and that hold no lock: a guessed name leaves no row for long. */
export async function deleteStaleFailures(sql: Sql, windowSeconds: number): Promise<void> {
  await sql.query(
    `delete from sign_in_failures where first_failure_at < now() - make_interval(secs => $1) and (locked_until is null or locked_until < now())`,
    [windowSeconds],
  );
}

export async function clearFailures(sql: Sql, keys: string[]): Promise<void> {
  await sql.query('delete from sign_in_failures where key = any($1::text[])', [keys]);
}
