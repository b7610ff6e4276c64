import { Readable } from 'node:stream';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import type { App } from '../http/app.js';
import { ProblemSchema, problemResponses } from '../http/problem.js';
import { IdParams } from '../registry/routes.js';
import type { EvidenceFiles } from './files.js';
import { Evidence, EvidenceIdsQuery, UploadFields } from './schema.js';
import { isStorableText, unstorableText } from '../http/text.js';
import { problemOfIssue } from '../fieldProblems.js';
import { invalid, type FieldProblem } from '../errors.js';
import { downloadEvidence, getEvidence, getEvidenceMany, uploadEvidence, verifyEvidence } from './service.js';

const tags = ['evidence'];

export const evidenceRoutes = (files: EvidenceFiles) => async (app: App) => {
  app.post(
    '/api/evidence',
    {
      config: { access: 'evidence.write' },
      schema: {
        operationId: 'uploadEvidence',
        tags,
        summary: 'Upload an evidence file (multipart/form-data: `file`, optional `description`); stored by its SHA-256',
        description: `Streamed and hashed on the way in; the media type is sniffed from the content. At most ${files.maxBytes} bytes. The same file uploaded again returns the stored record (200) and adds a custody event.`,
        consumes: ['multipart/form-data'],
        response: { 200: Evidence, 201: Evidence, ...problemResponses, 413: ProblemSchema, 415: ProblemSchema },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new DomainError('unsupported-media-type', 'send the file as multipart/form-data', [{ field: 'file', code: 'unsupported-media-type', message: 'expected multipart/form-data' }]);
      }
      const part = await request.file();
      if (!part) throw new DomainError('invalid', 'no file in the request', [{ field: 'file', code: 'required', message: 'a file is required' }]);
      // Fields sent before the file are available now; later ones are not read.
      const described = part.fields.description;
      const fields = uploadFields(part.filename || 'unnamed', described && 'value' in described ? described : undefined);
      const { evidence, created } = await uploadEvidence(request.ctx, files, { content: part.file, ...fields });
      return reply.status(created ? 201 : 200).send(evidence);
    },
  );
  app.get(
    '/api/evidence',
    {
      config: { access: 'evidence.read' },
      schema: {
        operationId: 'listEvidence',
        tags,
        summary: 'Several evidence records with their chains of custody, in the order asked (ids that name nothing are left out)',
        querystring: EvidenceIdsQuery,
        response: { 200: z.object({ items: z.array(Evidence) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await getEvidenceMany(request.ctx, request.query.id) }),
  );
  app.get(
    '/api/evidence/:id',
    { config: { access: 'evidence.read' }, schema: { operationId: 'getEvidence', tags, summary: 'Evidence metadata with its chain of custody', params: IdParams, response: { 200: Evidence, ...problemResponses } } },
    async (request) => getEvidence(request.ctx, request.params.id),
  );
  app.get(
    '/api/evidence/:id/content',
    { config: { access: 'evidence.read' }, schema: { operationId: 'downloadEvidence', tags, summary: 'Download the file (recorded in the chain of custody)', params: IdParams, response: { 200: z.any(), ...problemResponses } } },
    async (request, reply) => {
      // A HEAD asks about the file without fetching it: nothing is opened or recorded.
      const { stream, sizeBytes, evidence } = await downloadEvidence(request.ctx, files, request.params.id, { headOnly: request.method === 'HEAD' });
      return reply
        .header('content-type', evidence.media_type)
        .header('content-length', sizeBytes)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(evidence.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${evidence.sha256.trim()}"`)
        .header('repr-digest', `sha-256=:${Buffer.from(evidence.sha256.trim(), 'hex').toString('base64')}:`)
        // Fastify's HEAD keeps our content-length only for a stream: give it an empty one.
        .send(stream ?? Readable.from([]));
    },
  );
  app.post(
    '/api/evidence/:id/verify',
    {
      // Re-hashing proves the file intact to whoever relies on it; it adds a custody event, as a download does.
      config: { access: 'evidence.read' },
      schema: {
        operationId: 'verifyEvidence',
        tags,
        summary: 'Check that the stored file still matches its SHA-256 (recorded in the chain of custody)',
        params: IdParams,
        response: { 200: z.object({ intact: z.boolean(), evidence: Evidence }), ...problemResponses },
      },
    },
    async (request) => verifyEvidence(request.ctx, files, request.params.id),
  );
};

/**
 * The upload's name and description, checked like any body field: a description the parser
 * cut at its size limit, or longer than allowed, is refused naming it, never stored cut.
 */
function uploadFields(filename: string, described: { value?: unknown; valueTruncated?: boolean } | undefined): { filename: string; description: string } {
  const description = typeof described?.value === 'string' ? described.value : '';
  const problems: FieldProblem[] = [];
  if (described?.valueTruncated) problems.push({ field: 'description', code: 'too-long', message: 'longer than 5000 characters', params: { maximum: 5000 } });
  for (const [field, value] of [['filename', filename], ['description', description]] as const) {
    if (!isStorableText(value)) problems.push(unstorableText(field));
  }
  const parsed = UploadFields.safeParse({ filename, description });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      if (!problems.some((p) => p.field === field)) problems.push({ field, ...problemOfIssue(issue as never, { filename, description }) });
    }
  }
  if (problems.length) throw invalid(problems);
  return parsed.data!;
}
