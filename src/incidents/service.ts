import { randomUUID } from 'node:crypto';
import { documentAtVersion, recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { deletedAlready, deletedRecord, DomainError, invalid, notFound, staleVersion, type FieldProblem } from '../errors.js';
import { problemOfIssue } from '../fieldProblems.js';
import { liveEvidenceIds } from '../evidence/service.js';
import { refuseTombstoned } from '../purge/tombstones.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { getRecords, liveIds, onPlaceChanged } from '../registry/service.js';
import { admin1FilterNames, canonicalAdmin1 } from '../regions/resolve.js';
import { violationLevels } from '../taxonomies/codes.js';
import { parseEventDate, periodEnd } from './dates.js';
import { deriveFacts } from './derive.js';
import { createNewRecords } from './newRecords.js';
import { inputOf, toIncident, toSummary } from './document.js';
import { mergeIncident } from './merge.js';
import { IncidentInput } from './schema.js';
import type { Incident, IncidentFilterQuery, IncidentListQuery, IncidentSort, IncidentSummary, MergeReport, StatsCell, StatsDimension, StatsExtent, StatsExtentQuery } from './schema.js';
import * as store from './store.js';

/**
 * The rules of recording incidents: references must exist, the pyramid level and totals
 * are derived from the acts, a stale version is refused, every write is audited in the
 * same transaction, and deletes are soft.
 */

onPlaceChanged((tx, place) => store.refreshPlaceCopies(tx, place.id, place.country, place.admin1));

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
  if (inputs.length === 0) return [];
  return ctx.db.transaction(async (tx) => {
    if (options.ids) await refuseTombstoned(tx, 'incident', options.ids); // a purged incident does not come back
    inputs = await createAllNewRecords(tx, ctx, inputs);
    const resolved = await resolveReferences(tx, inputs, inputs.length === 1 ? '' : undefined);
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
    return incidents;
  });
}

export async function getIncident(ctx: RequestContext, id: string): Promise<Incident> {
  const incident = await readIncident(ctx.db, id);
  if (!incident) throw notFound('incident', id);
  return incident;
}

export interface UpdateOptions {
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
  return ctx.db.transaction(async (tx) => {
    const before = await readIncident(tx, id, true);
    if (!before) throw notFound('incident', id);
    if (before.deletedAt) throw deletedRecord('incident', id, before.deletedAt);
    input = await createNewRecords(tx, ctx, input);
    let resolved = await resolveReferences(tx, [input], '');
    // Regions in the country's spelling first, so a merge compares like with like.
    [input] = (await canonicalAdmin1(tx, ctx, [input])) as [IncidentInput];
    let doc = input;
    let merged: MergeReport | undefined;
    if (before.version !== version) {
      if (!options.merge) throw staleVersion('incident', id, version, before);
      const base = (await documentAtVersion(tx, 'incident', id, version)) as Incident | undefined;
      // Without the version the editor read, no change can be told to be theirs or mine:
      // mergeIncident(null, …) makes every difference a conflict, so nothing is overwritten unseen.
      const result = mergeIncident(base ? inputOf(base) : null, inputOf(before), normalized(input, resolved));
      const report = { baseVersion: version, theirsVersion: before.version };
      if (result.conflicts.length) {
        throw new DomainError(
          'conflict',
          `incident ${id} was changed by someone else since version ${version}: ${result.conflicts.length} field(s) were changed on both sides (${result.conflicts.map((c) => c.path).join(', ')})`,
          staleVersion('incident', id, version, before).fields,
          { current: before, merge: { ...report, baseFound: base !== undefined, merged: result.merged, conflicts: result.conflicts } },
        );
      }
      // Each side was valid alone; together they may not be (an end date before a new start date).
      const checked = IncidentInput.safeParse(result.merged);
      if (!checked.success) {
        throw invalid(checked.error.issues.map((i) => ({ field: i.path.map(String).join('.'), ...problemOfIssue(i as never, result.merged), message: `after merging: ${i.message}` })));
      }
      doc = checked.data;
      resolved = await resolveReferences(tx, [doc], '');
      merged = { ...report, fromTheirs: result.fromTheirs };
    }
    await checkActIds(tx, id, before, doc);
    const selfLink = doc.links.findIndex((l) => l.incidentId === id);
    if (selfLink >= 0) throw invalid([{ field: `links.${selfLink}.incidentId`, code: 'self-link', message: 'an incident cannot be linked to itself' }]);
    const { row, children } = toWrite(id, doc, resolved, ctx.actor.id);
    await store.updateIncidentRow(tx, row);
    await store.syncChildren(tx, id, children);
    const after = (await readIncident(tx, id))!;
    const detail = merged ?? (options.resolvedMergeOf ? { baseVersion: options.resolvedMergeOf, theirsVersion: version, resolved: true } : undefined);
    await recordAudit(tx, ctx, [{ action: detail ? 'incident.merge' : 'incident.update', entity: 'incident', entityId: id, before, after, detail }]);
    return merged ? { ...after, merged } : after;
  });
}

/** An act id names an act of this incident (updated in place) or none yet (inserted with it); never another incident's, never twice. */
async function checkActIds(tx: Sql, id: string, current: Incident, input: IncidentInput): Promise<void> {
  const own = new Set(current.acts.map((a) => a.id));
  const foreign = input.acts.map((a) => a.id).filter((a): a is string => Boolean(a) && !own.has(a!));
  const owners = await store.selectActOwners(tx, foreign);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  input.acts.forEach((act, i) => {
    if (!act.id) return;
    if (seen.has(act.id)) problems.push({ field: `acts.${i}.id`, code: 'duplicate', message: 'the same act is listed twice' });
    else if (owners.has(act.id) && owners.get(act.id) !== id)
      problems.push({ field: `acts.${i}.id`, code: 'belongs-elsewhere', message: `act ${act.id} belongs to another incident`, params: { entity: 'act' } });
    seen.add(act.id);
  });
  if (problems.length) throw invalid(problems);
}

/** A new incident's acts may bring their ids (an import keeping its own); none may be taken. One query, and only when some act has an id. */
async function checkNewActIds(tx: Sql, inputs: IncidentInput[]): Promise<void> {
  const given = inputs.flatMap((input) => input.acts.flatMap((a) => (a.id ? [a.id] : [])));
  if (given.length === 0) return;
  const taken = await store.selectActOwners(tx, given);
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  inputs.forEach((input, i) =>
    input.acts.forEach((act, a) => {
      if (!act.id) return;
      const field = inputs.length === 1 ? `acts.${a}.id` : `${i}.acts.${a}.id`;
      if (seen.has(act.id)) problems.push({ field, code: 'duplicate', message: 'the same act is listed twice' });
      else if (taken.has(act.id)) problems.push({ field, code: 'belongs-elsewhere', message: `act ${act.id} belongs to another incident`, params: { entity: 'act' } });
      seen.add(act.id);
    }),
  );
  if (problems.length) throw invalid(problems);
}

/** The input as it would be stored: country and region from the place, an act's basis from its group — so a merge compares like with like. */
function normalized(input: IncidentInput, r: Resolved): IncidentInput {
  const place = input.placeId ? r.places.get(input.placeId) : undefined;
  return {
    ...input,
    country: place?.country ?? input.country,
    admin1: place ? place.admin1 : (input.admin1 ?? null),
    acts: input.acts.map((a) => ({ ...a, identityBasis: a.identityBasis ?? (a.groupId ? (r.groupBasis.get(a.groupId) ?? null) : null) })),
  };
}

/** Soft delete (`deleted: true`) or restore (`false`); nothing is erased. */
export async function setIncidentDeleted(ctx: RequestContext, id: string, version: number, deleted: boolean): Promise<Incident> {
  return ctx.db.transaction(async (tx) => {
    const before = await lockVersion(tx, id, version);
    if (Boolean(before.deletedAt) === deleted) throw deletedAlready('incident', deleted);
    await store.setIncidentDeleted(tx, id, deleted, ctx.actor.id);
    const after = (await readIncident(tx, id))!;
    await recordAudit(tx, ctx, [{ action: deleted ? 'incident.delete' : 'incident.restore', entity: 'incident', entityId: id, before, after }]);
    return after;
  });
}

export interface IncidentPage {
  items: IncidentSummary[];
  total: number;
  nextCursor: string | null;
}

export async function listIncidents(ctx: RequestContext, q: IncidentListQuery): Promise<IncidentPage> {
  if (q.admin1?.length) q = { ...q, admin1: await admin1FilterNames(ctx.db, q.country, q.admin1) }; // any spelling of a region
  const filter = toStoreFilter(q);
  const sort: IncidentSort = q.sort === 'relevance' || (!q.sort && q.q) ? (q.q ? 'relevance' : 'date:desc') : (q.sort ?? 'date:desc');
  const after = q.cursor ? decodeCursor(q.cursor, sort, store.cursorKinds(sort)) : undefined;
  const [rows, total] = await Promise.all([
    store.selectIncidentPage(ctx.db, filter, sort, after, q.limit + 1),
    store.countIncidents(ctx.db, filter),
  ]);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    total,
    nextCursor: rows.length > q.limit && last ? encodeCursor(sort, last.sort_key) : null,
  };
}

export interface Stats {
  by: StatsDimension[];
  cells: StatsCell[];
  /** Over the whole filtered set, each incident once (cells may count one incident under several groups). */
  totals: StatsCell;
}

export const defaultStatsDimensions: StatsDimension[] = ['month', 'level', 'group', 'country'];

export async function incidentStats(ctx: RequestContext, q: IncidentFilterQuery & { by?: StatsDimension[] }): Promise<Stats> {
  if (q.admin1?.length) q = { ...q, admin1: await admin1FilterNames(ctx.db, q.country, q.admin1) }; // any spelling of a region
  const filter = toStoreFilter(q);
  const by = [...new Set(q.by?.length ? q.by : defaultStatsDimensions)];
  const [cells, [totals]] = await Promise.all([store.selectStats(ctx.db, filter, by), store.selectStats(ctx.db, filter, [])]);
  return { by, cells: cells as StatsCell[], totals: totals as StatsCell };
}

/**
 * Inside a caller's transaction (a region merge): the country's incidents in region `from`
 * (any of those spellings) move to `into`, with the rollup. Returns the ids moved.
 */
export function respellIncidentAdmin1(tx: Sql, country: string, from: readonly string[], into: string): Promise<string[]> {
  return store.respellAdmin1(tx, country, from, into);
}

// ---------------------------------------------------------------------------------------

function toStoreFilter(q: IncidentFilterQuery): store.IncidentFilter {
  return {
    q: q.q,
    ids: q.id,
    countries: q.country,
    admin1: q.admin1,
    groupIds: q.group,
    bases: q.basis,
    types: q.type,
    perpetratorIds: q.perpetrator,
    sourceIds: q.source,
    levels: q.level,
    verification: q.verification,
    confidentiality: q.confidentiality,
    from: q.from ? parseEventDate(q.from)!.date : undefined,
    to: q.to ? periodEnd(parseEventDate(q.to)!) : undefined,
    deleted: q.deleted,
  };
}

/** Each input's `newRecords` created, references to them replaced by ids (fields of a batch named `3.acts.0.groupId`). */
async function createAllNewRecords(tx: Sql, ctx: RequestContext, inputs: IncidentInput[]): Promise<IncidentInput[]> {
  const out: IncidentInput[] = [];
  for (const [i, input] of inputs.entries()) out.push(await createNewRecords(tx, ctx, input, inputs.length === 1 ? '' : `${i}.`));
  return out;
}

/** The incident as a document; `forUpdate` locks its row until the transaction ends. */
async function readIncident(sql: Sql, id: string, forUpdate = false): Promise<Incident | undefined> {
  const row = await store.selectIncident(sql, id, forUpdate);
  if (!row) return undefined;
  const children = await store.selectChildren(sql, [id]);
  const places = row.place_id ? await getRecords(sql, 'places', [row.place_id]) : [];
  return toIncident(row, children, new Map(places.map((p) => [p.id, p])));
}

/** Locks the incident's row and returns it if it is at `version`; otherwise 404 or 409 with the current record. */
async function lockVersion(tx: Sql, id: string, version: number): Promise<Incident> {
  const current = await readIncident(tx, id, true);
  if (!current) throw notFound('incident', id);
  if (current.version !== version) throw staleVersion('incident', id, version, current);
  return current;
}

interface Resolved {
  places: Map<string, Awaited<ReturnType<typeof getRecords<'places'>>>[number]>;
  groupBasis: Map<string, string>;
  levels: ReadonlyMap<string, number>;
}

/**
 * Checks that every place, group, actor, source, evidence file and linked incident named by
 * the inputs exists and is not deleted — one query per kind for the whole batch. `prefix`
 * is '' for a single incident (fields read `acts.0.groupId`), undefined for a batch
 * (fields read `12.acts.0.groupId`).
 */
async function resolveReferences(tx: Sql, inputs: IncidentInput[], prefix: string | undefined): Promise<Resolved> {
  const wanted = { places: new Set<string>(), groups: new Set<string>(), actors: new Set<string>(), sources: new Set<string>(), evidence: new Set<string>(), incidents: new Set<string>() };
  for (const input of inputs) {
    if (input.placeId) wanted.places.add(input.placeId);
    for (const act of input.acts) {
      if (act.groupId) wanted.groups.add(act.groupId);
      for (const p of act.perpetrators) wanted.actors.add(p.actorId);
    }
    for (const s of input.sources) wanted.sources.add(s.sourceId);
    for (const e of input.evidenceIds) wanted.evidence.add(e);
    for (const l of input.links) wanted.incidents.add(l.incidentId);
  }
  const [places, groups, actors, sources, evidence, incidents] = await Promise.all([
    getRecords(tx, 'places', [...wanted.places]),
    getRecords(tx, 'groups', [...wanted.groups]),
    liveIds(tx, 'actors', [...wanted.actors]),
    liveIds(tx, 'sources', [...wanted.sources]),
    liveEvidenceIds(tx, [...wanted.evidence]),
    store.selectLiveIncidentIds(tx, [...wanted.incidents]),
  ]);
  const livePlaces = new Map(places.filter((p) => !p.deletedAt).map((p) => [p.id, p]));
  const liveGroups = new Map(groups.filter((g) => !g.deletedAt).map((g) => [g.id, g.basis]));

  const problems: FieldProblem[] = [];
  inputs.forEach((input, i) => {
    const at = (path: string) => (prefix === undefined ? `${i}.${path}` : `${prefix}${path}`);
    const missing = (path: string, what: string, id: string) => problems.push({ field: at(path), code: 'not-found', message: `no ${what} with id ${id}`, params: { entity: what, id } });
    if (input.placeId) {
      const place = livePlaces.get(input.placeId);
      if (!place) missing('placeId', 'place', input.placeId);
      else if (input.country && input.country !== place.country)
        problems.push({
          field: at('country'),
          code: 'place-in-other-country',
          message: `the place is in ${place.country}, not ${input.country}`,
          params: { placeCountry: place.country, country: input.country },
        });
    }
    input.acts.forEach((act, a) => {
      if (act.groupId && !liveGroups.has(act.groupId)) missing(`acts.${a}.groupId`, 'group', act.groupId);
      act.perpetrators.forEach((p, k) => {
        if (!actors.has(p.actorId)) missing(`acts.${a}.perpetrators.${k}.actorId`, 'actor', p.actorId);
      });
    });
    input.sources.forEach((s, k) => {
      if (!sources.has(s.sourceId)) missing(`sources.${k}.sourceId`, 'source', s.sourceId);
    });
    input.evidenceIds.forEach((e, k) => {
      if (!evidence.has(e)) missing(`evidenceIds.${k}`, 'evidence', e);
    });
    input.links.forEach((l, k) => {
      if (!incidents.has(l.incidentId)) missing(`links.${k}.incidentId`, 'incident', l.incidentId);
    });
  });
  if (problems.length) throw invalid(problems);
  return { places: livePlaces, groupBasis: liveGroups, levels: violationLevels() };
}

function toWrite(id: string, input: IncidentInput, r: Resolved, actor: string): { row: store.IncidentWrite; children: store.IncidentChildren } {
  const facts = deriveFacts(input.acts, r.levels, r.groupBasis);
  const start = parseEventDate(input.startDate)!;
  const end = input.endDate ? parseEventDate(input.endDate)! : null;
  const place = input.placeId ? r.places.get(input.placeId) : undefined;
  const acts = input.acts.map((act, position) => ({
    id: act.id ?? randomUUID(),
    incident_id: id,
    position,
    violation_type: act.violationType,
    group_id: act.groupId ?? null,
    identity_basis: act.identityBasis ?? (act.groupId ? (r.groupBasis.get(act.groupId) ?? null) : null),
    ...act.victims,
  }));
  const involvements = input.acts.flatMap((act, a) => {
    // The same actor named twice for one act with one degree is one involvement.
    const unique = new Map(act.perpetrators.map((p) => [`${p.actorId}|${p.involvement}`, p]));
    return [...unique.values()].map((p) => ({ act_id: acts[a]!.id, actor_id: p.actorId, degree: p.involvement }));
  });
  return {
    row: {
      id,
      title: input.title,
      narrative: input.narrative,
      start_date: start.date,
      start_precision: start.precision,
      end_date: end?.date ?? null,
      end_precision: end?.precision ?? null,
      date_estimated: input.dateEstimated,
      report_date: input.reportDate ? parseEventDate(input.reportDate)!.date : null,
      place_id: input.placeId ?? null,
      country: place?.country ?? input.country!,
      admin1: place ? place.admin1 : (input.admin1 ?? null),
      derived_level: facts.derivedLevel,
      level_override: input.pyramidLevelOverride?.level ?? null,
      level_override_reason: input.pyramidLevelOverride?.reason ?? null,
      verification_status: input.verificationStatus,
      confidentiality: input.confidentiality,
      monitoring_status: input.monitoringStatus,
      ...facts.victims,
      group_ids: facts.groupIds,
      identity_bases: facts.identityBases,
      violation_types: facts.violationTypes,
      perpetrator_ids: facts.perpetratorIds,
      created_by: actor,
      updated_by: actor,
    },
    children: {
      acts,
      involvements,
      sources: input.sources.map((s) => ({
        incident_id: id,
        source_id: s.sourceId,
        connection: s.connection,
        material_type: s.materialType,
        information_date: s.informationDate ? parseEventDate(s.informationDate)!.date : null,
        credibility: s.credibility,
        note: s.note,
      })),
      evidence: [...new Set(input.evidenceIds)].map((evidence_id) => ({ incident_id: id, evidence_id })),
      // One link per target and kind: a repeated one keeps the last note.
      links: [...new Map(input.links.map((l) => [`${l.incidentId}|${l.kind}`, l])).values()].map((l) => ({
        from_incident: id,
        to_incident: l.incidentId,
        kind: l.kind,
        note: l.note,
      })),
    },
  };
}

function mergeChildren(all: store.IncidentChildren[]): store.IncidentChildren {
  return {
    acts: all.flatMap((c) => c.acts),
    involvements: all.flatMap((c) => c.involvements),
    sources: all.flatMap((c) => c.sources),
    evidence: all.flatMap((c) => c.evidence),
    links: all.flatMap((c) => c.links),
  };
}

/** The first and last month with data for the filters of /api/stats (records dated to the day or month). */
export async function incidentExtent(ctx: RequestContext, q: StatsExtentQuery): Promise<StatsExtent> {
  return store.selectExtent(ctx.db, toStoreFilter({ ...q, from: undefined, to: undefined }));
}
