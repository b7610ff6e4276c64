import { visibilityPredicate } from '../access/door.js';
import { can, requirePermission, type Action } from '../access/permissions.js';
import type { Scope } from '../access/scope.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { evidenceVisibility } from '../evidence/service.js';
import { incidentEntryVisibility, insertAuditEntries, selectAuditEntries, selectDocumentAtVersion, type AuditQuery, type AuditVisibility } from './store.js';

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
  const items = rows.slice(0, q.limit).map((r) => withoutWhatScopeMayNotSee(scope, {
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
  const last = items.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? String(last.id) : null };
}

/** A record's document as it was at `version`, from the audit trail; undefined if no entry left it there. */
export function documentAtVersion(sql: Sql, entity: string, entityId: string, version: number): Promise<unknown> {
  return selectDocumentAtVersion(sql, entity, entityId, version);
}

/**
 * Who may read entries about each kind of record besides incidents and evidence (which follow
 * their records, below). A module that audits a new kind of record adds its rule here; until
 * then its entries are shown only to a scope that reads everything.
 */
const entityRules: Record<string, Action> = {
  place: 'registry.read',
  group: 'registry.read',
  actor: 'registry.read',
  region: 'registry.read',
  // Sources are who tells us: their entries are for those who may read sources.
  source: 'sources.read',
};

const readsEverything = (scope: Scope) => visibilityPredicate(scope, () => '') === undefined;

/**
 * The entries a scope may see, as SQL: about an incident it may read (now, and as the entry's
 * documents show it), about evidence it may read (linked to such an incident), or about a
 * record whose kind its role may read. Undefined for a scope that reads everything.
 */
export function auditVisibility(scope: Scope): AuditVisibility | undefined {
  const entities = Object.entries(entityRules)
    .filter(([, action]) => can(scope, action))
    .map(([entity]) => entity);
  if (readsEverything(scope) && can(scope, 'evidence.read') && evidenceVisibility(scope, () => '', 'e.entity_id') === undefined && entities.length === Object.keys(entityRules).length) {
    return undefined;
  }
  return (add) => {
    const incidents = incidentEntryVisibility((columns) => visibilityPredicate(scope, add, columns));
    const clauses = [`(e.entity = 'incident' and ${incidents})`];
    if (can(scope, 'evidence.read')) {
      const evidence = evidenceVisibility(scope, add, 'e.entity_id');
      clauses.push(evidence ? `(e.entity = 'evidence' and ${evidence})` : `e.entity = 'evidence'`);
    }
    if (entities.length) clauses.push(`e.entity = any(${add(entities)}::text[])`);
    return clauses.join(' or ');
  };
}

/**
 * What an entry the scope may see can still hold that the scope may not: the sources an
 * incident names (for a role without `sources.read`), and the incidents a region merge moved
 * (ids and a count that include records the scope may not read).
 */
function withoutWhatScopeMayNotSee(scope: Scope, entry: AuditEntry): AuditEntry {
  const strip = (keys: string[]) => (doc: unknown) => {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return doc;
    const copy = { ...(doc as Record<string, unknown>) };
    for (const key of keys) delete copy[key];
    return copy;
  };
  const keys =
    entry.entity === 'incident' && !can(scope, 'sources.read') ? ['sources'] : entry.entity === 'region' && !readsEverything(scope) ? ['incidentIds', 'incidents'] : [];
  if (!keys.length) return entry;
  return { ...entry, before: strip(keys)(entry.before), after: strip(keys)(entry.after) };
}
