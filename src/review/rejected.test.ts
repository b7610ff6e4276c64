import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, type Scope } from '../access/scope.js';
import { createContext } from '../context.js';
import { runImport } from '../ingest/pipeline.js';
import { importWriter } from '../ingest/write/index.js';
import { rejectedImportRows, reviewSummary } from './service.js';

/**
 * Rows imports rejected, in the review queue (issue 16 §4): each with its batch, row, field and
 * reason, newest batch first, paged by cursor; a rolled-back batch's rows leave the queue; read
 * only by roles that may read imports.
 */
const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const fileOf = (path: string) => ({ path, name: path.split('/').pop()!, size: statSync(path).size });

describe.each(engines)('rejected import rows in the review queue on %s', (engine) => {
  let t: TestDatabase;
  const ctx = (scope: Scope = fullScope) => createContext(t.db, { id: 'lead', name: 'lead', scope });
  const batches: string[] = [];
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    // Two imports, one rejected row each (the choice `relocation` no mapping names).
    for (const [fixture, mapping] of [['odk/incident_report.csv', 'odk-incident-form-csv'], ['kobo/incident-report.csv', 'kobo-incident-form-csv']] as const) {
      const run = await runImport(ctx(), fileOf(join(fixtures, fixture)), { writer: importWriter, mapping, today: '2026-01-01', errorFilePath: null });
      expect(run.rejectedCount).toBe(1);
      batches.push(run.batch!);
    }
  }, 120_000);
  afterAll(() => t?.dispose());

  it('lists each rejected row with its batch, row, field and reason, newest batch first, a page at a time', async () => {
    const first = await rejectedImportRows(ctx(), { limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.items[0]).toMatchObject({ batchId: batches[1], fileName: 'incident-report.csv', sourceSystem: expect.any(String), batchStatus: 'finished', jobId: null, row: 4 });
    // Each problem keeps its own code (not a blanket 'rejected').
    expect(first.items[0]!.problems).toEqual([{ field: 'violation_type', target: 'violationType', code: 'unknown-code', message: expect.stringContaining("'relocation' is not a code") }]);
    const second = await rejectedImportRows(ctx(), { limit: 1, cursor: first.nextCursor! });
    expect(second.items.map((r) => [r.batchId, r.fileName, r.row])).toEqual([[batches[0], 'incident_report.csv', 4]]);
    expect(second.nextCursor).toBeNull();
    expect((await rejectedImportRows(ctx(), { limit: 50, batch: batches[0] })).items.map((r) => r.batchId)).toEqual([batches[0]]);
    expect((await reviewSummary(ctx())).rejectedRows).toBe(2);
  });

  it('a rolled-back batch leaves the queue', async () => {
    await importWriter.rollbackBatch(ctx(), batches[1]!);
    expect((await rejectedImportRows(ctx(), { limit: 50 })).items.map((r) => r.batchId)).toEqual([batches[0]]);
  });

  it('refused to a role that may not read imports, and a tampered cursor is a 400 naming it', async () => {
    const lawyer: Scope = { role: 'lawyer', clearance: 'strictly-confidential', teams: [], allTeams: true };
    const codeOf = (work: Promise<unknown>) => work.then(() => 'no error', (err: { code?: string; fields?: { field: string }[] }) => [err.code, ...(err.fields ?? []).map((f) => f.field)]);
    expect(await codeOf(rejectedImportRows(ctx(lawyer), { limit: 5 }))).toEqual(['forbidden']);
    expect(await codeOf(rejectedImportRows(ctx(), { limit: 5, cursor: 'bm90IGEgY3Vyc29y' }))).toEqual(['invalid', 'cursor']);
  });
});
