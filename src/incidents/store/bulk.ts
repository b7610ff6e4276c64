import { copyText, type CopyValue } from '../../db/copyText.js';
import type { Sql } from '../../db/database.js';
import { victimKinds } from '../schema.js';
import { adjustRollup } from './rollup.js';
import { searchVectorOf } from './searchVector.js';
import type { IncidentChildren, IncidentWrite } from './types.js';

/**
 * The import path's inserts (src/ingest/write): the same rows as insertIncidents and
 * insertChildren, sent as one array per column (`unnest($1::uuid[], $2::text[], …)`) rather
 * than as JSON — no JSON document to build and parse per row — one statement per table for a
 * whole batch, and the rollup's counts appended for the batch, to be folded in when the import
 * finishes (migration 030). Links to incidents of the same batch
 * are written after all of its incidents.
 */

/** A PostgreSQL array literal of text (`{"a","b"}`), for a column of arrays sent as one text[] parameter. */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

const columns: [name: string, type: string, value: (r: IncidentWrite) => unknown][] = [
  ['id', 'uuid', (r) => r.id],
  ['title', 'text', (r) => r.title],
  ['start_date', 'date', (r) => r.start_date],
  ['start_precision', 'text', (r) => r.start_precision],
  ['end_date', 'date', (r) => r.end_date],
  ['end_precision', 'text', (r) => r.end_precision],
  ['date_estimated', 'boolean', (r) => r.date_estimated],
  ['report_date', 'date', (r) => r.report_date],
  ['place_id', 'uuid', (r) => r.place_id],
  ['country', 'text', (r) => r.country],
  ['admin1', 'text', (r) => r.admin1],
  ['derived_level', 'smallint', (r) => r.derived_level],
  ['level_override', 'smallint', (r) => r.level_override],
  ['level_override_reason', 'text', (r) => r.level_override_reason],
  ['verification_status', 'text', (r) => r.verification_status],
  ['confidentiality', 'text', (r) => r.confidentiality],
  ['teams', 'text[]', (r) => arrayLiteral(r.teams)],
  ['withhold_place', 'text', (r) => r.withhold_place],
  ['withhold_date', 'text', (r) => r.withhold_date],
  ['withhold_reporter', 'text', (r) => r.withhold_reporter],
  ['monitoring_status', 'text', (r) => r.monitoring_status],
  ...victimKinds.map((k) => [k, 'bigint', (r: IncidentWrite) => r[k]] as [string, string, (r: IncidentWrite) => unknown]),
  ['group_ids', 'uuid[]', (r) => arrayLiteral(r.group_ids)],
  ['identity_bases', 'text[]', (r) => arrayLiteral(r.identity_bases)],
  ['violation_types', 'text[]', (r) => arrayLiteral(r.violation_types)],
  ['perpetrator_ids', 'uuid[]', (r) => arrayLiteral(r.perpetrator_ids)],
  ['created_by', 'text', (r) => r.created_by],
  ['updated_by', 'text', (r) => r.updated_by],
];

/** `unnest($1::uuid[], …) as r(a, …)` selecting each column cast to its type (array columns travel as text). */
function unnestOf(cols: readonly (readonly [string, string, ...unknown[]])[]): string {
  const params = cols.map(([, type], i) => `$${i + 1}::${type.endsWith('[]') ? 'text' : type}[]`);
  const select = cols.map(([name, type]) => (type.endsWith('[]') ? `r.${name}::${type}` : `r.${name}`));
  return `select ${select.join(', ')} from unnest(${params.join(', ')}) as r(${cols.map(([name]) => name).join(', ')})`;
}

const incidentInsert = `insert into incidents (${columns.map(([n]) => n).join(', ')}) ${unnestOf(columns)}`;

/**
 * The texts, with their search vectors (`now`) or without (`later`: built after the import by
 * fillSearchVectors, migration 019).
 */
const textInsert = {
  now: `insert into incident_texts (incident_id, narrative, search)
    select r.id, r.narrative, ${searchVectorOf('r.title', 'r.narrative')} from unnest($1::uuid[], $2::text[], $3::text[]) as r(id, narrative, title)`,
  later: `insert into incident_texts (incident_id, narrative) select r.id, r.narrative from unnest($1::uuid[], $2::text[], $3::text[]) as r(id, narrative, title)`,
};

const actColumns = [['id', 'uuid'], ['incident_id', 'uuid'], ['position', 'smallint'], ['violation_type', 'text'], ['group_id', 'uuid'], ['identity_basis', 'text'], ...victimKinds.map((k) => [k, 'int'] as const)] as const;
const actInsert = `insert into acts (${actColumns.map(([n]) => n).join(', ')}) ${unnestOf(actColumns)}`;
const involvementInsert = `insert into involvements (act_id, actor_id, degree) ${unnestOf([['act_id', 'uuid'], ['actor_id', 'uuid'], ['degree', 'text']])}`;
const sourceColumns = [['incident_id', 'uuid'], ['source_id', 'uuid'], ['connection', 'text'], ['material_type', 'text'], ['information_date', 'date'], ['credibility', 'smallint'], ['note', 'text']] as const;
const sourceInsert = `insert into incident_sources (${sourceColumns.map(([n]) => n).join(', ')}) ${unnestOf(sourceColumns)}`;

/**
 * Inserts new incidents and what hangs from them; the rollup counts them once, at the end.
 * `searchVectors`: built with the rows, or left to be built after the import.
 */
export async function insertIncidentsBulk(tx: Sql, rows: readonly IncidentWrite[], children: IncidentChildren, searchVectors: 'now' | 'later' = 'now'): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  const viaUnnest = process.env.PRECURSOR_BULK_VIA === 'unnest';
  if (viaUnnest) await tx.query(incidentInsert, columns.map(([, , value]) => rows.map(value)));
  else await tx.copyFrom(`incidents (${columns.map(([n]) => n).join(', ')})`, copyText(rows.map((r) => columns.map(([, , value]) => value(r) as CopyValue))));
  await tx.query(textInsert[searchVectors], [ids, rows.map((r) => r.narrative), rows.map((r) => r.title)]);
  const a = children.acts;
  if (a.length) {
    if (viaUnnest) await tx.query(actInsert, actColumns.map(([name]) => a.map((row) => row[name as keyof typeof row])));
    else await tx.copyFrom(`acts (${actColumns.map(([n]) => n).join(', ')})`, copyText(a.map((row) => actColumns.map(([name]) => row[name as keyof typeof row] as CopyValue))));
  }
  const v = children.involvements;
  if (v.length) {
    if (viaUnnest) await tx.query(involvementInsert, [v.map((r) => r.act_id), v.map((r) => r.actor_id), v.map((r) => r.degree)]);
    else await tx.copyFrom('involvements (act_id, actor_id, degree)', copyText(v.map((r) => [r.act_id, r.actor_id, r.degree])));
  }
  const s = children.sources;
  if (s.length) {
    if (viaUnnest) await tx.query(sourceInsert, sourceColumns.map(([name]) => s.map((row) => row[name as keyof typeof row])));
    else await tx.copyFrom(`incident_sources (${sourceColumns.map(([n]) => n).join(', ')})`, copyText(s.map((row) => sourceColumns.map(([name]) => row[name as keyof typeof row] as CopyValue))));
  }
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
