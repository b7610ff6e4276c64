import { z } from 'zod';
import type { EvidenceFiles } from '../evidence/files.js';
import type { App } from '../http/app.js';
import { ProblemSchema, problemResponses } from '../http/problem.js';
import { IdParams } from '../registry/routes.js';
import { maxReasonLength, purgeIncident } from './service.js';

const Tombstone = z.object({
  entity: z.string(),
  id: z.uuid(),
  purgedAt: z.string(),
  purgedBy: z.string(),
  reasonDigest: z.string().meta({ description: 'SHA-256 (hex) of `<entity>\\n<id>\\n<reason>`; the reason itself is not kept' }),
});

export const purgeRoutes = (files: EvidenceFiles) => async (app: App) => {
  app.post(
    '/api/incidents/:id/purge',
    {
      config: { access: 'records.purge' },
      schema: {
        operationId: 'purgeIncident',
        tags: ['incidents'],
        summary: 'Purge an incident for good (administrators): for a record that endangers someone',
        description: [
          'Removes the incident and all that hangs from it, the evidence no other incident links to (record, custody and file),',
          'and erases the before, after and detail of its audit entries (their digests stay: the chain still verifies).',
          'Leaves a tombstone (what, when, by whom, a digest of the reason) so the id is refused by later creates and imports,',
          'and removed again after the restore of an older backup. Cannot be undone.',
        ].join(' '),
        params: IdParams,
        body: z.object({ reason: z.string().max(maxReasonLength).meta({ description: 'Why; kept only as a digest' }) }),
        response: {
          200: z.object({ tombstone: Tombstone, evidencePurged: z.array(z.uuid()), auditEntriesErased: z.number().int(), vacuumed: z.boolean() }),
          ...problemResponses,
          403: ProblemSchema,
        },
      },
    },
    async (request) => purgeIncident(request.ctx, files, request.params.id, request.body.reason),
  );
};
