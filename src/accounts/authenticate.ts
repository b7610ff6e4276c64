import type { FastifyRequest } from 'fastify';
import { parseCookie } from 'cookie';
import type { Action } from '../access/permissions.js';
import { anonymousUser, localUser, type Actor } from '../context.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import { digestOf, sameSecret, tokenPrefix } from './secrets.js';
import { defaultSessionPolicy, type SessionPolicy } from './signIn.js';
import * as store from './store.js';
import { actorOf } from './users.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action a route takes (src/access/permissions.ts), or `open` for sign-in, first run and the session. */
    access?: Action | 'open';
    /** false: no CSRF token is asked (sign-in and the first run, which have no session yet). */
    csrf?: boolean;
  }
}

export interface AccountsConfig {
  /**
   * The server listens on a loopback address only. Then, while no account exists, it runs in
   * local mode: no sign-in, everyone who reaches it is the local administrator — reachable
   * only from this machine. Bound elsewhere, accounts are always required.
   */
  loopback: boolean;
  /** Mark cookies Secure (the public URL is https). */
  secureCookies: boolean;
  policy?: SessionPolicy;
}

/** How a request proved who it is; the session route reads it back. */
export interface Credentials {
  kind: 'local' | 'anonymous' | 'session' | 'token';
  user?: store.UserRow;
  sessionId?: string;
  csrfToken?: string;
  tokenId?: string;
  /** A token's actions (null: all its account's). */
  tokenActions?: string[] | null;
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const csrfHeader = 'x-csrf-token';

export type Accounts = ReturnType<typeof accountsAccess>;

/**
 * The `authenticate` hook of the HTTP app (AppDeps.authenticate), for local mode and accounts:
 * - `Authorization: Bearer prc_…` → the token's account, limited to the token's actions;
 * - the session cookie → its account; a write must carry the session's CSRF token;
 * - nothing → the local user in local mode, else the anonymous public.
 */
export function accountsAccess(db: Database, config: AccountsConfig) {
  const policy = config.policy ?? defaultSessionPolicy;
  const cookieName = config.secureCookies ? '__Host-precursor_session' : 'precursor_session';
  const credentials = new WeakMap<FastifyRequest, Credentials>();

  // Accounts are never deleted, so once one exists local mode has ended for good; until then
  // the answer is re-read at most every 2 s (a CLI on a PostgreSQL server may add the first).
  let accountsExist = !config.loopback;
  let checkedAt = 0;
  async function accountsMode(): Promise<boolean> {
    if (accountsExist || Date.now() - checkedAt < 2000) return accountsExist;
    accountsExist = await store.userExists(db);
    checkedAt = Date.now();
    return accountsExist;
  }

  async function authenticate(request: FastifyRequest): Promise<Actor> {
    // The web app's files and unknown paths hold no records: they are served to anyone, and
    // need no database round trip per asset.
    if (!request.routeOptions.url?.startsWith('/api/')) {
      credentials.set(request, { kind: 'anonymous' });
      return anonymousUser;
    }
    const config = request.routeOptions.config;
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) {
      const token = bearer.startsWith(tokenPrefix) ? await store.selectLiveToken(db, digestOf(bearer)) : undefined;
      if (!token) throw new DomainError('unauthenticated', 'the API token is not valid: unknown, expired or revoked');
      const user = (await store.selectUser(db, { id: token.user_id }))!;
      if (token.actions && config.access !== 'open' && !(config.access && token.actions.includes(config.access))) {
        throw new DomainError('forbidden', `this API token may not ${config.access ? config.access.replace('.', ' ') : 'use this route'}`);
      }
      await store.touchToken(db, token.id);
      credentials.set(request, { kind: 'token', user, tokenId: token.id, tokenActions: token.actions });
      return actorOf(user);
    }
    const sessionId = request.headers.cookie ? parseCookie(request.headers.cookie)[cookieName] : undefined;
    if (sessionId) {
      const digest = digestOf(sessionId);
      const session = await store.selectLiveSession(db, digest, policy.idleSeconds);
      if (session) {
        if (writeMethods.has(request.method) && config.csrf !== false) {
          const sent = request.headers[csrfHeader];
          if (typeof sent !== 'string' || !sameSecret(sent, session.csrf_token)) {
            throw new DomainError('forbidden', `missing or wrong CSRF token: send the session's token in the ${csrfHeader} header`);
          }
        }
        await store.touchSession(db, digest);
        const user = (await store.selectUser(db, { id: session.user_id }))!;
        credentials.set(request, { kind: 'session', user, sessionId, csrfToken: session.csrf_token });
        return actorOf(user);
      }
      // An ended or unknown session is no session: the request goes on as if it had none.
    }
    if (!(await accountsMode())) {
      credentials.set(request, { kind: 'local' });
      return localUser;
    }
    credentials.set(request, { kind: 'anonymous' });
    return anonymousUser;
  }

  return {
    config,
    policy,
    cookieName,
    authenticate,
    accountsMode,
    /** The first account was just created in this process: local mode ends now, not in 2 s. */
    accountCreated: () => {
      accountsExist = true;
    },
    credentials: (request: FastifyRequest): Credentials => credentials.get(request) ?? { kind: 'anonymous' },
  };
}
