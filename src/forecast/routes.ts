import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { ForecastRunInput, ForecastRunList, ForecastRunListQuery, ForecastRunParams, ForecastRunWithRows } from './schema.js';
import { getForecastRun, listForecastRuns, saveForecastRun } from './service.js';

const tags = ['forecasts'];

export async function forecastRoutes(app: App) {
  app.get(
    '/api/forecasts',
    {
      config: { access: 'forecasts.read' },
      schema: { operationId: 'listForecastRuns', tags, summary: 'Saved country risk forecast runs, newest first (the newest is the one the watchlist reads)', querystring: ForecastRunListQuery, response: { 200: ForecastRunList, ...problemResponses } },
    },
    async (request) => ({ items: await listForecastRuns(request.ctx, request.query.limit) }),
  );
  app.get(
    '/api/forecasts/:id',
    {
      config: { access: 'forecasts.read' },
      schema: { operationId: 'getForecastRun', tags, summary: 'One saved forecast run with every country ranked, its probability and top factors', params: ForecastRunParams, response: { 200: ForecastRunWithRows, ...problemResponses } },
    },
    async (request) => getForecastRun(request.ctx, request.params.id),
  );
  app.post(
    '/api/forecasts',
    {
      config: { access: 'forecasts.write' },
      schema: {
        operationId: 'saveForecastRun',
        tags,
        summary: 'Keep a ranking (the output of `precursor forecast rank --json`, with its outcome and predictors file) as a new run; audited',
        body: ForecastRunInput,
        response: { 201: ForecastRunWithRows, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { outcome, source, ...ranking } = request.body;
      const { run } = await saveForecastRun(request.ctx, ranking, { outcome, source });
      return reply.code(201).send(await getForecastRun(request.ctx, run.id));
    },
  );
}
