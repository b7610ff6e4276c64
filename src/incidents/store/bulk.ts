import { copyText, type CopyValue } from '../../db/copyText.js';
import type { Sql } from '../../db/database.js';
import { victimKinds } from '../schema.js';
import { adjustRollup } from './rollup.js';
import { searchVectorOf } from './searchVector.js';
import type { IncidentChildren, IncidentWrite } from './types.js';

/**
 * The import path's inserts (src/ingest/write): the same rows as insertIncidents and
 * insertChildren, one statement per table for a whole batch: `COPY … FROM` (Sql.copyFrom) for
 * the incidents and their acts, involvements and sources, and the rollup's counts appended for
 * the batch, to be folded in when the import finishes (migration 030). A row the table refuses
 * fails the batch's transaction, as a multi-row INSERT would: the writer has checked every row
 * before (IncidentInput, the access door, references resolved), so a refusal is a bug, not a
 * row to reject. Links to incidents of the same batch are written after all of its incidents.
 *
 * Measured (bench/ingestStatements.ts, PostgreSQL 15, 10,000 rows, the backend's own CPU):
 * COPY took 0.040 ms a row for the incidents where `insert … select from unnest($1::uuid[], …)`
 * took 0.047, and about as much for the children: the cost of a row is its index entries and
 * foreign-key checks, which COPY pays as an INSERT does, not the statement that carries it.
 */

/** A PostgreSQL array literal of text (`{"a","b"}`): an array column's value as COPY reads it. */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

const columns: [name: string, value: (r: IncidentWrite) => CopyValue][] = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['start_date', (r) => r.start_date],
  ['start_precision', (r) => r.start_precision],
  ['end_date', (r) => r.end_date],
  ['end_precision', (r) => r.end_precision],
  ['date_estimated', (r) => r.date_estimated],
  ['report_date', (r) => r.report_date],
  ['place_id', (r) => r.place_id],
  ['country', (r) => r.country],
  ['admin1', (r) => r.admin1],
  ['derived_level', (r) => r.derived_level],
  ['level_override', (r) => r.level_override],
  ['level_override_reason', (r) => r.level_override_reason],
  ['verification_status', (r) => r.verification_status],
  ['confidentiality', (r) => r.confidentiality],
  ['teams', (r) => arrayLiteral(r.teams)],
  ['withhold_place', (r) => r.withhold_place],
  ['withhold_date', (r) => r.withhold_date],
  ['withhold_reporter', (r) => r.withhold_reporter],
  ['monitoring_status', (r) => r.monitoring_status],
  ...victimKinds.map((k) => [k, (r: IncidentWrite) => r[k]] as [string, (r: IncidentWrite) => CopyValue]),
  ['group_ids', (r) => arrayLiteral(r.group_ids)],
  ['identity_bases', (r) => arrayLiteral(r.identity_bases)],
  ['violation_types', (r) => arrayLiteral(r.violation_types)],
  ['perpetrator_ids', (r) => arrayLiteral(r.perpetrator_ids)],
  ['created_by', (r) => r.created_by],
  ['updated_by', (r) => r.updated_by],
];

const copyColumns = (table: string, cols: readonly (readonly [string, ...unknown[]])[]) => `${table} (${cols.map(([name]) => name).join(', ')})`;

/**
 * The texts, with their search vectors (`now`: computed by the server, so by an INSERT) or
 * without (`later`: copied, and built after the import by fillSearchVectors, migration 019).
 */
const textInsert = `insert into incident_texts (incident_id, narrative, search)
  select r.id, r.narrative, ${searchVectorOf('r.title', 'r.narrative')} from unnest($1::uuid[], $2::text[], $3::text[]) as r(id, narrative, title)`;

const actColumns = [['id'], ['incident_id'], ['position'], ['violation_type'], ['group_id'], ['identity_basis'], ...victimKinds.map((k) => [k] as const)] as const;
const sourceColumns = [['incident_id'], ['source_id'], ['connection'], ['material_type'], ['information_date'], ['credibility'], ['note']] as const;

/**
 * Inserts new incidents and what hangs from them; the rollup counts them once, at the end.
 * `searchVectors`: built with the rows, or left to be built after the import.
 */
export async function insertIncidentsBulk(tx: Sql, rows: readonly IncidentWrite[], children: IncidentChildren, searchVectors: 'now' | 'later' = 'now'): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  await tx.copyFrom(copyColumns('incidents', columns), copyText(rows.map((r) => columns.map(([, value]) => value(r)))));
  if (searchVectors === 'now') await tx.query(textInsert, [ids, rows.map((r) => r.narrative), rows.map((r) => r.title)]);
  else await tx.copyFrom('incident_texts (incident_id, narrative)', copyText(rows.map((r) => [r.id, r.narrative])));
  const cells = <R>(list: readonly R[], cols: readonly (readonly [string, ...unknown[]])[]) => copyText(list.map((row) => cols.map(([name]) => row[name as keyof R] as CopyValue)));
  if (children.acts.length) await tx.copyFrom(copyColumns('acts', actColumns), cells(children.acts, actColumns));
  if (children.involvements.length) await tx.copyFrom('involvements (act_id, actor_id, degree)', cells(children.involvements, [['act_id'], ['actor_id'], ['degree']]));
  if (children.sources.length) await tx.copyFrom(copyColumns('incident_sources', sourceColumns), cells(children.sources, sourceColumns));
  // Evidence and links are few (an import's attachments, our own exports' chains of events): rows as values.
  const e = children.evidence;
  if (e.length) await tx.query('insert into incident_evidence (incident_id, evidence_id) select * from unnest($1::uuid[], $2::uuid[]) on conflict do nothing', [e.map((r) => r.incident_id), e.map((r) => r.evidence_id)]);
  const l = children.links;
  if (l.length) {
    await tx.query('insert into incident_links (from_incident, to_incident, kind, note) select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) on conflict do nothing', [
      l.map((r) => r.from_incident),
      l.map((r) => r.to_incident),
      l.map((r) => r.kind),
      l.map((r) => r.note),
    ]);
  }
  // Set aside until the import finishes (migration 030): a key its incidents share is then written once.
  await adjustRollup(tx, 'id = any($1::uuid[])', [ids], 1, 'deltas');
}

/** Soft-deletes incidents (a rolled-back import), taking them out of the rollup first. Returns the ids deleted. */
export async function softDeleteIncidents(tx: Sql, ids: readonly string[], actor: string): Promise<string[]> {
  if (ids.length === 0) return [];
  await adjustRollup(tx, 'id = any($1::uuid[])', [ids], -1);
  const rows = await tx.query<{ id: string }>(
    `update incidents set deleted_at = now(), version = version + 1, updated_at = now(), updated_by = $2
     where id = any($1::uuid[]) and deleted_at is null returning id`,
    [ids, actor],
  );
  return rows.map((r) => r.id);
}
