import { randomUUID } from 'node:crypto';
import { can, requirePermission } from '../access/permissions.js';
import { confidentialityRank, fullScope, mayRead, type Confidentiality, type Scope } from '../access/scope.js';
import { recordAudit } from '../audit/service.js';
import { createContext, type RequestContext } from '../context.js';
import { joinTransaction, type Sql } from '../db/database.js';
import { invalid, notFound, staleVersion, type FieldProblem } from '../errors.js';
import { readableEvidenceIds } from '../evidence/service.js';
import { readableIncidentIds } from '../incidents/read.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { readablePersonIds } from '../persons/service.js';
import { caseChronology } from './chronology.js';
import { readCaseIncidents, incidentIdsOfFilter, type CaseIncident } from './incidents.js';
import { suggestProvisions } from './provisions.js';
import type { CaseCreate, CaseDetailOut, CaseListQuery, CaseOut, CasePatch, CaseSummaryOut } from './schema.js';
import * as store from './store.js';
import type { CaseStatus, RemediesException } from './types.js';

/**
 * Case files (issue 18 §2): create, read, list and edit, through the access door. A case has its
 * own confidentiality and teams (read like incidents); its incidents and evidence are filtered
 * through their own modules' doors on every read, and victims' descriptions are identities, shown
 * only to roles that may see persons' identities. Every write is audited with the case before and
 * after, and bumps its version; an edit of the case's own fields must name the version it read.
 */

const caseWithheldVictim = (n: number) => `Victim ${n} (identity withheld)`;

/** The stored case whole, as the audit trail keeps it: nothing filtered. */
export async function wholeCase(sql: Sql, id: string): Promise<CaseOut | undefined> {
  const row = await store.selectCase(sql, fullScope, id);
  if (!row) return undefined;
  const [children] = await childrenOf(sql, [row]);
  return children;
}

async function childrenOf(sql: Sql, rows: store.CaseRow[]): Promise<CaseOut[]> {
  const ids = rows.map((r) => r.id);
  const [incidents, evidence, victims, remedies, procedures, tasks, outcomes, requestedMeasures] = await Promise.all([
    store.selectCaseIncidents(sql, ids),
    store.selectCaseEvidence(sql, ids),
    store.selectItems(sql, 'victims', ids),
    store.selectItems(sql, 'remedies', ids),
    store.selectItems(sql, 'procedures', ids),
    store.selectItems(sql, 'tasks', ids),
    store.selectItems(sql, 'outcomes', ids),
    store.selectItems(sql, 'requestedMeasures', ids),
  ]);
  const of = <T extends { caseId: string }>(items: T[], id: string) => items.filter((i) => i.caseId === id).map(({ caseId: _c, ...rest }) => rest);
  return rows.map((r) => ({
    ...r,
    status: r.status as CaseStatus,
    remediesException: r.remediesException as RemediesException | null,
    incidentIds: incidents.filter((i) => i.caseId === r.id).map((i) => i.incidentId),
    withheldIncidents: false,
    evidenceIds: evidence.filter((e) => e.caseId === r.id).map((e) => e.evidenceId),
    victims: of(victims, r.id).map((v) => ({ ...v, identityWithheld: false })),
    remedies: of(remedies, r.id),
    procedures: of(procedures, r.id),
    tasks: of(tasks, r.id),
    outcomes: of(outcomes, r.id) as CaseOut['outcomes'],
    requestedMeasures: of(requestedMeasures, r.id),
  }));
}

/** `whole` as `ctx` may see it: incidents and evidence it may not read left out, victims' identities withheld without persons.read-identity. */
async function shownTo(ctx: RequestContext, whole: CaseOut): Promise<CaseOut> {
  return asShown(whole, await readableIn(ctx, [whole])) as CaseOut;
}

/**
 * The audit trail's documents of cases (each written by `wholeCase`) as `ctx` may see them: the rule
 * of GET /api/cases/:id (`shownTo`) applied to each, so an entry never shows a reader more of a case
 * than the case itself does, with each module's door asked once for all of them. Read defensively
 * (an old document may lack a part); anything that is not a document (a creation's `before`) is
 * left as it is.
 */
export async function caseDocumentsShownTo(ctx: RequestContext, docs: readonly unknown[]): Promise<unknown[]> {
  const cases = docs.filter((d): d is CaseParts => !!d && typeof d === 'object' && !Array.isArray(d));
  if (cases.length === 0) return [...docs];
  const readable = await readableIn(ctx, cases);
  return docs.map((d) => (d && typeof d === 'object' && !Array.isArray(d) ? asShown(d as CaseParts, readable) : d));
}

/** The SQL rule of which cases a scope may read, for the audit trail's entries about cases. */
export const caseVisibility = store.caseVisibility;

/** The parts of a case that name what another module's door guards. */
interface CaseParts {
  incidentIds?: unknown;
  evidenceIds?: unknown;
  victims?: unknown;
}
interface Readable {
  incidents: Set<string>;
  evidence: Set<string>;
  persons: Set<string>;
  identities: boolean;
}

const idsIn = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const victimsIn = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x)) : []);

/** What `ctx` may read of what the cases name: their incidents, evidence and persons, each asked of its own module once. */
async function readableIn(ctx: RequestContext, cases: readonly CaseParts[]): Promise<Readable> {
  const unique = (ids: string[]) => [...new Set(ids)];
  const personIds = unique(cases.flatMap((c) => victimsIn(c.victims).map((v) => v.personId)).filter((p): p is string => typeof p === 'string'));
  const [incidents, evidence, persons] = await Promise.all([
    readableIncidentIds(ctx, unique(cases.flatMap((c) => idsIn(c.incidentIds)))),
    readableEvidenceIds(ctx, unique(cases.flatMap((c) => idsIn(c.evidenceIds)))),
    readablePersonIds(ctx, personIds),
  ]);
  return { incidents, evidence, persons, identities: can(ctx.actor.scope, 'persons.read-identity') };
}

/** A case (or its document) with what is not `readable` left out or withheld. */
function asShown(whole: CaseParts, readable: Readable): CaseParts {
  const shown: Record<string, unknown> = { ...whole };
  if (Array.isArray(whole.incidentIds)) {
    const ids = idsIn(whole.incidentIds);
    shown.incidentIds = ids.filter((id) => readable.incidents.has(id));
    shown.withheldIncidents = ids.some((id) => !readable.incidents.has(id));
  }
  if (Array.isArray(whole.evidenceIds)) shown.evidenceIds = idsIn(whole.evidenceIds).filter((id) => readable.evidence.has(id));
  if (Array.isArray(whole.victims)) {
    shown.victims = victimsIn(whole.victims).map((v, i) => ({
      ...v,
      description: readable.identities ? v.description : caseWithheldVictim(i + 1),
      personId: typeof v.personId === 'string' && readable.persons.has(v.personId) ? v.personId : null,
      identityWithheld: !readable.identities,
    }));
  }
  return shown;
}

/** A case as `ctx` may see it, with its chronology and the provisions its incidents suggest. */
export async function getCase(ctx: RequestContext, id: string): Promise<CaseDetailOut> {
  requirePermission(ctx.actor.scope, 'cases.read');
  const row = await store.selectCase(ctx.db, ctx.actor.scope, id);
  if (!row) throw notFound('case', id);
  const [whole] = await childrenOf(ctx.db, [row]);
  const shown = await shownTo(ctx, whole!);
  const incidents = await readCaseIncidents(ctx, shown.incidentIds);
  const added = (await store.selectCaseIncidents(ctx.db, [id])).filter((a) => shown.incidentIds.includes(a.incidentId));
  return { ...shown, chronology: caseChronology(shown, incidents, added), suggestedProvisions: suggestProvisions(incidents, shown.provisions) };
}

/** The case and its incidents' plain facts, for the forum finder and the documents (read through the door). */
export async function getCaseWithIncidents(ctx: RequestContext, id: string): Promise<{ caseFile: CaseOut; incidents: CaseIncident[] }> {
  requirePermission(ctx.actor.scope, 'cases.read');
  const row = await store.selectCase(ctx.db, ctx.actor.scope, id);
  if (!row) throw notFound('case', id);
  const [whole] = await childrenOf(ctx.db, [row]);
  const caseFile = await shownTo(ctx, whole!);
  return { caseFile, incidents: await readCaseIncidents(ctx, caseFile.incidentIds) };
}

export interface CasePage {
  items: CaseSummaryOut[];
  nextCursor: string | null;
}

export async function listCases(ctx: RequestContext, q: CaseListQuery): Promise<CasePage> {
  requirePermission(ctx.actor.scope, 'cases.read');
  const after = q.cursor ? (decodeCursor(q.cursor, 'cases', ['timestamp', 'uuid']) as [string, string]) : undefined;
  const rows = await store.selectCasePage(ctx.db, ctx.actor.scope, { status: q.status, country: q.country, owner: q.owner }, after, q.limit + 1);
  const page = rows.slice(0, q.limit);
  const whole = await childrenOf(ctx.db, page);
  const readable = await readableIncidentIds(ctx, [...new Set(whole.flatMap((c) => c.incidentIds))]);
  const items = whole.map((c) => ({
    id: c.id,
    version: c.version,
    title: c.title,
    status: c.status,
    ownerId: c.ownerId,
    country: c.country,
    confidentiality: c.confidentiality,
    teams: c.teams,
    incidents: c.incidentIds.filter((i) => readable.has(i)).length,
    nextDue: [...c.tasks.filter((t) => !t.done).map((t) => t.due), ...c.outcomes.map((o) => o.due)].filter((d): d is string => d !== null).sort()[0] ?? null,
    updatedAt: c.updatedAt,
  }));
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor('cases', [last.updatedAt, last.id]) : null };
}

/** Refuses a case the writer could not read back: above its clearance, or in none of its teams. */
function checkReadableByWriter(scope: Scope, c: { confidentiality: string; teams: readonly string[] }) {
  if (!mayRead(scope, { confidentiality: c.confidentiality })) {
    throw invalid([{ field: 'confidentiality', code: 'above-clearance', message: `your clearance (${scope.clearance}) is below ${c.confidentiality}: you could not read the case you save`, params: { clearance: scope.clearance } }]);
  }
  if (!mayRead(scope, c)) throw invalid([{ field: 'teams', code: 'not-in-team', message: 'you are in none of these teams: you could not read the case you save' }]);
}

/** Each id the writer may not read (or that does not exist) as a field problem naming its place in the list. */
async function unreadableIncidents(ctx: RequestContext, ids: readonly string[], field: string): Promise<FieldProblem[]> {
  const readable = await readableIncidentIds(ctx, ids);
  return ids.flatMap((id, i) => (readable.has(id) ? [] : [{ field: `${field}.${i}`, code: 'not-found' as const, message: `incident ${id} does not exist`, params: { entity: 'incident', id } }]));
}

/**
 * Opens a case file, from incident ids and/or the incident list's filters ("make a case from these
 * 40 incidents"). The country defaults to the incidents' when they share one, the targeted groups
 * to those their acts name, the owner to the creator; the confidentiality (default `confidential`:
 * a case names victims and a strategy) is raised to that of its most sensitive incident.
 */
export async function createCase(ctx: RequestContext, input: CaseCreate): Promise<CaseDetailOut> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'cases.write');
  const problems = await unreadableIncidents(ctx, input.incidentIds, 'incidentIds');
  if (problems.length) throw invalid(problems);
  const fromFilter = input.incidentFilter ? await incidentIdsOfFilter(ctx, input.incidentFilter) : [];
  const incidentIds = [...new Set([...input.incidentIds, ...fromFilter])];
  const incidents = await readCaseIncidents(ctx, incidentIds);
  const countries = [...new Set(incidents.map((i) => i.country))];
  const country = input.country ?? (countries.length === 1 ? countries[0] : undefined);
  if (!country) {
    throw invalid([{ field: 'country', code: 'required', message: countries.length ? `the incidents are in ${countries.join(', ')}: say which state the case is against` : 'no incident matched: give the country' }]);
  }
  const confidentiality = mostSensitive(incidents, input.confidentiality);
  const fields: store.CaseFieldValues = {
    title: input.title,
    status: input.status,
    ownerId: input.ownerId ?? ctx.actor.id,
    country,
    targetedGroupIds: input.targetedGroupIds ?? [...new Set(incidents.flatMap((i) => i.targetedGroupIds))],
    summary: input.summary,
    provisions: input.provisions,
    targetMechanisms: input.targetMechanisms,
    remediesException: input.remediesException,
    authorIsVictim: input.authorIsVictim,
    authorAnonymous: input.authorAnonymous,
    confidentiality,
    teams: input.teams,
  };
  checkReadableByWriter(scope, { confidentiality, teams: input.teams });
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await store.insertCase(tx, id, ctx.actor.id, fields);
    await store.insertCaseIncidents(tx, id, incidentIds, ctx.actor.id);
    await recordAudit(tx, ctx, [{ action: 'case.create', entity: 'case', entityId: id, before: null, after: await wholeCase(tx, id) }]);
  });
  return getCase(ctx, id);
}

/**
 * Runs a write on a case the writer may read (locked until it commits), then bumps its version and
 * audits the case before and after under `action`. Returns the case as the writer sees it.
 */
export async function writeCase(
  ctx: RequestContext,
  id: string,
  action: string,
  work: (tx: Sql, before: CaseOut, txCtx: RequestContext) => Promise<store.CaseFieldValues | void>,
): Promise<CaseDetailOut> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'cases.write');
  await ctx.db.transaction(async (tx) => {
    const row = await store.selectCase(tx, scope, id, true);
    if (!row) throw notFound('case', id);
    const before = (await wholeCase(tx, id))!;
    // Other modules' doors (incidents, evidence, persons) are asked inside this transaction: the
    // embedded database has one connection, and a read beside an open transaction would wait on it.
    const txCtx = createContext(joinTransaction(ctx.db, tx), ctx.actor, ctx.requestId);
    const fields = (await work(tx, before, txCtx)) ?? {};
    await store.updateCase(tx, id, fields);
    await recordAudit(tx, ctx, [{ action, entity: 'case', entityId: id, before, after: await wholeCase(tx, id) }]);
  });
  return getCase(ctx, id);
}

/** Edits the case's own fields; `version` must be the one read (409 with the current case otherwise). */
export async function updateCaseFields(ctx: RequestContext, id: string, patch: CasePatch): Promise<CaseDetailOut> {
  const { version, ...fields } = patch;
  return writeCase(ctx, id, 'case.update', async (_tx, before, txCtx) => {
    if (before.version !== version) throw staleVersion('case', id, version, await shownTo(txCtx, before));
    checkReadableByWriter(ctx.actor.scope, { confidentiality: fields.confidentiality ?? before.confidentiality, teams: fields.teams ?? before.teams });
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as store.CaseFieldValues;
  });
}

/**
 * Joins incidents the writer may read (each unreadable one named: `incidentIds.3`). A case stays
 * at least as sensitive as its most sensitive incident: joining a more sensitive one raises the
 * case's confidentiality to it (in the same audited write, and the answer shows it).
 */
export async function addCaseIncidents(ctx: RequestContext, id: string, incidentIds: string[]): Promise<CaseDetailOut> {
  return writeCase(ctx, id, 'case.add-incidents', async (tx, before, txCtx) => {
    const problems = await unreadableIncidents(txCtx, incidentIds, 'incidentIds');
    if (problems.length) throw invalid(problems);
    await store.insertCaseIncidents(tx, id, incidentIds, ctx.actor.id);
    const level = mostSensitive(await readCaseIncidents(txCtx, incidentIds), before.confidentiality as Confidentiality);
    return level === before.confidentiality ? {} : { confidentiality: level };
  });
}

/** The most restricted of the incidents' levels and `floor`. */
function mostSensitive(incidents: { confidentiality: string }[], floor: Confidentiality): Confidentiality {
  return incidents.reduce<Confidentiality>((max, i) => (confidentialityRank(i.confidentiality as Confidentiality) > confidentialityRank(max) ? (i.confidentiality as Confidentiality) : max), floor);
}

/** Takes an incident out of the case; one the writer may not read is not found, as if absent. */
export async function removeCaseIncident(ctx: RequestContext, id: string, incidentId: string): Promise<CaseDetailOut> {
  return writeCase(ctx, id, 'case.remove-incident', async (tx, _before, txCtx) => {
    const readable = await readableIncidentIds(txCtx, [incidentId]);
    if (!readable.has(incidentId) || !(await store.deleteCaseIncident(tx, id, incidentId))) throw notFound('incident of the case', incidentId);
  });
}

export async function addCaseEvidence(ctx: RequestContext, id: string, evidenceIds: string[]): Promise<CaseDetailOut> {
  return writeCase(ctx, id, 'case.add-evidence', async (tx, _before, txCtx) => {
    const readable = await readableEvidenceIds(txCtx, evidenceIds);
    const problems = evidenceIds.flatMap((e, i) => (readable.has(e) ? [] : [{ field: `evidenceIds.${i}`, code: 'not-found' as const, message: `evidence ${e} does not exist`, params: { entity: 'evidence', id: e } }]));
    if (problems.length) throw invalid(problems);
    await store.insertCaseEvidence(tx, id, evidenceIds);
  });
}

export async function removeCaseEvidence(ctx: RequestContext, id: string, evidenceId: string): Promise<CaseDetailOut> {
  return writeCase(ctx, id, 'case.remove-evidence', async (tx, _before, txCtx) => {
    const readable = await readableEvidenceIds(txCtx, [evidenceId]);
    if (!readable.has(evidenceId) || !(await store.deleteCaseEvidence(tx, id, evidenceId))) throw notFound('evidence of the case', evidenceId);
  });
}
