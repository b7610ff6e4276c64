import { requirePermission } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import { decodeCursor, encodeCursor, type Page } from '../pagination.js';
import * as store from './write/store.js';

/**
 * Rows imports rejected, for the review queue (issue 16 §4): each with its batch (file, source
 * system, who and when), its row (1-based, header included; the ZIP member or sheet), and every
 * problem (field, target, reason) — and the job whose error file holds it, when the batch was
 * run through the API. Read with `imports.read`, like the batches themselves: rejected rows name
 * no incident (none was written), so the incidents' door has nothing to filter.
 */
export interface RejectedRow {
  batchId: string;
  fileName: string;
  sourceSystem: string;
  format: string;
  batchStatus: string;
  startedAt: string;
  startedBy: string;
  /** The error file is `GET /api/imports/jobs/{jobId}/errors`; null for a batch run from the command line (its error file is beside the input). */
  jobId: string | null;
  row: number;
  file: string | null;
  sheet: string | null;
  problems: { field: string | null; target: string | null; code: string; message: string }[];
}

const sort = 'rejected-rows';

export async function listRejectedRows(ctx: RequestContext, q: { batch?: string; limit: number; cursor?: string }): Promise<Page<RejectedRow>> {
  requirePermission(ctx.actor.scope, 'imports.read');
  const after = q.cursor ? (decodeCursor(q.cursor, sort, ['timestamp', 'uuid', 'real', 'string', 'string']) as store.RejectedRowKey) : null;
  const rows = await store.selectRejectedRowsForReview(ctx.db, { batchId: q.batch, after, limit: q.limit + 1 });
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => ({
      batchId: r.batch_id,
      fileName: r.file_name,
      sourceSystem: r.source_system,
      format: r.format,
      batchStatus: r.status,
      startedAt: r.started_at,
      startedBy: r.started_by,
      jobId: r.job_id,
      row: r.source_row,
      file: r.file || null,
      sheet: r.sheet || null,
      problems: r.problems,
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(sort, [last.started_at, last.batch_id, last.source_row, last.file, last.sheet]) : null,
  };
}

/** How many rejected rows wait (imports not rolled back), counted up to `cap`. */
export async function countRejectedRows(ctx: RequestContext, cap = 10_000): Promise<number> {
  requirePermission(ctx.actor.scope, 'imports.read');
  return store.countRejectedRows(ctx.db, cap);
}
