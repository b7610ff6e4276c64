import type { Sql } from '../db/database.js';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  request_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  detail: unknown;
}

export interface NewAuditEntry {
  actor: string;
  requestId: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  detail?: unknown;
}

/** Appends entries in one statement, so a bulk write adds one round trip, not one per row. */
export async function insertAuditEntries(sql: Sql, entries: NewAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql.query(
    `insert into audit_entries (actor, request_id, action, entity, entity_id, before, after, detail)
     select actor, request_id, action, entity, entity_id, before::jsonb, after::jsonb, detail::jsonb
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[])
       as e(actor, request_id, action, entity, entity_id, before, after, detail)`,
    [
      entries.map((e) => e.actor),
      entries.map((e) => e.requestId),
      entries.map((e) => e.action),
      entries.map((e) => e.entity),
      entries.map((e) => e.entityId),
      entries.map((e) => (e.before === null || e.before === undefined ? null : JSON.stringify(e.before))),
      entries.map((e) => (e.after === null || e.after === undefined ? null : JSON.stringify(e.after))),
      entries.map((e) => (e.detail === null || e.detail === undefined ? null : JSON.stringify(e.detail))),
    ],
  );
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  /** Only entries older than this id (keyset pagination, newest first). */
  beforeId?: number;
  limit: number;
}

/**
 * Which entries a reader may see, as SQL over the entry `e` (built by the service from the
 * caller's scope, see service.ts): undefined to see them all.
 */
export type AuditVisibility = (add: (value: unknown) => string) => string | undefined;

/**
 * The entry of an import (src/ingest/write) that created or changed incident `id`: a bulk write
 * records one entry per call, naming its rows, rather than one per incident, so an incident's
 * own history takes these in (its origin: the batch, the file, the row).
 */
const importedIn = (id: string) =>
  `(e.entity = 'import-batch' and e.action = 'import.write' and e.entity_id in (select r.batch_id from import_rows r where r.incident_id = ${id})
    and e.detail->'rows' @> jsonb_build_array(jsonb_build_object('incidentId', ${id}::text)))`;

/**
 * An import's entry is visible when it wrote an incident the caller may read; what it says of
 * the others is trimmed by the door (door.ts). `readable` is the door's predicate over `i`.
 */
export function importEntryVisibility(readable: (columns: { confidentiality: string; teams: string }) => string | undefined): string {
  const clause = readable({ confidentiality: 'i.confidentiality', teams: 'i.teams' });
  return `exists (select 1 from import_rows r join incidents i on i.id = r.incident_id where r.batch_id = e.entity_id${clause ? ` and ${clause}` : ''})`;
}

export async function selectAuditEntries(sql: Sql, q: AuditQuery, visibility?: AuditVisibility): Promise<AuditRow[]> {
  const params: unknown[] = [q.entity ?? null, q.entityId ?? null, q.beforeId ?? null, q.limit];
  const visible = visibility?.((value) => `$${params.push(value)}`);
  return sql.query<AuditRow>(
    `select e.id, e.at, e.actor, e.request_id, e.action, e.entity, e.entity_id, e.before, e.after, e.detail
     from audit_entries e
     where (($1::text is null or e.entity = $1)
         and ($2::uuid is null or e.entity_id = $2)
         ${q.entity === 'incident' && q.entityId ? `or ${importedIn('$2')}` : ''})
       and ($3::bigint is null or e.id < $3)
       ${visible ? `and (${visible})` : ''}
     order by e.id desc
     limit $4`,
    params,
  );
}

/**
 * An entry about an incident is visible when the caller may read the incident as it is now
 * and as each of the entry's documents shows it (a record once strictly confidential keeps
 * that history from readers of its later, public version). `readable` is the door's predicate
 * (access/door.ts) for given columns; a document without `teams` is taken at the record's teams.
 */
export function incidentEntryVisibility(readable: (columns: { confidentiality: string; teams: string }) => string | undefined): string {
  const record = { confidentiality: 'i.confidentiality', teams: 'i.teams' };
  const clauses = [readable(record), ...entryDocumentsReadable(readable, record)].filter(Boolean);
  return `exists (select 1 from incidents i where i.id = e.entity_id${clauses.map((c) => ` and ${c}`).join('')})`;
}

/**
 * The door's predicate over each of the entry's documents (`before`, `after`), read at the
 * confidentiality and teams the document carries; a document without them is taken at the
 * record's (`record`: its columns in the enclosing query). For any record whose documents carry
 * its own `confidentiality` and `teams`: incidents, cases.
 */
export function entryDocumentsReadable(
  readable: (columns: { confidentiality: string; teams: string }) => string | undefined,
  record: { confidentiality: string; teams: string },
): (string | undefined)[] {
  const doc = (side: 'before' | 'after') =>
    readable({
      confidentiality: `coalesce(e.${side}->>'confidentiality', ${record.confidentiality})`,
      teams: `(case when jsonb_typeof(e.${side}->'teams') = 'array' then array(select jsonb_array_elements_text(e.${side}->'teams')) else ${record.teams} end)`,
    });
  return [doc('before'), doc('after')];
}

/**
 * An entry about a person (a victim or witness) is visible when the caller may read the
 * incident the person belongs to, as its documents name it (an erased entry names none).
 */
export function personEntryVisibility(readable: (columns: { confidentiality: string; teams: string }) => string | undefined): string {
  const clause = readable({ confidentiality: 'i.confidentiality', teams: 'i.teams' });
  return `exists (select 1 from incidents i where i.id = coalesce(e.after->>'incidentId', e.before->>'incidentId')::uuid${clause ? ` and ${clause}` : ''})`;
}

/** The ids among `ids` of incidents (live or deleted) that `readable`, the door's predicate over their columns, lets through. */
export async function selectReadableIncidentIds(
  sql: Sql,
  ids: readonly string[],
  readable: (add: (value: unknown) => string, columns: { confidentiality: string; teams: string }) => string | undefined,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const params: unknown[] = [ids];
  const visible = readable((value) => `$${params.push(value)}`, { confidentiality: 'confidentiality', teams: 'teams' });
  const rows = await sql.query<{ id: string }>(`select id from incidents where id = any($1::uuid[])${visible ? ` and ${visible}` : ''}`, params);
  return new Set(rows.map((r) => r.id));
}

/**
 * The document a record had at `version`: the `after` of the newest entry that left it there.
 * Incidents' documents carry their version; the (entity, entity_id, id) index finds the record's entries.
 */
export async function selectDocumentAtVersion(sql: Sql, entity: string, entityId: string, version: number): Promise<unknown> {
  const [row] = await sql.query<{ after: unknown }>(
    `select after from audit_entries
     where entity = $1 and entity_id = $2 and after is not null and (after->>'version')::int = $3
     order by id desc limit 1`,
    [entity, entityId, version],
  );
  return row?.after;
}

/** The `before` of the oldest entry that changed the record from `version` (see documentBeforeVersion). */
export async function selectDocumentBeforeVersion(sql: Sql, entity: string, entityId: string, version: number): Promise<unknown> {
  const [row] = await sql.query<{ before: unknown }>(
    `select before from audit_entries
     where entity = $1 and entity_id = $2 and before is not null and (before->>'version')::int = $3
     order by id limit 1`,
    [entity, entityId, version],
  );
  return row?.before;
}
