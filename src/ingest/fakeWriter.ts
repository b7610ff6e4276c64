import { createContext, localUser, type RequestContext } from '../context.js';
import type { ImportBatch, ImportedIncident, ImportReport, ImportWriter, RowOutcome } from './types.js';

/**
 * An in-memory writer for the pipeline's and the CLI's tests: keys records by (source system,
 * key) as the real one does, so a re-run reports `unchanged`, and resumes a batch left running.
 */
export function fakeWriter(options: { failOnCall?: number } = {}) {
  const stored = new Map<string, { id: string; json: string }>();
  const batches: ImportBatch[] = [];
  const calls = { write: 0, plan: 0, finished: [] as ImportReport[] };
  let ids = 0;
  const outcomes = (sourceSystem: string, incidents: ImportedIncident[], write: boolean): RowOutcome[] => {
    const seen = new Set<string>();
    return incidents.map((incident) => {
      const k = `${sourceSystem}\u0000${incident.key}`;
      if (seen.has(k)) return { status: 'rejected', problems: [{ ...incident.origin, target: 'key', code: 'duplicate', message: `the key '${incident.key}' is given twice in one batch` }] };
      seen.add(k);
      const { origin: _o, ...content } = incident;
      const json = JSON.stringify(content);
      const before = stored.get(k);
      if (before && before.json === json) return { status: 'unchanged', incidentId: before.id };
      const id = before?.id ?? `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
      if (write) stored.set(k, { id, json });
      return before ? { status: 'updated', incidentId: id } : { status: 'imported', incidentId: id };
    });
  };
  const writer: ImportWriter = {
    async beginBatch(ctx, info) {
      const running = batches.find((b) => b.status === 'running' && b.fileSha256 === info.fileSha256 && b.sourceSystem === info.sourceSystem && b.mappingName === info.mappingName);
      if (running) return running;
      const batch: ImportBatch = { id: `10000000-0000-4000-8000-${String(batches.length + 1).padStart(12, '0')}`, ...info, startedBy: ctx.actor.id, startedAt: new Date().toISOString(), finishedAt: null, status: 'running', counts: { imported: 0, updated: 0, unchanged: 0, skipped: 0, conflicts: 0, rejected: 0 } };
      delete (batch as Partial<typeof batch> & { mapping?: unknown }).mapping;
      batches.push(batch);
      return batch;
    },
    async writeIncidents(_ctx, batch, incidents) {
      calls.write++;
      if (calls.write === options.failOnCall) throw new Error('the process was killed');
      return outcomes(batch.sourceSystem, incidents, true);
    },
    async planIncidents(_ctx, sourceSystem, incidents) {
      calls.plan++;
      return outcomes(sourceSystem, incidents, false);
    },
    async finishBatch(_ctx, batch, report, status) {
      calls.finished.push(report);
      Object.assign(batch, { status, finishedAt: new Date().toISOString(), counts: { imported: report.imported, updated: report.updated, unchanged: report.unchanged, skipped: report.skipped, conflicts: report.conflicts, rejected: report.rejectedCount } });
      return batch;
    },
    async rollbackBatch(_ctx, id) {
      const batch = batches.find((b) => b.id === id);
      if (!batch) throw new Error('no batch');
      batch.status = 'rolled-back';
      return batch;
    },
    listBatches: async () => [...batches].reverse(),
    async getBatch(_ctx, id) {
      const batch = batches.find((b) => b.id === id);
      if (!batch) throw new Error('no batch');
      return batch;
    },
  };
  return { writer, stored, batches, calls };
}

/** A context for tests that never reach the database (the fake writer needs none). */
export function fakeContext(): RequestContext {
  return createContext(null as never, localUser, 'test');
}
