import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { Secret, TOTP } from 'otpauth';

/**
 * Every secret the accounts module makes or checks: password hashes, session ids, CSRF
 * tokens, API tokens, TOTP codes.
 *
 * Passwords: argon2id from `@node-rs/argon2`. We compared it with `hash-wasm` (WASM, pure
 * JavaScript glue). Both are maintained (releases in 2026) and neither builds at install:
 * @node-rs ships prebuilt binaries per platform as optional packages (with a WASI fallback)
 * and has no install script. We chose it because it hashes on libuv's thread pool, so a
 * sign-in (~50 ms of hashing at these parameters) never blocks the event loop for the other
 * requests, where hash-wasm computes on the main thread and is several times slower.
 */

/** OWASP Password Storage Cheat Sheet, argon2id: m = 19 MiB, t = 2, p = 1. */
export const passwordHashOptions = { algorithm: 2 as Algorithm, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, passwordHashOptions);

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody knows: a sign-in with an unknown login is checked against it,
 * so it takes as long as one with a known login and the time says nothing about existence.
 */
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = () => (decoyHash ??= hashPassword(randomBytes(32).toString('base64url')));

/** A random value with 256 bits of entropy, URL-safe. */
export const randomSecret = () => randomBytes(32).toString('base64url');

/**
 * What the database keeps of a session id or an API token: its SHA-256. The values are
 * random and 256 bits long, so a slow hash would add nothing; a stolen table gives no
 * usable session or token.
 */
export const digestOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
export const tokenPrefix = 'prc_';
export const newApiToken = () => `${tokenPrefix}${randomSecret()}`;

// TOTP (RFC 6238): 6 digits, 30 s, SHA-1 — what every authenticator app reads.

export function newTotp(login: string): { secret: string; uri: string } {
  const totp = new TOTP({ issuer: 'Precursor', label: login, secret: new Secret({ size: 20 }) });
  return { secret: totp.secret.base32, uri: totp.toString() };
}

/**
 * The 30-second step a code belongs to, if it is the code of the current step or of one step
 * either side (clock drift); undefined when it matches none. The caller refuses a step already used.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | undefined {
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  const delta = totp.validate({ token: code, window: 1, timestamp: now });
  return delta === null ? undefined : totp.counter({ timestamp: now }) + delta;
}

/** The code for a secret at a time (tests, and nothing else, need to compute one). */
export const totpCode = (secret: string, at = Date.now()) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });
