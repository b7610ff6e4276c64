import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DomainError, type ErrorCode } from '../errors.js';

/**
 * The CLI against a shared server: `precursor login URL` keeps an API token in a file only its
 * owner can read, and the commands that work remotely send it to that server's HTTP API.
 */

export interface RemoteLogin {
  url: string;
  token: string;
  tokenId: string | null;
  login: string;
}

/** `$XDG_CONFIG_HOME/precursor/credentials.json`, else `~/.config/precursor/credentials.json`. */
export function credentialsFile(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'precursor', 'credentials.json');
}

export function readRemoteLogin(): RemoteLogin | undefined {
  const file = credentialsFile();
  if (!existsSync(file)) return undefined;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as RemoteLogin;
    return typeof value.url === 'string' && typeof value.token === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveRemoteLogin(login: RemoteLogin): string {
  const file = credentialsFile();
  mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  // An existing file keeps its mode on write: make sure no one else can read the token.
  chmodSync(file, 0o600);
  return file;
}

export function forgetRemoteLogin(): void {
  rmSync(credentialsFile(), { force: true });
}

/** Refuses a command that has no remote form while a remote login is active. */
export function requireLocalDatabase(): void {
  const remote = readRemoteLogin();
  if (remote) {
    throw new DomainError(
      'invalid',
      `this command works on the local database only, and you are signed in to ${remote.url}: use the web app or the HTTP API there, or run \`precursor logout\` to use the local database`,
    );
  }
}

const codeOfStatus = (status: number): ErrorCode =>
  status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : status === 409 ? 'conflict' : status === 429 ? 'too-many-attempts' : 'invalid';

/** One request to a Precursor server; a problem+json answer becomes the same DomainError a local command would throw. */
export async function remoteRequest<T>(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ body: T; response: Response }> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(new URL(path, base), { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  } catch (err) {
    throw new Error(`cannot reach ${base}: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`);
  }
  const text = await response.text();
  const body = text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
  if (!response.ok) {
    const problem = (typeof body === 'object' && body ? body : {}) as { detail?: string; errors?: { field: string; code: string; message: string }[] };
    throw new DomainError(codeOfStatus(response.status), `${base}: ${problem.detail ?? `HTTP ${response.status}`}`, (problem.errors ?? []) as never);
  }
  return { body: body as T, response };
}

/** A GET with the stored login's token. */
export async function remoteGet<T>(remote: RemoteLogin, path: string): Promise<T> {
  return (await remoteRequest<T>(remote.url, 'GET', path, { token: remote.token })).body;
}
