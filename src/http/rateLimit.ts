import fastifyRateLimit from '@fastify/rate-limit';
import type { App } from './app.js';

export interface WriteRateLimit {
  /** Writes (POST, PUT, PATCH, DELETE) one client address may send per minute. */
  writesPerMinute: number;
}

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * At most so many writes per minute from one address (@fastify/rate-limit, kept in memory:
 * one process), so that a runaway script or a flood cannot fill the database and the audit
 * trail or starve other users; reads are not limited (they are cheap and the web app makes
 * many). A refused write is a 429 problem with `retry-after`. Login throttling is the
 * accounts' own, per account.
 */
export async function registerWriteRateLimit(app: App, options: WriteRateLimit) {
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.writesPerMinute,
    timeWindow: 60_000,
    allowList: (request) => !writes.has(request.method),
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`more than ${context.max} writes a minute from this address; try again in ${context.after}`), { statusCode: context.statusCode, code: 'rate-limited' }),
  });
}
