import type { Sql } from '../db/database.js';
import type { RegistryKind } from './schema.js';

/**
 * SQL for the registry tables. One generic store serves places, groups, actors and
 * sources; table and column names come from `registryKinds` (constants), values are
 * always parameters.
 */

type Row = Record<string, unknown>;

function selectList(kind: RegistryKind): string {
  return Object.entries(kind.columns)
    .map(([field, column]) => `${column} as "${field}"`)
    .join(', ');
}

const writable = (kind: RegistryKind) =>
  Object.entries(kind.columns).filter(([field]) => !['id', 'version', 'createdAt', 'updatedAt', 'deletedAt'].includes(field));

export async function insertRecord(sql: Sql, kind: RegistryKind, values: Row, id?: string): Promise<Row> {
  const cols = writable(kind);
  const names = cols.map(([, c]) => c);
  const params = cols.map(([f]) => values[f] ?? null);
  if (id) {
    names.push('id');
    params.push(id);
  }
  const [row] = await sql.query<Row>(
    `insert into ${kind.table} (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')})
     returning ${selectList(kind)}`,
    params,
  );
  return row!;
}

/** One record; `forUpdate` locks its row until the transaction ends, so a version check holds until the write. */
export async function selectRecord(sql: Sql, kind: RegistryKind, id: string, forUpdate = false): Promise<Row | undefined> {
  const [row] = await sql.query<Row>(`select ${selectList(kind)} from ${kind.table} where id = $1${forUpdate ? ' for update' : ''}`, [id]);
  return row;
}

/** The ids among `ids` that exist and are not deleted. */
export async function selectLiveIds(sql: Sql, kind: RegistryKind, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await sql.query<{ id: string }>(`select id from ${kind.table} where id = any($1::uuid[]) and deleted_at is null`, [ids]);
  return new Set(rows.map((r) => r.id));
}

export async function selectRecords(sql: Sql, kind: RegistryKind, ids: readonly string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  return sql.query<Row>(`select ${selectList(kind)} from ${kind.table} where id = any($1::uuid[])`, [ids]);
}

export interface RegistryFilter {
  q?: string;
  country?: string;
  kind?: string;
  reliability?: string;
  includeDeleted: boolean;
  /** Keyset: rows after this (name, id). */
  after?: [string, string];
  limit: number;
}

export async function listRecords(sql: Sql, kind: RegistryKind, f: RegistryFilter): Promise<Row[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (!f.includeDeleted) where.push('deleted_at is null');
  if (f.q) {
    const pattern = param(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(
      kind.aliasColumn
        ? `(name ilike ${pattern} or exists (select 1 from unnest(${kind.aliasColumn}) a where a ilike ${pattern}))`
        : `name ilike ${pattern}`,
    );
  }
  if (f.country && kind.countryColumn) where.push(`${kind.countryColumn} = ${param(f.country)}`);
  if (f.kind && kind.kindColumn) where.push(`${kind.kindColumn} = ${param(f.kind)}`);
  if (f.reliability && kind.reliabilityColumn) where.push(`${kind.reliabilityColumn} = ${param(f.reliability)}`);
  if (f.after) where.push(`(name, id) > (${param(f.after[0])}, ${param(f.after[1])}::uuid)`);
  return sql.query<Row>(
    `select ${selectList(kind)} from ${kind.table}
     ${where.length ? `where ${where.join(' and ')}` : ''}
     order by name, id limit ${param(f.limit)}`,
    params,
  );
}

/** Writes a new version if the stored one is `expectedVersion`; undefined when it is not. */
export async function updateRecord(sql: Sql, kind: RegistryKind, id: string, expectedVersion: number, values: Row): Promise<Row | undefined> {
  const cols = writable(kind);
  const sets = cols.map(([, c], i) => `${c} = $${i + 3}`);
  const [row] = await sql.query<Row>(
    `update ${kind.table} set ${sets.join(', ')}, version = version + 1, updated_at = now()
     where id = $1 and version = $2 returning ${selectList(kind)}`,
    [id, expectedVersion, ...cols.map(([f]) => values[f] ?? null)],
  );
  return row;
}

/** Sets or clears `deleted_at` if the stored version is `expectedVersion`. */
export async function setDeleted(sql: Sql, kind: RegistryKind, id: string, expectedVersion: number, deleted: boolean): Promise<Row | undefined> {
  const [row] = await sql.query<Row>(
    `update ${kind.table} set deleted_at = ${deleted ? 'now()' : 'null'}, version = version + 1, updated_at = now()
     where id = $1 and version = $2 returning ${selectList(kind)}`,
    [id, expectedVersion],
  );
  return row;
}

export interface PlaceRegionRow {
  id: string;
  name: string;
  admin1: string | null;
  admin2: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** The live places of a country with their regions and coordinates (region counts, nearest place). */
export async function selectPlaceRegions(sql: Sql, country: string): Promise<PlaceRegionRow[]> {
  return sql.query<PlaceRegionRow>('select id, name, admin1, admin2, latitude, longitude from places where country = $1 and deleted_at is null', [country]);
}

/**
 * Gives the places of a country whose admin1 is one of `admin1` (and, when given, whose
 * admin2 is one of `admin2`) the new spellings in `set`, as a new version. Returns the
 * rows before and after.
 */
export async function respellPlaces(
  sql: Sql,
  kind: RegistryKind,
  country: string,
  where: { admin1: readonly string[]; admin2?: readonly string[] },
  set: { admin1?: string; admin2?: string },
): Promise<{ before: Row[]; after: Row[] }> {
  const filter = `country = $1 and admin1 = any($2::text[])${where.admin2 ? ' and admin2 = any($3::text[])' : ''}`;
  const params: unknown[] = [country, where.admin1, ...(where.admin2 ? [where.admin2] : [])];
  const before = await sql.query<Row>(`select ${selectList(kind)} from places where ${filter} order by id for update`, params);
  if (before.length === 0) return { before, after: [] };
  const sets = [set.admin1 !== undefined ? `admin1 = $${params.push(set.admin1)}` : '', set.admin2 !== undefined ? `admin2 = $${params.push(set.admin2)}` : ''].filter(Boolean);
  const after = await sql.query<Row>(
    `update places set ${sets.join(', ')}, version = version + 1, updated_at = now() where ${filter} returning ${selectList(kind)}`,
    params,
  );
  return { before, after };
}
