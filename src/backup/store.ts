import type { Sql } from '../db/database.js';

/**
 * The backup's SQL, nothing else: it reads and writes every table of the schema through the
 * catalog rather than naming them, so a table a later migration adds is backed up without
 * anyone remembering to list it. Rows travel as `row_to_json` text and come back through
 * `json_populate_recordset`, the same on PGlite and on a PostgreSQL server (no pg_dump binary).
 */

/** Not in the dump: the manifest records which migrations the backup was made at. */
const notDumped = new Set(['schema_migrations']);

export interface TableShape {
  name: string;
  /** Columns a row can be written to (stored generated columns are recomputed, not restored). */
  columns: string[];
  /** Identity columns: written with OVERRIDING SYSTEM VALUE, their sequences moved past the rows. */
  identity: string[];
  /** A column referencing this same table (regions.parent_id): parents must be written first. */
  selfReference: string | undefined;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table of the schema in an order that satisfies its foreign keys (a table after the
 * tables it references), with the columns a restore writes.
 */
export async function listTables(tx: Sql): Promise<TableShape[]> {
  const tables = await tx.query<{ name: string }>(
    `select c.relname as name from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
        and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
      order by c.relname`,
  );
  const columns = await tx.query<{ table: string; column: string; generated: string; identity: string }>(
    `select c.relname as table, a.attname as column, a.attgenerated as generated, a.attidentity as identity
       from pg_attribute a join pg_class c on c.oid = a.attrelid
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum`,
  );
  const references = await tx.query<{ from: string; to: string; column: string }>(
    `select src.relname as from, dst.relname as to, a.attname as column
       from pg_constraint k join pg_class src on src.oid = k.conrelid join pg_class dst on dst.oid = k.confrelid
       join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
      where k.contype = 'f' and src.relnamespace = current_schema()::regnamespace`,
  );
  const shapes = new Map<string, TableShape>();
  for (const { name } of tables) {
    if (notDumped.has(name)) continue;
    shapes.set(name, { name, columns: [], identity: [], selfReference: undefined });
  }
  for (const c of columns) {
    const shape = shapes.get(c.table);
    if (!shape) continue;
    if (c.generated === '') shape.columns.push(c.column);
    if (c.identity !== '') shape.identity.push(c.column);
  }
  const dependsOn = new Map<string, Set<string>>([...shapes.keys()].map((name) => [name, new Set<string>()]));
  for (const r of references) {
    if (r.from === r.to) shapes.get(r.from)!.selfReference = r.column;
    else if (shapes.has(r.from) && shapes.has(r.to)) dependsOn.get(r.from)!.add(r.to);
  }
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: Set<string>) => {
    if (placed.has(name) || path.has(name)) return;
    path.add(name);
    for (const target of dependsOn.get(name)!) place(target, path);
    placed.add(name);
    ordered.push(shapes.get(name)!);
  };
  for (const name of shapes.keys()) place(name, new Set());
  return ordered;
}

/** Sees the database as of one instant: every table is dumped from the same snapshot. */
export async function beginSnapshot(tx: Sql): Promise<void> {
  // Must be the transaction's first statement. PGlite has one connection, so it is one
  // snapshot there anyway; on a server, REPEATABLE READ holds concurrent writes out of view.
  await tx.query('set transaction isolation level repeatable read, read only');
  // Timestamps are written in UTC whatever the session's zone, so dumps compare byte for byte.
  await tx.query(`set local timezone = 'UTC'`);
}

/**
 * Reads a table's rows in batches through a cursor, each row as its JSON text. Rows of a
 * self-referencing table come parents first (rows without a parent, then the rest), enough for
 * the two levels regions have.
 */
export async function* readRows(tx: Sql, table: TableShape, batchSize = 1000): AsyncGenerator<string[]> {
  const cursor = `backup_${table.name}`;
  const order = table.selfReference ? ` order by ${quote(table.selfReference)} is not null` : '';
  await tx.query(`declare ${quote(cursor)} no scroll cursor for select row_to_json(t)::text as row from ${quote(table.name)} t${order}`);
  try {
    for (;;) {
      const rows = await tx.query<{ row: string }>(`fetch forward ${batchSize} from ${quote(cursor)}`);
      if (rows.length === 0) return;
      yield rows.map((r) => r.row);
    }
  } finally {
    await tx.query(`close ${quote(cursor)}`);
  }
}

/** How many rows each table holds (tables of the schema apart from schema_migrations). */
export async function countRows(tx: Sql): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(tx)) {
    const [row] = await tx.query<{ n: number }>(`select count(*) as n from ${quote(table.name)}`);
    counts[table.name] = row!.n;
  }
  return counts;
}

/**
 * Drops every table, view and function of the schema that no extension owns, so the
 * migrations the backup was made at can rebuild it. Only ever inside the restore's
 * transaction: a failure rolls the drop back with everything else.
 */
export async function dropSchemaObjects(tx: Sql): Promise<void> {
  const notExtension = (oid: string) => `not exists (select 1 from pg_depend d where d.objid = ${oid} and d.deptype = 'e')`;
  const views = await tx.query<{ name: string }>(
    `select c.relname as name from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind in ('v', 'm') and ${notExtension('c.oid')}`,
  );
  for (const v of views) await tx.query(`drop view if exists ${quote(v.name)} cascade`);
  const tables = await tx.query<{ name: string }>(
    `select c.relname as name from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and ${notExtension('c.oid')}`,
  );
  if (tables.length) await tx.query(`drop table if exists ${tables.map((t) => quote(t.name)).join(', ')} cascade`);
  const functions = await tx.query<{ signature: string }>(
    `select p.oid::regprocedure::text as signature from pg_proc p where p.pronamespace = current_schema()::regnamespace and ${notExtension('p.oid')}`,
  );
  for (const f of functions) await tx.query(`drop function if exists ${f.signature} cascade`);
}

/** Writes rows (JSON texts as dumped) into a table. */
export async function insertRows(tx: Sql, table: TableShape, rows: string[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = table.columns.map(quote).join(', ');
  const overriding = table.identity.length ? ' overriding system value' : '';
  await tx.query(
    `insert into ${quote(table.name)} (${columns})${overriding} select ${columns} from json_populate_recordset(null::${quote(table.name)}, $1::json)`,
    [`[${rows.join(',')}]`],
  );
}

/**
 * Turns a table's own triggers off (or on again) for the load: the rows are what those triggers
 * already made. The audit trail's triggers would otherwise recompute each entry's digests (from
 * documents a purge erased) and chain the entries again in load order — a different chain from
 * the one the backup holds and a partner may have signed. Foreign keys stay on (USER leaves the
 * internal constraint triggers alone, and needs no superuser). Inside the restore's transaction.
 */
export async function setUserTriggers(tx: Sql, table: TableShape, enabled: boolean): Promise<void> {
  await tx.query(`alter table ${quote(table.name)} ${enabled ? 'enable' : 'disable'} trigger user`);
}

/** Moves each identity column's sequence past the restored rows, so new rows get new ids. */
export async function resetIdentities(tx: Sql, table: TableShape): Promise<void> {
  for (const column of table.identity) {
    await tx.query(
      `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${quote(column)}) from ${quote(table.name)}), 0) + 1, false)`,
      [quote(table.name), column],
    );
  }
}

/** Of these SHA-256s, those an evidence record names (a restore moves only those files into place). */
export async function referencedDigests(sql: Sql, digests: readonly string[]): Promise<Set<string>> {
  if (digests.length === 0) return new Set();
  return new Set((await sql.query<{ sha256: string }>('select sha256 from evidence where sha256 = any($1::text[])', [digests])).map((r) => r.sha256));
}

/** The evidence files the database names, by SHA-256: what the archive must carry. */
export async function evidenceDigests(tx: Sql): Promise<string[]> {
  return (await tx.query<{ sha256: string }>('select distinct sha256 from evidence order by sha256')).map((r) => r.sha256);
}

/** The migrations applied to this database, in order. */
export async function appliedMigrations(tx: Sql): Promise<string[]> {
  return (await tx.query<{ id: string }>('select id from schema_migrations order by id')).map((r) => r.id);
}

/** Refreshes planner statistics after a restore (the embedded engine also vacuums). */
export async function analyze(tx: Sql): Promise<void> {
  await tx.query('analyze');
}
