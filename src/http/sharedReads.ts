import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import type { Actor } from '../context.js';

/**
 * Identical reads in flight at the same moment share one computation. When many people open
 * the same dashboard at once (or one page asks twice), `/api/stats` and the incident list
 * would otherwise run the same queries once per request, one after another on the embedded
 * database's single connection: the last in line waits for all the others. Measured with
 * bench/load.ts (32 connections on one URL).
 *
 * Two requests share only when they are the same request (method and URL) from the same actor
 * with the same scope, and no write request has arrived or been answered in this process
 * between the first one's arrival and the second one's: a request that arrives after a write
 * was saved never receives an answer computed before it. (A write by another process to a
 * PostgreSQL server is not seen here; a read that overlaps such a write could see either side
 * of it anyway, as any read concurrent with a write does.) Nothing is kept once the answer is
 * sent. Writes are counted by request, not by statement, so the database object the stores
 * see stays the runtime's own (its keyring is found by it).
 */
export class SharedReads {
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private generation = 0;

  /**
   * A write starts or ends (app.ts: every request but GET and HEAD, when it arrives and when
   * it is answered): reads that arrive from now on share nothing with those already in flight.
   */
  wrote(): void {
    this.generation++;
  }

  /** `work`'s answer, or the answer of the same read already in flight. */
  run<T>(actor: Actor, request: { method: string; url: string }, work: () => Promise<T>): Promise<T> {
    const key = JSON.stringify([this.generation, actor.id, actor.scope, request.method, request.url]);
    const running = this.inFlight.get(key);
    if (running) return running as Promise<T>;
    // The embedded database computes on this thread: once a query runs, no other request is read
    // until it ends. Starting after the requests already received are read (setImmediate runs
    // after this turn's network reads) lets those that came in the same moment join.
    const promise = new Promise<void>((resolve) => setImmediate(resolve)).then(work).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }
}

/**
 * A shared answer is serialised once per route and status, not once per request: the replies
 * that share one answer object (SharedReads.run) receive the same text. Checking a large answer
 * against its response schema costs more than computing it once it is shared (~9 ms for the
 * demo's /api/stats under load), so without this the shared computation would only move the
 * queue from the database to the serialiser.
 */
export function serializeOnce<S>(compiler: FastifySerializerCompiler<S>): FastifySerializerCompiler<S> {
  return (route) => {
    const serialize = compiler(route);
    const done = new WeakMap<object, string>();
    return (data: unknown) => {
      if (typeof data !== 'object' || data === null) return serialize(data);
      let text = done.get(data);
      if (text === undefined) done.set(data, (text = serialize(data)));
      return text;
    };
  };
}
