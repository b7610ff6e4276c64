import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { listAudit } from './service.js';
import { problem } from '../fieldProblems.js';

const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  requestId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  detail: z.unknown().meta({ description: 'What before and after do not say; for incident.merge: { baseVersion, theirsVersion, fromTheirs }' }),
});

export async function auditRoutes(app: App) {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first: every write with actor, time, action, before and after',
        querystring: z.object({
          entity: z.enum(['incident', 'place', 'group', 'actor', 'source', 'evidence', 'region']).optional(),
          entityId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          // An entry's id is a PostgreSQL bigint: a longer number is no cursor of ours (and would fail the query).
          cursor: z
            .string()
            .refine((v) => /^\d{1,19}$/.test(v) && BigInt(v) <= 9_223_372_036_854_775_807n, { message: 'not a cursor returned by this list', params: problem('invalid-cursor') })
            .optional(),
        }),
        response: { 200: z.object({ items: z.array(AuditEntry), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => {
      const { cursor, ...q } = request.query;
      return listAudit(request.ctx, { ...q, beforeId: cursor ? Number(cursor) : undefined });
    },
  );
}
