import { randomUUID } from 'node:crypto';
import { relative, isAbsolute } from 'node:path';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { requirePermission } from '../../access/permissions.js';
import { recordAudit } from '../../audit/service.js';
import type { RequestContext } from '../../context.js';
import { DomainError, invalid, notFound, staleVersion } from '../../errors.js';
import type { ImportFile, ImportFormat, ImportProgress, ImportReport, Mapping } from '../types.js';
import type { ImportEngine } from './engine.js';
import type { ImportFiles } from './files.js';
import { noProgress, progressView } from './progress.js';
import type { ImportJobRunner } from './runner.js';
import type { Job, Preview, PreviewBody, StartJobBody, Upload, UserMapping } from './schema.js';
import * as store from './store.js';

/** What the import service works with: the engine (pipeline + writer), the files and the job runner. */
export interface ImportDeps {
  engine: ImportEngine;
  files: ImportFiles;
  runner: ImportJobRunner;
}

type MappingChoice = { mappingName?: string | undefined; userMappingId?: string | undefined; mapping?: Record<string, unknown> | undefined };
interface JobOptions {
  format?: ImportFormat;
  mappingName?: string;
  userMappingId?: string;
  sheet?: string;
  dryRun: boolean;
}

/** Streams an uploaded file to the imports directory, hashed; the upload is then previewed and imported by id. */
export async function uploadImportFile(ctx: RequestContext, deps: ImportDeps, upload: { fileName: string; content: Readable }): Promise<z.infer<typeof Upload>> {
  requirePermission(ctx.actor.scope, 'imports.write');
  const saved = await deps.files.save(upload.content);
  const row = await store.insertUpload(ctx.db, { id: saved.id, fileName: upload.fileName, sizeBytes: saved.sizeBytes, sha256: saved.sha256, uploadedBy: ctx.actor.id });
  return uploadOut(row);
}

/** The first rows of an upload as they would be recorded, with each row's problems; writes nothing. */
export async function previewUpload(ctx: RequestContext, deps: ImportDeps, uploadId: string, body: z.infer<typeof PreviewBody>): Promise<z.infer<typeof Preview>> {
  requirePermission(ctx.actor.scope, 'imports.write');
  const file = await uploadedFile(ctx, deps, uploadId);
  const mapping = await resolveMapping(ctx, deps, body);
  const preview = await deps.engine.previewImport(ctx, file, { ...(body.format ? { format: body.format } : {}), ...(mapping ? { mapping } : {}), ...(body.sheet ? { sheet: body.sheet } : {}), rows: body.rows });
  return {
    uploadId,
    format: preview.format,
    notes: preview.notes,
    columns: preview.columns,
    mapping: preview.mapping as unknown as Record<string, unknown> | null,
    rows: preview.rows.map((r) => ({
      ...r.origin,
      ...(r.fields ? { fields: r.fields } : {}),
      incident: r.incident ? withoutFiles(r.incident) : null,
      problems: r.problems,
    })),
    unknownCodes: preview.unknownCodes,
  };
}

/** Starts an import of an upload; it runs in the server (after any job already running) and is followed by polling. */
export async function startImportJob(ctx: RequestContext, deps: ImportDeps, body: z.infer<typeof StartJobBody>): Promise<z.infer<typeof Job>> {
  requirePermission(ctx.actor.scope, 'imports.write');
  const upload = await store.selectUpload(ctx.db, body.uploadId);
  if (!upload) throw invalid([{ field: 'uploadId', code: 'not-found', message: `no upload ${body.uploadId}`, params: { entity: 'upload', id: body.uploadId } }]);
  // Resolved now, so a mistake in the choice is answered here rather than in a failed job.
  await resolveMapping(ctx, deps, body);
  const options: JobOptions = {
    dryRun: body.dryRun,
    ...(body.format ? { format: body.format } : {}),
    ...(body.mappingName ? { mappingName: body.mappingName } : {}),
    ...(body.userMappingId ? { userMappingId: body.userMappingId } : {}),
    ...(body.sheet ? { sheet: body.sheet } : {}),
  };
  const id = randomUUID();
  await store.insertJob(ctx.db, { id, uploadId: upload.id, options, startedBy: ctx.actor.id, startedByName: ctx.actor.name });
  await enqueue(ctx, deps, id, upload, options);
  return getImportJob(ctx, deps, id);
}

/** Runs an interrupted or failed job again: the writer resumes its batch, so nothing is written twice. */
export async function resumeImportJob(ctx: RequestContext, deps: ImportDeps, jobId: string): Promise<z.infer<typeof Job>> {
  requirePermission(ctx.actor.scope, 'imports.write');
  const job = await store.selectJob(ctx.db, jobId);
  if (!job) throw notFound('import job', jobId);
  if (job.status !== 'interrupted' && job.status !== 'failed') {
    throw new DomainError('conflict', `the import job is ${job.status}: only an interrupted or failed job is resumed`, [
      { field: 'id', code: 'invalid', message: `the job is ${job.status}` },
    ]);
  }
  const upload = await store.selectUpload(ctx.db, job.upload_id);
  await store.updateJob(ctx.db, jobId, { status: 'queued', error: null });
  await enqueue(ctx, deps, jobId, upload!, job.options as JobOptions);
  return getImportJob(ctx, deps, jobId);
}

async function enqueue(ctx: RequestContext, deps: ImportDeps, jobId: string, upload: store.UploadRow, options: JobOptions): Promise<void> {
  if (!(await deps.files.exists(upload.id))) throw new DomainError('gone', `the uploaded file of ${upload.file_name} is no longer kept: upload it again`);
  const mapping = await resolveMapping(ctx, deps, options);
  deps.runner.enqueue(
    { ...ctx },
    {
      jobId,
      file: fileOf(deps, upload),
      options: { dryRun: options.dryRun, ...(options.format ? { format: options.format } : {}), ...(mapping ? { mapping } : {}), ...(options.sheet ? { sheet: options.sheet } : {}) },
    },
  );
}

export async function getImportJob(ctx: RequestContext, deps: ImportDeps, jobId: string): Promise<z.infer<typeof Job>> {
  requirePermission(ctx.actor.scope, 'imports.read');
  const row = await store.selectJob(ctx.db, jobId);
  if (!row) throw notFound('import job', jobId);
  return jobOut(deps, row);
}

/** The latest jobs, newest first. */
export async function listImportJobs(ctx: RequestContext, deps: ImportDeps): Promise<{ items: z.infer<typeof Job>[] }> {
  requirePermission(ctx.actor.scope, 'imports.read');
  return { items: (await store.selectJobs(ctx.db, 50)).map((row) => jobOut(deps, row)) };
}

/** The job's error file on disk (the rejected rows with a reason column), and a name to download it by. */
export async function importErrorFile(ctx: RequestContext, deps: ImportDeps, jobId: string): Promise<{ path: string; downloadName: string }> {
  requirePermission(ctx.actor.scope, 'imports.read');
  const row = await store.selectJob(ctx.db, jobId);
  if (!row) throw notFound('import job', jobId);
  const path = (row.report as ImportReport | null)?.errorFile;
  // Only a file the job wrote in its own directory is ever served.
  const inside = path ? relative(deps.files.jobDir(jobId), path) : '..';
  if (!path || inside.startsWith('..') || isAbsolute(inside)) throw new DomainError('not-found', 'this import has no error file: no row was rejected');
  const extension = /\.[a-z0-9]{1,8}$/i.exec(path)?.[0] ?? '';
  const base = row.file_name.replace(/\.[^.]*$/, '');
  return { path, downloadName: `${base}.errors${extension}` };
}

/** Shipped mappings (data/mappings/) and the ones people saved. */
export async function listMappings(ctx: RequestContext, deps: ImportDeps) {
  requirePermission(ctx.actor.scope, 'imports.read');
  const [shipped, saved] = await Promise.all([deps.engine.shippedMappings(), store.selectMappings(ctx.db)]);
  return { shipped, saved: saved.map(mappingOut), targets: [...deps.engine.mappingTargets] };
}

/** Saves a person's mapping under its name and source system (audited); the name is unique within the system. */
export async function saveMapping(ctx: RequestContext, deps: ImportDeps, document: Record<string, unknown>): Promise<z.infer<typeof UserMapping>> {
  requirePermission(ctx.actor.scope, 'imports.write');
  const mapping = checkDocument(deps, document);
  const sourceSystem = mapping.sourceSystem ?? mapping.name;
  return ctx.db.transaction(async (tx) => {
    if (await store.selectMappingByName(tx, sourceSystem, mapping.name)) throw duplicateName(mapping.name, sourceSystem);
    const row = await store.insertMapping(tx, { id: randomUUID(), name: mapping.name, sourceSystem, document: mapping, actor: ctx.actor.id });
    await recordAudit(tx, ctx, [{ action: 'import-mapping.create', entity: 'import-mapping', entityId: row.id, before: null, after: mapping }]);
    return mappingOut(row);
  });
}

/** A new version of a saved mapping over `version` (a stale version is a conflict); the source system stays. */
export async function updateMapping(ctx: RequestContext, deps: ImportDeps, id: string, version: number, document: Record<string, unknown>): Promise<z.infer<typeof UserMapping>> {
  requirePermission(ctx.actor.scope, 'imports.write');
  const mapping = checkDocument(deps, document);
  return ctx.db.transaction(async (tx) => {
    const current = await store.selectMapping(tx, id);
    if (!current) throw notFound('mapping', id);
    // Its keys live in the external ids under its system: renaming the system would orphan them.
    const sourceSystem = mapping.sourceSystem ?? mapping.name;
    if (sourceSystem !== current.source_system) {
      throw invalid([{ field: 'mapping.sourceSystem', code: 'invalid', message: `a saved mapping keeps its source system (${current.source_system}): save a new mapping for another` }]);
    }
    const other = await store.selectMappingByName(tx, sourceSystem, mapping.name);
    if (other && other.id !== id) throw duplicateName(mapping.name, sourceSystem);
    const row = await store.updateMapping(tx, { id, version, name: mapping.name, document: mapping, actor: ctx.actor.id });
    if (!row) throw staleVersion('mapping', id, version, mappingOut(current));
    await recordAudit(tx, ctx, [{ action: 'import-mapping.update', entity: 'import-mapping', entityId: id, before: current.document, after: mapping }]);
    return mappingOut(row);
  });
}

/** Batches of the writer (migration 013), through its access checks. */
export const listBatches = (ctx: RequestContext, deps: ImportDeps) => deps.engine.writer.listBatches(ctx);
export const getBatch = (ctx: RequestContext, deps: ImportDeps, id: string) => deps.engine.writer.getBatch(ctx, id);
export const rollbackBatch = (ctx: RequestContext, deps: ImportDeps, id: string) => deps.engine.writer.rollbackBatch(ctx, id);

// ---------------------------------------------------------------------------------------

async function uploadedFile(ctx: RequestContext, deps: ImportDeps, uploadId: string): Promise<ImportFile> {
  const upload = await store.selectUpload(ctx.db, uploadId);
  if (!upload) throw notFound('upload', uploadId);
  if (!(await deps.files.exists(upload.id))) throw new DomainError('gone', `the uploaded file of ${upload.file_name} is no longer kept: upload it again`);
  return fileOf(deps, upload);
}

const fileOf = (deps: ImportDeps, upload: store.UploadRow): ImportFile => ({ path: deps.files.uploadPath(upload.id), name: upload.file_name, size: upload.size_bytes });

/**
 * The mapping a request names, ready for the engine. A shipped mapping is named by name only,
 * and only one of the list: the engine would also take a path, which a request must never give.
 */
async function resolveMapping(ctx: RequestContext, deps: ImportDeps, choice: MappingChoice): Promise<string | Mapping | undefined> {
  if (choice.mapping) return checkDocument(deps, choice.mapping, 'mapping');
  if (choice.userMappingId) {
    const row = await store.selectMapping(ctx.db, choice.userMappingId);
    if (!row) throw invalid([{ field: 'userMappingId', code: 'not-found', message: `no saved mapping ${choice.userMappingId}`, params: { entity: 'mapping', id: choice.userMappingId } }]);
    return deps.engine.checkMapping(row.document);
  }
  if (choice.mappingName) {
    const shipped = await deps.engine.shippedMappings();
    if (!shipped.some((m) => m.name === choice.mappingName)) {
      throw invalid([{ field: 'mappingName', code: 'invalid-enum', message: `no shipped mapping ${choice.mappingName}`, params: { options: shipped.map((m) => m.name) } }]);
    }
    return choice.mappingName;
  }
  return undefined;
}

/** The engine's check, with the problems' fields put under the request's field. */
function checkDocument(deps: ImportDeps, document: Record<string, unknown>, field = 'mapping'): Mapping {
  try {
    return deps.engine.checkMapping(document);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'invalid') {
      throw invalid(err.fields.length ? err.fields.map((f) => ({ ...f, field: f.field ? `${field}.${f.field}` : field })) : [{ field, code: 'invalid', message: err.message }]);
    }
    throw err;
  }
}

const duplicateName = (name: string, sourceSystem: string) =>
  new DomainError('conflict', `a mapping named ${name} is already saved for ${sourceSystem}`, [
    { field: 'mapping.name', code: 'duplicate', message: `${name} is already saved for ${sourceSystem}` },
  ]);

/** Attachments are streams, not data: the preview names them only. */
function withoutFiles(incident: object): Record<string, unknown> {
  const { attachments, ...rest } = incident as Record<string, unknown> & { attachments?: { name: string }[] };
  return attachments ? { ...rest, attachments: attachments.map((a) => ({ name: a.name })) } : rest;
}

function uploadOut(row: store.UploadRow): z.infer<typeof Upload> {
  return { id: row.id, fileName: row.file_name, sizeBytes: row.size_bytes, sha256: row.sha256, uploadedBy: row.uploaded_by, createdAt: row.created_at };
}

function mappingOut(row: store.MappingRow): z.infer<typeof UserMapping> {
  return {
    id: row.id,
    name: row.name,
    sourceSystem: row.source_system,
    mapping: row.document as Record<string, unknown>,
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

function jobOut(deps: ImportDeps, row: store.JobRow): z.infer<typeof Job> {
  const options = row.options as JobOptions;
  const live = deps.runner.liveProgress(row.id);
  const progress = (live?.progress ?? (row.progress as ImportProgress | null) ?? noProgress) as ImportProgress;
  const started = live?.startedAt ?? (row.started_at ? Date.parse(row.started_at) : Date.now());
  const ended = row.finished_at ? Date.parse(row.finished_at) : Date.now();
  const view = progressView(progress, Math.max(0, (ended - started) / 1000));
  const report = row.report as ImportReport | null;
  return {
    id: row.id,
    uploadId: row.upload_id,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    format: options.format ?? null,
    mappingName: options.mappingName ?? null,
    userMappingId: options.userMappingId ?? null,
    sheet: options.sheet ?? null,
    dryRun: options.dryRun,
    status: row.status,
    // A finished job's estimate is nothing left.
    progress: row.status === 'running' || row.status === 'queued' ? view : { ...view, etaSeconds: null },
    report: report
      ? {
          ...report,
          // A report stored before each problem kept its own code has none: it reads 'rejected', as that job's stored rejected rows do.
          rejected: report.rejected.map((r) => ({ ...r, code: (r as Partial<typeof r>).code ?? 'rejected' })),
          errorFile: report.errorFile ? `/api/imports/jobs/${row.id}/errors` : null,
        }
      : null,
    batchId: row.batch_id,
    error: row.error,
    startedBy: row.started_by,
    startedByName: row.started_by_name,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}
