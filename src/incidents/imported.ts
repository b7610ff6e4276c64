import type { Scope } from '../access/scope.js';
import { fullScope } from '../access/scope.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Database, Sql } from '../db/database.js';
import { moduleEvents } from '../events.js';
import { readIncident } from './read.js';
import type { Resolved } from './references.js';
import type { Incident, IncidentInput } from './schema.js';
import * as store from './store/index.js';
import { mergeChildren, toWrite } from './toWrite.js';

/**
 * The incidents module's side of an import (src/ingest/write): the same rows, derived facts and
 * invariants as createIncidents and updateIncident (toWrite: levels from the acts, country and
 * admin1 from the place, victim totals), written in bulk inside the import's transaction. The
 * caller has resolved every reference (registry records it found or created itself) and checked
 * that the writer may read what it saves.
 */

/**
 * Inserts new incidents (acts carrying the ids the caller gave them) with one statement per
 * table and the rollup adjusted once; their search vectors are built when the import finishes
 * (buildPendingSearchVectors), and searches find them meanwhile. Not audited per incident: the import records one entry
 * for the batch, naming every incident it created (and import_rows keeps each one's origin).
 */
export async function insertImportedIncidents(tx: Sql, ctx: RequestContext, items: readonly { id: string; input: IncidentInput }[], resolved: Resolved): Promise<void> {
  if (items.length === 0) return;
  const writes = items.map(({ id, input }) => toWrite(id, input, resolved, ctx.actor.id));
  await store.insertIncidentsBulk(
    tx,
    writes.map((w) => w.row),
    mergeChildren(writes.map((w) => w.children)),
  );
  await moduleEvents.announce('incident.changed', { tx, ctx, ids: items.map((i) => i.id), change: 'create' });
}

/** The stored incidents (whole, locked for the update) among `ids`, for a scope's writes: those it may not read are left out. */
export async function readIncidentsForImport(tx: Sql, ids: readonly string[]): Promise<Map<string, Incident>> {
  const out = new Map<string, Incident>();
  for (const id of ids) {
    const incident = await readIncident(tx, fullScope, id, true);
    if (incident) out.set(id, incident);
  }
  return out;
}

/**
 * Saves an import's merged document over the stored incident, in place (acts keep their ids,
 * as updateIncident keeps them), audited as an update with the batch in the detail. Returns the
 * incident as saved.
 */
export async function updateImportedIncident(
  tx: Sql,
  ctx: RequestContext,
  scope: Scope,
  before: Incident,
  input: IncidentInput,
  resolved: Resolved,
  detail: Record<string, unknown>,
): Promise<Incident> {
  const { row, children } = toWrite(before.id, input, resolved, ctx.actor.id);
  // Links to incidents the writer may not read were never part of what it merged: kept as stored.
  const visible = new Set(children.links.map((l) => `${l.to_incident}|${l.kind}`));
  children.links.push(...(await store.selectHiddenLinks(tx, scope, before.id)).filter((l) => !visible.has(`${l.to_incident}|${l.kind}`)));
  await store.updateIncidentRow(tx, row);
  await store.syncChildren(tx, before.id, children);
  const after = (await readIncident(tx, fullScope, before.id))!;
  await recordAudit(tx, ctx, [{ action: 'incident.update', entity: 'incident', entityId: before.id, before, after, detail }]);
  await moduleEvents.announce('incident.changed', { tx, ctx, ids: [before.id], change: 'update' });
  return after;
}

/**
 * Builds the search vectors imports left missing (all of them, not only one batch's: a killed
 * run's too), `chunk` rows a transaction so a kill loses little. Returns how many it built.
 */
export async function buildPendingSearchVectors(db: Database, chunk = 5_000): Promise<number> {
  let built = 0;
  for (;;) {
    const n = await db.transaction((tx) => store.fillSearchVectors(tx, chunk));
    built += n;
    if (n < chunk) return built;
  }
}

/** Soft-deletes what a rolled-back import created (audited by the caller for the batch); returns the ids deleted. */
export async function deleteImportedIncidents(tx: Sql, ctx: RequestContext, ids: readonly string[]): Promise<string[]> {
  const deleted = await store.softDeleteIncidents(tx, ids, ctx.actor.id);
  if (deleted.length) await moduleEvents.announce('incident.changed', { tx, ctx, ids: deleted, change: 'delete' });
  return deleted;
}
