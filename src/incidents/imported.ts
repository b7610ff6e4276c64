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
import { toIncident } from './document.js';
import { getRecords } from '../registry/service.js';
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
 * table and their counts set aside for the import's finish (foldImportedCounts). In the embedded engine their search vectors are built when
 * the import finishes (buildPendingSearchVectors), and searches find them meanwhile. Not audited per incident: the import records one entry
 * for the batch, naming every incident it created (and import_rows keeps each one's origin).
 */
export async function insertImportedIncidents(tx: Sql, ctx: RequestContext, items: readonly { id: string; input: IncidentInput }[], resolved: Resolved): Promise<void> {
  if (items.length === 0) return;
  const writes = items.map(({ id, input }) => toWrite(id, input, resolved, ctx.actor.id));
  await store.insertIncidentsBulk(
    tx,
    writes.map((w) => w.row),
    mergeChildren(writes.map((w) => w.children)),
    // Measured (bench/ingest.ts, 2026-11-30): in the embedded engine the vector cost as much as
    // the whole incidents insert, and leaving it to the batch's finish halved the write phase;
    // on a PostgreSQL server it cost little at insert and its later update only added time.
    ctx.db.engine === 'pglite' ? 'later' : 'now',
  );
  await moduleEvents.announce('incident.changed', { tx, ctx, ids: items.map((i) => i.id), change: 'create' });
}

/**
 * The stored incidents among `ids`, whole, read in bulk (`lock`: locked for the update, in id
 * order): one query per table for the whole set rather than one read per incident.
 */
export async function readIncidentsForImport(tx: Sql, ids: readonly string[], lock = true): Promise<Map<string, Incident>> {
  const out = new Map<string, Incident>();
  if (ids.length === 0) return out;
  const rows = await store.selectIncidents(tx, fullScope, [...new Set(ids)], lock);
  const children = await store.selectChildren(tx, fullScope, rows.map((r) => r.id));
  const placeIds = [...new Set(rows.flatMap((r) => (r.place_id ? [r.place_id] : [])))];
  const places = new Map((await getRecords(tx, 'places', placeIds)).map((p) => [p.id, p]));
  const own = childrenByIncident(children);
  for (const row of rows) out.set(row.id, toIncident(row, own.get(row.id) ?? noChildren(), places));
  return out;
}

const noChildren = (): store.IncidentChildren => ({ acts: [], involvements: [], sources: [], evidence: [], links: [] });

/** Each incident's own children (involvements follow their acts; a link is its `from` end's, and its `to` end's too). */
function childrenByIncident(c: store.IncidentChildren): Map<string, store.IncidentChildren> {
  const out = new Map<string, store.IncidentChildren>();
  const of = (id: string) => {
    let own = out.get(id);
    if (!own) out.set(id, (own = noChildren()));
    return own;
  };
  const actOwner = new Map(c.acts.map((a) => [a.id, a.incident_id]));
  for (const a of c.acts) of(a.incident_id).acts.push(a);
  for (const v of c.involvements) of(actOwner.get(v.act_id)!).involvements.push(v);
  for (const s of c.sources) of(s.incident_id).sources.push(s);
  for (const e of c.evidence) of(e.incident_id).evidence.push(e);
  for (const l of c.links) {
    of(l.from_incident).links.push(l);
    if (l.to_incident !== l.from_incident) of(l.to_incident).links.push(l);
  }
  return out;
}

export interface ImportedUpdate {
  /** The incident as stored, read by readIncidentsForImport (locked). */
  before: Incident;
  /** The merged document to save over it. */
  input: IncidentInput;
  /** What the incident's audit entry says of the update (the batch, the file and row). */
  detail: Record<string, unknown>;
}

/**
 * Saves an import's merged documents over the stored incidents, in place and in bulk (acts keep
 * their ids, as updateIncident keeps them; one statement per table for the whole set, the
 * rollup moved once), each audited as an update with the batch in the detail, as a person's
 * edit is: the incident's own history keeps every version. Returns the incidents as saved.
 */
export async function updateImportedIncidents(tx: Sql, ctx: RequestContext, scope: Scope, items: readonly ImportedUpdate[], resolved: Resolved): Promise<Map<string, Incident>> {
  if (items.length === 0) return new Map();
  const ids = items.map((i) => i.before.id);
  const writes = items.map((i) => toWrite(i.before.id, i.input, resolved, ctx.actor.id));
  // Links to incidents the writer may not read were never part of what it merged: kept as stored.
  const hidden = await store.selectHiddenLinksOf(tx, scope, ids);
  for (const w of writes) {
    const visible = new Set(w.children.links.map((l) => `${l.to_incident}|${l.kind}`));
    w.children.links.push(...hidden.filter((l) => l.from_incident === w.row.id && !visible.has(`${l.to_incident}|${l.kind}`)));
  }
  await store.updateIncidentRows(
    tx,
    writes.map((w) => w.row),
  );
  await store.syncChildrenOf(tx, ids, mergeChildren(writes.map((w) => w.children)));
  const after = await readIncidentsForImport(tx, ids, false);
  await recordAudit(
    tx,
    ctx,
    items.map((i) => ({ action: 'incident.update', entity: 'incident', entityId: i.before.id, before: i.before, after: after.get(i.before.id)!, detail: i.detail })),
  );
  await moduleEvents.announce('incident.changed', { tx, ctx, ids, change: 'update' });
  return after;
}

/**
 * Folds into the counts tables the counts imports set aside (migration 030): all of them, a
 * killed run's too. Called when an import finishes or is rolled back; until then every reader
 * sums them with the tables, so no answer waits for it. Returns how many delta rows it folded.
 */
export function foldImportedCounts(tx: Sql): Promise<number> {
  return store.foldRollupDeltas(tx);
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
