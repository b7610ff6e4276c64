import { randomUUID } from 'node:crypto';
import { mayRead } from '../../access/scope.js';
import { recordAudit } from '../../audit/service.js';
import type { RequestContext } from '../../context.js';
import type { Sql } from '../../db/database.js';
import { inputOf } from '../../incidents/document.js';
import type { EvidenceFiles } from '../../evidence/files.js';
import { removeUnrecordedFiles } from '../../evidence/service.js';
import { insertImportedIncidents, readIncidentsForImport, takenActIds, updateImportedIncidents } from '../../incidents/imported.js';
import type { Resolved } from '../../incidents/references.js';
import { IncidentInput, type Incident } from '../../incidents/schema.js';
import { documentBeforeVersion } from '../../audit/service.js';
import { selectPresentIncidentIds } from '../../incidents/purge.store.js';
import { isTombstoned } from '../../purge/tombstones.js';
import { getRecords } from '../../registry/service.js';
import { violationLevels } from '../../taxonomies/codes.js';
import type { ImportedIncident, RowOutcome, RowProblem } from '../types.js';
import { importedHash, mergeRow, toIncidentInput, withActIds, type RowMerge } from './document.js';
import { evidenceOfRow } from './evidence.js';
import { resolveLinks, resolvePendingLinks } from './links.js';
import { resolveNames } from './resolve.js';
import * as store from './store.js';

/**
 * One call of the writer, inside its transaction: each row's outcome decided from its external
 * id (new, unchanged, changed, deleted, purged, or written earlier by this same batch before a
 * kill), the registry records it names found or created in bulk, the new incidents written in
 * bulk, the changed ones merged three-way and updated in place, and ONE audit entry for the
 * call naming every row it wrote (each incident's history reads its origin from import_rows).
 * A written row's files are stored as evidence and linked (./evidence.ts), its links to other
 * incidents resolved or kept pending (./links.ts); our own exports' act ids, teams, withholding
 * and level override are kept. A row refused at any step leaves nothing: a changed row is merged
 * right after its evidence is stored, inside a savepoint undone if the merged document is invalid.
 */

export interface BatchRef {
  id: string;
  sourceSystem: string;
  fileName: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function writeRows(
  tx: Sql,
  ctx: RequestContext,
  batch: BatchRef,
  incidents: readonly ImportedIncident[],
  options: { files?: EvidenceFiles; dryRun?: boolean; /** Filled with the SHA-256s of files this call put on disk, for the caller to remove if the transaction is undone. */ storedFiles?: string[] } = {},
): Promise<RowOutcome[]> {
  const scope = ctx.actor.scope;
  const outcomes: (RowOutcome | undefined)[] = new Array(incidents.length);
  const at = (i: number, code: string, message: string, target?: string): RowProblem => {
    const { row, file, sheet } = incidents[i]!.origin;
    return { row, ...(file ? { file } : {}), ...(sheet ? { sheet } : {}), ...(target ? { target } : {}), code, message };
  };
  const reject = (i: number, problems: RowProblem[]) => (outcomes[i] = { status: 'rejected', problems });

  const firstOfKey = new Map<string, number>();
  incidents.forEach((incident, i) => {
    const first = firstOfKey.get(incident.key);
    if (first === undefined) firstOfKey.set(incident.key, i);
    else reject(i, [at(i, 'duplicate', `the key '${incident.key}' was given already, at row ${incidents[first]!.origin.row}`, 'key')]);
  });
  const hashes = incidents.map((incident) => importedHash(incident));
  const existing = await store.selectExternalIds(tx, batch.sourceSystem, [...firstOfKey.keys()]);
  const earlier = new Map(
    [...existing.values()].some((x) => x.batch_id === batch.id)
      ? (await store.selectImportRows(tx, batch.id, [...existing.values()].filter((x) => x.batch_id === batch.id).map((x) => x.incident_id))).map((r) => [r.incident_id, r])
      : [],
  );

  const creates: number[] = [];
  const updates: number[] = [];
  for (const i of firstOfKey.values()) {
    const x = existing.get(incidents[i]!.key);
    if (!x) creates.push(i);
    // Only a purge removes an incident row (soft deletes keep it): gone is purged.
    else if (x.tombstone || !x.present) outcomes[i] = { status: 'skipped', incidentId: x.incident_id, reason: 'purged' };
    else if (!mayRead(scope, { confidentiality: x.confidentiality!, teams: x.teams ?? [] })) reject(i, [at(i, 'not-found', 'the incident of this row is not one you may write')]);
    else if (x.deleted_at) outcomes[i] = { status: 'skipped', incidentId: x.incident_id, reason: 'deleted' };
    else if (x.batch_id === batch.id && earlier.has(x.incident_id)) {
      // Written by this batch before the run was killed: the same outcome again, nothing written twice.
      const r = earlier.get(x.incident_id)!;
      outcomes[i] = r.outcome === 'imported' ? { status: 'imported', incidentId: r.incident_id } : r.outcome === 'updated' ? { status: 'updated', incidentId: r.incident_id } : { status: 'conflict', incidentId: r.incident_id, fields: ((r.conflicts as { path: string }[]) ?? []).map((c) => c.path) };
    } else if (x.document_hash === hashes[i]) outcomes[i] = { status: 'unchanged', incidentId: x.incident_id };
    else updates.push(i);
  }

  // The rows to write: names resolved to records (found or created), documents checked as a person's save is.
  const todo = [...creates, ...updates];
  const names = await resolveNames(tx, ctx, todo.map((i) => incidents[i]!));
  const docs = new Map<number, IncidentInput>();
  todo.forEach((i, j) => {
    const doc = toIncidentInput(incidents[i]!, names[j]!);
    const checked = IncidentInput.safeParse(doc);
    if (!checked.success) {
      reject(i, checked.error.issues.map((issue) => at(i, 'invalid', issue.message, issue.path.map(String).join('.'))));
    } else if (!mayRead(scope, { confidentiality: checked.data.confidentiality, teams: checked.data.teams ?? [] })) {
      const teams = checked.data.teams?.length ? ` and teams ${checked.data.teams.join(', ')}` : '';
      reject(i, [at(i, 'above-clearance', `your clearance (${scope.clearance}) or teams do not reach ${checked.data.confidentiality}${teams}: you could not read the record you save`, 'confidentiality')]);
    } else docs.set(i, { ...checked.data, teams: checked.data.teams ?? [], withhold: { place: null, date: null, reporter: null, ...checked.data.withhold } });
  });

  // Our own exports bring their incident ids: kept, unless purged (never recreated) or taken.
  const givenIds = creates.flatMap((i) => (docs.has(i) && incidents[i]!.id ? [incidents[i]!.id!] : []));
  const [purgedIds, takenIds] = givenIds.length ? [await isTombstoned(tx, 'incident', givenIds.filter((id) => uuidPattern.test(id))), new Set(await selectPresentIncidentIds(tx, givenIds.filter((id) => uuidPattern.test(id))))] : [new Set<string>(), new Set<string>()];
  // Exported act ids are kept when free: cases and persons of the exporting instance name acts by id.
  const givenActIds = creates.flatMap((i) => (docs.has(i) ? docs.get(i)!.acts.flatMap((a) => (a.id ? [a.id] : [])) : []));
  const takenActs = await takenActIds(tx, givenActIds);
  const seenActs = new Set<string>();
  let created: { i: number; id: string; input: IncidentInput }[] = [];
  for (const i of creates) {
    const doc = docs.get(i);
    if (!doc) continue;
    const given = incidents[i]!.id;
    if (given && !uuidPattern.test(given)) reject(i, [at(i, 'invalid-uuid', `'${given}' is not an incident id`, 'id')]);
    else if (given && purgedIds.has(given)) outcomes[i] = { status: 'skipped', incidentId: given, reason: 'purged' };
    else if (given && takenIds.has(given)) reject(i, [at(i, 'duplicate', `incident ${given} exists already (imported under another key)`, 'id')]);
    else {
      const acts = doc.acts.map((a) => {
        const free = a.id && !takenActs.has(a.id) && !seenActs.has(a.id);
        if (free) seenActs.add(a.id!);
        return { ...a, id: free ? a.id : randomUUID() };
      });
      created.push({ i, id: given ?? randomUUID(), input: { ...doc, acts } });
    }
  }

  const createSet = new Set(creates);
  // Links: the other end among this call's rows, then among what is on record; else pending.
  const inCall = new Map<string, string>();
  for (const c of created) {
    inCall.set(incidents[c.i]!.key, c.id);
    inCall.set(c.id, c.id);
  }
  for (const i of updates) {
    if (!docs.has(i)) continue;
    const id = existing.get(incidents[i]!.key)!.incident_id;
    inCall.set(incidents[i]!.key, id);
    inCall.set(id, id);
  }
  // New rows first: every new row is decided before the first changed row is merged (see `refused`).
  const linking = [...created.map((c) => ({ i: c.i, incidentId: c.id })), ...updates.filter((i) => docs.has(i)).map((i) => ({ i, incidentId: existing.get(incidents[i]!.key)!.incident_id }))];
  const linked = await resolveLinks(tx, ctx, batch.sourceSystem, linking.map((r) => ({ row: incidents[r.i]!, incidentId: r.incidentId })), inCall);
  const pending = new Map<number, { key: string; kind: string; note: string }[]>();
  const createdAt = new Map(created.map((c) => [c.i, c]));

  // The incidents the changed rows update, and what each was last imported as, read (in bulk)
  // before any row's evidence: a changed row is merged right after its evidence is stored, so a
  // merge that is invalid undoes that evidence while it still can (issue 16: a refused row leaves nothing).
  const current = await readIncidentsForImport(tx, updates.filter((i) => docs.has(i)).map((i) => existing.get(incidents[i]!.key)!.incident_id));
  const bases = new Map<number, IncidentInput | null>();
  for (const i of updates) {
    const x = existing.get(incidents[i]!.key)!;
    const stored = current.get(x.incident_id);
    if (docs.has(i) && stored) bases.set(i, await baseOf(tx, x, stored));
  }

  // A link to a new row of this call that was refused: that incident will not exist, so the link waits for it.
  let refused = new Map<string, string>();
  const waitForRefused = (i: number, links: IncidentInput['links']): IncidentInput['links'] => {
    if (!links.some((l) => refused.has(l.incidentId))) return links;
    const waiting = links.filter((l) => refused.has(l.incidentId)).map((l) => ({ key: refused.get(l.incidentId)!, kind: l.kind, note: l.note }));
    pending.set(i, [...(pending.get(i) ?? []), ...waiting]);
    return links.filter((l) => !refused.has(l.incidentId));
  };

  const newRows = created.length;
  const merges: { i: number; x: store.ExternalRow; stored: Incident; imported: IncidentInput; versionAfter: number; merge: RowMerge }[] = [];
  for (const [k, { i, incidentId }] of linking.entries()) {
    const result = linked[k]!;
    const isNew = createSet.has(i);
    // The first changed row: every new row is decided by now, so the links to refused ones are known.
    if (k === newRows) refused = refusedNew();
    if (result.problems.length) {
      reject(i, result.problems.map((p) => at(i, 'unknown-code', p.message, p.target)));
      docs.delete(i);
      continue;
    }
    const row = incidents[i]!;
    // A changed row that brings evidence stores it inside a savepoint, undone if its merge is
    // refused; a row without evidence costs no statement here (5,000 rows a call).
    const bringsEvidence = (row.attachments?.length ?? 0) + (row.evidence?.length ?? 0) > 0;
    const guarded = !isNew && bringsEvidence;
    if (guarded) await store.savepoint(tx, 'import_row_merge');
    const stored: string[] = [];
    // Evidence after links: a row refused for its links stores no file.
    const evidence = await evidenceOfRow(tx, ctx, options.files, row, isNew ? null : incidentId, batch.fileName, { dryRun: options.dryRun, storedFiles: stored });
    if (!evidence.ok) {
      if (guarded) await store.releaseSavepoint(tx, 'import_row_merge');
      reject(i, [at(i, 'evidence', evidence.message, evidence.field)]);
      docs.delete(i);
      continue;
    }
    // Kept by the writer: if its transaction is undone, bytes no committed record names are removed.
    options.storedFiles?.push(...stored);
    if (result.pending.length) pending.set(i, result.pending);
    const patch = { links: isNew ? result.links : waitForRefused(i, result.links), evidenceIds: evidence.evidenceIds };
    docs.set(i, { ...docs.get(i)!, ...patch });
    const c = createdAt.get(i);
    if (c) c.input = { ...c.input, ...patch };
    if (!isNew) {
      const decided = mergeOf(i, docs.get(i)!);
      if (!decided.ok) {
        if (guarded) {
          await store.rollbackToSavepoint(tx, 'import_row_merge');
          // The bytes this row put on disk go with its records, unless an earlier row's record names them.
          if (stored.length) await removeUnrecordedFiles(tx, options.files!, stored);
        }
        reject(i, decided.problems);
        docs.delete(i);
        pending.delete(i);
        continue;
      }
      if (guarded) await store.releaseSavepoint(tx, 'import_row_merge');
      merges.push(decided.merge);
    }
  }
  created = created.filter((c) => docs.has(c.i));
  refused = refusedNew();
  for (const c of created) {
    const links = waitForRefused(c.i, c.input.links);
    if (links === c.input.links) continue;
    c.input = { ...c.input, links };
    docs.set(c.i, { ...docs.get(c.i)!, links });
  }

  /** The new rows of this call refused above (for their links or evidence): incident id → key. */
  function refusedNew(): Map<string, string> {
    return new Map(linking.filter((r) => createSet.has(r.i) && !docs.has(r.i)).map((r) => [r.incidentId, incidents[r.i]!.key]));
  }

  /** The three-way merge of changed row `i` (document `doc`), checked as a person's save is. */
  function mergeOf(i: number, doc: IncidentInput): { ok: true; merge: (typeof merges)[number] } | { ok: false; problems: RowProblem[] } {
    const x = existing.get(incidents[i]!.key)!;
    const base = bases.get(i) ?? null;
    const stored = current.get(x.incident_id)!;
    const imported = withActIds(doc, base);
    const merge = mergeRow(base, inputOf(stored), imported);
    const checked = merge.changed ? IncidentInput.safeParse(merge.merged) : undefined;
    if (checked && !checked.success) {
      return { ok: false, problems: checked.error.issues.map((issue) => at(i, 'invalid', `after merging with the edits made since: ${issue.message}`, issue.path.map(String).join('.'))) };
    }
    return { ok: true, merge: { i, x, stored, imported, versionAfter: stored.version, merge: { ...merge, merged: checked?.success ? { ...checked.data, teams: merge.merged.teams, withhold: merge.merged.withhold } : merge.merged } } };
  }

  const resolved = await resolvedFor(tx, [...created.map((c) => c.input), ...merges.map((m) => m.merge.merged)]);
  await insertImportedIncidents(tx, ctx, created, resolved);
  const pendingOf = (i: number) => (pending.has(i) ? { pendingLinks: pending.get(i)!.map((p) => ({ key: p.key, kind: p.kind })) } : {});
  for (const c of created) outcomes[c.i] = { status: 'imported', incidentId: c.id, ...pendingOf(c.i) };

  const rows: Omit<store.ImportRow, 'batch_id'>[] = [];
  const origin = (i: number) => ({ source_row: incidents[i]!.origin.row, file: incidents[i]!.origin.file ?? null, sheet: incidents[i]!.origin.sheet ?? null, key: incidents[i]!.key, source_system: batch.sourceSystem });
  for (const c of created) rows.push({ ...origin(c.i), incident_id: c.id, outcome: 'imported', version_before: null, version_after: 1, previous_external: null, incident_before: null, conflicts: null });
  // The changed incidents saved in bulk: one statement per table for the whole call.
  const saved = await updateImportedIncidents(
    tx,
    ctx,
    scope,
    merges
      .filter((m) => m.merge.changed)
      .map((m) => ({
        before: m.stored,
        input: m.merge.merged,
        detail: { importBatch: batch.id, file: batch.fileName, row: incidents[m.i]!.origin.row, key: incidents[m.i]!.key, fromImport: m.merge.fromImport, conflicts: m.merge.conflicts.map((c) => c.path) },
      })),
    resolved,
  );
  for (const m of merges) {
    const { i, x, stored, merge } = m;
    const versionAfter = merge.changed ? saved.get(x.incident_id)!.version : stored.version;
    m.versionAfter = versionAfter;
    outcomes[i] = merge.conflicts.length
      ? { status: 'conflict', incidentId: x.incident_id, fields: merge.conflicts.map((c) => c.path) }
      : merge.changed
        ? { status: 'updated', incidentId: x.incident_id, mergedFields: merge.fromImport, ...pendingOf(i) }
        : { status: 'unchanged', incidentId: x.incident_id };
    if (merge.changed || merge.conflicts.length) {
      rows.push({
        ...origin(i),
        incident_id: x.incident_id,
        outcome: merge.conflicts.length ? 'conflict' : 'updated',
        version_before: stored.version,
        version_after: versionAfter,
        previous_external: { key: x.key, incident_id: x.incident_id, document: x.document, document_hash: x.document_hash ?? '', version: x.imported_version, batch_id: x.batch_id },
        incident_before: merge.changed ? inputOf(stored) : null,
        conflicts: merge.conflicts.length ? merge.conflicts : null,
      });
    }
  }

  await store.upsertExternalIds(tx, batch.sourceSystem, batch.id, [
    ...created.map((c) => ({ key: incidents[c.i]!.key, incident_id: c.id, document: null, document_hash: hashes[c.i]!, version: 1 })),
    ...merges.map((m) => ({ key: m.x.key, incident_id: m.x.incident_id, document: m.imported, document_hash: hashes[m.i]!, version: m.versionAfter })),
  ]);
  await store.insertImportRows(tx, rows, batch.id);
  // A written row names its links anew: its earlier pending links go, its unresolved ones wait.
  const written = [...created.map((c) => ({ i: c.i, id: c.id })), ...merges.map((m) => ({ i: m.i, id: m.x.incident_id }))];
  await store.deletePendingLinksFrom(tx, written.filter((w) => !createSet.has(w.i)).map((w) => w.id));
  await store.insertPendingLinks(
    tx,
    written.flatMap((w) => (pending.get(w.i) ?? []).map((p) => ({ source_system: batch.sourceSystem, target_key: p.key, from_incident: w.id, kind: p.kind, note: p.note, batch_id: batch.id, source_row: incidents[w.i]!.origin.row }))),
  );
  await resolvePendingLinks(tx, ctx, batch, created.map((c) => ({ sourceSystem: batch.sourceSystem, key: incidents[c.i]!.key, incidentId: c.id })));
  if (rows.length) {
    await recordAudit(tx, ctx, [
      {
        action: 'import.write',
        entity: 'import-batch',
        entityId: batch.id,
        before: null,
        after: null,
        detail: { file: batch.fileName, sourceSystem: batch.sourceSystem, rows: rows.map((r) => ({ row: r.source_row, key: r.key, incidentId: r.incident_id, outcome: r.outcome })) },
      },
    ]);
  }
  return outcomes.map((o, i) => o ?? { status: 'rejected', problems: [at(i, 'invalid', 'not written')] });
}

/**
 * The document a row was last imported as: kept with the external id after an update; after a
 * create, the incident as the import left it — as stored while no one has edited it since, else
 * as the first edit's audit entry found it. Undefined (every difference a conflict) if erased.
 */
async function baseOf(tx: Sql, x: store.ExternalRow, stored: Incident): Promise<IncidentInput | null> {
  if (x.document) return x.document as IncidentInput;
  if (stored.version === x.imported_version) return inputOf(stored);
  const before = (await documentBeforeVersion(tx, 'incident', x.incident_id, x.imported_version)) as Incident | undefined;
  return before ? inputOf(before) : null;
}

/** The places and groups the documents name, as toWrite needs them (country and admin1 from the place, a basis from the group). */
export async function resolvedFor(tx: Sql, docs: readonly IncidentInput[]): Promise<Resolved> {
  const placeIds = [...new Set(docs.flatMap((d) => (d.placeId ? [d.placeId] : [])))];
  const groupIds = [...new Set(docs.flatMap((d) => d.acts.flatMap((a) => (a.groupId ? [a.groupId] : []))))];
  const [places, groups] = await Promise.all([getRecords(tx, 'places', placeIds), getRecords(tx, 'groups', groupIds)]);
  return { places: new Map(places.map((p) => [p.id, p])), groupBasis: new Map(groups.map((g) => [g.id, g.basis])), levels: violationLevels() };
}

