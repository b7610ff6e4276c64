import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { Assessment, AssessmentInput, ConfirmInput, CountryParams, Scorecard, ScorecardQuery, SuggestionOut } from './schema.js';
import { confirmSuggestion, getFramework, getScorecard, listSuggestions, recordAssessment } from './service.js';

const tags = ['framework'];

const Indicator = z.object({ code: z.string(), number: z.string(), text: z.string(), page: z.number().int() });
const Framework = z.object({
  version: z.number().int(),
  title: z.string(),
  citation: z.string(),
  url: z.string().nullable(),
  factors: z.array(
    z.object({
      code: z.string(),
      number: z.number().int(),
      name: z.string(),
      description: z.string(),
      crimes: z.enum(['common', 'genocide', 'crimes-against-humanity', 'war-crimes']),
      page: z.number().int(),
      checked: z.boolean().meta({ description: "Whether the factor's indicators were compared with the 2014 text number by number" }),
      indicators: z.array(Indicator),
    }),
  ),
});

export async function frameworkRoutes(app: App) {
  app.get(
    '/api/framework',
    {
      config: { access: 'framework.read' },
      schema: { operationId: 'getFrameworkOfAnalysis', tags, summary: 'The UN Framework of Analysis for Atrocity Crimes (2014): 14 risk factors and their indicators, paraphrased, with pages', response: { 200: Framework, ...problemResponses } },
    },
    async (request) => getFramework(request.ctx),
  );
  app.get(
    '/api/framework/:country',
    {
      config: { access: 'framework.read' },
      schema: {
        operationId: 'getFrameworkScorecard',
        tags,
        summary: "A country's scorecard: each indicator's current assessment, per-factor counts, and what changed since a day (`?since=YYYY-MM-DD`)",
        params: CountryParams,
        querystring: ScorecardQuery,
        response: { 200: Scorecard, ...problemResponses },
      },
    },
    async (request) => getScorecard(request.ctx, request.params.country, request.query.since),
  );
  app.post(
    '/api/framework/:country/assessments',
    {
      config: { access: 'framework.write' },
      schema: { operationId: 'assessFrameworkIndicator', tags, summary: 'Record an assessment of one indicator (kept with the earlier ones; audited)', params: CountryParams, body: AssessmentInput, response: { 201: Assessment, ...problemResponses } },
    },
    async (request, reply) => reply.code(201).send(await recordAssessment(request.ctx, request.params.country, request.body)),
  );
  app.get(
    '/api/framework/:country/suggestions',
    {
      config: { access: 'framework.read' },
      schema: {
        operationId: 'listFrameworkSuggestions',
        tags,
        summary: 'Indicators the recorded incidents point to, each with its reason, counts and incidents — never set until an analyst confirms one',
        params: CountryParams,
        response: { 200: z.object({ items: z.array(SuggestionOut) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await listSuggestions(request.ctx, request.params.country) }),
  );
  app.post(
    '/api/framework/:country/suggestions/:id/confirm',
    {
      config: { access: 'framework.write' },
      schema: {
        operationId: 'confirmFrameworkSuggestion',
        tags,
        summary: "Turn a suggestion into an assessment (its incidents as evidence, its reason kept); refused if the data no longer supports it",
        params: CountryParams.extend({ id: z.string().min(1).max(200) }),
        body: ConfirmInput,
        response: { 201: Assessment, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await confirmSuggestion(request.ctx, request.params.country, request.params.id, request.body)),
  );
}
