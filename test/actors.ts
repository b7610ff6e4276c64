import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyRequest, InjectOptions } from 'fastify';
import { roles, scopeFor, type Confidentiality, type Role } from '../src/access/scope.js';
import { anonymousUser, type Actor } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { EvidenceFiles } from '../src/evidence/files.js';
import { buildApp, type App } from '../src/http/app.js';
import type { WebAppOptions } from '../src/http/static.js';
import type { Res } from './api.js';
import { openTestDatabase } from './databases.js';

/**
 * Acting as any role in tests, without accounts: the app is built with an `authenticate` that
 * reads who is calling from test headers. No header: the anonymous actor (as a visitor who has
 * not signed in). Only tests build an app with this; the server never does.
 *
 *   x-test-role: editor
 *   x-test-clearance: internal        (optional; capped at the role's maximum)
 *   x-test-teams: east,legal          (optional)
 */
export async function testAuthenticate(request: FastifyRequest): Promise<Actor> {
  const role = request.headers['x-test-role'];
  if (typeof role !== 'string') return anonymousUser;
  if (!(roles as readonly string[]).includes(role)) throw new Error(`x-test-role: no role ${role}`);
  const clearance = request.headers['x-test-clearance'];
  const teams = request.headers['x-test-teams'];
  const scope = scopeFor(role as Role, {
    clearance: typeof clearance === 'string' ? (clearance as Confidentiality) : undefined,
    teams: typeof teams === 'string' && teams ? teams.split(',') : [],
  });
  return { id: `test-${role}${typeof teams === 'string' && teams ? `-${teams}` : ''}`, name: `Test ${role}`, scope };
}

/** Who a request is sent as: a role (with an optional clearance and teams), or the anonymous actor. */
export type As = 'anonymous' | Role | { role: Role; clearance?: Confidentiality; teams?: readonly string[] };

export function headersFor(as: As): Record<string, string> {
  if (as === 'anonymous') return {};
  const a = typeof as === 'string' ? { role: as } : as;
  return {
    'x-test-role': a.role,
    ...(a.clearance ? { 'x-test-clearance': a.clearance } : {}),
    ...(a.teams?.length ? { 'x-test-teams': a.teams.join(',') } : {}),
  };
}

export interface ActorsApi {
  app: App;
  db: Database;
  files: EvidenceFiles;
  /** Sends a request as `as`; JSON bodies are encoded, problem+json and JSON answers parsed. */
  send<T = any>(as: As, request: InjectOptions): Promise<Res<T>>;
  /** GET / POST / PUT / DELETE with a JSON body, as `as`. */
  get<T = any>(as: As, url: string): Promise<Res<T>>;
  post<T = any>(as: As, url: string, body?: unknown): Promise<Res<T>>;
  put<T = any>(as: As, url: string, body: unknown): Promise<Res<T>>;
  del<T = any>(as: As, url: string): Promise<Res<T>>;
  close(): Promise<void>;
}

/** The real app over a fresh database of one engine, with `testAuthenticate`. */
export async function openActorsApi(engine: 'pglite' | 'postgres', options: { web?: WebAppOptions } = {}): Promise<ActorsApi> {
  const database = await openTestDatabase(engine);
  const evidenceDir = mkdtempSync(join(tmpdir(), 'precursor-evidence-'));
  const files = new EvidenceFiles(evidenceDir, 1024 * 1024);
  const app = await buildApp({ db: database.db, files, version: 'test', authenticate: testAuthenticate, web: options.web ?? { root: evidenceDir } });
  await app.ready();
  const send = async <T>(as: As, request: InjectOptions): Promise<Res<T>> => {
    const json = request.body !== undefined && !Buffer.isBuffer(request.body) && typeof request.body !== 'string';
    const res = await app.inject({
      ...request,
      headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...request.headers, ...headersFor(as) },
      body: json ? JSON.stringify(request.body) : request.body,
    });
    const type = String(res.headers['content-type'] ?? '');
    const body = /json/.test(type) && res.body ? JSON.parse(res.body) : res.body;
    return { status: res.statusCode, headers: res.headers, body, raw: res.rawPayload };
  };
  return {
    app,
    db: database.db,
    files,
    send,
    get: (as, url) => send(as, { method: 'GET', url }),
    post: (as, url, body) => send(as, { method: 'POST', url, body: body as InjectOptions['body'] }),
    put: (as, url, body) => send(as, { method: 'PUT', url, body: body as InjectOptions['body'] }),
    del: (as, url) => send(as, { method: 'DELETE', url }),
    close: async () => {
      await app.close();
      await database.dispose();
      rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
}
