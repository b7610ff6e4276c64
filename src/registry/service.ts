import { requirePermission, type Action } from '../access/permissions.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { deletedAlready, deletedRecord, notFound, staleVersion } from '../errors.js';
import { moduleEvents } from '../events.js';
import { decodeCursor, encodeCursor, type Page } from '../pagination.js';
import { canonicalPlaceRegions } from '../regions/resolve.js';
import { registryKinds, type RegistryInputOf, type RegistryKindName, type RegistryListQuery, type RegistryRecordOf } from './schema.js';
import { keepExactCoordinates, placesFor } from './placeCoordinates.js';
import * as store from './store.js';

/**
 * Places, groups, actors and sources: create, read, list, edit with optimistic
 * concurrency, soft delete and restore — each write with its audit entry, in one transaction.
 */

type Rec<K extends RegistryKindName> = RegistryRecordOf[K];

/**
 * Who may read each kind (the routes say the same; checked here too so that no other caller
 * of the service skips it). Sources are who tells us: never the public's.
 */
const readAction = (kind: RegistryKindName): Action => (kind === 'sources' ? 'sources.read' : 'registry.read');
const requireRead = (ctx: RequestContext, kind: RegistryKindName) => requirePermission(ctx.actor.scope, readAction(kind));
const requireWrite = (ctx: RequestContext) => requirePermission(ctx.actor.scope, 'registry.write');

export async function createRecord<K extends RegistryKindName>(ctx: RequestContext, kind: K, input: RegistryInputOf[K], id?: string): Promise<Rec<K>> {
  return ctx.db.transaction((tx) => createRecordIn(tx, ctx, kind, input, id));
}

/**
 * Creates a record, with its audit entry, inside the caller's transaction: for records made
 * along with another write (an incident's `newRecords`), so both land or neither does.
 */
export async function createRecordIn<K extends RegistryKindName>(tx: Sql, ctx: RequestContext, kind: K, input: RegistryInputOf[K], id?: string): Promise<Rec<K>> {
  requireWrite(ctx);
  const spec = registryKinds[kind];
  const values = await withCanonicalRegions(tx, ctx, kind, input);
  const created = (await store.insertRecord(tx, spec, values as Record<string, unknown>, id)) as Rec<K>;
  await recordAudit(tx, ctx, [{ action: `${spec.noun}.create`, entity: spec.noun, entityId: created.id, before: null, after: created }]);
  return created;
}

export async function getRecord<K extends RegistryKindName>(ctx: RequestContext, kind: K, id: string): Promise<Rec<K>> {
  requireRead(ctx, kind);
  const row = await store.selectRecord(ctx.db, registryKinds[kind], id);
  if (!row) throw notFound(registryKinds[kind].noun, id);
  return (await shown(ctx.db, ctx, kind, [row as Rec<K>]))[0]!;
}

/** Records as the caller is shown them: a place's coordinates coarsened where its incidents' exact place is not the caller's to see. */
async function shown<K extends RegistryKindName>(sql: Sql, ctx: RequestContext, kind: K, rows: Rec<K>[]): Promise<Rec<K>[]> {
  if (kind !== 'places') return rows;
  return (await placesFor(sql, ctx.actor.scope, rows as RegistryRecordOf['places'][])) as Rec<K>[];
}

/** Several records by id, in no particular order; missing ids are left out. */
export async function getRecords<K extends RegistryKindName>(sql: Sql, kind: K, ids: readonly string[]): Promise<Rec<K>[]> {
  return (await store.selectRecords(sql, registryKinds[kind], [...new Set(ids)])) as Rec<K>[];
}

/** The ids among `ids` that name a live (not deleted) record of this kind. */
export function liveIds(sql: Sql, kind: RegistryKindName, ids: readonly string[]): Promise<Set<string>> {
  return store.selectLiveIds(sql, registryKinds[kind], [...new Set(ids)]);
}

export async function listRecords<K extends RegistryKindName>(ctx: RequestContext, kind: K, q: RegistryListQuery): Promise<Page<Rec<K>>> {
  requireRead(ctx, kind);
  const after = q.cursor ? (decodeCursor(q.cursor, 'name', ['string', 'uuid']) as [string, string]) : undefined;
  const rows = await store.listRecords(ctx.db, registryKinds[kind], { ...q, after, limit: q.limit + 1 });
  const items = (await shown(ctx.db, ctx, kind, rows.slice(0, q.limit) as unknown as Rec<K>[])) as (Rec<K> & { name: string })[];
  const last = items.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor('name', [last.name, last.id]) : null };
}

export async function updateRecord<K extends RegistryKindName>(
  ctx: RequestContext,
  kind: K,
  id: string,
  version: number,
  input: RegistryInputOf[K],
): Promise<Rec<K>> {
  requireWrite(ctx);
  const spec = registryKinds[kind];
  return ctx.db.transaction(async (tx) => {
    const before = await requireVersion(tx, ctx, kind, id, version, { live: true });
    const exact = kind === 'places' ? await keepExactCoordinates(tx, ctx.actor.scope, before as RegistryRecordOf['places'], input as RegistryInputOf['places']) : input;
    const values = await withCanonicalRegions(tx, ctx, kind, exact as RegistryInputOf[K]);
    const after = (await store.updateRecord(tx, spec, id, version, values as Record<string, unknown>)) as Rec<K>;
    // Inside the transaction: incidents' copies of the place move with it, or the edit fails (src/events.ts).
    if (kind === 'places') await moduleEvents.announce('place.changed', { tx, ctx, place: after as RegistryRecordOf['places'] });
    await recordAudit(tx, ctx, [{ action: `${spec.noun}.update`, entity: spec.noun, entityId: id, before, after }]);
    return (await shown(tx, ctx, kind, [after]))[0]!;
  });
}

/** Soft delete (`deleted: true`) or restore (`false`). */
export async function setRecordDeleted<K extends RegistryKindName>(ctx: RequestContext, kind: K, id: string, version: number, deleted: boolean): Promise<Rec<K>> {
  requireWrite(ctx);
  const spec = registryKinds[kind];
  return ctx.db.transaction(async (tx) => {
    const before = await requireVersion(tx, ctx, kind, id, version);
    if (Boolean(before.deletedAt) === deleted) throw deletedAlready(spec.noun, deleted);
    const after = (await store.setDeleted(tx, spec, id, version, deleted)) as Rec<K>;
    await recordAudit(tx, ctx, [{ action: `${spec.noun}.${deleted ? 'delete' : 'restore'}`, entity: spec.noun, entityId: id, before, after }]);
    return (await shown(tx, ctx, kind, [after]))[0]!;
  });
}

/** The live places of a country with their regions and coordinates. */
export function placeRegions(sql: Sql, country: string): Promise<store.PlaceRegionRow[]> {
  return store.selectPlaceRegions(sql, country);
}

/**
 * Inside a caller's transaction (a region merge): respells the regions of the places that
 * match, each as a new version with its own audit entry. Returns the ids changed. Incidents'
 * copies of admin1 are the caller's to move (one statement for all, not one per place).
 */
export async function respellPlaceRegions(
  tx: Sql,
  ctx: RequestContext,
  country: string,
  where: { admin1: readonly string[]; admin2?: readonly string[] },
  set: { admin1?: string; admin2?: string },
): Promise<string[]> {
  const spec = registryKinds.places;
  const { before, after } = await store.respellPlaces(tx, spec, country, where, set);
  const old = new Map(before.map((b) => [b.id as string, b]));
  await recordAudit(
    tx,
    ctx,
    after.map((a) => ({ action: 'place.update', entity: 'place', entityId: a.id as string, before: old.get(a.id as string), after: a })),
  );
  return after.map((a) => a.id as string);
}

/** A place names its regions in its country's spelling (src/regions/resolve.ts). */
function withCanonicalRegions<K extends RegistryKindName>(tx: Sql, ctx: RequestContext, kind: K, input: RegistryInputOf[K]): Promise<RegistryInputOf[K]> {
  return kind === 'places' ? (canonicalPlaceRegions(tx, ctx, input as RegistryInputOf['places']) as Promise<RegistryInputOf[K]>) : Promise.resolve(input);
}

/**
 * The stored record, if it exists at `version`; otherwise 404, or 409 with the current record.
 * With `live`, a deleted record is refused first (409 `deleted`): an edit of it would be
 * saved out of sight, and the editor must learn that before any version question.
 */
async function requireVersion<K extends RegistryKindName>(tx: Sql, ctx: RequestContext, kind: K, id: string, version: number, options: { live?: boolean } = {}): Promise<Rec<K>> {
  const spec = registryKinds[kind];
  const current = (await store.selectRecord(tx, spec, id, true)) as Rec<K> | undefined;
  if (!current) throw notFound(spec.noun, id);
  if (options.live && current.deletedAt) throw deletedRecord(spec.noun, id, current.deletedAt);
  // The record a 409 carries is shown as any read shows it.
  if (current.version !== version) throw staleVersion(spec.noun, id, version, (await shown(tx, ctx, kind, [current]))[0]);
  return current;
}
