import { visibilityPredicate } from '../access/door.js';
import { can } from '../access/permissions.js';
import type { Scope } from '../access/scope.js';
import type { Sql } from '../db/database.js';

export interface EvidenceRow {
  id: string;
  sha256: string;
  size_bytes: number;
  media_type: string;
  filename: string;
  description: string;
  created_at: string;
  created_by: string;
}

export interface CustodyRow {
  id: number;
  evidence_id: string;
  at: string;
  actor: string;
  action: string;
  note: string;
  /** The file name and description this event's uploader gave (uploads only). */
  filename: string | null;
  description: string | null;
}

/** Inserts the evidence record; undefined when a record for the same file already exists (a concurrent upload won). */
export async function insertEvidence(tx: Sql, e: Omit<EvidenceRow, 'id' | 'created_at'>): Promise<EvidenceRow | undefined> {
  const [row] = await tx.query<EvidenceRow>(
    `insert into evidence (sha256, size_bytes, media_type, filename, description, created_by)
     values ($1, $2, $3, $4, $5, $6) on conflict (sha256) do nothing returning *`,
    [e.sha256, e.size_bytes, e.media_type, e.filename, e.description, e.created_by],
  );
  return row;
}

/**
 * Which evidence a scope may read, as SQL over the evidence id in `idColumn`: a file linked to
 * at least one live incident the scope may read (the door's predicate over that incident), or
 * — for roles that may add evidence — a file linked to no live incident yet (just uploaded, or
 * its incidents deleted). Undefined when the scope reads every file.
 */
export function evidenceVisibility(scope: Scope, add: (value: unknown) => string, idColumn: string): string | undefined {
  const readable = visibilityPredicate(scope, add, { confidentiality: 'li.confidentiality', teams: 'li.teams' });
  const mayWrite = can(scope, 'evidence.write');
  if (readable === undefined && mayWrite) return undefined;
  const linked = (extra: string | undefined) =>
    `exists (select 1 from incident_evidence le join incidents li on li.id = le.incident_id where le.evidence_id = ${idColumn} and li.deleted_at is null${extra ? ` and ${extra}` : ''})`;
  // The unlinked file must still be on record: a purged file's entries name an incident that is gone.
  const unlinked = `(not ${linked(undefined)} and exists (select 1 from evidence ev where ev.id = ${idColumn}))`;
  return mayWrite ? `(${linked(readable)} or ${unlinked})` : linked(readable);
}

/** The record, if it exists and (given a scope) that scope may read it. */
export async function selectEvidence(sql: Sql, id: string, scope?: Scope): Promise<EvidenceRow | undefined> {
  const params: unknown[] = [id];
  const visible = scope && evidenceVisibility(scope, (v) => `$${params.push(v)}`, 'evidence.id');
  const [row] = await sql.query<EvidenceRow>(`select * from evidence where id = $1${visible ? ` and ${visible}` : ''}`, params);
  return row;
}

/** Several records at once, in no particular order; ids that name nothing (or, given a scope, nothing it may read) are left out. */
export async function selectEvidenceByIds(sql: Sql, ids: readonly string[], scope?: Scope): Promise<EvidenceRow[]> {
  const params: unknown[] = [ids];
  const visible = scope && evidenceVisibility(scope, (v) => `$${params.push(v)}`, 'evidence.id');
  return sql.query<EvidenceRow>(`select * from evidence where id = any($1::uuid[])${visible ? ` and ${visible}` : ''}`, params);
}

export async function selectEvidenceBySha(sql: Sql, sha256: string): Promise<EvidenceRow | undefined> {
  const [row] = await sql.query<EvidenceRow>('select * from evidence where sha256 = $1', [sha256]);
  return row;
}

/** Inserts a record under the id given (an export of ours carried it); undefined when the id or the bytes are on record already. */
export async function insertEvidenceWithId(tx: Sql, e: Omit<EvidenceRow, 'created_at'>): Promise<EvidenceRow | undefined> {
  const [row] = await tx.query<EvidenceRow>(
    `insert into evidence (id, sha256, size_bytes, media_type, filename, description, created_by)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing returning *`,
    [e.id, e.sha256, e.size_bytes, e.media_type, e.filename, e.description, e.created_by],
  );
  return row;
}

/** The id of the evidence with these bytes when it is linked to the incident (a re-imported attachment), else undefined. */
export async function selectEvidenceLinkedBySha(sql: Sql, sha256: string, incidentId: string): Promise<string | undefined> {
  const [row] = await sql.query<{ id: string }>(
    'select e.id from evidence e join incident_evidence ie on ie.evidence_id = e.id where e.sha256 = $1 and ie.incident_id = $2',
    [sha256, incidentId],
  );
  return row?.id;
}

export async function selectExistingEvidenceIds(sql: Sql, ids: readonly string[], scope?: Scope): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const params: unknown[] = [ids];
  const visible = scope && evidenceVisibility(scope, (v) => `$${params.push(v)}`, 'evidence.id');
  const rows = await sql.query<{ id: string }>(`select id from evidence where id = any($1::uuid[])${visible ? ` and ${visible}` : ''}`, params);
  return new Set(rows.map((r) => r.id));
}

export async function insertCustodyEvent(tx: Sql, e: Omit<CustodyRow, 'id' | 'at' | 'filename' | 'description'> & Partial<Pick<CustodyRow, 'filename' | 'description'>>): Promise<void> {
  await tx.query('insert into custody_events (evidence_id, actor, action, note, filename, description) values ($1, $2, $3, $4, $5, $6)', [
    e.evidence_id,
    e.actor,
    e.action,
    e.note,
    e.filename ?? null,
    e.description ?? null,
  ]);
}

/** The chains of custody of several records, each in order. */
export async function selectCustodyOfMany(sql: Sql, evidenceIds: readonly string[]): Promise<CustodyRow[]> {
  return sql.query<CustodyRow>('select * from custody_events where evidence_id = any($1::uuid[]) order by evidence_id, id', [evidenceIds]);
}

export async function selectCustody(sql: Sql, evidenceId: string): Promise<CustodyRow[]> {
  return sql.query<CustodyRow>('select * from custody_events where evidence_id = $1 order by id', [evidenceId]);
}
