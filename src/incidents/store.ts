import type { Sql } from '../db/database.js';
import type { CursorValueKind } from '../pagination.js';
import { victimKinds, type StatsDimension } from './schema.js';

/**
 * All SQL over incidents and the rows that hang from them (acts, involvements, the
 * sources' information, evidence links, chain-of-events links). Rows are written in bulk
 * from JSON (`jsonb_to_recordset`): one statement per table whether one incident is saved
 * or five thousand are imported.
 */

/** Victim counts by kind: columns of both incidents (totals) and acts. */
export type VictimColumns = Record<(typeof victimKinds)[number], number>;

/** The victim counts summed, for a stats query over incidents or the rollup. */
const victimSums = victimKinds.map((k) => `coalesce(sum(${k}), 0)::int as ${k}`);

export interface IncidentRow extends VictimColumns {
  id: string;
  title: string;
  narrative: string;
  start_date: string;
  start_precision: 'day' | 'month' | 'year';
  end_date: string | null;
  end_precision: 'day' | 'month' | 'year' | null;
  date_estimated: boolean;
  report_date: string | null;
  place_id: string | null;
  country: string;
  admin1: string | null;
  derived_level: number;
  level_override: number | null;
  level_override_reason: string | null;
  pyramid_level: number;
  verification_status: string;
  confidentiality: string;
  monitoring_status: string;
  group_ids: string[];
  identity_bases: string[];
  violation_types: string[];
  perpetrator_ids: string[];
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted_at: string | null;
}

/** The columns a write sets; the database fills the rest (level, timestamps). */
export type IncidentWrite = Omit<IncidentRow, 'pyramid_level' | 'version' | 'created_at' | 'updated_at' | 'deleted_at' | 'created_by'> & {
  created_by?: string;
};

export interface ActRow extends VictimColumns {
  id: string;
  incident_id: string;
  position: number;
  violation_type: string;
  group_id: string | null;
  identity_basis: string | null;
}

export interface InvolvementRow {
  act_id: string;
  actor_id: string;
  degree: string;
}

export interface IncidentSourceRow {
  incident_id: string;
  source_id: string;
  connection: string;
  material_type: string;
  information_date: string | null;
  credibility: number;
  note: string;
}

export interface IncidentEvidenceRow {
  incident_id: string;
  evidence_id: string;
}

export interface LinkRow {
  from_incident: string;
  to_incident: string;
  kind: string;
  note: string;
}

export interface IncidentChildren {
  acts: ActRow[];
  involvements: InvolvementRow[];
  sources: IncidentSourceRow[];
  evidence: IncidentEvidenceRow[];
  links: LinkRow[];
}

/** The incidents table's columns; the narrative lives in incident_texts (migration 001 says why). */
const incidentColumns = `id, title, start_date, start_precision, end_date, end_precision, date_estimated,
  report_date, place_id, country, admin1, derived_level, level_override, level_override_reason, pyramid_level,
  verification_status, confidentiality, monitoring_status, killed, injured, detained, disappeared, displaced, affected,
  group_ids, identity_bases, violation_types, perpetrator_ids, version, created_at, created_by, updated_at, updated_by, deleted_at`;

const incidentRecordType = `id uuid, title text, narrative text, start_date date, start_precision text, end_date date,
  end_precision text, date_estimated boolean, report_date date, place_id uuid, country char(3), admin1 text,
  derived_level smallint, level_override smallint, level_override_reason text, verification_status text,
  confidentiality text, monitoring_status text, killed int, injured int, detained int, disappeared int, displaced int,
  affected int, group_ids uuid[], identity_bases text[], violation_types text[], perpetrator_ids uuid[],
  created_by text, updated_by text`;

const writableColumns = incidentRecordType
  .split(',')
  .map((c) => c.trim().split(/\s+/)[0]!)
  .filter((c) => c !== 'id' && c !== 'created_by' && c !== 'narrative');

/** The narrative of the incident aliased `alias`, as a column of a select or returning list. */
const narrativeOf = (alias: string) => `(select narrative from incident_texts t where t.incident_id = ${alias}.id) as narrative`;

/** The search vector: the title weighs more (A) than the narrative (B). */
const searchVector = `setweight(to_tsvector('english', r.title), 'A') || setweight(to_tsvector('english', r.narrative), 'B')`;

export async function insertIncidents(tx: Sql, rows: IncidentWrite[]): Promise<IncidentRow[]> {
  if (rows.length === 0) return [];
  const json = JSON.stringify(rows);
  const inserted = await tx.query<IncidentRow>(
    `insert into incidents (id, created_by, ${writableColumns.join(', ')})
     select id, created_by, ${writableColumns.join(', ')}
     from jsonb_to_recordset($1::jsonb) as r(${incidentRecordType})
     returning ${incidentColumns}`,
    [json],
  );
  await tx.query(
    `insert into incident_texts (incident_id, narrative, search)
     select r.id, r.narrative, ${searchVector} from jsonb_to_recordset($1::jsonb) as r(id uuid, title text, narrative text)`,
    [json],
  );
  await adjustRollup(tx, 'id = any($1::uuid[])', [rows.map((r) => r.id)], 1);
  const narratives = new Map(rows.map((r) => [r.id, r.narrative]));
  return inserted.map((r) => ({ ...r, narrative: narratives.get(r.id)! }));
}

/** Rewrites an incident's own row; the caller has checked and locked its version. */
export async function updateIncidentRow(tx: Sql, row: IncidentWrite): Promise<IncidentRow> {
  await adjustRollup(tx, 'id = $1', [row.id], -1);
  await tx.query(
    `update incident_texts t set narrative = r.narrative, search = ${searchVector}
     from jsonb_to_recordset($1::jsonb) as r(id uuid, title text, narrative text) where t.incident_id = r.id`,
    [JSON.stringify([row])],
  );
  const [updated] = await tx.query<IncidentRow>(
    `update incidents i set ${writableColumns.map((c) => `${c} = r.${c}`).join(', ')},
       version = i.version + 1, updated_at = now()
     from jsonb_to_recordset($1::jsonb) as r(${incidentRecordType})
     where i.id = r.id
     returning ${incidentColumns.replace(/(^|,\s*)(\w+)/g, '$1i.$2')}, ${narrativeOf('i')}`,
    [JSON.stringify([row])],
  );
  await adjustRollup(tx, 'id = $1', [row.id], 1);
  return updated!;
}

export async function setIncidentDeleted(tx: Sql, id: string, deleted: boolean, actor: string): Promise<IncidentRow> {
  // The rollup counts live incidents only: take it out while it is live, put it back once it is.
  if (deleted) await adjustRollup(tx, 'id = $1', [id], -1);
  const [row] = await tx.query<IncidentRow>(
    `update incidents set deleted_at = ${deleted ? 'now()' : 'null'}, version = version + 1, updated_at = now(), updated_by = $2
     where id = $1 returning ${incidentColumns}, ${narrativeOf('incidents')}`,
    [id, actor],
  );
  if (!deleted) await adjustRollup(tx, 'id = $1', [id], 1);
  return row!;
}

const actRecordType = `id uuid, incident_id uuid, position smallint, violation_type text, group_id uuid, identity_basis text,
  killed int, injured int, detained int, disappeared int, displaced int, affected int`;
const sourceRecordType = 'incident_id uuid, source_id uuid, connection text, material_type text, information_date date, credibility smallint, note text';

export async function insertChildren(tx: Sql, c: IncidentChildren): Promise<void> {
  const insert = async (table: string, columns: string, rows: unknown[]) => {
    if (rows.length === 0) return;
    const names = columns.split(',').map((s) => s.trim().split(/\s+/)[0]).join(', ');
    await tx.query(`insert into ${table} (${names}) select ${names} from jsonb_to_recordset($1::jsonb) as r(${columns})`, [
      JSON.stringify(rows),
    ]);
  };
  await insert('acts', actRecordType, c.acts);
  await insert('involvements', 'act_id uuid, actor_id uuid, degree text', c.involvements);
  await insert('incident_sources', sourceRecordType, c.sources);
  await insert('incident_evidence', 'incident_id uuid, evidence_id uuid', c.evidence);
  await insert('incident_links', 'from_incident uuid, to_incident uuid, kind text, note text', c.links);
}

/**
 * Brings what hangs from one incident in step with `c` in place, so ids given once keep
 * naming the same rows (DESIGN.md, stable ids): acts and sources' information are updated
 * where they exist and changed, inserted where new and deleted where left out; involvements
 * (which have no id) are replaced per act; evidence and links by their keys. Rows that did
 * not change are not written.
 */
export async function syncChildren(tx: Sql, incidentId: string, c: IncidentChildren): Promise<void> {
  const json = (rows: unknown[]) => JSON.stringify(rows);
  const actIds = c.acts.map((a) => a.id);
  await tx.query('delete from acts where incident_id = $1 and id <> all($2::uuid[])', [incidentId, actIds]);
  // (incident_id, position) is unique and checked row by row: park the acts that move on
  // negative positions first, so that a reordering never collides with a row not yet moved.
  await tx.query(
    `update acts set position = -1 - position where incident_id = $1
       and (id, position) not in (select id, position from jsonb_to_recordset($2::jsonb) as r(id uuid, position smallint))`,
    [incidentId, json(c.acts)],
  );
  await tx.query(
    `insert into acts as a (id, incident_id, position, violation_type, group_id, identity_basis, ${victimKinds.join(', ')})
     select id, incident_id, position, violation_type, group_id, identity_basis, ${victimKinds.join(', ')}
     from jsonb_to_recordset($1::jsonb) as r(${actRecordType})
     on conflict (id) do update set position = excluded.position, violation_type = excluded.violation_type,
       group_id = excluded.group_id, identity_basis = excluded.identity_basis,
       ${victimKinds.map((k) => `${k} = excluded.${k}`).join(', ')}
     where a.incident_id = excluded.incident_id
       and (a.position, a.violation_type, a.group_id, a.identity_basis, ${victimKinds.map((k) => `a.${k}`).join(', ')})
         is distinct from (excluded.position, excluded.violation_type, excluded.group_id, excluded.identity_basis, ${victimKinds.map((k) => `excluded.${k}`).join(', ')})`,
    [json(c.acts)],
  );
  await tx.query(
    `delete from involvements v using acts a
     where a.id = v.act_id and a.incident_id = $1
       and (v.act_id, v.actor_id, v.degree) not in (select act_id, actor_id, degree from jsonb_to_recordset($2::jsonb) as r(act_id uuid, actor_id uuid, degree text))`,
    [incidentId, json(c.involvements)],
  );
  await tx.query(
    `insert into involvements (act_id, actor_id, degree) select act_id, actor_id, degree
     from jsonb_to_recordset($1::jsonb) as r(act_id uuid, actor_id uuid, degree text) on conflict do nothing`,
    [json(c.involvements)],
  );

  await tx.query('delete from incident_sources where incident_id = $1 and source_id <> all($2::uuid[])', [incidentId, c.sources.map((s) => s.source_id)]);
  await tx.query(
    `insert into incident_sources as s (incident_id, source_id, connection, material_type, information_date, credibility, note)
     select incident_id, source_id, connection, material_type, information_date, credibility, note
     from jsonb_to_recordset($1::jsonb) as r(${sourceRecordType})
     on conflict (incident_id, source_id) do update set connection = excluded.connection, material_type = excluded.material_type,
       information_date = excluded.information_date, credibility = excluded.credibility, note = excluded.note
     where (s.connection, s.material_type, s.information_date, s.credibility, s.note)
       is distinct from (excluded.connection, excluded.material_type, excluded.information_date, excluded.credibility, excluded.note)`,
    [json(c.sources)],
  );

  await tx.query('delete from incident_evidence where incident_id = $1 and evidence_id <> all($2::uuid[])', [incidentId, c.evidence.map((e) => e.evidence_id)]);
  await tx.query(
    `insert into incident_evidence (incident_id, evidence_id) select incident_id, evidence_id
     from jsonb_to_recordset($1::jsonb) as r(incident_id uuid, evidence_id uuid) on conflict do nothing`,
    [json(c.evidence)],
  );

  await tx.query(
    `delete from incident_links l where l.from_incident = $1
       and (l.to_incident, l.kind) not in (select to_incident, kind from jsonb_to_recordset($2::jsonb) as r(to_incident uuid, kind text))`,
    [incidentId, json(c.links)],
  );
  await tx.query(
    `insert into incident_links as l (from_incident, to_incident, kind, note) select from_incident, to_incident, kind, note
     from jsonb_to_recordset($1::jsonb) as r(from_incident uuid, to_incident uuid, kind text, note text)
     on conflict (from_incident, to_incident, kind) do update set note = excluded.note where l.note is distinct from excluded.note`,
    [json(c.links)],
  );
}

/** Which incident each of these act ids belongs to (ids of no act are left out). */
export async function selectActOwners(sql: Sql, actIds: readonly string[]): Promise<Map<string, string>> {
  if (actIds.length === 0) return new Map();
  const rows = await sql.query<{ id: string; incident_id: string }>('select id, incident_id from acts where id = any($1::uuid[])', [actIds]);
  return new Map(rows.map((r) => [r.id, r.incident_id]));
}

export async function selectIncident(sql: Sql, id: string, forUpdate = false): Promise<IncidentRow | undefined> {
  const [row] = await sql.query<IncidentRow>(
    `select ${incidentColumns}, ${narrativeOf('incidents')} from incidents where id = $1${forUpdate ? ' for update' : ''}`,
    [id],
  );
  return row;
}

/** Everything that hangs from the given incidents, links in both directions. */
export async function selectChildren(sql: Sql, incidentIds: readonly string[]): Promise<IncidentChildren> {
  const ids = [incidentIds];
  const [acts, involvements, sources, evidence, links] = await Promise.all([
    sql.query<ActRow>('select * from acts where incident_id = any($1::uuid[]) order by incident_id, position', ids),
    sql.query<InvolvementRow>(
      'select v.act_id, v.actor_id, v.degree from involvements v join acts a on a.id = v.act_id where a.incident_id = any($1::uuid[]) order by v.act_id, v.actor_id, v.degree',
      ids,
    ),
    sql.query<IncidentSourceRow>('select * from incident_sources where incident_id = any($1::uuid[]) order by incident_id, source_id', ids),
    sql.query<IncidentEvidenceRow>('select * from incident_evidence where incident_id = any($1::uuid[]) order by incident_id, evidence_id', ids),
    sql.query<LinkRow>(
      'select * from incident_links where from_incident = any($1::uuid[]) or to_incident = any($1::uuid[]) order by from_incident, to_incident, kind',
      ids,
    ),
  ]);
  return { acts, involvements, sources, evidence, links };
}

/** The ids among `ids` that name a live incident. */
export async function selectLiveIncidentIds(sql: Sql, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await sql.query<{ id: string }>('select id from incidents where id = any($1::uuid[]) and deleted_at is null', [ids]);
  return new Set(rows.map((r) => r.id));
}

/** Keeps incidents' copies of a place's country and admin1 in step with the place. */
export async function refreshPlaceCopies(tx: Sql, placeId: string, country: string, admin1: string | null): Promise<void> {
  const moved = (
    await tx.query<{ id: string }>('select id from incidents where place_id = $1 and (country <> $2 or admin1 is distinct from $3) for update', [
      placeId,
      country,
      admin1,
    ])
  ).map((r) => r.id);
  if (moved.length === 0) return;
  await adjustRollup(tx, 'id = any($1::uuid[])', [moved], -1);
  await tx.query('update incidents set country = $2, admin1 = $3 where id = any($1::uuid[])', [moved, country, admin1]);
  await adjustRollup(tx, 'id = any($1::uuid[])', [moved], 1);
}

/**
 * Rewrites the admin1 of a country's incidents from any of `from` to `into` (a region merge,
 * src/regions), moving their rollup counts with them. Returns the ids rewritten.
 */
export async function respellAdmin1(tx: Sql, country: string, from: readonly string[], into: string): Promise<string[]> {
  const moved = (
    await tx.query<{ id: string }>('select id from incidents where country = $1 and admin1 = any($2::text[]) order by id for update', [country, from])
  ).map((r) => r.id);
  if (moved.length === 0) return [];
  await adjustRollup(tx, 'id = any($1::uuid[])', [moved], -1);
  await tx.query('update incidents set admin1 = $2 where id = any($1::uuid[])', [moved, into]);
  await adjustRollup(tx, 'id = any($1::uuid[])', [moved], 1);
  return moved;
}

// ---------------------------------------------------------------------------------------
// The rollup (migration 002): counts by month × country × admin1 × level × group.

/** Sentinel group keys of the rollup: every incident counts once under `all`; one without a group under `none`. */
export const rollupAll = '00000000-0000-0000-0000-000000000000';
export const rollupNone = 'ffffffff-ffff-ffff-ffff-ffffffffffff';


/**
 * Adds (+1) or takes away (-1) the counts of the live incidents matching `where` (SQL over
 * `incidents` using `params` as $1…). Rows are upserted in key order so that concurrent
 * writers on a server lock them in the same order.
 */
async function adjustRollup(tx: Sql, where: string, params: unknown[], sign: 1 | -1): Promise<void> {
  const s = `$${params.length + 1}::int`;
  await tx.query(
    `insert into incident_rollup as r (month, country, admin1, pyramid_level, group_key, incidents, ${victimKinds.join(', ')})
     select date_trunc('month', start_date::timestamp)::date, country, coalesce(admin1, ''), pyramid_level, g,
            ${s} * count(*), ${victimKinds.map((c) => `${s} * sum(${c})`).join(', ')}
     from incidents
     cross join lateral unnest(array['${rollupAll}']::uuid[] ||
       case when cardinality(group_ids) = 0 then array['${rollupNone}']::uuid[] else group_ids end) as g
     where (${where}) and deleted_at is null
     group by 1, 2, 3, 4, 5
     order by 2, 5, 1, 3, 4
     on conflict (country, group_key, month, admin1, pyramid_level) do update set
       incidents = r.incidents + excluded.incidents,
       ${victimKinds.map((c) => `${c} = r.${c} + excluded.${c}`).join(',\n       ')}`,
    [...params, sign],
  );
}

/** Recomputes the whole rollup from the incidents (for maintenance, and to check it in tests). */
export async function rebuildRollup(tx: Sql): Promise<void> {
  await tx.query('delete from incident_rollup');
  await adjustRollup(tx, 'true', [], 1);
}

// ---------------------------------------------------------------------------------------
// Where a group, actor or source is used.

/** The registry kinds an incident names, and how: targeted groups, perpetrators, sources' information. */
export type UsageKind = 'groups' | 'actors' | 'sources';

const usageQueries: Record<UsageKind, string> = {
  // The rollup counts each live incident once under each group it targets, kept in step with
  // every write; summing it is several times faster than unnesting the incidents (bench/usage.ts:
  // 100 groups at 100k incidents, 70 ms p50 against 230 ms on a busier machine). Its sentinel keys are no groups.
  groups: `select group_key as id, sum(incidents)::int as n from incident_rollup
    where group_key = any($1::uuid[]) and group_key not in ('${rollupAll}', '${rollupNone}') group by group_key`,
  // The arrays copied from the acts (migration 001), through their GIN index: each incident once.
  actors: `select u.id, count(*)::int as n from incidents i cross join lateral unnest(i.perpetrator_ids) as u(id)
    where i.perpetrator_ids && $1::uuid[] and i.deleted_at is null and u.id = any($1::uuid[]) group by u.id`,
  sources: `select s.source_id as id, count(*)::int as n from incident_sources s join incidents i on i.id = s.incident_id
    where s.source_id = any($1::uuid[]) and i.deleted_at is null group by s.source_id`,
};

/**
 * How many live incidents name each of these records — the same incidents the list finds
 * with `group=`, `perpetrator=` or `source=`. Ids named by none count 0.
 */
export async function countIncidentsUsing(sql: Sql, kind: UsageKind, ids: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map(ids.map((id) => [id, 0]));
  if (ids.length === 0) return counts;
  for (const row of await sql.query<{ id: string; n: number }>(usageQueries[kind], [[...counts.keys()]])) counts.set(row.id, row.n);
  return counts;
}

// ---------------------------------------------------------------------------------------
// Filters, lists and counts. One filter builds one WHERE clause that the list, the total
// and the stats share, so their counts always agree (DESIGN.md). Access rules (a later
// issue) add their predicate here, in one place.

export interface IncidentFilter {
  q?: string;
  ids?: string[];
  countries?: string[];
  admin1?: string[];
  groupIds?: string[];
  bases?: string[];
  types?: string[];
  perpetratorIds?: string[];
  /** Incidents whose sources' information names one of these sources. */
  sourceIds?: string[];
  levels?: number[];
  verification?: string[];
  confidentiality?: string[];
  /** Start date on or after (YYYY-MM-DD). */
  from?: string;
  /** Start date on or before (YYYY-MM-DD). */
  to?: string;
  deleted: 'exclude' | 'include' | 'only';
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const tsQuery = (p: string) => `websearch_to_tsquery('english', ${p})`;

/**
 * `texts` names a joined incident_texts row to match the search against; without it the
 * search is a semi-join (counts and date-sorted pages need no text columns).
 */
function whereClause(f: IncidentFilter, params: Params, texts?: string): string {
  const where: string[] = [];
  if (f.deleted === 'exclude') where.push('deleted_at is null');
  if (f.deleted === 'only') where.push('deleted_at is not null');
  if (f.q) {
    const query = tsQuery(params.add(f.q));
    where.push(texts ? `${texts}.search @@ ${query}` : `id in (select incident_id from incident_texts where search @@ ${query})`);
  }
  if (f.ids?.length) where.push(`id = any(${params.add(f.ids)}::uuid[])`);
  if (f.countries?.length) where.push(`country = any(${params.add(f.countries)}::char(3)[])`);
  if (f.admin1?.length) where.push(`admin1 = any(${params.add(f.admin1)}::text[])`);
  if (f.groupIds?.length) where.push(`group_ids && ${params.add(f.groupIds)}::uuid[]`);
  if (f.bases?.length) where.push(`identity_bases && ${params.add(f.bases)}::text[]`);
  if (f.types?.length && f.countries?.length) {
    // Both given: look the pairs up in the country-qualified index (migration 001).
    const pairs = f.countries.flatMap((c) => f.types!.map((t) => `${c}:${t}`));
    where.push(`incident_country_types(country, violation_types) && ${params.add(pairs)}::text[]`);
  } else if (f.types?.length) where.push(`violation_types && ${params.add(f.types)}::text[]`);
  if (f.perpetratorIds?.length) where.push(`perpetrator_ids && ${params.add(f.perpetratorIds)}::uuid[]`);
  if (f.sourceIds?.length) where.push(`id in (select incident_id from incident_sources where source_id = any(${params.add(f.sourceIds)}::uuid[]))`);
  if (f.levels?.length) where.push(`pyramid_level = any(${params.add(f.levels)}::smallint[])`);
  if (f.verification?.length) where.push(`verification_status = any(${params.add(f.verification)}::text[])`);
  if (f.confidentiality?.length) where.push(`confidentiality = any(${params.add(f.confidentiality)}::text[])`);
  if (f.from) where.push(`start_date >= ${params.add(f.from)}::date`);
  if (f.to) where.push(`start_date <= ${params.add(f.to)}::date`);
  return where.length ? `where ${where.join(' and ')}` : '';
}

export type ListSort = 'date:desc' | 'date:asc' | 'level:desc' | 'updated:desc' | 'relevance';

/** Sort keys per sort: SQL expression, direction, and the cast used to compare a cursor value. */
const sortKeys: Record<ListSort, { expr: string; cast: string }[]> = {
  'date:desc': [
    { expr: 'start_date', cast: 'date' },
    { expr: 'id', cast: 'uuid' },
  ],
  'date:asc': [
    { expr: 'start_date', cast: 'date' },
    { expr: 'id', cast: 'uuid' },
  ],
  'level:desc': [
    { expr: 'pyramid_level', cast: 'smallint' },
    { expr: 'start_date', cast: 'date' },
    { expr: 'id', cast: 'uuid' },
  ],
  'updated:desc': [
    { expr: 'updated_at', cast: 'timestamptz' },
    { expr: 'id', cast: 'uuid' },
  ],
  relevance: [
    { expr: 'rank', cast: 'real' },
    { expr: 'id', cast: 'uuid' },
  ],
};

const cursorKindOfCast: Record<string, CursorValueKind> = { date: 'date', uuid: 'uuid', smallint: 'smallint', timestamptz: 'timestamp', real: 'real' };

/** What each value of a cursor for `sort` must be. */
export function cursorKinds(sort: ListSort): CursorValueKind[] {
  return sortKeys[sort].map((k) => cursorKindOfCast[k.cast]!);
}

export interface ListRow extends Omit<IncidentRow, 'narrative'> {
  /** The sort values of this row, to build the next cursor from. */
  sort_key: unknown[];
}

/** A page of incidents in `sort` order after the row whose sort values are `after`. */
export async function selectIncidentPage(sql: Sql, f: IncidentFilter, sort: ListSort, after: unknown[] | undefined, limit: number): Promise<ListRow[]> {
  const params = new Params();
  const keys = sortKeys[sort];
  const ascending = sort === 'date:asc';
  // Ranking reads each match's vector once, through a join, rather than looking it up again.
  const ranked = sort === 'relevance' && f.q;
  const rank = ranked ? `, ts_rank(t.search, ${tsQuery(params.add(f.q))}) as rank` : '';
  const from = ranked ? 'incidents join incident_texts t on t.incident_id = incidents.id' : 'incidents';
  const inner = `select ${incidentColumns.replace(/(^|,\s*)(\w+)/g, '$1incidents.$2')}${rank},
      to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as updated_key
    from ${from} ${whereClause(f, params, ranked ? 't' : undefined)}`;
  let keyset = '';
  if (after) {
    const tuple = keys.map((k, i) => `${params.add(after[i])}::${k.cast}`).join(', ');
    keyset = `where (${keys.map((k) => k.expr).join(', ')}) ${ascending ? '>' : '<'} (${tuple})`;
  }
  const order = keys.map((k) => `${k.expr} ${ascending ? 'asc' : 'desc'}`).join(', ');
  const sortKeyExpr = `json_build_array(${keys.map((k) => (k.expr === 'updated_at' ? 'updated_key' : k.expr)).join(', ')})`;
  return sql.query<ListRow>(
    `select *, ${sortKeyExpr} as sort_key from (${inner}) i ${keyset} order by ${order} limit ${params.add(limit)}`,
    params.values,
  );
}

export async function countIncidents(sql: Sql, f: IncidentFilter): Promise<number> {
  if (rollupCanAnswer(f, [])) return Number((await selectRollupStats(sql, f, []))[0]?.incidents ?? 0);
  const params = new Params();
  const [row] = await sql.query<{ n: number }>(`select count(*) as n from incidents ${whereClause(f, params)}`, params.values);
  return row!.n;
}

/**
 * How each stats dimension is computed. Array columns (groups, types, bases, perpetrators)
 * are unnested, so an incident counts once under each group it targets; when the filter
 * picks some groups (types, …), only those appear as cells.
 */
const dimensions: Record<StatsDimension, { select: string; unnest?: { column: string; type: string; filter: keyof IncidentFilter } }> = {
  month: { select: `to_char(start_date, 'YYYY-MM')` },
  year: { select: `to_char(start_date, 'YYYY')` },
  level: { select: 'pyramid_level::int' },
  country: { select: 'country' },
  admin1: { select: 'admin1' },
  place: { select: 'place_id' },
  verification: { select: 'verification_status' },
  group: { select: 'u_group', unnest: { column: 'group_ids', type: 'uuid', filter: 'groupIds' } },
  basis: { select: 'u_basis', unnest: { column: 'identity_bases', type: 'text', filter: 'bases' } },
  type: { select: 'u_type', unnest: { column: 'violation_types', type: 'text', filter: 'types' } },
  perpetrator: { select: 'u_perpetrator', unnest: { column: 'perpetrator_ids', type: 'uuid', filter: 'perpetratorIds' } },
};

export type StatsRow = Record<string, string | number | null>;

/** Counts by the given dimensions; from the rollup when it can answer, unless `useRollup` is false (tests compare the two). */
export async function selectStats(sql: Sql, f: IncidentFilter, by: readonly StatsDimension[], useRollup = true): Promise<StatsRow[]> {
  if (useRollup && rollupCanAnswer(f, by)) return selectRollupStats(sql, f, by);
  const params = new Params();
  const where = whereClause(f, params);
  const laterals: string[] = [];
  const cellFilters: string[] = [];
  for (const name of by) {
    const u = dimensions[name].unnest;
    if (!u) continue;
    const alias = `u_${name}`;
    // An incident with no group still counts, under a null group.
    laterals.push(
      `cross join lateral unnest(case when cardinality(${u.column}) = 0 then array[null]::${u.type}[] else ${u.column} end) as ${alias}_t(${alias})`,
    );
    const picked = f[u.filter] as string[] | undefined;
    if (picked?.length) cellFilters.push(`${alias} = any(${params.add(picked)}::${u.type}[])`);
  }
  const selects = by.map((name) => `${dimensions[name].select} as "${name}"`);
  const groupBy = by.map((_, i) => String(i + 1));
  const filterSql = cellFilters.length ? `${where ? `${where} and` : 'where'} ${cellFilters.join(' and ')}` : where;
  return sql.query<StatsRow>(
    `select ${[...selects, 'count(*)::int as incidents', ...victimSums].join(', ')}
     from incidents ${laterals.join(' ')}
     ${filterSql}
     ${groupBy.length ? `group by ${groupBy.join(', ')} order by ${groupBy.join(', ')}` : ''}`,
    params.values,
  );
}

const rollupDimensions: Partial<Record<StatsDimension, string>> = {
  month: `to_char(month, 'YYYY-MM')`,
  year: `to_char(month, 'YYYY')`,
  level: 'pyramid_level::int',
  country: 'country',
  admin1: `nullif(admin1, '')`,
  group: `nullif(group_key, '${rollupNone}')`,
};

const isMonthStart = (date: string) => date.endsWith('-01');
const isMonthEnd = (date: string) => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
};

/** The filters the rollup is keyed by (DESIGN.md: list what it can answer, so a new filter is read from the incidents until said otherwise). */
const rollupFilters: ReadonlySet<keyof IncidentFilter> = new Set(['countries', 'admin1', 'groupIds', 'levels', 'from', 'to', 'deleted']);

/**
 * Whether the rollup holds the answer: only the dimensions and filters it is keyed by,
 * whole months, live incidents; and, without a group dimension, at most one group in the
 * filter (an incident targeting two picked groups must still count once).
 */
export function rollupCanAnswer(f: IncidentFilter, by: readonly StatsDimension[]): boolean {
  const given = (Object.keys(f) as (keyof IncidentFilter)[]).filter((k) => {
    const v = f[k];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  });
  if (!given.every((k) => rollupFilters.has(k))) return false;
  if (f.deleted !== 'exclude') return false;
  if ((f.from && !isMonthStart(f.from)) || (f.to && !isMonthEnd(f.to))) return false;
  if ((f.groupIds?.length ?? 0) > 1 && !by.includes('group')) return false;
  return by.every((d) => d in rollupDimensions);
}

async function selectRollupStats(sql: Sql, f: IncidentFilter, by: readonly StatsDimension[]): Promise<StatsRow[]> {
  const params = new Params();
  const where: string[] = [];
  if (f.groupIds?.length) where.push(`group_key = any(${params.add(f.groupIds)}::uuid[])`);
  else where.push(by.includes('group') ? `group_key <> '${rollupAll}'` : `group_key = '${rollupAll}'`);
  if (f.countries?.length) where.push(`country = any(${params.add(f.countries)}::char(3)[])`);
  if (f.admin1?.length) where.push(`admin1 = any(${params.add(f.admin1)}::text[])`);
  if (f.levels?.length) where.push(`pyramid_level = any(${params.add(f.levels)}::smallint[])`);
  if (f.from) where.push(`month >= ${params.add(f.from)}::date`);
  if (f.to) where.push(`month <= ${params.add(f.to)}::date`);
  const selects = by.map((d) => `${rollupDimensions[d]} as "${d}"`);
  const groupBy = by.map((_, i) => String(i + 1));
  const rows = await sql.query<StatsRow>(
    `select ${[...selects, 'coalesce(sum(incidents), 0)::int as incidents', ...victimSums].join(', ')}
     from incident_rollup where ${where.join(' and ')}
     ${groupBy.length ? `group by ${groupBy.join(', ')} having sum(incidents) > 0 order by ${groupBy.join(', ')}` : ''}`,
    params.values,
  );
  return rows;
}

// ---------------------------------------------------------------------------------------
// Where the data ends, for the dashboard's default period.

/**
 * The first and last month (`YYYY-MM`) of the incidents matching `f`, from those dated to the
 * day or the month only: an incident known only to its year is stored on 1 January and would
 * otherwise claim a month nobody observed. Min and max walk the (country, start_date) index.
 */
export async function selectExtent(sql: Sql, f: IncidentFilter): Promise<{ first: string | null; last: string | null }> {
  const params = new Params();
  const where = whereClause(f, params);
  const [row] = await sql.query<{ first: string | null; last: string | null }>(
    `select to_char(min(start_date), 'YYYY-MM') as first, to_char(max(start_date), 'YYYY-MM') as last
     from incidents ${where ? `${where} and` : 'where'} start_precision in ('day', 'month')`,
    params.values,
  );
  return { first: row?.first ?? null, last: row?.last ?? null };
}
