import type { Sql } from '../db/database.js';
import { registryKinds, type RegistryKind, type RegistryKindName } from './schema.js';

/**
 * SQL that finds registry records by what an import names them (a name, an alias, coordinates)
 * and creates the missing ones: one statement per kind for a whole batch of names.
 */

type Row = Record<string, unknown>;

const selectList = (kind: RegistryKind) =>
  Object.entries(kind.columns)
    .map(([field, column]) => `${column} as "${field}"`)
    .join(', ');

/** A place wanted by an import: by name within its country and regions, else by coordinates. */
export interface WantedPlace {
  name: string | null;
  country: string;
  admin1: string | null;
  admin2: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * For each wanted place (by index), the live place it names: same country, the name ignoring
 * case with the same admin1 and admin2 (ignoring case); or, without a name, the same
 * coordinates. The oldest wins when several match.
 */
export async function selectPlacesFor(sql: Sql, wanted: readonly WantedPlace[]): Promise<Map<number, string>> {
  if (wanted.length === 0) return new Map();
  // Two equality joins (migration 039's indexes), not one join testing name-or-coordinates per
  // pair: that one compared each wanted place with every place of its country. The country is
  // char(3) as the column is, or the indexes could not serve the join: the planner probes them
  // per wanted place once places are many, and hashes while they are few (measured: both
  // ways within 10 % of each other at 100,000 places; a join on a text country read every
  // place per batch).
  const rows = await sql.query<{ i: number; id: string }>(
    `with w as (select * from unnest($1::text[], $2::char(3)[], $3::text[], $4::text[], $5::float8[], $6::float8[]) with ordinality as w(name, country, admin1, admin2, lat, lon, i))
     select distinct on (m.i) m.i::int as i, m.id
     from (
       select w.i, p.id, p.created_at from w
       join places p on p.country = w.country and lower(p.name) = lower(w.name) and p.deleted_at is null
       where w.name is not null and p.admin1 is not distinct from w.admin1 and lower(coalesce(p.admin2, '')) = lower(coalesce(w.admin2, ''))
       union all
       select w.i, p.id, p.created_at from w
       join places p on p.country = w.country and p.latitude = w.lat and p.longitude = w.lon and p.deleted_at is null and p.latitude is not null
       where w.name is null
     ) m
     order by m.i, m.created_at, m.id`,
    [wanted.map((w) => w.name), wanted.map((w) => w.country), wanted.map((w) => w.admin1), wanted.map((w) => w.admin2), wanted.map((w) => w.latitude), wanted.map((w) => w.longitude)],
  );
  return new Map(rows.map((r) => [r.i - 1, r.id]));
}

/**
 * For each wanted name (by index), the live record of the kind it names, ignoring case: a
 * group by its name or one of its aliases (the name first), an actor by its name within the
 * country given (or any country when none is), a source by its name.
 */
export async function selectByName(sql: Sql, kind: Exclude<RegistryKindName, 'places'>, names: readonly string[], countries: readonly (string | null)[] = []): Promise<Map<number, { id: string; basis?: string }>> {
  if (names.length === 0) return new Map();
  const table = registryKinds[kind].table;
  const match =
    kind === 'groups'
      ? `(lower(r.name) = lower(w.name) or exists (select 1 from unnest(r.aliases) a where lower(a) = lower(w.name)))`
      : kind === 'actors'
        ? `lower(r.name) = lower(w.name) and (w.country is null or r.country = w.country)`
        : 'lower(r.name) = lower(w.name)';
  const rank = kind === 'groups' ? '(lower(r.name) = lower(w.name)) desc, ' : kind === 'actors' ? '(r.country is not distinct from w.country) desc, ' : '';
  const rows = await sql.query<{ i: number; id: string; basis?: string }>(
    `select distinct on (w.i) w.i::int as i, r.id${kind === 'groups' ? ', r.basis' : ''}
     from unnest($1::text[], $2::text[]) with ordinality as w(name, country, i)
     join ${table} r on r.deleted_at is null and ${match}
     order by w.i, ${rank}r.created_at, r.id`,
    [names, names.map((_, i) => countries[i] ?? null)],
  );
  return new Map(rows.map((r) => [r.i - 1, { id: r.id, ...(r.basis ? { basis: r.basis } : {}) }]));
}

/** Inserts records of one kind in one statement (values by field name, defaults already applied); returns them as stored. */
export async function insertRecords(sql: Sql, kind: RegistryKind, records: readonly { id: string; values: Row }[]): Promise<Row[]> {
  if (records.length === 0) return [];
  const cols = Object.entries(kind.columns).filter(([field]) => !['version', 'createdAt', 'updatedAt', 'deletedAt'].includes(field));
  const json = records.map((r) => Object.fromEntries(cols.map(([field, column]) => [column, field === 'id' ? r.id : (r.values[field] ?? null)])));
  const names = cols.map(([, c]) => c).join(', ');
  return sql.query<Row>(
    `insert into ${kind.table} (${names}) select ${names} from jsonb_populate_recordset(null::${kind.table}, $1::jsonb) returning ${selectList(kind)}`,
    [JSON.stringify(json)],
  );
}
