import { z } from 'zod';
import { requirePermission } from '../access/permissions.js';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { filterAcceptance, loadAcceptance } from './acceptance.js';
import { AcceptanceQuery, AcceptanceRowOut } from './acceptance.schema.js';

/**
 * `GET /api/mechanisms/acceptance`: the acceptance table, public law that every role may read
 * (`mechanisms.read`); it holds no record of anyone, so nothing in it is withheld.
 */
export async function acceptanceRoutes(app: App) {
  app.get(
    '/api/mechanisms/acceptance',
    {
      config: { access: 'mechanisms.read' },
      schema: {
        operationId: 'listMechanismAcceptance',
        tags: ['mechanisms'],
        summary: "Which States accepted which UN individual-complaints procedure (ratifications, accessions, declarations), from when, with the reservations that bear on admissibility and each row's source; `?state=FRA&instrument=ICCPR-OP1` to narrow",
        querystring: AcceptanceQuery,
        response: { 200: z.object({ items: z.array(AcceptanceRowOut) }), ...problemResponses },
      },
    },
    async (request) => {
      requirePermission(request.ctx.actor.scope, 'mechanisms.read');
      return { items: filterAcceptance(loadAcceptance(), request.query) };
    },
  );
}
