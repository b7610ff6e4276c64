import { requirePermission } from '../access/permissions.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import { DomainError, invalid } from '../errors.js';
import { moduleEvents } from '../events.js';
import { readIncident, toStoreFilter } from './read.js';
import type { IncidentFilterQuery } from './schema.js';
import * as store from './store/index.js';

/** Most incidents one bulk change may touch: a larger selection is narrowed first (by period, region…). */
export const bulkVerificationLimit = 5_000;

export interface BulkVerificationResult {
  matched: number;
  changed: number;
  ids: string[];
}

/**
 * Sets the verification status of every live incident a filter selects among those the caller
 * may read (the review queue's bulk change). `expected` is the count the person was shown: if
 * the selection changed since, nothing is written. Each incident changed gets its own audit
 * entry (before and after), as a single edit would, and a new version.
 */
export async function setVerificationInBulk(ctx: RequestContext, q: IncidentFilterQuery, status: string, expected?: number): Promise<BulkVerificationResult> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'incidents.write');
  requirePermission(scope, 'review.write');
  return ctx.db.transaction(async (tx) => {
    const ids = await store.selectMatchingIds(tx, scope, toStoreFilter(q), bulkVerificationLimit + 1);
    if (ids.length > bulkVerificationLimit) {
      throw invalid([{ field: 'filter', code: 'too-many', message: `more than ${bulkVerificationLimit} incidents match: narrow the selection`, params: { maximum: bulkVerificationLimit } }]);
    }
    if (expected !== undefined && expected !== ids.length) {
      throw new DomainError('conflict', `the selection changed: ${ids.length} incidents match now, ${expected} were shown`, [
        { field: 'expected', code: 'stale-version', message: `${ids.length} match now`, params: { expected, current: ids.length } },
      ]);
    }
    const before = new Map<string, NonNullable<Awaited<ReturnType<typeof readIncident>>>>();
    for (const id of ids) {
      const incident = await readIncident(tx, scope, id, true);
      if (incident && incident.verificationStatus !== status) before.set(id, incident);
    }
    const changed = await store.setVerificationStatus(tx, [...before.keys()], status, ctx.actor.id);
    const now = new Date().toISOString();
    await recordAudit(
      tx,
      ctx,
      changed.map(({ id, version }) => {
        const b = before.get(id)!;
        return { action: 'incident.update', entity: 'incident', entityId: id, before: b, after: { ...b, verificationStatus: status, version, updatedAt: now, updatedBy: ctx.actor.id }, detail: { bulk: 'verification' } };
      }),
    );
    if (changed.length) await moduleEvents.announce('incident.changed', { tx, ctx, ids: changed.map((c) => c.id), change: 'update' });
    return { matched: ids.length, changed: changed.length, ids: changed.map((c) => c.id) };
  });
}
