import { randomUUID } from 'node:crypto';
import { can, requirePermission } from '../access/permissions.js';
import { mayRead } from '../access/scope.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { DomainError, invalid, notFound, staleVersion, type FieldProblem } from '../errors.js';
import { liveEvidenceIds } from '../evidence/service.js';
import { getIncident } from '../incidents/service.js';
import type { Incident } from '../incidents/schema.js';
import { identityDigest, IntegrityError, nameDigest, openField, sealedKeyId, sealField, type DataKey } from './crypto.js';
import { keyringFor } from './keys.js';
import { consentScopes, identityFields, type Consent, type ConsentScope, type DisclosurePurpose, type Identity, type IdentityField, type Person, type PersonInput, type PersonRecord } from './schema.js';
import * as store from './store.js';

/**
 * The rules of persons — victims and witnesses: identifying fields sealed on the way in and
 * opened only for a caller allowed to see identities (persons.read-identity) who may also read
 * the person's incident; everyone else sees the pseudonym. Every change is audited with the
 * non-identifying fields and a keyed digest of the identifying ones, never their text.
 */

export type PersonUpdate = Omit<PersonInput, 'incidentId'>;

const roleLabels: Record<string, string> = { victim: 'Victim', witness: 'Witness', 'victim-witness': 'Victim and witness' };

/** "Victim 3": the role and the person's number in the incident. */
export const pseudonymOf = (role: string, number: number) => `${roleLabels[role] ?? 'Person'} ${number}`;

export async function createPerson(ctx: RequestContext, input: PersonInput): Promise<Person> {
  requireWrite(ctx);
  const incident = await visibleIncident(ctx, input.incidentId, 'incidentId');
  await checkLinks(ctx, incident, input);
  const { incidentId, role, sex, age, actIds, sourceIds, ...rest } = input;
  const identity = identityOf(rest);
  return ctx.db.transaction(async (tx) => {
    const key = await keyringFor(ctx.db).current(tx);
    const id = randomUUID();
    const row = await store.insertPerson(tx, { id, incidentId, role, sex, age, actIds, sourceIds, ...sealIdentity(key, id, identity), actor: ctx.actor.id });
    await recordAudit(tx, ctx, [{ action: 'person.create', entity: 'person', entityId: id, before: null, after: auditDocument(key, row, identity) }]);
    return { ...recordOf(row), identity };
  });
}

export async function getPerson(ctx: RequestContext, id: string): Promise<Person> {
  requirePermission(ctx.actor.scope, 'persons.read');
  const row = await store.selectPerson(ctx.db, id);
  const incident = row && (await visibleIncidents(ctx, [row.incident_id])).get(row.incident_id);
  if (!row || !incident) throw notFound('person', id);
  return present(ctx, row, incident);
}

/**
 * Those of `ids` naming a person the caller may read — as `getPerson` decides (persons.read, and the
 * person's incident readable), without opening any identity: for modules that link persons (a
 * case's victims), which need to know whether to show the link, not who the person is.
 */
export async function readablePersonIds(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0 || !can(ctx.actor.scope, 'persons.read')) return new Set();
  const rows: store.PersonRow[] = [];
  for (const id of new Set(ids)) {
    const row = await store.selectPerson(ctx.db, id);
    if (row) rows.push(row);
  }
  const incidents = await visibleIncidents(ctx, rows.map((r) => r.incident_id));
  return new Set(rows.filter((r) => incidents.has(r.incident_id)).map((r) => r.id));
}

/** The persons of an incident the caller may read, by number. */
export async function listPersons(ctx: RequestContext, incidentId: string): Promise<Person[]> {
  requirePermission(ctx.actor.scope, 'persons.read');
  const incident = await visibleIncident(ctx, incidentId, 'incidentId');
  const rows = await store.selectPersonsOfIncidents(ctx.db, [incidentId]);
  return Promise.all(rows.map((r) => present(ctx, r, incident)));
}

/**
 * Exact-match lookup by name or alias (case, spacing and diacritics folded), through the
 * keyed hash: only for callers who may see identities, and only in incidents they may read.
 */
export async function findPersonsByName(ctx: RequestContext, name: string, limit = 50): Promise<Person[]> {
  requirePermission(ctx.actor.scope, 'persons.read');
  requirePermission(ctx.actor.scope, 'persons.read-identity');
  const keyRow = await store.selectKey(ctx.db);
  if (!keyRow) return [];
  const key = keyringFor(ctx.db).unwrap(keyRow);
  const rows = await store.selectPersonsByNameHash(ctx.db, nameDigest(key, name), limit);
  const visible = await visibleIncidents(ctx, rows.map((r) => r.incident_id));
  return Promise.all(rows.filter((r) => visible.has(r.incident_id)).map((r) => present(ctx, r, visible.get(r.incident_id)!)));
}

export async function updatePerson(ctx: RequestContext, id: string, version: number, input: PersonUpdate): Promise<Person> {
  requireWrite(ctx);
  const current = await store.selectPerson(ctx.db, id);
  if (!current || !(await mayReadIncident(ctx, current.incident_id))) throw notFound('person', id);
  const incident = await getIncident(ctx, current.incident_id);
  await checkLinks(ctx, incident, input);
  const { role, sex, age, actIds, sourceIds, ...rest } = input;
  const identity = identityOf(rest);
  return ctx.db.transaction(async (tx) => {
    const before = await lockedAt(tx, id, version);
    const key = await keyringFor(ctx.db).current(tx);
    const oldIdentity = await openIdentity(ctx, tx, before);
    const row = await store.updatePerson(
      tx,
      { id, incidentId: before.incident_id, role, sex, age, actIds, sourceIds, ...sealIdentity(key, id, identity), actor: ctx.actor.id },
      version,
    );
    await recordAudit(tx, ctx, [
      { action: 'person.update', entity: 'person', entityId: id, before: auditDocument(key, before, oldIdentity), after: auditDocument(key, row!, identity) },
    ]);
    return { ...recordOf(row!), identity };
  });
}

/** Deletes a person and every ciphertext of theirs; the audit keeps the non-identifying record and a digest. */
export async function deletePerson(ctx: RequestContext, id: string, version: number): Promise<void> {
  requireWrite(ctx);
  const current = await store.selectPerson(ctx.db, id);
  if (!current || !(await mayReadIncident(ctx, current.incident_id))) throw notFound('person', id);
  await ctx.db.transaction(async (tx) => {
    const before = await lockedAt(tx, id, version);
    const key = await keyringFor(ctx.db).current(tx);
    const identity = await openIdentity(ctx, tx, before);
    await store.deletePerson(tx, id, version);
    await recordAudit(tx, ctx, [{ action: 'person.delete', entity: 'person', entityId: id, before: auditDocument(key, before, identity), after: null }]);
  });
}

/** Records the person's consent (replacing an earlier one or a withdrawal), with who recorded it. */
export function recordConsent(ctx: RequestContext, id: string, version: number, consent: { scope: ConsentScope; date: string }): Promise<Person> {
  return changeConsent(ctx, id, version, 'person.consent', { scope: consent.scope, givenOn: consent.date, actor: ctx.actor.id });
}

/**
 * Records that the person withdrew their consent. From then on `personsForDisclosure` leaves
 * them out of every export and generated document.
 */
export function withdrawConsent(ctx: RequestContext, id: string, version: number, date: string): Promise<Person> {
  return changeConsent(ctx, id, version, 'person.consent-withdraw', { withdrawnOn: date, actor: ctx.actor.id });
}

async function changeConsent(ctx: RequestContext, id: string, version: number, action: string, change: store.ConsentWrite): Promise<Person> {
  requireWrite(ctx);
  const current = await store.selectPerson(ctx.db, id);
  if (!current || !(await mayReadIncident(ctx, current.incident_id))) throw notFound('person', id);
  if (change.withdrawnOn && consentOf(current).status !== 'given') {
    throw invalid([{ field: 'date', code: 'invalid', message: 'there is no consent to withdraw' }]);
  }
  return ctx.db.transaction(async (tx) => {
    const before = await lockedAt(tx, id, version);
    const key = await keyringFor(ctx.db).current(tx);
    const identity = await openIdentity(ctx, tx, before);
    const row = (await store.updateConsent(tx, id, version, change))!;
    await recordAudit(tx, ctx, [{ action, entity: 'person', entityId: id, before: auditDocument(key, before, identity), after: auditDocument(key, row, identity) }]);
    return { ...recordOf(row), identity };
  });
}

/**
 * The persons of these incidents that may appear in a document or export made for `purpose`:
 * those whose consent, given and not withdrawn, is at least as wide as the purpose. Every
 * export and generated document names persons only through this function. Incidents the
 * caller may not read are left out, and every person for a caller without persons.read (the
 * public); identities are given only to callers allowed to see them.
 */
export async function personsForDisclosure(ctx: RequestContext, incidentIds: readonly string[], purpose: DisclosurePurpose): Promise<Person[]> {
  // A caller who may not know persons exist (the public) makes documents without them.
  if (!can(ctx.actor.scope, 'persons.read')) return [];
  const visible = await visibleIncidents(ctx, incidentIds);
  const rows = await store.selectPersonsOfIncidents(ctx.db, [...visible.keys()]);
  const needed = consentScopes.indexOf(purpose);
  const allowed = rows.filter((r) => {
    const consent = consentOf(r);
    return consent.status === 'given' && consentScopes.indexOf(consent.scope!) >= needed;
  });
  return Promise.all(allowed.map((r) => present(ctx, r, visible.get(r.incident_id)!)));
}

// ---------------------------------------------------------------------------------------

function requireWrite(ctx: RequestContext) {
  requirePermission(ctx.actor.scope, 'persons.write');
  // A write replaces the identifying fields: whoever writes them must be able to read them.
  requirePermission(ctx.actor.scope, 'persons.read-identity');
}

/** The incident, if the caller may read it; otherwise 404 naming the field (an invisible incident does not exist for them). */
async function visibleIncident(ctx: RequestContext, incidentId: string, field: string): Promise<Incident> {
  const incident = await getIncident(ctx, incidentId).catch((err) => {
    if (err instanceof DomainError && err.code === 'not-found') return undefined;
    throw err;
  });
  if (!incident || !mayReadIncidentRecord(ctx, incident)) {
    throw new DomainError('not-found', `incident ${incidentId} does not exist`, [
      { field, code: 'not-found', message: 'no such incident', params: { entity: 'incident', id: incidentId } },
    ]);
  }
  return incident;
}

/**
 * The incidents service decides what the caller may read (it answers 404 for what they may
 * not); the same rule is checked here too, so a person never shows through an incident that
 * a less careful read let through.
 */
function mayReadIncidentRecord(ctx: RequestContext, incident: Incident): boolean {
  return mayRead(ctx.actor.scope, { confidentiality: incident.confidentiality, teams: (incident as { teams?: string[] }).teams });
}

async function mayReadIncident(ctx: RequestContext, incidentId: string): Promise<boolean> {
  return (await visibleIncidents(ctx, [incidentId])).has(incidentId);
}

/** The incidents among `incidentIds` that the caller may read, by id. */
async function visibleIncidents(ctx: RequestContext, incidentIds: readonly string[]): Promise<Map<string, Incident>> {
  const visible = new Map<string, Incident>();
  for (const id of new Set(incidentIds)) {
    const incident = await getIncident(ctx, id).catch((err) => {
      if (err instanceof DomainError && err.code === 'not-found') return undefined;
      throw err;
    });
    if (incident && mayReadIncidentRecord(ctx, incident)) visible.set(id, incident);
  }
  return visible;
}

/** Acts and sources' information named must be the incident's own; photos must be stored evidence. */
async function checkLinks(ctx: RequestContext, incident: Incident, input: PersonUpdate): Promise<void> {
  const problems: FieldProblem[] = [];
  const acts = new Set(incident.acts.map((a) => a.id));
  const sources = new Set(incident.sources.map((s) => s.sourceId));
  input.actIds.forEach((id, i) => {
    if (!acts.has(id)) problems.push({ field: `actIds.${i}`, code: 'belongs-elsewhere', message: 'not an act of this incident', params: { entity: 'act' } });
  });
  input.sourceIds.forEach((id, i) => {
    if (!sources.has(id)) problems.push({ field: `sourceIds.${i}`, code: 'belongs-elsewhere', message: "not a source's information of this incident", params: { entity: 'source' } });
  });
  const photos = await liveEvidenceIds(ctx.db, input.photos, ctx.actor.scope);
  input.photos.forEach((id, i) => {
    if (!photos.has(id)) problems.push({ field: `photos.${i}`, code: 'not-found', message: 'no such evidence', params: { entity: 'evidence', id } });
  });
  if (problems.length) throw invalid(problems);
}

const identityOf = (input: Identity): Identity => ({
  name: input.name,
  aliases: input.aliases,
  dateOfBirth: input.dateOfBirth,
  contacts: input.contacts,
  address: input.address,
  photos: input.photos,
  notes: input.notes,
});

function sealIdentity(key: DataKey, personId: string, identity: Identity) {
  const sealed = {} as Record<IdentityField, Buffer>;
  for (const field of identityFields) sealed[field] = sealField(key, personId, field, identity[field]);
  return { sealed, nameHashes: nameHashesOf(key, identity) };
}

export const nameHashesOf = (key: DataKey, identity: Pick<Identity, 'name' | 'aliases'>) => [...new Set([identity.name, ...identity.aliases].map((n) => nameDigest(key, n)))];

/** Opens every identifying field of a row; an IntegrityError names the first that fails. */
export async function openRow(sql: Sql, keyOf: (id: string) => Promise<DataKey | undefined>, row: store.PersonRow): Promise<Identity> {
  const identity = {} as Record<IdentityField, unknown>;
  for (const field of identityFields) {
    const blob = row.sealed[field];
    const keyId = sealedKeyId(blob);
    const key = keyId ? await keyOf(keyId) : undefined;
    if (!keyId) throw new IntegrityError(`the encrypted field ${field} of person ${row.id} is malformed: it was altered or truncated`, { personId: row.id, field });
    if (!key) throw new IntegrityError(`the encrypted field ${field} of person ${row.id} names a data key this database does not hold`, { personId: row.id, field });
    identity[field] = openField(key, row.id, field, blob);
  }
  return identity as Identity;
}

function openIdentity(ctx: RequestContext, sql: Sql, row: store.PersonRow): Promise<Identity> {
  const keyring = keyringFor(ctx.db);
  return openRow(sql, (id) => keyring.byId(sql, id), row);
}

/**
 * What the caller may see of a person: the identity only with persons.read-identity. Links to
 * acts or sources' information the incident no longer has (an edit removed them) are left out.
 */
async function present(ctx: RequestContext, row: store.PersonRow, incident: Incident): Promise<Person> {
  const identity = can(ctx.actor.scope, 'persons.read-identity') ? await openIdentity(ctx, ctx.db, row) : null;
  const acts = new Set(incident.acts.map((a) => a.id));
  const sources = new Set(incident.sources.map((s) => s.sourceId));
  const record = recordOf(row);
  return { ...record, actIds: record.actIds.filter((a) => acts.has(a)), sourceIds: record.sourceIds.filter((s) => sources.has(s)), identity };
}

/** The person without identifying fields. */
export function recordOf(row: store.PersonRow): PersonRecord {
  return {
    id: row.id,
    incidentId: row.incident_id,
    number: row.number,
    pseudonym: pseudonymOf(row.role, row.number),
    role: row.role as PersonRecord['role'],
    sex: row.sex as PersonRecord['sex'],
    age: row.age,
    actIds: row.act_ids,
    sourceIds: row.source_ids,
    consent: consentOf(row),
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function consentOf(row: store.PersonRow): Consent {
  return {
    status: row.consent_withdrawn_on ? 'withdrawn' : row.consent_scope ? 'given' : 'none',
    scope: row.consent_scope as ConsentScope | null,
    givenOn: row.consent_given_on,
    recordedBy: row.consent_recorded_by,
    recordedAt: row.consent_recorded_at,
    withdrawnOn: row.consent_withdrawn_on,
    withdrawnBy: row.consent_withdrawn_by,
  };
}

/** The audit's before/after of a person: the record without identity, and a keyed digest of the identity. */
function auditDocument(key: DataKey, row: store.PersonRow, identity: Identity) {
  return { ...recordOf(row), identityDigest: identityDigest(key, identity) };
}

/** The stored row at `version`, locked; 409 with the record (never its identity) when stale. */
async function lockedAt(tx: Sql, id: string, version: number): Promise<store.PersonRow> {
  const row = await store.selectPerson(tx, id, true);
  if (!row) throw notFound('person', id);
  if (row.version !== version) throw staleVersion('person', id, version, recordOf(row));
  return row;
}
