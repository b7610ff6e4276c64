import { requirePermission } from '../access/permissions.js';
import type { Scope } from '../access/scope.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { notFound } from '../errors.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { getRecords } from '../registry/service.js';
import { admin1FilterNames } from '../regions/resolve.js';
import { parseEventDate, periodEnd } from './dates.js';
import { toIncident, toSummary } from './document.js';
import type { Incident, IncidentFilterQuery, IncidentListQuery, IncidentSort, IncidentSummary, StatsCell, StatsDimension, StatsExtent, StatsExtentQuery } from './schema.js';
import * as store from './store/index.js';
import { redactIncident, redactSummary, withholdOf } from './withhold.js';

/**
 * Reading incidents through the access door: every read passes the caller's scope to the
 * store, which adds the door's predicate; what a record withholds from the caller is removed
 * before it leaves (withhold.ts). An incident the caller may not read is not found, exactly as
 * one that does not exist.
 */

export async function getIncident(ctx: RequestContext, id: string): Promise<Incident> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'incidents.read');
  const incident = await readIncident(ctx.db, scope, id);
  if (!incident) throw notFound('incident', id);
  return redactIncident(incident, scope);
}

/**
 * The incident as a document, if `scope` may read it, with the links `scope` may follow;
 * `forUpdate` locks its row until the transaction ends. Nothing withheld is removed here: the
 * write path needs the whole record, and redacts what it answers.
 */
export async function readIncident(sql: Sql, scope: Scope, id: string, forUpdate = false): Promise<Incident | undefined> {
  const row = await store.selectIncident(sql, scope, id, forUpdate);
  if (!row) return undefined;
  const children = await store.selectChildren(sql, scope, [id]);
  const places = row.place_id ? await getRecords(sql, 'places', [row.place_id]) : [];
  return toIncident(row, children, new Map(places.map((p) => [p.id, p])));
}

/**
 * `incident` (any document: the stored record, a version from the audit trail) as `scope` may
 * see it: links to incidents it may not read left out, withheld fields removed. For answers
 * built from a record read whole — a 409's `current`, a merge's base.
 */
export async function shownTo(sql: Sql, scope: Scope, incident: Incident): Promise<Incident> {
  const others = [...new Set((incident.links ?? []).map((l) => l.incidentId))];
  const readable = await store.selectReadableIncidentIds(sql, scope, others);
  const withDefaults: Incident = {
    ...incident,
    teams: incident.teams ?? [],
    // A version from the audit trail saved before withholding existed has no levels: none withheld.
    withhold: Object.assign({ place: null, date: null, reporter: null }, incident.withhold),
    links: (incident.links ?? []).filter((l) => readable.has(l.incidentId)),
  };
  return redactIncident(withDefaults, scope);
}

export interface IncidentPage {
  items: IncidentSummary[];
  total: number;
  /**
   * True when `total` is "at least": a text search whose page could not tell its total answers
   * with what the page saw (countIncidentMatches counts it, up to store.fullTextCap), and a count
   * that reached the cap says so.
   */
  totalIsLowerBound: boolean;
  nextCursor: string | null;
}

export async function listIncidents(ctx: RequestContext, q: IncidentListQuery): Promise<IncidentPage> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'incidents.read');
  if (q.admin1?.length) q = { ...q, admin1: await admin1FilterNames(ctx.db, q.country, q.admin1) }; // any spelling of a region
  const filter = await plannedFilter(ctx.db, q);
  // Newest first unless asked otherwise, a text search too: ranking by relevance reads the newest
  // store.fullTextRankCap matches where a page by date reads one page (bench/store.ts).
  const sort: IncidentSort = q.sort === 'relevance' && !q.q ? 'date:desc' : (q.sort ?? 'date:desc');
  const after = q.cursor ? decodeCursor(q.cursor, sort, store.cursorKinds(sort)) : undefined;
  let rows: store.ListRow[];
  let total: number;
  let isLowerBound: boolean;
  if (filter.q) {
    // A text search's page often tells its total (store.textTotalFromPage). When it cannot, the
    // page answers with what it saw, flagged "at least", and the count is asked apart
    // (countIncidentMatches, GET /api/incidents/count): counting a common word's matches read
    // twenty times the rows of the page at 1M incidents, and the page need not wait for it.
    rows = await store.selectIncidentPage(ctx.db, scope, filter, sort, after, q.limit + 1);
    ({ total, isLowerBound } = store.textTotalFromPage(filter, sort, rows, q.limit, !after) ?? { total: rows.length, isLowerBound: true });
  } else {
    [rows, { total, isLowerBound }] = await Promise.all([
      store.selectIncidentPage(ctx.db, scope, filter, sort, after, q.limit + 1),
      store.countListTotal(ctx.db, scope, filter),
    ]);
  }
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => redactSummary(toSummary(row), withholdOf(row), scope)),
    total,
    totalIsLowerBound: isLowerBound,
    nextCursor: rows.length > q.limit && last ? encodeCursor(sort, last.sort_key) : null,
  };
}

/**
 * How many incidents the caller may read match the filters: exact without a text search (as
 * the stats count), and for a text search exact up to store.fullTextCap, then "at least" it.
 */
export async function countIncidentMatches(ctx: RequestContext, q: IncidentFilterQuery): Promise<{ total: number; totalIsLowerBound: boolean }> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'incidents.read');
  if (q.admin1?.length) q = { ...q, admin1: await admin1FilterNames(ctx.db, q.country, q.admin1) };
  const { total, isLowerBound } = await store.countListTotal(ctx.db, scope, await plannedFilter(ctx.db, q));
  return { total, totalIsLowerBound: isLowerBound };
}

export interface Stats {
  by: StatsDimension[];
  cells: StatsCell[];
  /** Over the whole filtered set, each incident once (cells may count one incident under several groups). */
  totals: StatsCell;
}

export const defaultStatsDimensions: StatsDimension[] = ['month', 'level', 'group', 'country'];

/** Counts of the incidents the caller may read: never a record it may not see, in any cell or total. */
export async function incidentStats(ctx: RequestContext, q: IncidentFilterQuery & { by?: StatsDimension[] }): Promise<Stats> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'incidents.read');
  if (q.admin1?.length) q = { ...q, admin1: await admin1FilterNames(ctx.db, q.country, q.admin1) }; // any spelling of a region
  const filter = await plannedFilter(ctx.db, q);
  const by = [...new Set(q.by?.length ? q.by : defaultStatsDimensions)];
  const [cells, [totals]] = await Promise.all([store.selectStats(ctx.db, scope, filter, by), store.selectStats(ctx.db, scope, filter, [])]);
  return { by, cells: cells as StatsCell[], totals: totals as StatsCell };
}

/** The first and last month with data for the filters of /api/stats (records dated to the day or month). */
export async function incidentExtent(ctx: RequestContext, q: StatsExtentQuery): Promise<StatsExtent> {
  requirePermission(ctx.actor.scope, 'incidents.read');
  return store.selectExtent(ctx.db, ctx.actor.scope, toStoreFilter({ ...q, from: undefined, to: undefined }));
}

/**
 * The store's filter with what its plan depends on looked up first: the period's start floor
 * (store.periodStartFloor) when there is a period, and whether any search vector is missing
 * (store.textBacklog) when there is a search.
 */
export async function plannedFilter(sql: Sql, q: IncidentFilterQuery): Promise<store.IncidentFilter> {
  const filter = toStoreFilter(q);
  const [startFloor, textBacklog] = await Promise.all([filter.from ? store.periodStartFloor(sql, filter.from) : undefined, filter.q ? store.textBacklog(sql) : undefined]);
  return { ...filter, ...(startFloor === undefined ? {} : { startFloor }), ...(textBacklog === undefined ? {} : { textBacklog }) };
}

export function toStoreFilter(q: IncidentFilterQuery): store.IncidentFilter {
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
    teams: q.team,
    levels: q.level,
    verification: q.verification,
    confidentiality: q.confidentiality,
    from: q.from ? parseEventDate(q.from)!.date : undefined,
    to: q.to ? periodEnd(parseEventDate(q.to)!) : undefined,
    deleted: q.deleted,
  };
}

/**
 * Those of `ids` naming an incident the caller may read (deleted or not): for modules that keep
 * links to incidents (a scorecard's evidence), so a reader never sees an id it may not read.
 */
export function readableIncidentIds(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
  return store.selectReadableIncidentIds(ctx.db, ctx.actor.scope, ids);
}
