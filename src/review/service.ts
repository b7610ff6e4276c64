import { can, requirePermission } from '../access/permissions.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import { listCandidates } from '../dedup/service.js';
import { invalid } from '../errors.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { listIncidents } from '../incidents/read.js';
import { IncidentListQuery, type IncidentFilterQuery, type IncidentSummary } from '../incidents/schema.js';
import { setVerificationInBulk } from '../incidents/verification.js';
import { countRejectedRows, listRejectedRows } from '../ingest/rejected.js';
import * as store from './store.js';

/**
 * The review queue (issue 16 §4): what needs a person's attention — incidents not yet
 * verified, likely duplicates, rows imports rejected, who is reviewing what — and the bulk change of verification
 * status for a selection. Reads go through the incidents and duplicates services (so through
 * the access door); an assignment of an incident the caller may not read is not shown.
 */

const count = async (ctx: RequestContext, verification: string) =>
  (await listIncidents(ctx, IncidentListQuery.parse({ verification: [verification], limit: 1 }))).total;

export async function reviewSummary(ctx: RequestContext) {
  requirePermission(ctx.actor.scope, 'review.read');
  const [notYetVerified, unverifiable, mine, duplicates, rejectedRows] = await Promise.all([
    count(ctx, 'not-yet-verified'),
    count(ctx, 'unverifiable'),
    listAssignments(ctx, { assignee: 'me', limit: 200 }),
    listCandidates(ctx, { limit: 200 }),
    can(ctx.actor.scope, 'imports.read') ? countRejectedRows(ctx) : Promise.resolve(null),
  ]);
  let openDuplicates = duplicates.items.length;
  let cursor = duplicates.nextCursor;
  while (cursor && openDuplicates < 1000) {
    const page = await listCandidates(ctx, { limit: 200, cursor });
    openDuplicates += page.items.length;
    cursor = page.nextCursor;
  }
  let assignedToMe = mine.items.length;
  let next = mine.nextCursor;
  while (next) {
    const page = await listAssignments(ctx, { assignee: 'me', limit: 200, cursor: next });
    assignedToMe += page.items.length;
    next = page.nextCursor;
  }
  return { notYetVerified, unverifiable, assignedToMe, openDuplicates: Math.min(openDuplicates, 1000), openDuplicatesIsLowerBound: Boolean(cursor), rejectedRows };
}

/** Rows imports rejected, for the queue (the ingest module reads them; `imports.read` is checked there too). */
export async function rejectedImportRows(ctx: RequestContext, q: { batch?: string; limit: number; cursor?: string }) {
  requirePermission(ctx.actor.scope, 'review.read');
  return listRejectedRows(ctx, q);
}

/** Readable incidents by id, for showing assignments. */
async function summaries(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, IncidentSummary>> {
  const out = new Map<string, IncidentSummary>();
  for (let i = 0; i < ids.length; i += 200) {
    const page = await listIncidents(ctx, IncidentListQuery.parse({ id: ids.slice(i, i + 200), deleted: 'include', limit: 200 }));
    for (const s of page.items) out.set(s.id, s);
  }
  return out;
}

/** Puts incidents on a reviewer's list (or takes them off with `assignee: null`), audited per incident. */
export async function assignIncidents(ctx: RequestContext, input: { ids: string[]; assignee: string | null; note: string }) {
  requirePermission(ctx.actor.scope, 'review.write');
  const ids = [...new Set(input.ids)];
  const readable = await summaries(ctx, ids);
  const missing = ids.findIndex((id) => !readable.has(id));
  if (missing >= 0) throw invalid([{ field: `ids.${missing}`, code: 'not-found', message: `incident ${ids[missing]} does not exist`, params: { entity: 'incident', id: ids[missing]! } }]);
  return ctx.db.transaction(async (tx) => {
    const rows = input.assignee === null ? await store.deleteAssignments(tx, ids) : await store.upsertAssignments(tx, ids, input.assignee === 'me' ? ctx.actor.id : input.assignee, ctx.actor.id, input.note);
    await recordAudit(
      tx,
      ctx,
      rows.map((r) => ({ action: input.assignee === null ? 'incident.unassign' : 'incident.assign', entity: 'incident', entityId: r.incident_id, before: null, after: null, detail: { assignee: input.assignee === null ? null : r.assignee, note: r.note } })),
    );
    return { changed: rows.length };
  });
}

export async function listAssignments(ctx: RequestContext, q: { assignee?: string; limit: number; cursor?: string }) {
  requirePermission(ctx.actor.scope, 'review.read');
  const assignee = q.assignee === 'me' ? ctx.actor.id : q.assignee;
  let after = q.cursor ? afterOf(decodeCursor(q.cursor, 'assignments', ['timestamp', 'uuid'])) : null;
  const items: { incident: IncidentSummary; assignee: string; assignedBy: string; assignedAt: string; note: string }[] = [];
  for (;;) {
    const rows = await store.selectAssignments(ctx.db, assignee, after, q.limit * 2);
    const shown = await summaries(ctx, rows.map((r) => r.incident_id));
    for (const r of rows) {
      after = { at: r.assigned_at, id: r.incident_id };
      const incident = shown.get(r.incident_id);
      if (!incident) continue; // an incident the caller may not read: not even that it is assigned
      items.push({ incident, assignee: r.assignee, assignedBy: r.assigned_by, assignedAt: r.assigned_at, note: r.note });
      if (items.length === q.limit) return { items, nextCursor: encodeCursor('assignments', [after.at, after.id]) };
    }
    if (rows.length < q.limit * 2) return { items, nextCursor: null };
  }
}

export function bulkVerification(ctx: RequestContext, input: { filter: IncidentFilterQuery; status: string; expected?: number }) {
  return setVerificationInBulk(ctx, input.filter, input.status, input.expected);
}

const afterOf = ([at, id]: unknown[]) => ({ at: at as string, id: id as string });
