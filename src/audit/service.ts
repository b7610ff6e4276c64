import { requirePermission } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { auditVisibility, withoutWhatScopeMayNotSee } from './door.js';
import { insertAuditEntries, selectAuditEntries, selectDocumentAtVersion, selectDocumentBeforeVersion, type AuditQuery } from './store.js';

export interface AuditChange {
  /** What was done, as `<entity>.<verb>`: `incident.create`, `incident.update`, … */
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  /** What before and after do not say, e.g. the versions a merge joined. */
  detail?: unknown;
}

/**
 * Records changes in the audit trail. Call it with the transaction that makes the change,
 * so the change and its audit entry land together or not at all.
 */
export async function recordAudit(tx: Sql, ctx: RequestContext, changes: AuditChange[]): Promise<void> {
  await insertAuditEntries(
    tx,
    changes.map((c) => ({ ...c, actor: ctx.actor.id, requestId: ctx.requestId })),
  );
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  requestId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  detail: unknown;
}

/**
 * The audit trail, newest first, optionally for one record — through the door: a caller sees
 * only the entries about records it may read (see `auditVisibility`). The public never reads it.
 */
export async function listAudit(ctx: RequestContext, q: AuditQuery): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const { scope } = ctx.actor;
  requirePermission(scope, 'audit.read');
  const rows = await selectAuditEntries(ctx.db, { ...q, limit: q.limit + 1 }, auditVisibility(scope));
  const entries = rows.slice(0, q.limit).map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    requestId: r.request_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    detail: r.detail,
  }));
  // An import's entry belongs to an incident's history only if, as this reader sees it, it names that incident.
  const items = (await withoutWhatScopeMayNotSee(ctx, entries)).filter(
    (e) => !(q.entity === 'incident' && q.entityId && e.entity === 'import-batch') || JSON.stringify((e.detail as { rows?: unknown })?.rows ?? []).includes(`"incidentId":"${q.entityId}"`),
  );
  const last = items.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? String(last.id) : null };
}

/** A record's document as it was at `version`, from the audit trail; undefined if no entry left it there. */
export function documentAtVersion(sql: Sql, entity: string, entityId: string, version: number): Promise<unknown> {
  return selectDocumentAtVersion(sql, entity, entityId, version);
}

/**
 * A record's document as the first change from `version` found it: for a version written
 * without an entry of its own (a bulk import audits the batch, not each record), the `before`
 * of the edit that followed it. Undefined if no entry holds it.
 */
export function documentBeforeVersion(sql: Sql, entity: string, entityId: string, version: number): Promise<unknown> {
  return selectDocumentBeforeVersion(sql, entity, entityId, version);
}
