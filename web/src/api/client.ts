import type { Problem } from './types';

/** An API error with its problem+json body, so forms can show each field's message. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status() {
    return this.problem.status;
  }
}

async function parse<T>(response: Response): Promise<T> {
  const type = response.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const problem: Problem =
      typeof body === 'object' && body !== null && 'status' in body
        ? (body as Problem)
        : { type: 'about:blank', title: response.statusText, status: response.status, detail: String(body).slice(0, 500) };
    throw new ApiError(problem);
  }
  return body as T;
}

/** Query parameters from an object: arrays repeat, empty values are left out. */
export function toQuery(params: Record<string, string | number | readonly (string | number)[] | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) q.set(key, value.join(','));
    } else q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(path, { headers: { accept: 'application/json' }, signal: signal ?? null }));
}

/**
 * The signed-in session's CSRF token (from GET /api/session), sent on every write: the server
 * refuses a cookie-authenticated write without it, so another site cannot write as the person.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Writes clear the read cache, so every view shows what was just saved. */
export async function apiSend<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, 'content-type': 'application/json' };
  }
  const result = await parse<T>(await fetch(path, init));
  clearCache();
  return result;
}

const cache = new Map<string, Promise<unknown>>();
/** GET through a small in-memory cache; vocabularies and records are read many times per page. */
export function cachedGet<T>(path: string): Promise<T> {
  let hit = cache.get(path) as Promise<T> | undefined;
  if (!hit) {
    hit = apiGet<T>(path);
    cache.set(path, hit);
    hit.catch(() => cache.delete(path));
  }
  return hit;
}
export function clearCache(keep: (path: string) => boolean = (p) => p.startsWith('/api/taxonomies')) {
  for (const key of [...cache.keys()]) if (!keep(key)) cache.delete(key);
}
