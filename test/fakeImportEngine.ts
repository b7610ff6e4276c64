import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { DomainError } from '../src/errors.js';
import type { ImportEngine, PreviewRow } from '../src/ingest/jobs/engine.js';
import type { ImportBatch, ImportedIncident, ImportFile, ImportReport, ImportWriter, Mapping, RowOutcome, RowProblem } from '../src/ingest/types.js';

/**
 * A stand-in for the pipeline and writer in the import routes' tests: it reads a small CSV
 * (comma-separated, no quoting), maps `title`, `startDate` and `violationType` by the mapping's
 * column names and value mappings, and keeps batches in memory. What the routes do with the
 * engine's answers is under test, not the engine.
 */
export interface FakeEngine extends ImportEngine {
  batches: Map<string, ImportBatch>;
  /** Milliseconds to wait before each written batch: long enough for a test to see a job running. */
  delayPerBatch: number;
  /** Called before each written batch; throw to make the import fail. */
  beforeBatch: () => void;
}

const knownTypes = new Set(['harassment', 'killing', 'hate-speech']);

export const fakeMapping: Mapping = {
  name: 'fake-csv',
  description: 'The fake engine’s default mapping',
  format: 'csv',
  key: { hash: 'record' },
  fields: { title: 'title', startDate: 'date', violationType: 'type' },
  values: { violationType: { hit: { code: 'harassment', why: 'a blow is harassment here' } } },
};

export function fakeImportEngine(): FakeEngine {
  const batches = new Map<string, ImportBatch>();
  const writer: ImportWriter = {
    beginBatch: async (ctx, info) => {
      const running = [...batches.values()].find((b) => b.status === 'running' && b.fileSha256 === info.fileSha256);
      if (running) return running;
      const batch: ImportBatch = {
        id: randomUUID(),
        sourceSystem: info.sourceSystem,
        fileName: info.fileName,
        fileSha256: info.fileSha256,
        format: info.format,
        mappingName: info.mappingName,
        startedBy: ctx.actor.id,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        status: 'running',
        counts: { imported: 0, updated: 0, unchanged: 0, skipped: 0, conflicts: 0, rejected: 0 },
      };
      batches.set(batch.id, batch);
      return batch;
    },
    writeIncidents: async (_ctx, batch, incidents) => {
      await new Promise((r) => setTimeout(r, engine.delayPerBatch));
      engine.beforeBatch();
      batch.counts.imported += incidents.length;
      return incidents.map((): RowOutcome => ({ status: 'imported', incidentId: randomUUID() }));
    },
    planIncidents: async (_ctx, _system, incidents) => incidents.map((): RowOutcome => ({ status: 'imported', incidentId: randomUUID() })),
    finishBatch: async (_ctx, batch, report, status) => {
      Object.assign(batch, { status, finishedAt: new Date().toISOString() });
      batch.counts.rejected = report.rejectedCount;
      return batch;
    },
    rollbackBatch: async (_ctx, id) => {
      const batch = batches.get(id);
      if (!batch) throw new DomainError('not-found', `no batch ${id}`);
      batch.status = 'rolled-back';
      return batch;
    },
    listBatches: async () => [...batches.values()],
    getBatch: async (_ctx, id) => {
      const batch = batches.get(id);
      if (!batch) throw new DomainError('not-found', `no batch ${id}`);
      return batch;
    },
  };

  const read = async (file: ImportFile, mapping: Mapping) => {
    const lines = (await readFile(file.path, 'utf8')).split(/\r?\n/).filter((l) => l !== '');
    const columns = (lines[0] ?? '').split(',');
    const unknown = new Map<string, number>();
    const rows: (PreviewRow & { line: string })[] = lines.slice(1).map((line, i) => {
      const cells = Object.fromEntries(line.split(',').map((v, c) => [columns[c], v]));
      const column = (target: string) => mapping.fields[target] as string;
      const row = i + 2;
      const problems: RowProblem[] = [];
      const date = cells[column('startDate')] ?? '';
      if (!/^\d{4}(-(0[1-9]|1[0-2])(-\d\d)?)?$/.test(date)) problems.push({ row, field: column('startDate'), target: 'startDate', code: 'invalid-date', message: `'${date}' is not a date` });
      const raw = cells[column('violationType')] ?? '';
      const mapped = mapping.values?.violationType?.[raw]?.code ?? (knownTypes.has(raw) ? raw : undefined);
      if (!mapped) {
        unknown.set(raw, (unknown.get(raw) ?? 0) + 1);
        problems.push({ row, field: column('violationType'), target: 'acts.0.violationType', code: 'unknown-code', message: `'${raw}' is not mapped to a violation type` });
      }
      const incident: ImportedIncident = {
        origin: { row },
        key: `row-${row}`,
        title: cells[column('title')] ?? '',
        startDate: date,
        place: { country: 'XVR' },
        acts: [{ violationType: String(mapped) }],
      };
      return { origin: { row }, fields: cells, incident: problems.length ? null : incident, problems, line };
    });
    return { columns, rows, unknownCodes: [...unknown].map(([value, count]) => ({ target: 'violationType', value, count })) };
  };

  const engine: FakeEngine = {
    batches,
    delayPerBatch: 0,
    beforeBatch: () => {},
    writer,
    mappingTargets: ['title', 'narrative', 'startDate', 'violationType', 'group', 'country'],
    shippedMappings: async () => [{ name: 'fake-csv', description: fakeMapping.description, format: 'csv' }],
    checkMapping: (document) => {
      const d = document as Partial<Mapping>;
      if (typeof d.name !== 'string' || !d.fields || typeof d.fields !== 'object') {
        throw new DomainError('invalid', 'not a mapping', [{ field: typeof d.name !== 'string' ? 'name' : 'fields', code: 'required', message: 'required' }]);
      }
      return d as Mapping;
    },
    previewImport: async (_ctx, file, options) => {
      const mapping = typeof options.mapping === 'object' ? options.mapping : fakeMapping;
      const { columns, rows, unknownCodes } = await read(file, mapping);
      return { format: 'csv', notes: ['fake reader: UTF-8, comma'], columns, mapping, rows: rows.slice(0, options.rows).map(({ line: _line, ...r }) => r), unknownCodes };
    },
    runImport: async (ctx, file, options) => {
      const mapping = typeof options.mapping === 'object' ? options.mapping : fakeMapping;
      const { rows, unknownCodes } = await read(file, mapping);
      const batch = options.dryRun ? null : await options.writer.beginBatch(ctx, { sourceSystem: mapping.sourceSystem ?? mapping.name, fileName: file.name, fileSha256: 'sha', format: 'csv', mappingName: mapping.name, mapping });
      const good = rows.filter((r) => r.incident);
      const bad = rows.filter((r) => !r.incident);
      let written = 0;
      for (let i = 0; i < good.length; i += 2) {
        const chunk = good.slice(i, i + 2).map((r) => r.incident!);
        if (batch) await options.writer.writeIncidents(ctx, batch, chunk);
        written += chunk.length;
        options.onProgress({ rowsRead: written + bad.length, rowsWritten: written, rejected: bad.length, bytesRead: Math.round((file.size * (i + 2)) / good.length), bytesTotal: file.size, rowsPerSecond: 100 });
      }
      let errorFile: string | null = null;
      if (bad.length) {
        errorFile = `${options.errorFilePath}.csv`;
        await writeFile(errorFile, ['title,date,type,reason', ...bad.map((r) => `${r.line},${r.problems.map((p) => p.message).join('; ')}`)].join('\n'));
      }
      const report: ImportReport = {
        batch: batch?.id ?? null,
        dryRun: options.dryRun,
        imported: written,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        conflicts: 0,
        rejectedCount: bad.length,
        rejected: bad.flatMap((r) => r.problems.map((p) => ({ row: p.row, ...(p.field ? { field: p.field } : {}), ...(p.target ? { target: p.target } : {}), code: p.code, message: p.message }))),
        errorFile,
        unknownCodes,
      };
      if (batch) await options.writer.finishBatch(ctx, batch, report, 'finished');
      return report;
    },
  };
  return engine;
}
