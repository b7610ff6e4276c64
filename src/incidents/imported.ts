import type { Scope } from '../access/scope.js';
import { fullScope } from '../access/scope.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
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
 * table and the rollup adjusted once. Not audited per incident: the import records one entry
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

/** Those of `ids` naming an incident the scope may read (the other end of an imported link must be one). */
export function readableIncidentIds(sql: Sql, scope: Scope, ids: readonly string[]): Promise<Set<string>> {
  return store.selectReadableIncidentIds(sql, scope, [...new Set(ids)]);
}

/** Those of `actIds` already naming an act (an import keeps an exported act's id only when it is free). */
export async function takenActIds(sql: Sql, actIds: readonly string[]): Promise<Set<string>> {
  return new Set((await store.selectActOwners(sql, [...new Set(actIds)])).keys());
}

/**
 * Adds links to incidents an earlier import named before they existed (import_pending_links), as
 * an update of each incident that names them: a new version, audited with the batch that made
 * them. Returns each incident's version after.
 */
export async function addImportedLinks(
  tx: Sql,
  ctx: RequestContext,
  links: readonly { from: string; to: string; kind: string; note: string }[],
  detail: Record<string, unknown>,
): Promise<Map<string, { before: number; after: number }>> {
  const out = new Map<string, { before: number; after: number }>();
  for (const from of new Set(links.map((l) => l.from))) {
    const before = await readIncident(tx, fullScope, from, true);
    if (!before || before.deletedAt) continue;
    const mine = links.filter((l) => l.from === from && l.to !== from && !before.links.some((b) => b.direction === 'outgoing' && b.incidentId === l.to && b.kind === l.kind));
    if (mine.length === 0) continue;
    await store.insertChildren(tx, { acts: [], involvements: [], sources: [], evidence: [], links: mine.map((l) => ({ from_incident: l.from, to_incident: l.to, kind: l.kind, note: l.note })) });
    const version = await store.bumpIncidentVersion(tx, from, ctx.actor.id);
    const after = (await readIncident(tx, fullScope, from))!;
    await recordAudit(tx, ctx, [{ action: 'incident.update', entity: 'incident', entityId: from, before, after, detail: { ...detail, linksAdded: mine.map((l) => ({ incidentId: l.to, kind: l.kind })) } }]);
    await moduleEvents.announce('incident.changed', { tx, ctx, ids: [from], change: 'update' });
    out.set(from, { before: before.version, after: version });
  }
  return out;
}

/** Soft-deletes what a rolled-back import created (audited by the caller for the batch); returns the ids deleted. */
export async function deleteImportedIncidents(tx: Sql, ctx: RequestContext, ids: readonly string[]): Promise<string[]> {
  const deleted = await store.softDeleteIncidents(tx, ids, ctx.actor.id);
  if (deleted.length) await moduleEvents.announce('incident.changed', { tx, ctx, ids: deleted, change: 'delete' });
  return deleted;
}
