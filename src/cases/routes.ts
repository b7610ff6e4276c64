import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { caseCalendar, calendarIcs } from './calendar.js';
import { getCaseForums } from './forums.js';
import { addCaseItem, removeCaseItem, replaceCaseItem } from './items.js';
import {
  CalendarEntry,
  CalendarQuery,
  CaseCreate,
  CaseDetailOut,
  CaseForumsOut,
  CaseIncidentParams,
  CaseItemParams,
  CaseListQuery,
  CaseParams,
  CasePatch,
  CaseSummaryOut,
  EvidenceIdsInput,
  ForumsQuery,
  IncidentIdsInput,
  OutcomeInput,
  ProcedureInput,
  RemedyInput,
  RequestedMeasureInput,
  TaskInput,
  VictimInput,
} from './schema.js';
import { addCaseEvidence, addCaseIncidents, createCase, getCase, listCases, removeCaseEvidence, removeCaseIncident, updateCaseFields } from './service.js';
import type { ItemKind } from './store.js';

const tags = ['cases'];
const today = () => new Date().toISOString().slice(0, 10);
const response = { 200: CaseDetailOut, ...problemResponses };

/** Each child of a case: its path, its body, the word of its operation ids (`addCaseRemedy`) and its name in summaries. */
const items = [
  { kind: 'victims', path: 'victims', body: VictimInput, word: 'Victim', name: 'victim' },
  { kind: 'remedies', path: 'remedies', body: RemedyInput, word: 'Remedy', name: 'remedy' },
  { kind: 'procedures', path: 'procedures', body: ProcedureInput, word: 'Procedure', name: 'procedure' },
  { kind: 'tasks', path: 'tasks', body: TaskInput, word: 'Task', name: 'task' },
  { kind: 'outcomes', path: 'outcomes', body: OutcomeInput, word: 'Outcome', name: 'outcome' },
  { kind: 'requestedMeasures', path: 'requested-measures', body: RequestedMeasureInput, word: 'RequestedMeasure', name: 'requested measure' },
] as const satisfies readonly { kind: ItemKind; path: string; body: z.ZodType; word: string; name: string }[];

/** Case files (issue 18 §2, §5): `cases.read` to read, `cases.write` to change; every change audited. */
export async function caseFileRoutes(app: App) {
  app.get(
    '/api/cases',
    {
      config: { access: 'cases.read' },
      schema: {
        operationId: 'listCases',
        tags,
        summary: 'Case files you may read, newest change first (keyset pages), by status, country or owner',
        querystring: CaseListQuery,
        response: { 200: z.object({ items: z.array(CaseSummaryOut), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => listCases(request.ctx, request.query),
  );
  app.post(
    '/api/cases',
    {
      config: { access: 'cases.write' },
      schema: {
        operationId: 'createCase',
        tags,
        summary: 'Open a case file from incident ids and/or the incident list’s filters ("make a case from these 40 incidents")',
        body: CaseCreate,
        response: { 201: CaseDetailOut, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createCase(request.ctx, request.body)),
  );
  app.get(
    '/api/cases/calendar',
    {
      config: { access: 'cases.read' },
      schema: {
        operationId: 'getCaseCalendar',
        tags,
        summary: 'Every due date of the cases you may read: open tasks and the dates bodies set (observations, comments, follow-up)',
        querystring: CalendarQuery,
        response: { 200: z.object({ items: z.array(CalendarEntry) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await caseCalendar(request.ctx, request.query, today()) }),
  );
  app.get(
    '/api/cases/calendar.ics',
    {
      config: { access: 'cases.read' },
      schema: {
        operationId: 'getCaseCalendarIcs',
        tags,
        summary: 'The same due dates as an iCalendar feed (RFC 5545); authenticate like the API (a token limited to cases.read for a calendar client)',
        querystring: CalendarQuery,
        response: { 200: z.any(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const entries = await caseCalendar(request.ctx, request.query, today());
      return reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="precursor-cases.ics"').send(calendarIcs(entries, new Date()));
    },
  );
  app.get(
    '/api/cases/:id',
    {
      config: { access: 'cases.read' },
      schema: {
        operationId: 'getCase',
        tags,
        summary: 'A case file as you may see it: incidents and evidence you may not read left out, victims’ identities withheld without persons.read-identity; with its chronology and the provisions its incidents suggest',
        params: CaseParams,
        response,
      },
    },
    async (request) => getCase(request.ctx, request.params.id),
  );
  app.get(
    '/api/cases/:id/forums',
    {
      config: { access: 'cases.read' },
      schema: {
        operationId: 'getCaseForums',
        tags,
        summary: 'Every mechanism for the case: open or not, each admissibility condition with its reason and rule, the outcome and the deadlines — from the facts of the case you may read, as if submitted on `asOf` (default today)',
        params: CaseParams,
        querystring: ForumsQuery,
        response: { 200: CaseForumsOut, ...problemResponses },
      },
    },
    async (request) => getCaseForums(request.ctx, request.params.id, request.query.asOf ?? today()),
  );
  app.patch(
    '/api/cases/:id',
    {
      config: { access: 'cases.write' },
      schema: { operationId: 'updateCase', tags, summary: 'Edit the case’s own fields; send the version you read (a stale one gets 409 with the current case)', params: CaseParams, body: CasePatch, response },
    },
    async (request) => updateCaseFields(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/incidents',
    { config: { access: 'cases.write' }, schema: { operationId: 'addCaseIncidents', tags, summary: 'Join incidents you may read to the case', params: CaseParams, body: IncidentIdsInput, response } },
    async (request) => addCaseIncidents(request.ctx, request.params.id, request.body.incidentIds),
  );
  app.delete(
    '/api/cases/:id/incidents/:incidentId',
    { config: { access: 'cases.write' }, schema: { operationId: 'removeCaseIncident', tags, summary: 'Take an incident out of the case', params: CaseIncidentParams, response } },
    async (request) => removeCaseIncident(request.ctx, request.params.id, request.params.incidentId),
  );
  app.post(
    '/api/cases/:id/evidence',
    { config: { access: 'cases.write' }, schema: { operationId: 'addCaseEvidence', tags, summary: 'Link evidence you may read to the case', params: CaseParams, body: EvidenceIdsInput, response } },
    async (request) => addCaseEvidence(request.ctx, request.params.id, request.body.evidenceIds),
  );
  app.delete(
    '/api/cases/:id/evidence/:itemId',
    { config: { access: 'cases.write' }, schema: { operationId: 'removeCaseEvidence', tags, summary: 'Unlink evidence from the case', params: CaseItemParams, response } },
    async (request) => removeCaseEvidence(request.ctx, request.params.id, request.params.itemId),
  );
  for (const { kind, path, body, word, name } of items) {
    app.post(
      `/api/cases/:id/${path}`,
      { config: { access: 'cases.write' }, schema: { operationId: `addCase${word}`, tags, summary: `Add a ${name} to the case`, params: CaseParams, body, response } },
      async (request) => addCaseItem(request.ctx, request.params.id, kind, request.body as never),
    );
    app.put(
      `/api/cases/:id/${path}/:itemId`,
      { config: { access: 'cases.write' }, schema: { operationId: `replaceCase${word}`, tags, summary: `Replace a ${name} of the case`, params: CaseItemParams, body, response } },
      async (request) => replaceCaseItem(request.ctx, request.params.id, kind, request.params.itemId, request.body as never),
    );
    app.delete(
      `/api/cases/:id/${path}/:itemId`,
      { config: { access: 'cases.write' }, schema: { operationId: `removeCase${word}`, tags, summary: `Remove a ${name} from the case`, params: CaseItemParams, response } },
      async (request) => removeCaseItem(request.ctx, request.params.id, kind, request.params.itemId),
    );
  }
}
