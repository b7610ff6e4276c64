import type { Sql } from '../db/database.js';
import type { IdentityField } from './schema.js';

/**
 * SQL for persons and their data key. Identifying fields come and go as ciphertexts
 * (Buffers); sealing and opening them is the service's (crypto.ts), never the database's.
 */

/** The column of each identifying field's ciphertext. */
export const sealedColumns: Record<IdentityField, string> = {
  name: 'name_enc',
  aliases: 'aliases_enc',
  dateOfBirth: 'birth_date_enc',
  contacts: 'contacts_enc',
  address: 'address_enc',
  photos: 'photos_enc',
  notes: 'notes_enc',
};
const sealedList = Object.values(sealedColumns);

export interface PersonRow {
  id: string;
  incident_id: string;
  number: number;
  role: string;
  sex: string | null;
  age: number | null;
  act_ids: string[];
  source_ids: string[];
  sealed: Record<IdentityField, Buffer>;
  name_hashes: string[];
  consent_scope: string | null;
  consent_given_on: string | null;
  consent_recorded_by: string | null;
  consent_recorded_at: string | null;
  consent_withdrawn_on: string | null;
  consent_withdrawn_by: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

const columns = `id, incident_id, number, role, sex, age, act_ids, source_ids, name_hashes, consent_scope, consent_given_on,
  consent_recorded_by, consent_recorded_at, consent_withdrawn_on, consent_withdrawn_by, version, created_at, created_by, updated_at, updated_by,
  ${sealedList.join(', ')}`;

/** PGlite gives bytea as Uint8Array, node-postgres as Buffer: one shape for the service. */
const bytes = (v: unknown) => (Buffer.isBuffer(v) ? v : Buffer.from(v as Uint8Array));

function toRow(raw: Record<string, unknown>): PersonRow {
  const sealed = {} as Record<IdentityField, Buffer>;
  for (const [field, column] of Object.entries(sealedColumns)) {
    sealed[field as IdentityField] = bytes(raw[column]);
    delete raw[column];
  }
  return { ...(raw as unknown as PersonRow), sealed };
}

export interface PersonWrite {
  id: string;
  incidentId: string;
  role: string;
  sex: string | null;
  age: number | null;
  actIds: string[];
  sourceIds: string[];
  sealed: Record<IdentityField, Buffer>;
  nameHashes: string[];
  actor: string;
}

/** Inserts a person with the next number of its incident (two inserts into one incident take turns). */
export async function insertPerson(sql: Sql, p: PersonWrite): Promise<PersonRow> {
  await sql.query('select pg_advisory_xact_lock(hashtextextended($1, 7007))', [p.incidentId]);
  const [row] = await sql.query<Record<string, unknown>>(
    `insert into persons (id, incident_id, number, role, sex, age, act_ids, source_ids, name_hashes, created_by, updated_by, ${sealedList.join(', ')})
     values ($1, $2, (select coalesce(max(number), 0) + 1 from persons where incident_id = $2), $3, $4, $5, $6::uuid[], $7::uuid[], $8::text[], $9, $9,
       ${sealedList.map((_, i) => `$${i + 10}`).join(', ')})
     returning ${columns}`,
    [p.id, p.incidentId, p.role, p.sex, p.age, p.actIds, p.sourceIds, p.nameHashes, p.actor, ...Object.keys(sealedColumns).map((f) => p.sealed[f as IdentityField])],
  );
  return toRow(row!);
}

/** Rewrites a person if it is still at `expectedVersion`; undefined when it is not. */
export async function updatePerson(sql: Sql, p: PersonWrite, expectedVersion: number): Promise<PersonRow | undefined> {
  const [row] = await sql.query<Record<string, unknown>>(
    `update persons set role = $3, sex = $4, age = $5, act_ids = $6::uuid[], source_ids = $7::uuid[], name_hashes = $8::text[], updated_by = $9,
       ${sealedList.map((c, i) => `${c} = $${i + 10}`).join(', ')}, version = version + 1, updated_at = now()
     where id = $1 and version = $2 returning ${columns}`,
    [p.id, expectedVersion, p.role, p.sex, p.age, p.actIds, p.sourceIds, p.nameHashes, p.actor, ...Object.keys(sealedColumns).map((f) => p.sealed[f as IdentityField])],
  );
  return row ? toRow(row) : undefined;
}

export interface ConsentWrite {
  scope?: string;
  givenOn?: string;
  withdrawnOn?: string;
  actor: string;
}

/** Records a consent (clearing a withdrawal) or its withdrawal, as a new version. */
export async function updateConsent(sql: Sql, id: string, expectedVersion: number, c: ConsentWrite): Promise<PersonRow | undefined> {
  const set = c.withdrawnOn
    ? 'consent_withdrawn_on = $3, consent_withdrawn_by = $4'
    : 'consent_scope = $3, consent_given_on = $5, consent_recorded_by = $4, consent_recorded_at = now(), consent_withdrawn_on = null, consent_withdrawn_by = null';
  const params: unknown[] = [id, expectedVersion, c.withdrawnOn ?? c.scope, c.actor];
  if (!c.withdrawnOn) params.push(c.givenOn);
  const [row] = await sql.query<Record<string, unknown>>(
    `update persons set ${set}, version = version + 1, updated_at = now(), updated_by = $4 where id = $1 and version = $2 returning ${columns}`,
    params,
  );
  return row ? toRow(row) : undefined;
}

/** One person; `forUpdate` locks the row until the transaction ends, so a version check holds until the write. */
export async function selectPerson(sql: Sql, id: string, forUpdate = false): Promise<PersonRow | undefined> {
  const [row] = await sql.query<Record<string, unknown>>(`select ${columns} from persons where id = $1${forUpdate ? ' for update' : ''}`, [id]);
  return row ? toRow(row) : undefined;
}

/** The persons of some incidents, by incident and number. */
export async function selectPersonsOfIncidents(sql: Sql, incidentIds: readonly string[]): Promise<PersonRow[]> {
  if (incidentIds.length === 0) return [];
  const rows = await sql.query<Record<string, unknown>>(
    `select ${columns} from persons where incident_id = any($1::uuid[]) order by incident_id, number`,
    [[...new Set(incidentIds)]],
  );
  return rows.map(toRow);
}

/** Persons whose name or an alias has this keyed hash. */
export async function selectPersonsByNameHash(sql: Sql, hash: string, limit: number): Promise<PersonRow[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select ${columns} from persons where name_hashes @> array[$1]::text[] order by created_at, id limit $2`,
    [hash, limit],
  );
  return rows.map(toRow);
}

/** Every person, locked (a data key rotation rewrites them all in one transaction). */
export async function selectAllPersonsForUpdate(sql: Sql): Promise<PersonRow[]> {
  const rows = await sql.query<Record<string, unknown>>(`select ${columns} from persons order by id for update`);
  return rows.map(toRow);
}

/** Every person, a page at a time by id (to verify every ciphertext without holding all of them). */
export async function selectPersonsPage(sql: Sql, afterId: string | null, limit: number): Promise<PersonRow[]> {
  const rows = await sql.query<Record<string, unknown>>(`select ${columns} from persons where ($1::uuid is null or id > $1) order by id limit $2`, [afterId, limit]);
  return rows.map(toRow);
}

/** Re-seals one person's fields (a data key rotation), leaving its version: its content did not change. */
export async function resealPerson(sql: Sql, id: string, sealed: Record<IdentityField, Buffer>, nameHashes: string[]): Promise<void> {
  await sql.query(`update persons set name_hashes = $2::text[], ${sealedList.map((c, i) => `${c} = $${i + 3}`).join(', ')} where id = $1`, [
    id,
    nameHashes,
    ...Object.keys(sealedColumns).map((f) => sealed[f as IdentityField]),
  ]);
}

export async function deletePerson(sql: Sql, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await sql.query<{ id: string }>('delete from persons where id = $1 and version = $2 returning id', [id, expectedVersion]);
  return rows.length === 1;
}

/**
 * Deletes every person of an incident, ciphertexts and all, inside the caller's transaction:
 * for the purge of a record that endangers someone. Returns the ids deleted.
 */
export async function deletePersonsOfIncident(tx: Sql, incidentId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>('delete from persons where incident_id = $1 returning id', [incidentId]);
  return rows.map((r) => r.id);
}

export async function countPersons(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>('select count(*)::int as n from persons');
  return row!.n;
}

// ---------------------------------------------------------------------------------------
// The data key, wrapped.

export interface KeyRow {
  id: string;
  wrapped: Buffer;
  master_fingerprint: string;
  created_at: string;
  rewrapped_at: string | null;
}

const keyColumns = 'id, wrapped, master_fingerprint, created_at, rewrapped_at';
const toKeyRow = (r: Record<string, unknown>): KeyRow => ({ ...(r as unknown as KeyRow), wrapped: bytes(r.wrapped) });

/**
 * The current data key's row. `lock`: `share` for a write that encrypts (a rotation then
 * waits for it, and it for a rotation), `update` for the rotation itself.
 */
export async function selectKey(sql: Sql, lock?: 'share' | 'update'): Promise<KeyRow | undefined> {
  const [row] = await sql.query<Record<string, unknown>>(`select ${keyColumns} from person_keys${lock ? ` for ${lock}` : ''}`);
  return row ? toKeyRow(row) : undefined;
}

/** Stores the first data key; does nothing if another process stored one first (the caller reads it again). */
export async function insertKeyIfNone(sql: Sql, id: string, wrapped: Buffer, fingerprint: string): Promise<void> {
  await sql.query('insert into person_keys (id, wrapped, master_fingerprint) values ($1, $2, $3) on conflict do nothing', [id, wrapped, fingerprint]);
}

/** The data key wrapped under a new master key. */
export async function rewrapKey(sql: Sql, id: string, wrapped: Buffer, fingerprint: string): Promise<void> {
  await sql.query('update person_keys set wrapped = $2, master_fingerprint = $3, rewrapped_at = now() where id = $1', [id, wrapped, fingerprint]);
}

/** Replaces the data key (its fields are re-encrypted in the same transaction). */
export async function replaceKey(sql: Sql, oldId: string, id: string, wrapped: Buffer, fingerprint: string): Promise<void> {
  await sql.query('delete from person_keys where id = $1', [oldId]);
  await sql.query('insert into person_keys (id, wrapped, master_fingerprint) values ($1, $2, $3)', [id, wrapped, fingerprint]);
}
