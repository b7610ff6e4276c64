import { z } from 'zod';
import { DomainError } from '../errors.js';
import type { App } from '../http/app.js';
import { ProblemSchema, problemResponses } from '../http/problem.js';
import { IdParams } from '../registry/routes.js';
import type { EvidenceFiles } from './files.js';
import { Evidence, EvidenceIdsQuery } from './schema.js';
import { downloadEvidence, getEvidence, getEvidenceMany, uploadEvidence, verifyEvidence } from './service.js';

const tags = ['evidence'];

export const evidenceRoutes = (files: EvidenceFiles) => async (app: App) => {
  app.post(
    '/api/evidence',
    {
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
      const description = described && 'value' in described && typeof described.value === 'string' ? described.value : '';
      const { evidence, created } = await uploadEvidence(request.ctx, files, { content: part.file, filename: part.filename || 'unnamed', description });
      return reply.status(created ? 201 : 200).send(evidence);
    },
  );
  app.get(
    '/api/evidence',
    {
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
    { schema: { operationId: 'getEvidence', tags, summary: 'Evidence metadata with its chain of custody', params: IdParams, response: { 200: Evidence, ...problemResponses } } },
    async (request) => getEvidence(request.ctx, request.params.id),
  );
  app.get(
    '/api/evidence/:id/content',
    { schema: { operationId: 'downloadEvidence', tags, summary: 'Download the file (recorded in the chain of custody)', params: IdParams, response: { 200: z.any(), ...problemResponses } } },
    async (request, reply) => {
      const { stream, sizeBytes, evidence } = await downloadEvidence(request.ctx, files, request.params.id);
      return reply
        .header('content-type', evidence.media_type)
        .header('content-length', sizeBytes)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(evidence.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${evidence.sha256.trim()}"`)
        .header('repr-digest', `sha-256=:${Buffer.from(evidence.sha256.trim(), 'hex').toString('base64')}:`)
        .send(stream);
    },
  );
  app.post(
    '/api/evidence/:id/verify',
    {
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
