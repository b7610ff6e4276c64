import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import type { Database, Sql } from './database.js';
import { valueParsers } from './database.js';

/** Connects to a PostgreSQL server. The pool is small: one process, a handful of users. */
export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: 8,
    // No JIT compilation: Precursor's queries are short, and PostgreSQL's cost estimate for a
    // list with a period filter at 1M incidents crossed jit_above_cost, so each page spent
    // ~120 ms compiling for ~50 ms of work (bench/store.ts, explain analyze). Set per connection,
    // so the server's own configuration for other databases is untouched.
    options: '-c jit=off',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        valueParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server ends (a restart, an administrator, a dropped database)
  // is reported on the pool; with no listener Node would crash the process. The pool drops that
  // connection and opens another on the next query, so a warning is all it needs — none while
  // closing, when the server ending connections is expected.
  let closing = false;
  pool.on('error', (err) => {
    if (!closing) process.emitWarning(`a PostgreSQL connection was closed by the server: ${err.message}`, 'PrecursorDatabaseWarning');
  });
  // Fail now, with the server's own message, rather than on the first request.
  const probe = await pool.connect().catch(async (err: Error) => {
    await pool.end();
    throw new Error(`cannot connect to PostgreSQL at ${redact(connectionString)}: ${err.message}`);
  });
  probe.release();

  const query: Sql['query'] = async <Row>(text: string, params: readonly unknown[] = []) =>
    (await pool.query(text, params as unknown[])).rows as Row[];
  const copyFrom: Sql['copyFrom'] = async (target, data) => {
    const client = await pool.connect();
    try {
      return await copyOn(client, target, data);
    } finally {
      client.release();
    }
  };

  return {
    engine: 'postgres',
    query,
    copyFrom,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        // One connection runs one statement at a time. A transaction's work may start several
        // at once (Promise.all over child tables); pg queues them itself today but deprecates
        // that (pg 9 removes it), so queue them here, in the order they were asked.
        let last: Promise<unknown> = Promise.resolve();
        const queued = <T>(step: () => Promise<T>): Promise<T> => {
          const run = last.then(step, step);
          last = run.catch(() => {});
          return run;
        };
        const result = await work({
          query: <Row>(text: string, params: readonly unknown[] = []) => queued(async () => (await client.query(text, params as unknown[])).rows as Row[]),
          copyFrom: (target, data) => queued(() => copyOn(client, target, data)),
        });
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    exec: async (script) => {
      await pool.query(script);
    },
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}

/**
 * `COPY … FROM STDIN` on one connection (pg-copy-streams: node-postgres has no COPY of its own),
 * the data sent as one message stream; resolves once the server has taken every row.
 */
async function copyOn(client: pg.PoolClient, target: string, data: string): Promise<number> {
  const stream = client.query(copyFromStdin(`copy ${target} from stdin`));
  await pipeline(Readable.from([Buffer.from(data, 'utf8')]), stream);
  return stream.rowCount;
}

/** Hides the password of a connection string in messages. */
export function redact(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable connection string)';
  }
}
