import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { documentFormats, generateSubmission } from './documents/generate.js';
import { getCase } from './service.js';
import { submissionKinds } from './types.js';

const Params = z.object({ id: z.uuid(), kind: z.enum(submissionKinds) });
const Query = z.object({
  mechanism: z.string().trim().min(1).max(40).meta({ description: 'The mechanism the submission goes to: CCPR, CERD, CEDAW …, a special procedure (WGEID …), CERD-EWUA or UPR' }),
  format: z.enum(documentFormats).default('docx'),
});

/**
 * `GET /api/cases/:id/documents/:kind?mechanism=CCPR&format=docx|pdf`: the case's submission, built
 * from what the caller may read (the case through the cases service's door, then its incidents,
 * places and evidence through theirs).
 */
export async function caseDocumentRoutes(app: App) {
  app.get(
    '/api/cases/:id/documents/:kind',
    {
      config: { access: 'cases.read' },
      schema: {
        operationId: 'getCaseSubmissionDocument',
        tags: ['cases'],
        summary: "The case's submission (DOCX or PDF) in the form the mechanism expects, with the pattern chart, the map and the evidence annex",
        description:
          'Built from the incidents, places and evidence the caller may read: a confidential record the caller may not see is not in the document. The word count and the form\'s limit are in the headers x-word-count and x-word-limit (and printed in the document).',
        params: Params,
        querystring: Query,
        response: { 200: z.any().meta({ description: 'The document' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const caseRecord = await getCase(request.ctx, request.params.id);
      const doc = await generateSubmission(request.ctx, caseRecord, { kind: request.params.kind, mechanism: request.query.mechanism, format: request.query.format });
      return reply
        .header('content-type', doc.contentType)
        .header('content-disposition', `attachment; filename="${doc.filename}"`)
        .header('cache-control', 'no-store')
        .header('x-word-count', String(doc.words.words))
        .header('x-word-limit', doc.words.limit === null ? 'none' : String(doc.words.limit))
        .send(doc.body);
    },
  );
}
