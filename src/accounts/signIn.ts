import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import type { SignIn } from './schema.js';
import { decoyPasswordHash, digestOf, passwordMatches, randomSecret, totpStep } from './secrets.js';
import * as store from './store.js';
import { totpSecretOf } from './totpSecret.js';

/**
 * Signing in and out. A session id is 256 random bits given to the browser once, in a
 * cookie; the database keeps its SHA-256. Each sign-in makes a new id (no session fixation:
 * an id planted before sign-in is never promoted), with its own CSRF token.
 */

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleSeconds: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteSeconds: number;
}

/** Eight hours of work without a break, and no session lives past a day (OWASP Session Management). */
export const defaultSessionPolicy: SessionPolicy = { idleSeconds: 2 * 60 * 60, absoluteSeconds: 24 * 60 * 60 };

/**
 * Throttling. Per login name — whether or not the account exists, so that a lock says nothing
 * about existence — 5 failures within 15 minutes lock the name for 15 minutes. Per client
 * address, 30 failures within 15 minutes lock the address: it slows a guesser spreading over
 * many names without locking one office's shared address after a few typos.
 */
export const throttle = {
  login: { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  address: { limit: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const;

export type SignInOutcome =
  | { kind: 'signed-in'; sessionId: string; csrfToken: string; user: store.UserRow }
  | { kind: 'totp-required' };

const wrongCredentials = () => new DomainError('unauthenticated', 'wrong login name or password');

export async function signIn(db: Database, input: SignIn, clientAddress: string, policy: SessionPolicy = defaultSessionPolicy): Promise<SignInOutcome> {
  const keys = [`login:${input.login}`, `address:${clientAddress}`];
  const locks = await store.selectLocks(db, keys);
  if (locks.length) {
    const until = locks.map((l) => l.locked_until!).sort().at(-1)!;
    const retryAfter = Math.max(1, Math.ceil((Date.parse(until) - Date.now()) / 1000));
    const what = locks.some((l) => l.key.startsWith('login:')) ? 'this login name' : 'your address';
    throw new DomainError('too-many-attempts', `too many failed sign-ins: ${what} is locked for ${Math.ceil(retryAfter / 60)} more minute(s)`, [], { retryAfter });
  }
  const user = await store.selectUser(db, { login: input.login });
  // The same hashing work for a login that does not exist, so the time does not tell.
  const passwordOk = await passwordMatches(user?.password_hash ?? (await decoyPasswordHash()), input.password);
  const fail = async (error: DomainError) => {
    await store.recordFailure(db, keys[0]!, throttle.login.limit, throttle.login.windowSeconds, throttle.login.lockSeconds);
    await store.recordFailure(db, keys[1]!, throttle.address.limit, throttle.address.windowSeconds, throttle.address.lockSeconds);
    return error;
  };
  if (!user || !passwordOk) throw await fail(wrongCredentials());
  if (user.disabled) throw await fail(new DomainError('unauthenticated', 'this account is disabled: ask an administrator'));
  if (user.totp_enabled) {
    if (!input.totp) return { kind: 'totp-required' };
    const step = totpStep((await totpSecretOf(db, user))!, input.totp);
    if (step === undefined || !(await store.useTotpStep(db, user.id, step))) throw await fail(new DomainError('unauthenticated', 'wrong one-time code'));
  }
  await store.clearFailures(db, [keys[0]!]);
  // Housekeeping on the way, so neither table grows with time: a sign-in is rare enough.
  await store.deleteStaleSessions(db, policy.idleSeconds);
  await store.deleteStaleFailures(db, Math.max(throttle.login.windowSeconds, throttle.address.windowSeconds));
  return { kind: 'signed-in', ...(await startSession(db, user, policy)), user };
}

/** A new session for an account that has proved itself (here, or on the first-run page). */
export async function startSession(db: Database, user: store.UserRow, policy: SessionPolicy = defaultSessionPolicy) {
  const sessionId = randomSecret();
  const csrfToken = randomSecret();
  await store.insertSession(db, { idDigest: digestOf(sessionId), userId: user.id, csrfToken, expiresAt: new Date(Date.now() + policy.absoluteSeconds * 1000) });
  return { sessionId, csrfToken };
}

export async function signOut(db: Database, sessionId: string): Promise<void> {
  await store.deleteSession(db, digestOf(sessionId));
}
