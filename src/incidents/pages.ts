import { requirePermission } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import { getRecords } from '../registry/service.js';
import { admin1FilterNames } from '../regions/resolve.js';
import { toIncident } from './document.js';
import type { Incident, IncidentFilterQuery } from './schema.js';
import { toStoreFilter } from './read.js';
import * as store from './store/index.js';
import { redactIncident } from './withhold.js';

/**
 * Every incident the caller may read that matches the list's filters, whole (acts, sources'
 * information, links the caller may follow), page after page of the list's keyset cursor —
 * for exports, which have no row cap and must keep memory flat: one page is held at a time.
 * Oldest first (date:asc), so an export reads as a chronology. Each page goes through the
 * door twice, as every read does: the page's ids through the filter's WHERE clause (with the
 * door's predicate), the rows and children through the door again, and what a record
 * withholds from the caller is removed (withhold.ts).
 *
 *   for await (const page of incidentPages(ctx, { country: ['XVR'] })) write(page);
 */
export async function* incidentPages(ctx: RequestContext, q: IncidentFilterQuery, pageSize = 500): AsyncGenerator<Incident[]> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'incidents.read');
  if (q.admin1?.length) q = { ...q, admin1: await admin1FilterNames(ctx.db, q.country, q.admin1) };
  const filter = toStoreFilter(q);
  let after: unknown[] | undefined;
  for (;;) {
    const rows = await store.selectIncidentPage(ctx.db, scope, filter, 'date:asc', after, pageSize);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const [whole, children] = await Promise.all([store.selectIncidents(ctx.db, scope, ids), store.selectChildren(ctx.db, scope, ids)]);
    const placeIds = whole.flatMap((r) => (r.place_id ? [r.place_id] : []));
    const places = new Map((await getRecords(ctx.db, 'places', placeIds)).map((p) => [p.id, p]));
    const byId = new Map(whole.map((r) => [r.id, r]));
    // In the page's order; a row deleted between the two reads is simply left out.
    yield ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [redactIncident(toIncident(row, children, places), scope)] : [];
    });
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.sort_key;
  }
}
