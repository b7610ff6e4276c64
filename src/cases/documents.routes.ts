import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { documentFormats, generateSubmission, submissionChoices } from './documents/generate.js';
import { getCase } from './service.js';
import { submissionKinds } from './types.js';

const Params = z.object({ id: z.uuid(), kind: z.enum(submissionKinds) });
const Query = z.object({
  mechanism: z.string().trim().min(1).max(40).meta({ description: 'The mechanism the submission goes to: CCPR, CERD, CEDAW …, a special procedure (WGEID …), CERD-EWUA or UPR' }),
  format: z.enum(documentFormats).default('docx'),
});

const CaseOnly = z.object({ id: z.uuid() });
const WordCountOut = z.object({
  words: z.number().int().meta({ description: 'Headings and text; figures, tables of figures, guidance and the evidence annex are not counted' }),
  limit: z.number().int().nullable().meta({ description: "The form's limit, or null when it sets none" }),
  jointLimit: z.number().int().nullable().meta({ description: 'The limit for a joint submission (a UPR coalition), where the form sets one' }),
  over: z.number().int().meta({ description: 'Words over the limit; 0 when within it' }),
});
const ChoicesOut = z.object({
  items: z.array(
    z.object({
      kind: z.enum(submissionKinds),
      title: z.string(),
      form: z.string().meta({ description: 'The form the document follows' }),
      mechanisms: z.array(z.object({ code: z.string(), name: z.string() })).meta({ description: 'The mechanisms this form serves: the `mechanism` of a download' }),
      words: WordCountOut,
      limitRule: z.string().nullable(),
    }),
  ),
});

/**
 * `GET /api/cases/:id/documents`: the forms the case's submission can follow, with its word count
 * against each one's limit (shown before downloading).
 * `GET /api/cases/:id/documents/:kind?mechanism=CCPR&format=docx|pdf`: the case's submission, built
 * from what the caller may read (the case through the cases service's door, then its incidents,
 * places and evidence through theirs).
 */
export async function caseDocumentRoutes(app: App) {
  app.get(
    '/api/cases/:id/documents',
    {
      config: { access: 'cases.read' },
      schema: {
        operationId: 'listCaseSubmissionDocuments',
        tags: ['cases'],
        summary: "The submissions the case can be written as — each form with the mechanisms it serves — and the case's word count against each form's limit",
        description: 'The count is that of the document the caller would download (built from what the caller may read); nothing is rendered.',
        params: CaseOnly,
        response: { 200: ChoicesOut, ...problemResponses },
      },
    },
    async (request) => ({ items: await submissionChoices(request.ctx, await getCase(request.ctx, request.params.id)) }),
  );
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
