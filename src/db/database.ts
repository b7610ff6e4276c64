/**
 * One door to the database for every store: a PostgreSQL connection that is either the
 * embedded PGlite (the default: nothing to install) or a PostgreSQL server (DATABASE_URL).
 * Stores only see `Sql` (run a query) and `Database.transaction`; which engine is behind
 * it never leaks into module code.
 */
export interface Sql {
  /** Runs one parameterised statement and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /**
   * `COPY target FROM` the rows in `data` — COPY's text format, as copyText (./copyText.ts)
   * writes it — where `target` is `table (column, …)`: the bulk import's way into its tables,
   * read by the server without an INSERT's per-row executor (bench/ingest.ts). A server reads
   * them from STDIN, PGlite from /dev/blob. Returns the rows copied; a row the table refuses
   * fails the whole statement, as an INSERT would.
   */
  copyFrom(target: string, data: string): Promise<number>;
}

export interface Database extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all its writes land, or none do. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** OIDs of the types we read as plain strings or numbers rather than the drivers' defaults. */
export const pgTypes = { int8: 20, date: 1082, timestamptz: 1184, numeric: 1700 } as const;

/**
 * `date` stays 'YYYY-MM-DD' (a JS Date would shift it by the server's time zone),
 * `timestamptz` becomes an ISO string, counts (`int8`, `numeric`) become numbers: no
 * count we make can pass 2^53.
 */
export const valueParsers: Record<number, (value: string) => unknown> = {
  [pgTypes.int8]: (v) => Number(v),
  [pgTypes.numeric]: (v) => Number(v),
  [pgTypes.date]: (v) => v,
  [pgTypes.timestamptz]: (v) => new Date(v).toISOString(),
};

/**
 * The database as seen from inside a transaction `tx` of `db`: statements run in `tx`, and a
 * `transaction` opened on it joins `tx` rather than starting another. So services that open
 * their own transactions can be composed into one that commits or rolls back whole (the demo
 * load: a crash half-way leaves nothing behind).
 */
export function joinTransaction(db: Database, tx: Sql): Database {
  return {
    engine: db.engine,
    query: (text, params) => tx.query(text, params),
    copyFrom: (target, data) => tx.copyFrom(target, data),
    transaction: (work) => work(tx),
    exec: () => Promise.reject(new Error('exec runs scripts outside a transaction; not available inside one')),
    close: () => Promise.reject(new Error('the transaction belongs to its database: close that')),
  };
}
