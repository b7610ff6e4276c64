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
      config: { access: 'audit.read' },
      schema: {
        operationId: 'listAudit',
        tags: ['audit'],
        summary: 'The audit trail, newest first: every write with actor, time, action, before and after',
        querystring: z.object({
          entity: z.enum(['incident', 'place', 'group', 'actor', 'source', 'evidence', 'region', 'person', 'import-mapping', 'case']).optional(),
          entityId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          // An entry's id: a bigint in the database, read here as a JavaScript number, so one beyond
          // 2^53 is no cursor of ours (it would lose digits, or fail the query past bigint).
          cursor: z
            .string()
            .refine((v) => /^\d{1,16}$/.test(v) && Number(v) <= Number.MAX_SAFE_INTEGER, { message: 'not a cursor returned by this list', params: problem('invalid-cursor') })
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
