import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  id: string;
  sql: string;
}

/** The shipped migrations, in the order of their file names (`001_…sql`, `002_…sql`). */
export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ''), sql: readFileSync(migrationsDir + f, 'utf8') }));
}

/**
 * Applies every migration not yet applied, all in one transaction (a failed migration leaves
 * the schema as it was), and returns the ids applied. On a server, an advisory lock makes
 * concurrent starts wait instead of racing.
 */
export async function migrate(db: Database, migrations = listMigrations()): Promise<string[]> {
  return db.transaction(async (tx) => {
    if (db.engine === 'postgres') await tx.query('select pg_advisory_xact_lock(4242001)');
    return applyMigrations(tx, migrations);
  });
}

/**
 * Applies, inside the caller's transaction, every migration of `migrations` not yet recorded
 * in schema_migrations; returns the ids applied. A restore uses it to rebuild the schema a
 * backup was made at, load its rows, then bring it up to date, all in one transaction.
 */
export async function applyMigrations(tx: Pick<Database, 'query'>, migrations: Migration[]): Promise<string[]> {
  const applied: string[] = [];
  await tx.query('create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())');
  const done = new Set((await tx.query<{ id: string }>('select id from schema_migrations')).map((r) => r.id));
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    try {
      await runScript(tx, m.sql);
    } catch (err) {
      throw new Error(`migration ${m.id} failed: ${(err as Error).message}`);
    }
    await tx.query('insert into schema_migrations (id) values ($1)', [m.id]);
    applied.push(m.id);
  }
  return applied;
}

/** Runs a migration's statements one by one (see splitStatements). */
async function runScript(tx: { query: Database['query'] }, sql: string) {
  for (const statement of splitStatements(sql)) await tx.query(statement);
}

/**
 * Splits a migration into statements on `;` at line ends, except inside a dollar-quoted body
 * (`$$ … $$`, `$fn$ … $fn$`), where a function's own statements end their lines with `;` too.
 * Whole-line `--` comments are dropped outside such bodies.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let quote: string | undefined;
  for (const line of sql.split('\n')) {
    if (!quote && /^\s*--/.test(line)) continue;
    current.push(line);
    for (const tag of line.match(/\$[A-Za-z_]*\$/g) ?? []) {
      if (!quote) quote = tag;
      else if (tag === quote) quote = undefined;
    }
    if (!quote && /;\s*$/.test(line)) {
      statements.push(current.join('\n').replace(/;\s*$/, '').trim());
      current = [];
    }
  }
  statements.push(current.join('\n').trim());
  return statements.filter(Boolean);
}
