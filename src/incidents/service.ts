import { randomUUID } from 'node:crypto';
import { requirePermission } from '../access/permissions.js';
import { fullScope, mayRead, type Scope } from '../access/scope.js';
import { documentAtVersion, recordAudit } from '../audit/service.js';
import { moduleEvents } from '../events.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import type { ModuleEvents } from '../events.js';
import { deletedAlready, deletedRecord, DomainError, invalid, notFound, staleVersion } from '../errors.js';
import { problemOfIssue } from '../fieldProblems.js';
import { refuseTombstoned } from '../purge/tombstones.js';
import { canonicalAdmin1 } from '../regions/resolve.js';
import { createNewRecords } from './newRecords.js';
import { inputOf, toIncident } from './document.js';
import { mergeIncident } from './merge.js';
import { IncidentInput } from './schema.js';
import type { Incident, MergeReport } from './schema.js';
import { readIncident, shownTo } from './read.js';
import { checkActIds, checkNewActIds, checkReadableByWriter, normalized, resolveReferences } from './references.js';
import * as store from './store/index.js';
import { mergeChildren, toWrite } from './toWrite.js';
import { keepWithheld, redactIncident } from './withhold.js';

export * from './read.js';

/**
 * The rules of recording incidents: references must exist, the pyramid level and totals
 * are derived from the acts, a stale version is refused, every write is audited in the
 * same transaction, and deletes are soft. Writes need the role's permission and a record the
 * writer may read (else 404, as for a missing one), and save nothing the writer could not read
 * back. Reads are in read.ts; what a write checks in references.ts; the rows it writes in toWrite.ts.
 */

/** Keeps incidents' copies of a place's country and admin1 in step with it; src/wiring.ts calls it on `place.changed`. */
export function refreshPlaceCopies(event: ModuleEvents['place.changed']): Promise<void> {
  return store.refreshPlaceCopies(event.tx, event.place.id, event.place.country, event.place.admin1);
}

export async function createIncident(ctx: RequestContext, input: IncidentInput): Promise<Incident> {
  const [created] = await createIncidents(ctx, [input]);
  return created!;
}

/**
 * The bulk write path (imports, demo data, benchmarks): checks every reference of every
 * incident first, then writes all of them with one statement per table and one audit
 * entry each, in one transaction. Problems name the incident's index: `3.acts.0.groupId`.
 */
export async function createIncidents(ctx: RequestContext, inputs: IncidentInput[], options: { ids?: string[] } = {}): Promise<Incident[]> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'incidents.write');
  if (inputs.length === 0) return [];
  checkReadableByWriter(scope, inputs, inputs.length === 1 ? '' : undefined);
  return ctx.db.transaction(async (tx) => {
    if (options.ids) await refuseTombstoned(tx, 'incident', options.ids); // a purged incident does not come back
    inputs = await createAllNewRecords(tx, ctx, inputs);
    const resolved = await resolveReferences(tx, scope, inputs, inputs.length === 1 ? '' : undefined);
    await checkNewActIds(tx, inputs);
    inputs = await canonicalAdmin1(tx, ctx, inputs); // `eastern  lakes` is written "Eastern Lakes"
    const ids = options.ids ?? inputs.map(() => randomUUID());
    const writes = inputs.map((input, i) => toWrite(ids[i]!, input, resolved, ctx.actor.id));
    const rows = await store.insertIncidents(tx, writes.map((w) => w.row));
    const children = mergeChildren(writes.map((w) => w.children));
    await store.insertChildren(tx, children);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const incidents = writes.map((w) => toIncident(byId.get(w.row.id)!, w.children, resolved.places));
    await recordAudit(
      tx,
      ctx,
      incidents.map((after) => ({ action: 'incident.create', entity: 'incident', entityId: after.id, before: null, after })),
    );
    await moduleEvents.announce('incident.changed', { tx, ctx, ids: incidents.map((i) => i.id), change: 'create' });
    return incidents.map((incident) => redactIncident(incident, scope));
  });
}

export interface UpdateOptions {
  /** Acts of this (readable, writable) incident that the input lists by id move to the one saved: a merge of duplicates. */
  adoptActsFrom?: string;
  /** On a stale version, merge with what was saved meanwhile instead of refusing (see mergeIncident). */
  merge?: boolean;
  /** The base version of a merge whose conflicts the editor resolved: the save is audited as a merge. */
  resolvedMergeOf?: number;
}

/** The saved incident; after a merge, with what it took from the other side. */
export type UpdatedIncident = Incident & { merged?: MergeReport };

/**
 * Saves an edit of the incident at `version`. Acts with an id are updated in place, others
 * inserted, those left out deleted; sources' information, evidence and links likewise.
 * A deleted incident refuses edits (409 `deleted`). A stale version is refused (409 with the
 * current record), unless `merge` is asked: then the edit is merged three-way with what was
 * saved meanwhile, against the version the editor read (from the audit trail), and saved if
 * nothing conflicts — or refused with the merge and its conflicts for the editor to decide.
 */
export async function updateIncident(ctx: RequestContext, id: string, version: number, input: IncidentInput, options: UpdateOptions = {}): Promise<UpdatedIncident> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'incidents.write');
  return ctx.db.transaction(async (tx) => {
    // Read whole (the audit trail keeps the whole record), but only if the writer may read it.
    const before = await readWritable(tx, scope, id, true);
    if (before.deletedAt) throw deletedRecord('incident', id, before.deletedAt);
    if (options.adoptActsFrom) {
      // A merge of duplicates: the acts of the other incident that this input lists move here
      // with their ids, so what points at an act (persons, cases) follows it.
      await readWritable(tx, scope, options.adoptActsFrom, true);
      await store.moveActs(tx, options.adoptActsFrom, id, input.acts.flatMap((a) => (a.id ? [a.id] : [])));
    }
    input = await createNewRecords(tx, ctx, input);
    let resolved = await resolveReferences(tx, scope, [input], '');
    // Regions in the country's spelling first, so a merge compares like with like.
    [input] = (await canonicalAdmin1(tx, ctx, [input])) as [IncidentInput];
    let doc = input;
    let merged: MergeReport | undefined;
    if (before.version !== version) {
      // What the writer is shown of the current record: the 409 body goes through the door too.
      const current = await shownTo(tx, scope, before);
      if (!options.merge) throw staleVersion('incident', id, version, current);
      const stored = (await documentAtVersion(tx, 'incident', id, version)) as Incident | undefined;
      // The merge runs on what this writer sees of each side, so neither its result nor its
      // conflicts can carry a withheld field or a link the writer may not follow.
      const base = stored ? await shownTo(tx, scope, stored) : undefined;
      const mine = { ...input, withhold: input.withhold ?? base?.withhold ?? current.withhold, teams: input.teams ?? base?.teams ?? current.teams };
      // Without the version the editor read, no change can be told to be theirs or mine:
      // mergeIncident(null, …) makes every difference a conflict, so nothing is overwritten unseen.
      const result = mergeIncident(base ? inputOf(base) : null, inputOf(current), normalized(mine, resolved));
      const report = { baseVersion: version, theirsVersion: before.version };
      if (result.conflicts.length) {
        throw new DomainError(
          'conflict',
          `incident ${id} was changed by someone else since version ${version}: ${result.conflicts.length} field(s) were changed on both sides (${result.conflicts.map((c) => c.path).join(', ')})`,
          staleVersion('incident', id, version, current).fields,
          { current, merge: { ...report, baseFound: base !== undefined, merged: result.merged, conflicts: result.conflicts } },
        );
      }
      // Each side was valid alone; together they may not be (an end date before a new start date).
      const checked = IncidentInput.safeParse(result.merged);
      if (!checked.success) {
        throw invalid(checked.error.issues.map((i) => ({ field: i.path.map(String).join('.'), ...problemOfIssue(i as never, result.merged), message: `after merging: ${i.message}` })));
      }
      doc = checked.data;
      merged = { ...report, fromTheirs: result.fromTheirs };
    }
    // What the writer could not see is kept as stored (withheld fields, links it may not follow).
    const kept = keepWithheld(doc, before, scope);
    const referencesMoved = merged !== undefined || kept.placeId !== input.placeId || kept.sources !== input.sources;
    doc = kept;
    checkReadableByWriter(scope, [doc], '');
    if (referencesMoved) resolved = await resolveReferences(tx, scope, [doc], '');
    await checkActIds(tx, id, before, doc);
    const selfLink = doc.links.findIndex((l) => l.incidentId === id);
    if (selfLink >= 0) throw invalid([{ field: `links.${selfLink}.incidentId`, code: 'self-link', message: 'an incident cannot be linked to itself' }]);
    const { row, children } = toWrite(id, doc, resolved, ctx.actor.id);
    children.links.push(...(await store.selectHiddenLinks(tx, scope, id)));
    await store.updateIncidentRow(tx, row);
    await store.syncChildren(tx, id, children);
    const after = (await readIncident(tx, fullScope, id))!;
    const detail = merged ?? (options.resolvedMergeOf ? { baseVersion: options.resolvedMergeOf, theirsVersion: version, resolved: true } : undefined);
    await recordAudit(tx, ctx, [{ action: detail ? 'incident.merge' : 'incident.update', entity: 'incident', entityId: id, before, after, detail }]);
    await moduleEvents.announce('incident.changed', { tx, ctx, ids: [id], change: 'update' });
    const shown = await shownTo(tx, scope, after);
    return merged ? { ...shown, merged } : shown;
  });
}

/** Soft delete (`deleted: true`) or restore (`false`); nothing is erased. */
export async function setIncidentDeleted(ctx: RequestContext, id: string, version: number, deleted: boolean): Promise<Incident> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'incidents.delete');
  return ctx.db.transaction(async (tx) => {
    const before = await lockVersion(tx, scope, id, version);
    if (Boolean(before.deletedAt) === deleted) throw deletedAlready('incident', deleted);
    await store.setIncidentDeleted(tx, id, deleted, ctx.actor.id);
    const after = (await readIncident(tx, fullScope, id))!;
    await recordAudit(tx, ctx, [{ action: deleted ? 'incident.delete' : 'incident.restore', entity: 'incident', entityId: id, before, after }]);
    await moduleEvents.announce('incident.changed', { tx, ctx, ids: [id], change: deleted ? 'delete' : 'restore' });
    return shownTo(tx, scope, after);
  });
}

/**
 * Inside a caller's transaction (a region merge): the country's incidents in region `from`
 * (any of those spellings) move to `into`, with the rollup. Returns the ids moved.
 */
export function respellIncidentAdmin1(tx: Sql, country: string, from: readonly string[], into: string): Promise<string[]> {
  return store.respellAdmin1(tx, country, from, into);
}

// ---------------------------------------------------------------------------------------

/** Each input's `newRecords` created, references to them replaced by ids (fields of a batch named `3.acts.0.groupId`). */
async function createAllNewRecords(tx: Sql, ctx: RequestContext, inputs: IncidentInput[]): Promise<IncidentInput[]> {
  const out: IncidentInput[] = [];
  for (const [i, input] of inputs.entries()) out.push(await createNewRecords(tx, ctx, input, inputs.length === 1 ? '' : `${i}.`));
  return out;
}

/**
 * The whole stored incident (locked with `forUpdate`) for a write by `scope`: not found, as a
 * missing one, when the scope may not read it. Read whole because the audit trail keeps the
 * whole record; what the writer is answered goes through shownTo.
 */
async function readWritable(tx: Sql, scope: Scope, id: string, forUpdate: boolean): Promise<Incident> {
  const incident = await readIncident(tx, fullScope, id, forUpdate);
  if (!incident || !mayRead(scope, incident)) throw notFound('incident', id);
  return incident;
}

/** Locks the incident's row and returns it if it is at `version`; otherwise 404 or 409 with the current record as the scope may see it. */
async function lockVersion(tx: Sql, scope: Scope, id: string, version: number): Promise<Incident> {
  const current = await readWritable(tx, scope, id, true);
  if (current.version !== version) throw staleVersion('incident', id, version, await shownTo(tx, scope, current));
  return current;
}
