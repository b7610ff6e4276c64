import type { RequestContext } from '../../context.js';
import type { Sql } from '../../db/database.js';
import { canonicalAdmin1 } from '../../regions/resolve.js';
import { findOrCreateNamed, findOrCreatePlaces } from '../../registry/byName.js';
import { getRecords } from '../../registry/service.js';
import type { ImportedIncident } from '../types.js';
import type { ResolvedNames } from './document.js';

/**
 * The registry records a batch of imported rows names, found or created in bulk (src/registry/
 * byName.ts): one lookup and at most one insert per kind for the whole batch. A place is named
 * when the row gives a place name or coordinates; otherwise the incident has a country and a
 * region (in the country's spelling) and no place.
 */
export async function resolveNames(tx: Sql, ctx: RequestContext, rows: readonly ImportedIncident[]): Promise<ResolvedNames[]> {
  const hasPlace = (r: ImportedIncident) => Boolean(r.place.name?.trim()) || (r.place.latitude != null && r.place.longitude != null);
  const placeIds = await findOrCreatePlaces(
    tx,
    ctx,
    rows.filter(hasPlace).map((r) => ({
      name: r.place.name?.trim() || null,
      country: r.place.country,
      admin1: r.place.admin1?.trim() || null,
      admin2: r.place.admin2?.trim() || null,
      latitude: r.place.latitude ?? null,
      longitude: r.place.longitude ?? null,
      precision: r.place.precision ?? null,
    })),
  );
  const places = new Map((await getRecords(tx, 'places', placeIds.filter((id): id is string => id !== null))).map((p) => [p.id, p]));
  // Each (country, region) spelling once: a batch names few.
  const spellings = new Map(rows.flatMap((r) => (hasPlace(r) || !r.place.admin1?.trim() ? [] : [[`${r.place.country}|${r.place.admin1.trim()}`, { country: r.place.country, admin1: r.place.admin1.trim(), placeId: null }]])));
  const canonical = new Map((await canonicalAdmin1(tx, ctx, [...spellings.values()])).map((c, k) => [[...spellings.keys()][k]!, c.admin1]));
  const regions = rows.map((r) => ({ admin1: hasPlace(r) || !r.place.admin1?.trim() ? null : (canonical.get(`${r.place.country}|${r.place.admin1.trim()}`) ?? null) }));

  const groupsWanted = rows.flatMap((r) =>
    r.acts.flatMap((a) => (a.group?.name?.trim() ? [{ name: a.group.name, country: a.group.country ?? null, values: { basis: a.group.basis ?? a.identityBasis ?? 'other', country: a.group.country ?? null } }] : [])),
  );
  const actorsWanted = rows.flatMap((r) =>
    r.acts.flatMap((a) => (a.perpetrators ?? []).map((p) => ({ name: p.actor.name, country: p.actor.country ?? null, values: { kind: p.actor.kind ?? 'unknown', country: p.actor.country ?? null } }))),
  );
  const sourcesWanted = rows.flatMap((r) =>
    (r.sources ?? []).map((s) => ({ name: s.source.name, values: { kind: s.source.kind ?? 'other', reliability: s.source.reliability ?? 'F', url: s.source.url ?? null } })),
  );
  const [groups, actors, sources] = [
    await findOrCreateNamed(tx, ctx, 'groups', groupsWanted),
    await findOrCreateNamed(tx, ctx, 'actors', actorsWanted),
    await findOrCreateNamed(tx, ctx, 'sources', sourcesWanted),
  ];

  let [g, a, s, p] = [0, 0, 0, 0];
  return rows.map((r, i) => {
    const placeId = hasPlace(r) ? placeIds[p++] : null;
    const place = placeId ? places.get(placeId)! : null;
    return {
      place: place ? { id: place.id, country: place.country, admin1: place.admin1 } : null,
      admin1: place ? null : (regions[i]!.admin1 ?? null),
      acts: r.acts.map((act) => {
        const group = act.group?.name?.trim() ? groups[g++]! : null;
        return {
          group: group ? { id: group.id, basis: group.basis! } : null,
          actorIds: (act.perpetrators ?? []).map(() => actors[a++]!.id),
        };
      }),
      sourceIds: (r.sources ?? []).map(() => sources[s++]!.id),
    };
  });
}
