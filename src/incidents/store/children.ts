import type { Scope } from '../../access/scope.js';
import type { Sql } from '../../db/database.js';
import { victimKinds } from '../schema.js';
import { Params } from './params.js';
import type { ActRow, IncidentChildren, IncidentEvidenceRow, IncidentSourceRow, InvolvementRow, LinkRow } from './types.js';

/**
 * What hangs from an incident: acts, involvements, the sources' information, evidence links
 * and chain-of-events links. Written in bulk from JSON, kept in place on an edit (stable ids),
 * read through the access door: the children of incidents the scope may read, and only the
 * links whose other end it may read too.
 */

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
  await syncChildrenOf(tx, [incidentId], c);
}

/**
 * syncChildren for many incidents at once (an import's changed rows): `c` holds the children
 * of every incident of `incidentIds`, each row naming its own incident, and each incident's
 * children end as syncChildren would leave them — the same statements, one per table for the
 * whole set, matching rows by (incident, key) rather than by key alone.
 */
export async function syncChildrenOf(tx: Sql, incidentIds: readonly string[], c: IncidentChildren): Promise<void> {
  if (incidentIds.length === 0) return;
  const json = (rows: unknown[]) => JSON.stringify(rows);
  const ids = [...incidentIds];
  await tx.query(
    `delete from acts a where a.incident_id = any($1::uuid[])
       and (a.incident_id, a.id) not in (select incident_id, id from jsonb_to_recordset($2::jsonb) as r(incident_id uuid, id uuid))`,
    [ids, json(c.acts)],
  );
  // (incident_id, position) is unique and checked row by row: park the acts that move on
  // negative positions first, so that a reordering never collides with a row not yet moved.
  await tx.query(
    `update acts set position = -1 - position where incident_id = any($1::uuid[])
       and (id, position) not in (select id, position from jsonb_to_recordset($2::jsonb) as r(id uuid, position smallint))`,
    [ids, json(c.acts)],
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
     where a.id = v.act_id and a.incident_id = any($1::uuid[])
       and (v.act_id, v.actor_id, v.degree) not in (select act_id, actor_id, degree from jsonb_to_recordset($2::jsonb) as r(act_id uuid, actor_id uuid, degree text))`,
    [ids, json(c.involvements)],
  );
  await tx.query(
    `insert into involvements (act_id, actor_id, degree) select act_id, actor_id, degree
     from jsonb_to_recordset($1::jsonb) as r(act_id uuid, actor_id uuid, degree text) on conflict do nothing`,
    [json(c.involvements)],
  );

  await tx.query(
    `delete from incident_sources where incident_id = any($1::uuid[])
       and (incident_id, source_id) not in (select incident_id, source_id from jsonb_to_recordset($2::jsonb) as r(incident_id uuid, source_id uuid))`,
    [ids, json(c.sources)],
  );
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

  await tx.query(
    `delete from incident_evidence where incident_id = any($1::uuid[])
       and (incident_id, evidence_id) not in (select incident_id, evidence_id from jsonb_to_recordset($2::jsonb) as r(incident_id uuid, evidence_id uuid))`,
    [ids, json(c.evidence)],
  );
  await tx.query(
    `insert into incident_evidence (incident_id, evidence_id) select incident_id, evidence_id
     from jsonb_to_recordset($1::jsonb) as r(incident_id uuid, evidence_id uuid) on conflict do nothing`,
    [json(c.evidence)],
  );

  await tx.query(
    `delete from incident_links l where l.from_incident = any($1::uuid[])
       and (l.from_incident, l.to_incident, l.kind) not in (select from_incident, to_incident, kind from jsonb_to_recordset($2::jsonb) as r(from_incident uuid, to_incident uuid, kind text))`,
    [ids, json(c.links)],
  );
  await tx.query(
    `insert into incident_links as l (from_incident, to_incident, kind, note) select from_incident, to_incident, kind, note
     from jsonb_to_recordset($1::jsonb) as r(from_incident uuid, to_incident uuid, kind text, note text)
     on conflict (from_incident, to_incident, kind) do update set note = excluded.note where l.note is distinct from excluded.note`,
    [json(c.links)],
  );
}

/** Which incident each of these act ids belongs to (ids of no act are left out). */
/**
 * Moves acts (with their involvements, which hang from them) from one incident to another,
 * keeping their ids. They are parked on negative positions until the receiving incident's
 * children are written (syncChildren gives them their places). Only acts of `from` move.
 */
export async function moveActs(tx: Sql, from: string, to: string, actIds: readonly string[]): Promise<void> {
  if (actIds.length === 0) return;
  await tx.query(`update acts set incident_id = $2, position = -1000 - position where incident_id = $1 and id = any($3::uuid[])`, [from, to, actIds]);
}

export async function selectActOwners(sql: Sql, actIds: readonly string[]): Promise<Map<string, string>> {
  if (actIds.length === 0) return new Map();
  const rows = await sql.query<{ id: string; incident_id: string }>('select id, incident_id from acts where id = any($1::uuid[])', [actIds]);
  return new Map(rows.map((r) => [r.id, r.incident_id]));
}

/**
 * Everything that hangs from the given incidents that the scope may read, links in both
 * directions — but a link to or from an incident the scope may not read is left out, so a
 * restricted incident is not revealed by the records it is linked to.
 */
export async function selectChildren(sql: Sql, scope: Scope, incidentIds: readonly string[]): Promise<IncidentChildren> {
  const readable = await readableIds(sql, scope, incidentIds);
  const ids = [readable];
  const links = new Params(ids);
  const otherEnd = links.visible(scope, { confidentiality: 'o.confidentiality', teams: 'o.teams' });
  const [acts, involvements, sources, evidence, linkRows] = await Promise.all([
    sql.query<ActRow>('select * from acts where incident_id = any($1::uuid[]) order by incident_id, position', ids),
    sql.query<InvolvementRow>(
      'select v.act_id, v.actor_id, v.degree from involvements v join acts a on a.id = v.act_id where a.incident_id = any($1::uuid[]) order by v.act_id, v.actor_id, v.degree',
      ids,
    ),
    sql.query<IncidentSourceRow>('select * from incident_sources where incident_id = any($1::uuid[]) order by incident_id, source_id', ids),
    sql.query<IncidentEvidenceRow>('select * from incident_evidence where incident_id = any($1::uuid[]) order by incident_id, evidence_id', ids),
    sql.query<LinkRow>(
      otherEnd
        ? `select l.* from incident_links l
           join incidents o on o.id = case when l.from_incident = any($1::uuid[]) then l.to_incident else l.from_incident end
           where (l.from_incident = any($1::uuid[]) or l.to_incident = any($1::uuid[])) and ${otherEnd}
           order by l.from_incident, l.to_incident, l.kind`
        : 'select * from incident_links where from_incident = any($1::uuid[]) or to_incident = any($1::uuid[]) order by from_incident, to_incident, kind',
      links.values,
    ),
  ]);
  return { acts, involvements, sources, evidence, links: linkRows };
}

/**
 * The outgoing links of an incident whose target the scope may not read: an edit by this scope
 * never saw them, so the write path keeps them rather than reading their absence as a removal.
 */
export async function selectHiddenLinks(sql: Sql, scope: Scope, incidentId: string): Promise<LinkRow[]> {
  const params = new Params([incidentId]);
  const door = params.visible(scope, { confidentiality: 'o.confidentiality', teams: 'o.teams' });
  if (!door) return [];
  return sql.query<LinkRow>(
    `select l.* from incident_links l join incidents o on o.id = l.to_incident where l.from_incident = $1 and not (${door})`,
    params.values,
  );
}

/** selectHiddenLinks for many incidents at once (one query): each link names its own `from_incident`. */
export async function selectHiddenLinksOf(sql: Sql, scope: Scope, incidentIds: readonly string[]): Promise<LinkRow[]> {
  const params = new Params([incidentIds]);
  const door = params.visible(scope, { confidentiality: 'o.confidentiality', teams: 'o.teams' });
  if (!door || incidentIds.length === 0) return [];
  return sql.query<LinkRow>(
    `select l.* from incident_links l join incidents o on o.id = l.to_incident where l.from_incident = any($1::uuid[]) and not (${door})`,
    params.values,
  );
}

/** Those of `ids` naming an incident (deleted or not) the scope may read. */
export async function selectReadableIncidentIds(sql: Sql, scope: Scope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const params = new Params([ids]);
  const door = params.visible(scope);
  const rows = await sql.query<{ id: string }>(`select id from incidents where id = any($1::uuid[])${door ? ` and ${door}` : ''}`, params.values);
  return new Set(rows.map((r) => r.id));
}

/** Those of `ids` the scope may read (all of them, unread, for a scope that reads everything). */
async function readableIds(sql: Sql, scope: Scope, ids: readonly string[]): Promise<readonly string[]> {
  const params = new Params([ids]);
  const door = params.visible(scope);
  if (!door || ids.length === 0) return ids;
  return (await sql.query<{ id: string }>(`select id from incidents where id = any($1::uuid[]) and ${door}`, params.values)).map((r) => r.id);
}
