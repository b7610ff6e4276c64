import { randomUUID } from 'node:crypto';
import { requirePermission } from '../../access/permissions.js';
import { mayRead } from '../../access/scope.js';
import { recordAudit } from '../../audit/service.js';
import type { RequestContext } from '../../context.js';
import { DomainError, notFound } from '../../errors.js';
import type { EvidenceFiles } from '../../evidence/files.js';
import { removeUnrecordedFiles } from '../../evidence/service.js';
import { moduleEvents } from '../../events.js';
import { buildPendingSearchVectors, foldImportedCounts } from '../../incidents/imported.js';
import type { ImportBatch, ImportWriter, RowProblem } from '../types.js';
import { rollbackIn } from './rollback.js';
import { writeRows } from './rows.js';
import * as store from './store.js';

/**
 * The import writer (issue 16 §1–2): batches recorded, rows keyed by (source system, key) so a
 * re-import adds nothing, changed rows merged three-way, new rows written in bulk. The pipeline
 * (src/ingest/pipeline.ts) calls it with batches of 5,000 records:
 *
 *   const batch = await importWriter.beginBatch(ctx, { sourceSystem: 'ucdp-ged', fileName, fileSha256, format: 'ged', mappingName: 'ucdp-ged', mapping });
 *   for (const chunk of chunks) outcomes.push(...(await importWriter.writeIncidents(ctx, batch, chunk)));
 *   await importWriter.finishBatch(ctx, batch, report, 'finished');
 */

const toBatch = (r: store.BatchRow): ImportBatch => ({
  id: r.id,
  sourceSystem: r.source_system,
  fileName: r.file_name,
  fileSha256: r.file_sha256.trim(),
  format: r.format as ImportBatch['format'],
  mappingName: r.mapping_name,
  startedBy: r.started_by,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  status: r.status,
  counts: r.counts,
});

/** Thrown inside a dry run's transaction to undo everything it wrote. */
class DryRun extends Error {
  constructor(readonly outcomes: Awaited<ReturnType<typeof writeRows>>) {
    super('dry run');
  }
}

/**
 * The writer, with the evidence store its rows' files go to (the app's and the CLI's
 * `runtime.files`). Without one, a row that brings files is rejected, saying so.
 */
export function createImportWriter(options: { files?: EvidenceFiles; foldCountsEvery?: number; /** Rows written before the first refresh of statistics (5,000). */ analyzeFrom?: number } = {}): ImportWriter {
  // Rows each batch has written since its counts set aside were last folded (migration 030).
  // Every reader sums what is set aside, so a very long import folds on its way, every
  // `foldCountsEvery` rows, rather than letting readers sum millions of rows until its end.
  const foldCountsEvery = options.foldCountsEvery ?? 100_000;
  // Per running batch: rows since its counts were last folded, rows written, and when its tables'
  // statistics are next refreshed — as the import grows them fourfold (5,000, 20,000, 80,000 …
  // rows), so plans follow the tables.
  const progressOf = new Map<string, { sinceFold: number; rows: number; analyzeAt: number }>();
  const progress = (batchId: string) => {
    let p = progressOf.get(batchId);
    if (!p) progressOf.set(batchId, (p = { sinceFold: 0, rows: 0, analyzeAt: options.analyzeFrom ?? 5_000 }));
    return p;
  };
  return {
  async beginBatch(ctx, info) {
    requirePermission(ctx.actor.scope, 'imports.write');
    return ctx.db.transaction(async (tx) => {
      // A run of the same file and mapping killed half-way is resumed: its rows written so far are found by key.
      const running = await store.selectRunningBatch(tx, info.sourceSystem, info.fileSha256, info.mappingName);
      if (running) return toBatch(running);
      const row = await store.insertBatch(tx, {
        id: randomUUID(),
        source_system: info.sourceSystem,
        file_name: info.fileName,
        file_sha256: info.fileSha256,
        format: info.format,
        mapping_name: info.mappingName,
        mapping: info.mapping,
        started_by: ctx.actor.id,
      });
      await recordAudit(tx, ctx, [{ action: 'import.begin', entity: 'import-batch', entityId: row.id, before: null, after: toBatch(row) }]);
      return toBatch(row);
    });
  },

  async writeIncidents(ctx, batch, incidents) {
    requirePermission(ctx.actor.scope, 'imports.write');
    requirePermission(ctx.actor.scope, 'incidents.write');
    if (incidents.length === 0) return [];
    const storedFiles: string[] = [];
    try {
      const outcomes = await ctx.db.transaction(async (tx) => {
        const row = await store.selectBatch(tx, batch.id);
        if (!row) throw notFound('import batch', batch.id);
        if (row.status !== 'running') throw new DomainError('conflict', `import batch ${batch.id} is ${row.status}: no more rows can be written to it`);
        const outcomes = await writeRows(tx, ctx, { id: row.id, sourceSystem: row.source_system, fileName: row.file_name }, incidents, { files: options.files, storedFiles });
        const p = progress(batch.id);
        const written = p.sinceFold + incidents.length;
        if (written >= foldCountsEvery) await foldImportedCounts(tx);
        p.sinceFold = written >= foldCountsEvery ? 0 : written;
        return outcomes;
      });
      const p = progress(batch.id);
      p.rows += incidents.length;
      if (p.rows >= p.analyzeAt) {
        await store.analyzeImportedTables(ctx.db);
        p.analyzeAt = p.rows * 4;
      }
      return outcomes;
    } catch (err) {
      // The call's records are undone: the bytes it put on disk go too, unless a committed record names them.
      if (options.files && storedFiles.length) await removeUnrecordedFiles(ctx.db, options.files, storedFiles).catch(() => undefined);
      throw err;
    }
  },

  async planIncidents(ctx, sourceSystem, incidents) {
    requirePermission(ctx.actor.scope, 'imports.write');
    if (incidents.length === 0) return [];
    // The same code as a write, in a transaction that is then undone: the outcomes are exactly a write's.
    try {
      await ctx.db.transaction(async (tx) => {
        const id = randomUUID();
        await store.insertBatch(tx, { id, source_system: sourceSystem, file_name: '(dry run)', file_sha256: '0'.repeat(64), format: 'csv', mapping_name: `dry-run:${id}`, mapping: null, started_by: ctx.actor.id });
        throw new DryRun(await writeRows(tx, ctx, { id, sourceSystem, fileName: '(dry run)' }, incidents, { files: options.files, dryRun: true }));
      });
    } catch (err) {
      if (err instanceof DryRun) return err.outcomes;
      throw err;
    }
    throw new Error('unreachable: a dry run always rolls back');
  },

  async finishBatch(ctx, batch, report, status) {
    requirePermission(ctx.actor.scope, 'imports.write');
    // Before the batch is recorded finished: a run killed while building them stays running, and
    // its re-run (resuming the batch) builds what is left.
    await buildPendingSearchVectors(ctx.db);
    progressOf.delete(batch.id);
    const { finished, incidentIds } = await ctx.db.transaction(async (tx) => {
      const row = await store.selectBatch(tx, batch.id, true);
      if (!row) throw notFound('import batch', batch.id);
      // The batch's counts, set aside as it wrote (migration 030), into the counts tables: each key once.
      await foldImportedCounts(tx);
      const counts = { imported: report.imported, updated: report.updated, unchanged: report.unchanged, skipped: report.skipped, conflicts: report.conflicts, rejected: report.rejectedCount };
      // Each problem with its own code ('unknown-code', 'invalid-date', 'evidence', …), as the pipeline reported it.
      const rejected: RowProblem[] = report.rejected;
      await store.insertRejectedRows(tx, batch.id, rejected);
      const updated = await store.updateBatch(tx, batch.id, status, counts, { unknownCodes: report.unknownCodes, errorFile: report.errorFile, rejectedCount: report.rejectedCount });
      await recordAudit(tx, ctx, [{ action: `import.${status === 'finished' ? 'finish' : 'fail'}`, entity: 'import-batch', entityId: batch.id, before: toBatch(row), after: toBatch(updated) }]);
      // Ids only: the rows' documents (before, conflicts) of a large batch would not fit in memory.
      return { finished: toBatch(updated), incidentIds: await store.selectBatchIncidentIds(tx, batch.id) };
    });
    await moduleEvents.announce('import.finished', { ctx, batchId: batch.id, incidentIds });
    return finished;
  },

  async rollbackBatch(ctx, batchId) {
    requirePermission(ctx.actor.scope, 'imports.write');
    requirePermission(ctx.actor.scope, 'incidents.write');
    return toBatch(await ctx.db.transaction((tx) => rollbackIn(tx, ctx, batchId)));
  },

  async listBatches(ctx) {
    requirePermission(ctx.actor.scope, 'imports.read');
    return (await store.selectBatches(ctx.db)).map(toBatch);
  },

  async getBatch(ctx, id) {
    requirePermission(ctx.actor.scope, 'imports.read');
    const row = await store.selectBatch(ctx.db, id);
    if (!row) throw notFound('import batch', id);
    return toBatch(row);
  },
  };
}

/** The writer without an evidence store: for imports that bring no files (benchmarks, tests of other formats). */
export const importWriter: ImportWriter = createImportWriter();

/**
 * Where an incident came from, for its history: each batch that created or changed it, with the
 * file and the row — only for a reader who may read the incident and the imports.
 */
export async function importOriginsOf(ctx: RequestContext, incident: { id: string; confidentiality: string; teams?: readonly string[] }) {
  requirePermission(ctx.actor.scope, 'imports.read');
  if (!mayRead(ctx.actor.scope, incident)) throw notFound('incident', incident.id);
  return (await store.selectOriginsOf(ctx.db, incident.id)).map((r) => ({
    batchId: r.batch_id,
    sourceSystem: r.source_system,
    fileName: r.file_name,
    row: r.source_row,
    ...(r.file ? { file: r.file } : {}),
    ...(r.sheet ? { sheet: r.sheet } : {}),
    key: r.key,
    outcome: r.outcome,
    version: r.version_after,
    by: r.started_by,
    at: r.started_at,
  }));
}
