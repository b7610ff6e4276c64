import { requirePermission, type Action } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import { getRecord } from '../registry/service.js';
import * as store from './store/index.js';

/**
 * Where a group, actor or source is used: the number of live incidents that name it. The
 * incidents module answers, since its store owns the tables that hold the references.
 */
export type UsageKind = store.UsageKind;
export const usageKinds: readonly UsageKind[] = ['groups', 'actors', 'sources'];

/** Counting where a source is used says who told us: only roles that may read sources may ask. */
const readAction: Record<UsageKind, Action> = { groups: 'incidents.read', actors: 'incidents.read', sources: 'sources.read' };

/** One record's usage; 404 when there is no such record (deleted ones count: they can be restored). */
export async function recordUsage(ctx: RequestContext, kind: UsageKind, id: string): Promise<{ incidents: number }> {
  requirePermission(ctx.actor.scope, readAction[kind]);
  await getRecord(ctx, kind, id);
  const counts = await store.countIncidentsUsing(ctx.db, ctx.actor.scope, kind, [id]);
  return { incidents: counts.get(id) ?? 0 };
}

/** Several records' usage at once, for a list page; unknown ids count 0. */
export async function recordsUsage(ctx: RequestContext, kind: UsageKind, ids: readonly string[]): Promise<{ items: { id: string; incidents: number }[] }> {
  requirePermission(ctx.actor.scope, readAction[kind]);
  const counts = await store.countIncidentsUsing(ctx.db, ctx.actor.scope, kind, [...new Set(ids)]);
  return { items: [...counts].map(([id, incidents]) => ({ id, incidents })) };
}
