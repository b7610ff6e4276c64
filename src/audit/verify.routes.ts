import { z } from 'zod';
import type { App } from '../http/app.js';
import { ProblemSchema, problemResponses } from '../http/problem.js';
import { verifyAuditTrail } from './verify.js';

const ChainReport = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  lastGood: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  problem: z
    .object({
      seq: z.number().int().nullable(),
      id: z.number().int().nullable(),
      kind: z.enum(['missing', 'out-of-order', 'altered', 'content-altered', 'broken-link', 'outside-chain']),
      message: z.string(),
    })
    .nullable(),
});

export async function auditVerifyRoutes(app: App) {
  app.get(
    '/api/audit/verify',
    {
      config: { access: 'audit.verify' },
      schema: {
        operationId: 'verifyAudit',
        tags: ['audit'],
        summary: 'Recompute the audit hash chain and name the first altered, removed or reordered entry (administrators)',
        description: 'A broken chain is still a 200: `ok` is false and `problem` names the first bad entry (sequence, id, what is wrong).',
        response: { 200: ChainReport, ...problemResponses, 403: ProblemSchema },
      },
    },
    async (request) => verifyAuditTrail(request.ctx),
  );
}
