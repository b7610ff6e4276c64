import type { Scope } from '../../access/scope.js';
import type { Sql } from '../../db/database.js';
import { adjustRollup } from './rollup.js';
import { incidentColumns, incidentColumnsOf, type IncidentRow, type IncidentWrite } from './types.js';
import { Params } from './params.js';
import { searchVectorOf } from './searchVector.js';

/**
 * The incident rows themselves: written in bulk from JSON (`jsonb_to_recordset`), one
 * statement per table whether one incident is saved or five thousand are imported, with the
 * rollup kept in step in the same transaction; read by id through the access door.
 */

const incidentRecordType = `id uuid, title text, narrative text, start_date date, start_precision text, end_date date,
  end_precision text, date_estimated boolean, report_date date, place_id uuid, country char(3), admin1 text,
  derived_level smallint, level_override smallint, level_override_reason text, verification_status text,
  confidentiality text, teams text[], withhold_place text, withhold_date text, withhold_reporter text, monitoring_status text,
  killed bigint, injured bigint, detained bigint, disappeared bigint, displaced bigint,
  affected bigint, group_ids uuid[], identity_bases text[], violation_types text[], perpetrator_ids uuid[],
  created_by text, updated_by text`;

const writableColumns = incidentRecordType
  .split(',')
  .map((c) => c.trim().split(/\s+/)[0]!)
  .filter((c) => c !== 'id' && c !== 'created_by' && c !== 'narrative');

/** The narrative of the incident aliased `alias`, as a column of a select or returning list. */
const narrativeOf = (alias: string) => `(select narrative from incident_texts t where t.incident_id = ${alias}.id) as narrative`;

const searchVector = searchVectorOf('r.title', 'r.narrative');

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
  return (await updateIncidentRows(tx, [row]))[0]!;
}

/**
 * Rewrites incidents' own rows (and their texts, with their search vectors), one statement per
 * table however many, their rollup counts taken out under the old keys and put back under the
 * new; the caller has checked and locked their versions. Returns the rows as saved, in `rows`' order.
 */
export async function updateIncidentRows(tx: Sql, rows: readonly IncidentWrite[]): Promise<IncidentRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const json = JSON.stringify(rows);
  await adjustRollup(tx, 'id = any($1::uuid[])', [ids], -1);
  await tx.query(
    `update incident_texts t set narrative = r.narrative, search = ${searchVector}
     from jsonb_to_recordset($1::jsonb) as r(id uuid, title text, narrative text) where t.incident_id = r.id`,
    [json],
  );
  const updated = await tx.query<IncidentRow>(
    `update incidents i set ${writableColumns.map((c) => `${c} = r.${c}`).join(', ')},
       version = i.version + 1, updated_at = now()
     from jsonb_to_recordset($1::jsonb) as r(${incidentRecordType})
     where i.id = r.id
     returning ${incidentColumnsOf('i')}, ${narrativeOf('i')}`,
    [json],
  );
  await adjustRollup(tx, 'id = any($1::uuid[])', [ids], 1);
  const byId = new Map(updated.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

/** A new version of an incident whose children changed alone (links an import made later); returns the version. */
export async function bumpIncidentVersion(tx: Sql, id: string, actor: string): Promise<number> {
  const [row] = await tx.query<{ version: number }>('update incidents set version = version + 1, updated_at = now(), updated_by = $2 where id = $1 returning version', [id, actor]);
  return row!.version;
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

/**
 * The incident if the scope may read it; undefined when it does not exist or the scope may not
 * read it — the caller answers both alike (404), so a record's existence is never revealed.
 */
export async function selectIncident(sql: Sql, scope: Scope, id: string, forUpdate = false): Promise<IncidentRow | undefined> {
  const params = new Params([id]);
  const door = params.visible(scope);
  const [row] = await sql.query<IncidentRow>(
    `select ${incidentColumns}, ${narrativeOf('incidents')} from incidents where id = $1${door ? ` and ${door}` : ''}${forUpdate ? ' for update' : ''}`,
    params.values,
  );
  return row;
}

/** The ids among `ids` that name a live incident the scope may read. */
export async function selectLiveIncidentIds(sql: Sql, scope: Scope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const params = new Params([ids]);
  const door = params.visible(scope);
  const rows = await sql.query<{ id: string }>(`select id from incidents where id = any($1::uuid[]) and deleted_at is null${door ? ` and ${door}` : ''}`, params.values);
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

/** The incidents among `ids` the scope may read, whole (with their narratives), in no particular order (`forUpdate`: locked): for exports, a page at a time, and an import's updates. */
export async function selectIncidents(sql: Sql, scope: Scope, ids: readonly string[], forUpdate = false): Promise<IncidentRow[]> {
  if (ids.length === 0) return [];
  const params = new Params([ids]);
  const door = params.visible(scope);
  // Locked in id order, so that two writers locking overlapping sets never wait on each other in a cycle.
  return sql.query<IncidentRow>(
    `select ${incidentColumns}, ${narrativeOf('incidents')} from incidents where id = any($1::uuid[])${door ? ` and ${door}` : ''}${forUpdate ? ' order by id for update' : ''}`,
    params.values,
  );
}
