import type { Sql } from '../db/database.js';

/**
 * All SQL over the regions table (migration 003). Keys are always computed here, by the
 * database's lower() over a spelling already normalised in TypeScript (names.ts), so a key
 * written by the migration and one written at run time compare alike.
 */

export interface RegionRow {
  id: string;
  country: string;
  level: 1 | 2;
  parent_id: string | null;
  parent_name: string | null;
  name: string;
  key: string;
  aliases: string[];
  centroid_latitude: number | null;
  centroid_longitude: number | null;
  has_boundary: boolean;
  boundary?: unknown;
  version: number;
  created_at: string;
  updated_at: string;
}

const columns = (withBoundary: boolean) => `r.id, r.country, r.level, r.parent_id, p.name as parent_name, r.name, r.key, r.aliases,
  r.centroid_latitude, r.centroid_longitude, r.boundary is not null as has_boundary${withBoundary ? ', r.boundary' : ''},
  r.version, r.created_at, r.updated_at`;

/** The region with `key` (or once merged under it) among the rows aliased `r`. */
const matchesKey = (key: string) => `(r.key = ${key} or ${key} = any(r.aliases))`;

const noParent = '00000000-0000-0000-0000-000000000000';

export interface WantedSpelling {
  country: string;
  /** The admin1 of an admin2; null for an admin1. */
  parentId: string | null;
  /** Normalised (names.ts). */
  spelling: string;
}

export interface ResolvedSpelling extends RegionRow {
  spelling: string;
  inserted: boolean;
}

/**
 * For each wanted spelling, the region it names — matched on its key or a merged alias —
 * creating the regions that do not exist yet (the first spelling in `wanted` names them). One
 * statement for the whole batch, however many incidents an import writes.
 */
export async function resolveSpellings(sql: Sql, level: 1 | 2, wanted: readonly WantedSpelling[]): Promise<ResolvedSpelling[]> {
  if (wanted.length === 0) return [];
  return sql.query<ResolvedSpelling>(
    `with wanted as (
       select w.country, w.parent_id, w.spelling, lower(w.spelling) as key, min(w.n) as n
       from jsonb_to_recordset($1::jsonb) as w(country char(3), parent_id uuid, spelling text, n int)
       group by 1, 2, 3
     ),
     found as (
       select distinct on (w.country, w.parent_id, w.key) w.country, w.parent_id, w.key, r.id
       from (select distinct country, parent_id, key from wanted) w join regions r
         on r.country = w.country and r.level = $2::smallint and r.parent_id is not distinct from w.parent_id and ${matchesKey('w.key')}
       order by w.country, w.parent_id, w.key, (r.key = w.key) desc
     ),
     created as (
       insert into regions (country, level, parent_id, name, key)
       select distinct on (w.country, w.parent_id, w.key) w.country, $2::smallint, w.parent_id, w.spelling, w.key
       from wanted w
       where not exists (select 1 from found f where f.country = w.country and f.parent_id is not distinct from w.parent_id and f.key = w.key)
       order by w.country, w.parent_id, w.key, w.n
       -- A writer in another transaction that created the same region first: take its row.
       on conflict (country, coalesce(parent_id, '${noParent}'::uuid), key) do update set name = regions.name
       returning regions.*, (xmax = 0) as inserted
     ),
     picked as (
       select w.spelling, coalesce(f.id, c.id) as id, coalesce(c.inserted, false) as inserted
       from wanted w
       left join found f on f.country = w.country and f.parent_id is not distinct from w.parent_id and f.key = w.key
       left join created c on c.country = w.country and c.parent_id is not distinct from w.parent_id and c.key = w.key
     )
     select k.spelling, k.inserted, c.id, c.country, c.level, c.parent_id, p.name as parent_name, c.name, c.key, c.aliases,
            c.centroid_latitude, c.centroid_longitude, c.boundary is not null as has_boundary, c.version, c.created_at, c.updated_at
     from picked k join created c on c.id = k.id left join regions p on p.id = c.parent_id
     union all
     select k.spelling, k.inserted, ${columns(false)}
     from picked k join regions r on r.id = k.id left join regions p on p.id = r.parent_id
     where not k.inserted and k.id not in (select id from created)`,
    [JSON.stringify(wanted.map((w, n) => ({ country: w.country, parent_id: w.parentId, spelling: w.spelling, n }))), level],
  );
}

export interface RegionFilter {
  country: string;
  level?: 1 | 2;
  /** Only admin2 regions under the admin1 with this key. */
  parentKey?: string;
  /** Part of the key or of an alias (a normalised spelling; lowered here). */
  q?: string;
  withBoundary: boolean;
}

export async function selectRegions(sql: Sql, f: RegionFilter): Promise<RegionRow[]> {
  const params: unknown[] = [f.country];
  const add = (v: unknown) => `$${params.push(v)}`;
  const where = ['r.country = $1'];
  if (f.level) where.push(`r.level = ${add(f.level)}`);
  if (f.parentKey) where.push(`p.key = lower(${add(f.parentKey)})`);
  if (f.q) {
    const pattern = `'%' || replace(replace(replace(lower(${add(f.q)}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
    where.push(`(r.key like ${pattern} or exists (select 1 from unnest(r.aliases) a where a like ${pattern}))`);
  }
  return sql.query<RegionRow>(
    `select ${columns(f.withBoundary)} from regions r left join regions p on p.id = r.parent_id
     where ${where.join(' and ')} order by r.level, p.name nulls first, r.name`,
    params,
  );
}

/** The region a spelling names in a country (and under an admin1), by key or merged alias. */
export async function selectRegionBySpelling(sql: Sql, country: string, level: 1 | 2, parentId: string | null, spelling: string, forUpdate = false): Promise<RegionRow | undefined> {
  const [row] = await sql.query<RegionRow>(
    `select ${columns(false)} from regions r left join regions p on p.id = r.parent_id
     where r.country = $1 and r.level = $2 and r.parent_id is not distinct from $3::uuid and ${matchesKey('lower($4)')}
     order by (r.key = lower($4)) desc limit 1${forUpdate ? ' for update of r' : ''}`,
    [country, level, parentId, spelling],
  );
  return row;
}

export async function selectRegion(sql: Sql, id: string): Promise<RegionRow | undefined> {
  const [row] = await sql.query<RegionRow>(`select ${columns(false)} from regions r left join regions p on p.id = r.parent_id where r.id = $1`, [id]);
  return row;
}

/** Regions of a country that have a boundary, with it. */
export async function selectBoundaries(sql: Sql, country: string): Promise<RegionRow[]> {
  return sql.query<RegionRow>(
    `select ${columns(true)} from regions r left join regions p on p.id = r.parent_id where r.country = $1 and r.boundary is not null`,
    [country],
  );
}

/** Regions of a country by exact display name (as places and incidents store them). */
export async function selectRegionsByName(sql: Sql, country: string, level: 1 | 2, names: readonly string[]): Promise<RegionRow[]> {
  if (names.length === 0) return [];
  return sql.query<RegionRow>(
    `select ${columns(false)} from regions r left join regions p on p.id = r.parent_id where r.country = $1 and r.level = $2 and r.name = any($3::text[])`,
    [country, level, names],
  );
}

/**
 * Gives a region another display spelling. When the key changes too (a rename, not only
 * case or spacing), the old key stays as an alias so the old spelling still finds it.
 */
export async function respell(sql: Sql, id: string, name: string): Promise<void> {
  await sql.query(
    `update regions set name = $2, key = lower($2),
       aliases = case when key = lower($2) then aliases else array(select distinct a from unnest(aliases || key) a where a <> lower($2) order by 1) end,
       version = version + 1, updated_at = now()
     where id = $1`,
    [id, name],
  );
}

/**
 * Folds region `fromId` into `intoId`: `into` keeps the spellings of both (as aliases), the
 * admin2 regions of `from` move under `into` — merged with a namesake already there — and
 * `from` is removed. Returns the admin2 renames that follow ({from name, into name}).
 */
export async function mergeInto(sql: Sql, fromId: string, intoId: string): Promise<{ from: string; into: string }[]> {
  const clashes = await sql.query<{ from_id: string; into_id: string; from_name: string; into_name: string }>(
    `select c.id as from_id, d.id as into_id, c.name as from_name, d.name as into_name
     from regions c join regions d on d.parent_id = $2 and d.key = c.key
     where c.parent_id = $1 order by c.name`,
    [fromId, intoId],
  );
  for (const c of clashes) await mergeInto(sql, c.from_id, c.into_id);
  await sql.query(`update regions set parent_id = $2, updated_at = now(), version = version + 1 where parent_id = $1`, [fromId, intoId]);
  await sql.query(
    `update regions r set aliases = array(select distinct a from unnest(r.aliases || f.key || f.aliases) a where a <> r.key order by 1),
       version = r.version + 1, updated_at = now()
     from regions f where r.id = $2 and f.id = $1`,
    [fromId, intoId],
  );
  await sql.query('delete from regions where id = $1', [fromId]);
  return clashes.map((c) => ({ from: c.from_name, into: c.into_name }));
}

/** Sets a region's centroid and boundary (either may be null). */
export async function setShape(sql: Sql, id: string, centroid: { latitude: number; longitude: number } | null, boundary: unknown): Promise<void> {
  await sql.query(
    `update regions set centroid_latitude = $2, centroid_longitude = $3, boundary = $4::jsonb, version = version + 1, updated_at = now() where id = $1`,
    [id, centroid?.latitude ?? null, centroid?.longitude ?? null, boundary == null ? null : JSON.stringify(boundary)],
  );
}

/** One region with its boundary. */
export async function selectRegionWithBoundary(sql: Sql, id: string): Promise<RegionRow | undefined> {
  const [row] = await sql.query<RegionRow>(`select ${columns(true)} from regions r left join regions p on p.id = r.parent_id where r.id = $1`, [id]);
  return row;
}

/** The names of the admin1 regions (in `countries`, or any) that the spellings name, by key or merged alias. */
export async function selectNamesOfSpellings(sql: Sql, countries: readonly string[] | undefined, spellings: readonly string[]): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `select distinct r.name from regions r
     where r.level = 1 and ($1::char(3)[] is null or r.country = any($1::char(3)[]))
       and exists (select 1 from unnest($2::text[]) s where r.key = lower(s) or lower(s) = any(r.aliases))`,
    [countries?.length ? countries : null, spellings],
  );
  return rows.map((r) => r.name);
}
