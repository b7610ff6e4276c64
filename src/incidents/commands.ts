import { readRemoteLogin, remoteGet } from '../accounts/remote.js';
import { printJson, printTable, printText } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseDocument, parseOptions, readJsonOption } from '../cli/zod.js';
import type { RequestContext } from '../context.js';
import { DomainError, invalid } from '../errors.js';
import { getEvidence } from '../evidence/service.js';
import { getRecords, listRecords } from '../registry/service.js';
import { violationLevels } from '../taxonomies/codes.js';
import { requireUuid } from '../ids.js';
import { namesToIds } from './names.js';
import { remoteFilters, remoteIncidentNames, queryString } from './remote.js';
import { IncidentInput, IncidentListQuery, StatsQuery, victimKinds, type Incident } from './schema.js';
import { countIncidentMatches, createIncident, getIncident, incidentStats, listIncidents } from './service.js';
import { formatIncident } from './show.js';

/**
 * What the incidents commands do (their options are in ./cli.ts). Imported when a command
 * runs, never for `--help`.
 */

/** A record an incident points at may be gone; show its id then, and fail on anything else. */
const missing = (err: unknown): undefined => {
  if (err instanceof DomainError && err.code === 'not-found') return undefined;
  throw err;
};

/** Lets a person name a group or actor by its name instead of its id. */
export function resolveNames(ctx: RequestContext, kind: 'groups' | 'actors' | 'sources', values: string[] | undefined, option: string) {
  return namesToIds(kind, values, option, async (q) => (await listRecords(ctx, kind, { q, includeDeleted: false, limit: 20 })).items);
}

export interface FilterOptions {
  country?: string[];
  admin1?: string[];
  group?: string[];
  basis?: string[];
  type?: string[];
  perpetrator?: string[];
  level?: string[];
  verification?: string[];
  from?: string;
  to?: string;
  deleted?: string;
  json?: boolean;
}

async function filterQuery(ctx: RequestContext, o: FilterOptions) {
  return {
    country: o.country,
    admin1: o.admin1,
    group: await resolveNames(ctx, 'groups', o.group, '--group'),
    basis: o.basis,
    type: o.type,
    perpetrator: await resolveNames(ctx, 'actors', o.perpetrator, '--perpetrator'),
    level: o.level,
    verification: o.verification,
    from: o.from,
    to: o.to,
    deleted: o.deleted,
  };
}

const listColumns = [
  { key: 'id', title: 'ID', max: 36 },
  { key: 'startDate', title: 'DATE' },
  { key: 'country', title: 'CTRY' },
  { key: 'admin1', title: 'REGION', max: 18 },
  { key: 'pyramidLevel', title: 'LVL' },
  { key: 'violationTypes', title: 'TYPES', max: 40 },
  { key: 'title', title: 'TITLE', max: 60 },
];

type ListOptions = FilterOptions & { sort?: string; limit?: string; cursor?: string };

export async function addIncident(o: Record<string, unknown>) {
  await withContext(async (ctx) => {
    const input = o.fromJson ? parseDocument(IncidentInput, readJsonOption(String(o.fromJson)), '--from-json') : await inputFromOptions(ctx, o);
    const incident = await createIncident(ctx, input);
    if (o.json) printJson(incident);
    else process.stdout.write(`recorded ${incident.id} (pyramid level ${incident.pyramidLevel})\n`);
  });
}

export async function showIncident(id: string, o: { json?: boolean }) {
  requireUuid(id, 'an incident');
  const remote = readRemoteLogin();
  if (remote) {
    const incident = await remoteGet<Incident>(remote, `/api/incidents/${id}`);
    if (o.json) return printJson(incident);
    process.stdout.write(formatIncident(incident, await remoteIncidentNames(remote, incident)));
    return;
  }
  await withContext(async (ctx) => {
    const incident = await getIncident(ctx, id);
    if (o.json) return printJson(incident);
    const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));
    const groupIds = incident.acts.flatMap((a) => (a.groupId ? [a.groupId] : []));
    const actorIds = incident.acts.flatMap((a) => a.perpetrators.map((p) => p.actorId));
    const [groups, actors, sources, evidence, linked] = await Promise.all([
      getRecords(ctx.db, 'groups', groupIds),
      getRecords(ctx.db, 'actors', actorIds),
      getRecords(ctx.db, 'sources', incident.sources.map((s) => s.sourceId)),
      Promise.all(incident.evidenceIds.map((e) => getEvidence(ctx, e).catch(missing))),
      Promise.all(incident.links.map((l) => getIncident(ctx, l.incidentId).catch(missing))),
    ]);
    const present = <T>(items: (T | undefined)[]) => items.filter((x): x is T => x !== undefined);
    printText(
      formatIncident(incident, {
        groups: byId(groups),
        actors: byId(actors),
        sources: byId(sources),
        evidence: byId(present(evidence)),
        incidents: byId(present(linked)),
      }),
    );
  });
}

export async function listIncidentsCommand(o: ListOptions, q?: string) {
  const remote = readRemoteLogin();
  const page = remote
    ? await remoteGet<Awaited<ReturnType<typeof listIncidents>>>(
        remote,
        `/api/incidents${queryString({ ...(await remoteFilters(remote, o as Record<string, unknown>)), q, sort: o.sort, limit: o.limit, cursor: o.cursor })}`,
      )
    : await withContext(async (ctx) => {
        const query = parseOptions(IncidentListQuery, { ...(await filterQuery(ctx, o)), q, sort: o.sort, limit: o.limit, cursor: o.cursor });
        const listed = await listIncidents(ctx, query);
        return listed.totalIsLowerBound && q ? { ...listed, ...(await countIncidentMatches(ctx, query)) } : listed;
      });
  if (remote && page.totalIsLowerBound && q) {
    // The list did not count a text search's matches (see GET /api/incidents/count): a person at a terminal wants the number.
    Object.assign(page, await remoteGet<{ total: number; totalIsLowerBound: boolean }>(remote, `/api/incidents/count${queryString({ ...(await remoteFilters(remote, o as Record<string, unknown>)), q })}`));
  }
  if (o.json) return printJson(page);
  printTable(page.items, listColumns);
  process.stdout.write(`\n${page.items.length} of ${page.total}${page.totalIsLowerBound ? '+' : ''}${page.nextCursor ? ` — next page: --cursor ${page.nextCursor}` : ''}\n`);
}

export async function statsCommand(o: FilterOptions & { by?: string[] }) {
  const remote = readRemoteLogin();
  const stats = remote
    ? await remoteGet<Awaited<ReturnType<typeof incidentStats>>>(remote, `/api/stats${queryString({ ...(await remoteFilters(remote, o as Record<string, unknown>)), by: o.by })}`)
    : await withContext(async (ctx) => incidentStats(ctx, parseOptions(StatsQuery, { ...(await filterQuery(ctx, o)), by: o.by })));
  if (o.json) return printJson(stats);
  printTable(stats.cells as Record<string, unknown>[], [...stats.by.map((d) => ({ key: d, title: d.toUpperCase(), max: 36 })), { key: 'incidents', title: 'INCIDENTS' }, { key: 'killed', title: 'KILLED' }]);
  process.stdout.write(`\n${stats.totals.incidents} incidents in all\n`);
}

/**
 * The simple form: one act per violation type × targeted group (DESIGN.md). Victim
 * counts are given for the incident as a whole, so they go on one act — the first act of
 * the most severe type — and the incident's totals come out as typed.
 */
async function inputFromOptions(ctx: RequestContext, o: Record<string, unknown>) {
  const types = (o.type as string[] | undefined) ?? [];
  const groups = (await resolveNames(ctx, 'groups', o.group as string[] | undefined, '--group')) ?? [null];
  const perpetrators = (await resolveNames(ctx, 'actors', o.perpetrator as string[] | undefined, '--perpetrator')) ?? [];
  const levels = violationLevels();
  const severest = [...types].sort((a, b) => (levels.get(b) ?? 0) - (levels.get(a) ?? 0))[0];
  const victims = Object.fromEntries(victimKinds.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  let countsPlaced = false;
  const acts = types.flatMap((violationType) =>
    groups.map((groupId) => {
      const carries = !countsPlaced && violationType === severest;
      if (carries) countsPlaced = true;
      return {
        violationType,
        groupId,
        victims: carries ? victims : {},
        perpetrators: perpetrators.map((actorId) => ({ actorId, involvement: o.involvement })),
      };
    }),
  );
  return parseOptions(
    IncidentInput,
    {
      title: o.title,
      narrative: o.narrative,
      startDate: o.date,
      endDate: o.endDate,
      country: o.country,
      admin1: o.admin1,
      placeId: o.place,
      acts,
      verificationStatus: o.verification,
      confidentiality: o.confidentiality,
    },
    {
      startDate: '--date',
      endDate: '--end-date',
      placeId: '--place',
      acts: '--type',
      'acts.*.violationType': '--type',
      'acts.*.groupId': '--group',
      'acts.*.perpetrators.*.involvement': '--involvement',
      ...Object.fromEntries(victimKinds.map((k) => [`acts.*.victims.${k}`, `--${k}`])),
      verificationStatus: '--verification',
    },
  );
}
