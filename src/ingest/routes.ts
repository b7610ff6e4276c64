import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import type { App } from '../http/app.js';
import { ProblemSchema, problemResponses } from '../http/problem.js';
import { isStorableText, unstorableText } from '../http/text.js';
import { invalid } from '../errors.js';
import {
  Batch,
  BatchList,
  BatchParams,
  Job,
  JobList,
  MappingList,
  Preview,
  PreviewBody,
  SaveMappingBody,
  StartJobBody,
  UpdateMappingBody,
  Upload,
  UserMapping,
} from './jobs/schema.js';
import * as service from './jobs/service.js';
import type { ImportDeps } from './jobs/service.js';

const tags = ['imports'];
const IdParams = z.object({ id: z.uuid() });

/**
 * The import API (issue 16 §1): upload a file, preview it with a mapping, start a job that
 * runs in the server, poll its progress, read its report and download its error file; list,
 * inspect and roll back batches; save a mapping of one's own per source system.
 */
export const importRoutes = (deps: ImportDeps) => async (app: App) => {
  app.addHook('onClose', () => deps.runner.close());

  app.post(
    '/api/imports/uploads',
    {
      config: { access: 'imports.write' },
      schema: {
        operationId: 'uploadImportFile',
        tags,
        summary: 'Upload a file to import (multipart/form-data: `file`); then preview it and start a job',
        description: `Streamed to the data directory and hashed (SHA-256) on the way in, never held in memory. At most ${deps.files.maxBytes} bytes (PRECURSOR_MAX_IMPORT_MB).`,
        consumes: ['multipart/form-data'],
        response: { 201: Upload, ...problemResponses, 413: ProblemSchema, 415: ProblemSchema },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new DomainError('unsupported-media-type', 'send the file as multipart/form-data', [{ field: 'file', code: 'unsupported-media-type', message: 'expected multipart/form-data' }]);
      }
      // The import limit, not the evidence limit the app's parser is set up with.
      const part = await request.file({ limits: { fileSize: deps.files.maxBytes + 1, files: 1 } });
      if (!part) throw invalid([{ field: 'file', code: 'required', message: 'a file is required' }]);
      const fileName = (part.filename || 'upload').slice(0, 255);
      if (!isStorableText(fileName)) throw invalid([unstorableText('file')]);
      return reply.status(201).send(await service.uploadImportFile(request.ctx, deps, { fileName, content: part.file }));
    },
  );
  app.post(
    '/api/imports/uploads/:id/preview',
    {
      config: { access: 'imports.write' },
      schema: {
        operationId: 'previewImport',
        tags,
        summary: 'Detect the format and show the first rows as they would be recorded, with each row’s problems (writes nothing)',
        params: IdParams,
        body: PreviewBody,
        response: { 200: Preview, ...problemResponses, 410: ProblemSchema },
      },
    },
    async (request) => service.previewUpload(request.ctx, deps, request.params.id, request.body),
  );

  app.get(
    '/api/imports/mappings',
    { config: { access: 'imports.read' }, schema: { operationId: 'listImportMappings', tags, summary: 'Shipped mappings (data/mappings/) and mappings people saved', response: { 200: MappingList, ...problemResponses } } },
    async (request) => service.listMappings(request.ctx, deps),
  );
  app.post(
    '/api/imports/mappings',
    {
      config: { access: 'imports.write' },
      schema: {
        operationId: 'saveImportMapping',
        tags,
        summary: 'Save a mapping of one’s own (audited); its name is unique within its source system',
        body: SaveMappingBody,
        response: { 201: UserMapping, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await service.saveMapping(request.ctx, deps, request.body.mapping)),
  );
  app.put(
    '/api/imports/mappings/:id',
    {
      config: { access: 'imports.write' },
      schema: { operationId: 'updateImportMapping', tags, summary: 'Save a new version of a saved mapping (audited)', params: IdParams, body: UpdateMappingBody, response: { 200: UserMapping, ...problemResponses } },
    },
    async (request) => service.updateMapping(request.ctx, deps, request.params.id, request.body.version, request.body.mapping),
  );

  app.post(
    '/api/imports/jobs',
    {
      config: { access: 'imports.write' },
      schema: {
        operationId: 'startImportJob',
        tags,
        summary: 'Import an uploaded file: the job runs in the server (one at a time) and goes on if the client leaves; poll it',
        body: StartJobBody,
        response: { 202: Job, ...problemResponses, 410: ProblemSchema },
      },
    },
    async (request, reply) => reply.status(202).send(await service.startImportJob(request.ctx, deps, request.body)),
  );
  app.get(
    '/api/imports/jobs',
    { config: { access: 'imports.read' }, schema: { operationId: 'listImportJobs', tags, summary: 'The latest 50 import jobs, newest first', response: { 200: JobList, ...problemResponses } } },
    async (request) => service.listImportJobs(request.ctx, deps),
  );
  app.get(
    '/api/imports/jobs/:id',
    {
      config: { access: 'imports.read' },
      schema: { operationId: 'getImportJob', tags, summary: 'An import job: status, progress (rows read, written, rejected, rows/s, time left) and, when done, its report', params: IdParams, response: { 200: Job, ...problemResponses } },
    },
    async (request) => service.getImportJob(request.ctx, deps, request.params.id),
  );
  app.post(
    '/api/imports/jobs/:id/resume',
    {
      config: { access: 'imports.write' },
      schema: {
        operationId: 'resumeImportJob',
        tags,
        summary: 'Run an interrupted or failed job again; its batch is resumed and nothing is written twice',
        params: IdParams,
        response: { 202: Job, ...problemResponses, 410: ProblemSchema },
      },
    },
    async (request, reply) => reply.status(202).send(await service.resumeImportJob(request.ctx, deps, request.params.id)),
  );
  app.get(
    '/api/imports/jobs/:id/errors',
    {
      config: { access: 'imports.read' },
      schema: {
        operationId: 'downloadImportErrors',
        tags,
        summary: 'The error file: the rejected rows in the file’s format, with a reason column; fix them and import it',
        params: IdParams,
        response: { 200: z.any(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { path, downloadName } = await service.importErrorFile(request.ctx, deps, request.params.id);
      const { size } = await stat(path);
      return reply
        .header('content-type', /\.csv$/i.test(path) ? 'text/csv; charset=utf-8' : /\.ndjson$/i.test(path) ? 'application/x-ndjson; charset=utf-8' : 'application/octet-stream')
        .header('content-length', size)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(downloadName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(createReadStream(path));
    },
  );

  app.get(
    '/api/imports/batches',
    { config: { access: 'imports.read' }, schema: { operationId: 'listImportBatches', tags, summary: 'Import batches: who, when, file and SHA-256, format, mapping, counts', response: { 200: BatchList, ...problemResponses } } },
    async (request) => ({ items: await service.listBatches(request.ctx, deps) }),
  );
  app.get(
    '/api/imports/batches/:id',
    { config: { access: 'imports.read' }, schema: { operationId: 'getImportBatch', tags, summary: 'One import batch', params: BatchParams, response: { 200: Batch, ...problemResponses } } },
    async (request) => service.getBatch(request.ctx, deps, request.params.id),
  );
  app.post(
    '/api/imports/batches/:id/rollback',
    {
      config: { access: 'imports.write' },
      schema: {
        operationId: 'rollbackImportBatch',
        tags,
        summary: 'Undo a batch: what it created is deleted, what it updated reverted (audited); refused when a record was edited since, naming it',
        params: BatchParams,
        response: { 200: Batch, ...problemResponses },
      },
    },
    async (request) => service.rollbackBatch(request.ctx, deps, request.params.id),
  );
};
