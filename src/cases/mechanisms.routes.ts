import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { CheckFactsInput } from './facts.js';
import { CheckResultOut, MechanismsOut } from './mechanisms.schema.js';
import { checkFacts, getMechanisms } from './mechanisms.service.js';
import type { CheckFacts } from './types.js';

const tags = ['cases'];

/** `GET /api/mechanisms` and `POST /api/cases/check` (case files' own routes are in ./routes.ts). */
export async function mechanismRoutes(app: App) {
  app.get(
    '/api/mechanisms',
    {
      config: { access: 'mechanisms.read' },
      schema: {
        operationId: 'listMechanisms',
        tags,
        summary: 'The UN mechanisms as data: each treaty body\'s competence and admissibility rules, the special procedures, the Special Adviser on the Prevention of Genocide, CERD early warning, the UPR and CMW (not in force), every rule with its citation and "as of" date',
        response: { 200: MechanismsOut, ...problemResponses },
      },
    },
    async (request) => getMechanisms(request.ctx),
  );
  app.post(
    '/api/cases/check',
    {
      config: { access: 'mechanisms.read' },
      schema: {
        operationId: 'checkAdmissibility',
        tags,
        summary: 'Check facts (not a stored case) against one treaty body\'s admissibility rules: each condition met / not-met / needs-information / not-applicable with its reason and rule, the outcome and the deadlines (issue 18 §3). A null submissionDate is assessed for today.',
        body: CheckFactsInput,
        response: { 200: CheckResultOut, ...problemResponses },
      },
    },
    async (request) => checkFacts(request.ctx, request.body as CheckFacts, new Date().toISOString().slice(0, 10)),
  );
}
