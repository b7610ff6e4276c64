import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import type { App } from './app.js';
import type { Problem } from './problem.js';

/**
 * What the server logs about a request: its id, method, route pattern, status, the error's
 * code and the names of the fields at fault — never a body, a query's values, an identity
 * or a stack. Records name witnesses; a log is copied, shipped and kept far longer than a
 * response, so nothing of a record may reach it (one failed create once logged 207,758
 * characters: the whole request, the database error's query and parameters, a stack).
 */
export interface LogOptions {
  level: string;
  /** Where lines go (tests capture them); standard output by default. */
  stream?: { write(line: string): void };
}

/** Fastify's logger options: only our own lines, with nothing but the request id attached. */
export function loggerOptions(options: LogOptions | boolean | undefined): FastifyServerOptions['logger'] {
  if (!options) return false;
  const { level, stream } = options === true ? { level: 'info', stream: undefined } : options;
  return {
    level,
    ...(stream ? { stream } : {}),
    // Fastify's own serialisers write the URL (with the search terms) and whole errors.
    serializers: { req: () => ({}), res: () => ({}), err: (err: Error) => safeError(err) as never },
  };
}

/** A line per request at `info`, instead of Fastify's (which writes the URL with its query). */
export function registerRequestLog(app: App) {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ method: request.method, route: routeOf(request), status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
}

/** Logs a failed request: 5xx as errors, 4xx at info (a refusal is the API working). */
export function logFailure(request: FastifyRequest, err: unknown, problem: Problem) {
  const line = {
    method: request.method,
    route: routeOf(request),
    status: problem.status,
    problem: problem.type.replace('urn:precursor:problem:', ''),
    ...(problem.errors?.length ? { fields: problem.errors.map((e) => e.field) } : {}),
    ...(problem.status >= 500 ? { error: safeError(err) } : {}),
  };
  if (problem.status >= 500) request.log.error(line, 'request failed');
  else request.log.info(line, 'request refused');
}

/** The route's pattern (`/api/incidents/:id`), never the URL with its values. */
export function routeOf(request: FastifyRequest): string {
  return request.routeOptions?.url ?? '(no route)';
}

/**
 * An error as its kind, code (a PostgreSQL SQLSTATE, a Fastify code) and where it was thrown
 * in our sources — not its message, which may quote a value (`invalid input syntax for type
 * date: "…"`), unless the error declares it safe (`logSafe`), and never its stack or the query
 * and parameters a database error carries.
 */
export function safeError(err: unknown): Record<string, string> {
  if (!(err instanceof Error)) return { type: typeof err };
  const code = (err as { code?: unknown }).code;
  const frame = (err.stack ?? '')
    .split('\n')
    .slice(1)
    .map((l) => /\((?:file:\/\/)?[^()]*?(\/src\/[^():]+:\d+)/.exec(l)?.[1])
    .find(Boolean);
  // An error whose message is built from ids and field names only says so (`logSafe`), and is logged with it.
  const message: Record<string, string> = (err as { logSafe?: unknown }).logSafe === true ? { message: err.message } : {};
  return { type: err.name, ...(typeof code === 'string' ? { code } : {}), ...message, ...(frame ? { at: frame } : {}) };
}
