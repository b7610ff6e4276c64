import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { AlertList, AlertListQuery, AlertParams, AlertScanInput, AlertScanResult, AlertSchema, AlertStatusInput } from './schema.js';
import { listAlerts, scanAlerts, setAlertStatus } from './service.js';

const tags = ['alerts'];

export async function alertRoutes(app: App) {
  app.get(
    '/api/alerts',
    {
      config: { access: 'alerts.read' },
      schema: {
        operationId: 'listAlerts',
        tags,
        summary: 'Early-warning alerts the caller may see (all their incidents readable), newest month first, in keyset pages',
        querystring: AlertListQuery,
        response: { 200: AlertList, ...problemResponses },
      },
    },
    async (request) => listAlerts(request.ctx, request.query),
  );
  app.post(
    '/api/alerts/scan',
    {
      config: { access: 'alerts.scan' },
      schema: {
        operationId: 'scanAlerts',
        tags,
        summary: 'Run the detectors over the whole history (of one country, or all) and bring the alerts in line; serialised with any other scan, answered when done',
        body: AlertScanInput.nullish(),
        response: { 200: AlertScanResult, ...problemResponses },
      },
    },
    async (request) => scanAlerts(request.ctx, request.body?.country ? { countries: [request.body.country] } : {}),
  );
  app.patch(
    '/api/alerts/:id',
    {
      config: { access: 'alerts.write' },
      schema: {
        operationId: 'setAlertStatus',
        tags,
        summary: 'Acknowledge, escalate, dismiss (with the reason) or reopen an alert; audited',
        params: AlertParams,
        body: AlertStatusInput,
        response: { 200: AlertSchema, ...problemResponses },
      },
    },
    async (request) => setAlertStatus(request.ctx, request.params.id, request.body),
  );
}
