import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { IdParams, pascal, VersionQuery } from '../registry/routes.js';
import { Incident, IncidentFilterQuery, IncidentInput, IncidentListQuery, IncidentSummary, IncidentUpdate, MergeReport, StatsCell, StatsExtent, StatsExtentQuery, StatsQuery, statsDimensions } from './schema.js';
import { countIncidentMatches, createIncident, getIncident, incidentExtent, incidentStats, listIncidents, setIncidentDeleted, updateIncident } from './service.js';
import { fullTextCap, fullTextRankCap } from './store/index.js';
import { recordsUsage, recordUsage, usageKinds } from './usage.js';

const tags = ['incidents'];

export async function incidentRoutes(app: App) {
  app.get(
    '/api/incidents',
    {
      config: { access: 'incidents.read' },
      schema: {
        operationId: 'listIncidents',
        tags,
        summary: 'Search and filter incidents; keyset pages of `limit`, follow `nextCursor`',
        querystring: IncidentListQuery,
        response: {
          200: z.object({
            items: z.array(IncidentSummary),
            total: z.number().int().meta({ description: 'How many incidents match; with `totalIsLowerBound`, at least this many' }),
            totalIsLowerBound: z.boolean().meta({
              description: [
                'Without a text search the total is exact and agrees with /api/stats.',
                'A text search (`q`) does not count its matches when its page cannot tell them: a full first page, or a later page, answers `totalIsLowerBound: true` with `total` the rows it saw — ask GET /api/incidents/count for the count.',
                `Sorted by relevance, a search ranks its ${fullTextRankCap.toLocaleString('en')} newest matches (all of them when fewer) and its total is their number ("${fullTextRankCap.toLocaleString('en')}+" when it reached the cap).`,
              ].join(' '),
            }),
            nextCursor: z.string().nullable(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => request.sharedRead(() => listIncidents(request.ctx, request.query)),
  );
  app.get(
    '/api/incidents/count',
    {
      config: { access: 'incidents.read' },
      schema: {
        operationId: 'countIncidents',
        tags,
        summary: 'Count the incidents matching the filters of /api/incidents',
        description: `Exact without a text search (as /api/stats counts). With \`q\`: exact up to ${fullTextCap.toLocaleString('en')} matches, past it \`total\` is ${fullTextCap.toLocaleString('en')} with \`totalIsLowerBound: true\` ("${fullTextCap.toLocaleString('en')}+"): counting every match of a very common word costs seconds at a million incidents, for a number nobody pages through.`,
        querystring: IncidentFilterQuery,
        response: { 200: z.object({ total: z.number().int(), totalIsLowerBound: z.boolean() }), ...problemResponses },
      },
    },
    async (request) => request.sharedRead(() => countIncidentMatches(request.ctx, request.query)),
  );
  app.post(
    '/api/incidents',
    { config: { access: 'incidents.write' }, schema: { operationId: 'createIncident', tags, summary: 'Record an incident', body: IncidentInput, response: { 201: Incident, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await createIncident(request.ctx, request.body)),
  );
  app.get(
    '/api/incidents/:id',
    { config: { access: 'incidents.read' }, schema: { operationId: 'getIncident', tags, summary: 'Read an incident, with its acts, sources, evidence and links', params: IdParams, response: { 200: Incident, ...problemResponses } } },
    async (request) => getIncident(request.ctx, request.params.id),
  );
  app.put(
    '/api/incidents/:id',
    {
      config: { access: 'incidents.write' },
      schema: {
        operationId: 'updateIncident',
        tags,
        summary: 'Replace an incident; send the version you read — a stale one gets 409 with the current record, or is merged with `merge: true`',
        description: [
          'Acts carry their `id` as read: an act with an id is updated in place, one without is new, one left out is deleted.',
          'A deleted incident refuses edits: 409 `urn:precursor:problem:deleted` with `deletedAt` (restore it first).',
          'A stale `version` without `merge`: 409 `urn:precursor:problem:conflict` with `current`.',
          'With `merge: true`, a stale edit is merged three-way against the version you read: fields only one side changed are taken from that side.',
          'No conflict: saved (audit action incident.merge), 200 with the record and `merged: { baseVersion, theirsVersion, fromTheirs }`.',
          'Conflicts: 409 `urn:precursor:problem:conflict` with `current` and `merge: { baseVersion, theirsVersion, baseFound, merged, conflicts: [{ path, base, mine, theirs }] }`',
          '(baseFound false: the version you read is not in the audit trail, so every difference is a conflict and `base` is null);',
          'decide each conflict in `merge.merged` and send it with `version: theirsVersion` and `resolvedMergeOf: baseVersion`.',
        ].join(' '),
        params: IdParams,
        body: IncidentUpdate,
        response: { 200: Incident.extend({ merged: MergeReport.optional() }), ...problemResponses },
      },
    },
    async (request) => {
      const { version, merge, resolvedMergeOf, ...input } = request.body;
      return updateIncident(request.ctx, request.params.id, version, input, { merge, resolvedMergeOf });
    },
  );
  app.delete(
    '/api/incidents/:id',
    { config: { access: 'incidents.delete' }, schema: { operationId: 'deleteIncident', tags, summary: 'Delete an incident (soft: it can be restored)', params: IdParams, querystring: VersionQuery, response: { 200: Incident, ...problemResponses } } },
    async (request) => setIncidentDeleted(request.ctx, request.params.id, request.query.version, true),
  );
  app.post(
    '/api/incidents/:id/restore',
    // Undoing a delete is for those who may delete.
    { config: { access: 'incidents.delete' }, schema: { operationId: 'restoreIncident', tags, summary: 'Restore a deleted incident', params: IdParams, querystring: VersionQuery, response: { 200: Incident, ...problemResponses } } },
    async (request) => setIncidentDeleted(request.ctx, request.params.id, request.query.version, false),
  );
  app.get(
    '/api/stats',
    {
      config: { access: 'incidents.read' },
      schema: {
        operationId: 'getStats',
        tags,
        summary: 'Count incidents by month × pyramid level × group × country (or the dimensions in `by`) for the same filters as the list',
        description: `Dimensions: ${statsDimensions.join(', ')}. An incident that targets two groups counts once under each group; \`totals\` counts it once. Victim sums in a cell are the totals of the incidents counted in it (a two-group incident's victims appear under both groups). Dates at their precision: by \`month\`, an incident known only to its year counts in that year's month-unknown cell \`YYYY-??\` (never in January), so the months and the \`??\` cell of a year add up to the year; by \`year\`, every incident counts in the year it began; \`from\`/\`to\` keep incidents whose dated range overlaps the period.`,
        querystring: StatsQuery,
        response: {
          200: z.object({ by: z.array(z.enum(statsDimensions)), cells: z.array(StatsCell), totals: StatsCell.omit({}) }),
          ...problemResponses,
        },
      },
    },
    async (request) => request.sharedRead(() => incidentStats(request.ctx, request.query)),
  );
  app.get(
    '/api/stats/extent',
    {
      config: { access: 'incidents.read' },
      schema: {
        operationId: 'getStatsExtent',
        tags,
        summary: 'The first and last month with data, for the same filters as /api/stats without from/to',
        description:
          'Only incidents dated to the day or the month count: one known only to its year does not move `first` or `last`. A dashboard ends its default period at `last`, so months not yet recorded do not read as a decline.',
        querystring: StatsExtentQuery,
        response: { 200: StatsExtent, ...problemResponses },
      },
    },
    async (request) => incidentExtent(request.ctx, request.query),
  );
  for (const kind of usageKinds) {
    const filter = { groups: 'group', actors: 'perpetrator', sources: 'source' }[kind];
    // Who may read the records may count their uses: sources are not for everyone (permissions.ts).
    const readAccess = kind === 'sources' ? 'sources.read' : 'registry.read';
    const described = `The number of live incidents that name it — those \`GET /api/incidents?${filter}=<id>\` lists`;
    app.get(
      `/api/${kind}/:id/usage`,
      {
        config: { access: readAccess },
        schema: {
          operationId: `get${pascal(kind.slice(0, -1))}Usage`,
          tags: ['registry'],
          summary: `Where a ${kind.slice(0, -1)} is used`,
          description: described,
          params: IdParams,
          response: { 200: z.object({ incidents: z.number().int() }), ...problemResponses },
        },
      },
      async (request) => recordUsage(request.ctx, kind, request.params.id),
    );
    app.get(
      `/api/${kind}/usage`,
      {
        config: { access: readAccess },
        schema: {
          operationId: `get${pascal(kind)}Usage`,
          tags: ['registry'],
          summary: `Where several ${kind} are used, in one request`,
          description: `${described}, for each id (ids named by no incident, or by none on record, count 0)`,
          querystring: z.object({ id: UsageIds }),
          response: { 200: z.object({ items: z.array(z.object({ id: z.uuid(), incidents: z.number().int() })) }), ...problemResponses },
        },
      },
      async (request) => recordsUsage(request.ctx, kind, request.query.id),
    );
  }
}

/** `?id=a,b&id=c`: up to 500 record ids. */
const UsageIds = z.preprocess(
  (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean)),
  z.array(z.uuid()).min(1, 'at least one id').max(500),
);
