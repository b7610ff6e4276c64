import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Database } from '../src/db/database.js';
import { fieldProblemCodes } from '../src/errors.js';
import { EvidenceFiles } from '../src/evidence/files.js';
import { buildApp, type App } from '../src/http/app.js';
import { openTestDatabase, type TestDatabase } from './databases.js';

/**
 * The HTTP API under test: the real app (routes, validation, problem+json) over a fresh
 * migrated database of one engine, driven with `app.inject` (no port is opened). One
 * `TestApi` per describe block; tests create their data through the API.
 */
export interface TestApi {
  app: App;
  db: Database;
  files: EvidenceFiles;
  /** Where evidence files are written. */
  evidenceDir: string;
  /** A second app over the same database with another evidence limit (for 413 tests). */
  withMaxBytes(maxBytes: number): Promise<{ app: App; files: EvidenceFiles; evidenceDir: string }>;
  close(): Promise<void>;
}

export async function openTestApi(engine: 'pglite' | 'postgres', options: { maxBytes?: number } = {}): Promise<TestApi> {
  const database: TestDatabase = await openTestDatabase(engine);
  const dirs: string[] = [];
  const apps: App[] = [];
  const make = async (maxBytes: number) => {
    const evidenceDir = mkdtempSync(join(tmpdir(), 'precursor-evidence-'));
    dirs.push(evidenceDir);
    const files = new EvidenceFiles(evidenceDir, maxBytes);
    const app = await buildApp({ db: database.db, files, version: 'test' });
    await app.ready();
    apps.push(app);
    return { app, files, evidenceDir };
  };
  const main = await make(options.maxBytes ?? 10 * 1024 * 1024);
  return {
    ...main,
    db: database.db,
    withMaxBytes: make,
    close: async () => {
      for (const app of apps) await app.close();
      await database.dispose();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------
// Requests

export interface Res<T = any> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  raw: Buffer;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One request; the body is sent as JSON unless it is a string or a Buffer (sent as is). */
export async function call<T = any>(app: App, method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res<T>> {
  const res = await app.inject({
    method,
    url,
    headers: body !== undefined && !Buffer.isBuffer(body) && typeof body !== 'string' ? { 'content-type': 'application/json', ...headers } : headers,
    payload: body === undefined ? undefined : Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body),
  });
  const type = String(res.headers['content-type'] ?? '');
  let parsed: unknown = res.body;
  if (/json/.test(type)) parsed = res.body ? JSON.parse(res.body) : undefined;
  return { status: res.statusCode, headers: res.headers, body: parsed as T, raw: res.rawPayload };
}

export const get = <T = any>(app: App, url: string) => call<T>(app, 'GET', url);
export const post = <T = any>(app: App, url: string, body?: unknown) => call<T>(app, 'POST', url, body);
export const put = <T = any>(app: App, url: string, body: unknown) => call<T>(app, 'PUT', url, body);
export const del = <T = any>(app: App, url: string) => call<T>(app, 'DELETE', url);

/** Asserts a status, failing with the response body so that a surprise is readable. */
export function expectStatus(res: Res, status: number) {
  expect(res.status, `${res.status} ${typeof res.body === 'string' ? res.body : JSON.stringify(res.body)}`).toBe(status);
}

/**
 * Asserts an RFC 9457 problem: the status, the media type, the shape, and that every field
 * in `fields` is named in `errors` (with a JSON pointer that matches it).
 */
export function expectProblem(res: Res, status: number, fields: string[] = []) {
  expectStatus(res, status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const p = res.body as {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance: string;
    errors?: { field: string; code: string; pointer: string; in: string; message: string }[];
    /** On a 409 for a stale version: the record as it now is. */
    current?: any;
    /** On a 409 for a merge with conflicts: the merged document and each conflict. */
    merge?: any;
    /** On a 409 for an edit of a deleted record: when it was deleted. */
    deletedAt?: string;
  };
  expect(p.status).toBe(status);
  expect(p.type).toMatch(/^urn:precursor:problem:/);
  expect(typeof p.title).toBe('string');
  expect(typeof p.detail).toBe('string');
  expect(typeof p.instance).toBe('string');
  const named = (p.errors ?? []).map((e) => e.field);
  for (const field of fields) {
    expect(named, `errors should name '${field}': ${JSON.stringify(p.errors)}`).toContain(field);
  }
  for (const e of p.errors ?? []) {
    expect(e.message.length).toBeGreaterThan(0);
    // Every field problem has a code from the closed list, for the web app to translate.
    expect(fieldProblemCodes, JSON.stringify(e)).toContain(e.code);
    expect(['body', 'query', 'path', 'header']).toContain(e.in);
  }
  return p;
}

/** The `errors` entry for a field. */
export function problemField(res: Res, field: string) {
  return (res.body.errors as { field: string; pointer: string; in: string; message: string }[]).find((e) => e.field === field);
}

/** Follows `nextCursor` from `url` (which must not hold a cursor) and returns every page. */
export async function walk<T = any>(app: App, url: string, maxPages = 200): Promise<{ items: T[]; pages: { items: T[]; total?: number; nextCursor: string | null }[] }> {
  const pages: { items: T[]; total?: number; nextCursor: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res: Res = await get(app, cursor ? `${url}${sep}cursor=${encodeURIComponent(cursor)}` : url);
    expectStatus(res, 200);
    pages.push(res.body);
    cursor = res.body.nextCursor;
    if (pages.length > maxPages) throw new Error(`more than ${maxPages} pages from ${url}: the cursor does not advance`);
  } while (cursor);
  return { items: pages.flatMap((p) => p.items), pages };
}

// ---------------------------------------------------------------------------------------
// Seed helpers: valid records through the API, with overrides.

let serial = 0;
const unique = (prefix: string) => `${prefix} ${++serial}`;

async function created<T>(res: Promise<Res<T>>): Promise<T> {
  const r = await res;
  expectStatus(r, 201);
  return r.body;
}

export const seed = {
  place: (app: App, over: Record<string, unknown> = {}) =>
    created(post(app, '/api/places', { name: unique('Place'), country: 'XVR', admin1: 'North', admin2: 'Riverside', latitude: 1.5, longitude: 30.25, ...over })),
  group: (app: App, over: Record<string, unknown> = {}) => created(post(app, '/api/groups', { name: unique('Group'), basis: 'ethnicity', country: 'XVR', ...over })),
  actor: (app: App, over: Record<string, unknown> = {}) => created(post(app, '/api/actors', { name: unique('Actor'), kind: 'militia', country: 'XVR', ...over })),
  source: (app: App, over: Record<string, unknown> = {}) => created(post(app, '/api/sources', { name: unique('Source'), kind: 'ngo', reliability: 'B', ...over })),
  incident: (app: App, over: Record<string, unknown> = {}) => created(post(app, '/api/incidents', incidentBody(over))),
};

/** A valid incident body: one act of harassment (level 2) in the demo country. */
export function incidentBody(over: Record<string, unknown> = {}) {
  return {
    title: unique('Incident'),
    narrative: 'Recorded by the test suite.',
    startDate: '2023-05-14',
    country: 'XVR',
    acts: [{ violationType: 'harassment' }],
    ...over,
  };
}

/**
 * Row counts of every table a write could touch, to show that a refused request left
 * nothing behind.
 */
const countedTables = [
  'places',
  'groups',
  'actors',
  'sources',
  'incidents',
  'acts',
  'involvements',
  'incident_sources',
  'incident_evidence',
  'incident_links',
  'evidence',
  'custody_events',
  'audit_entries',
] as const;

export type RowCounts = Record<(typeof countedTables)[number], number>;

export async function rowCounts(db: Database): Promise<RowCounts> {
  const [row] = await db.query<RowCounts>(`select ${countedTables.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`);
  return row!;
}

/** The audit entries of one record, newest first. */
export async function auditOf(app: App, entity: string, entityId: string) {
  const res = await get(app, `/api/audit?entity=${entity}&entityId=${entityId}&limit=500`);
  expectStatus(res, 200);
  return res.body.items as { action: string; entity: string; entityId: string; actor: string; requestId: string | null; before: any; after: any }[];
}

// ---------------------------------------------------------------------------------------
// Multipart bodies, built by hand.

export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  content: Buffer | string;
}

export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----precursor-test-${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
    if (p.filename !== undefined) head += `; filename="${p.filename}"`;
    head += '\r\n';
    if (p.contentType) head += `Content-Type: ${p.contentType}\r\n`;
    chunks.push(Buffer.from(`${head}\r\n`), Buffer.isBuffer(p.content) ? p.content : Buffer.from(p.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads one file as `file` (with an optional description sent before it). */
export async function upload(app: App, content: Buffer, filename: string, options: { description?: string; contentType?: string } = {}): Promise<Res> {
  const parts: Part[] = [];
  if (options.description !== undefined) parts.push({ name: 'description', content: options.description });
  parts.push({ name: 'file', filename, contentType: options.contentType ?? 'application/octet-stream', content });
  const { payload, headers } = multipart(parts);
  return call(app, 'POST', '/api/evidence', payload, headers);
}

/** Every regular file under `dir`, recursively (relative paths). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string, rel: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) visit(path, join(rel, name));
      else out.push(join(rel, name));
    }
  };
  visit(dir, '');
  return out;
}

/** A real 1×1 PNG. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The start of a 64-bit ELF executable header (and some padding). */
export const elfHeader = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
  Buffer.alloc(8),
  Buffer.from([0x02, 0x00, 0x3e, 0x00, 0x01, 0x00, 0x00, 0x00]),
  Buffer.alloc(104),
]);
