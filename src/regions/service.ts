import { requirePermission } from '../access/permissions.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { invalid, notFound } from '../errors.js';
import { incidentStats, respellIncidentAdmin1 } from '../incidents/service.js';
import { placeRegions, respellPlaceRegions } from '../registry/service.js';
import { toRegion } from './document.js';
import { containingArea, nearestWithin, type Boundary } from './geometry.js';
import { normaliseSpelling } from './names.js';
import { canonicalAdmin1 } from './resolve.js';
import type { Region, RegionAt, RegionAtQuery, RegionListQuery, RegionMergeInput, RegionMergeResult, RegionShape } from './schema.js';
import * as store from './store.js';

/**
 * Regions as first-class records: list them with what they hold (for suggestions), find the
 * region of a point, merge two spellings (places, incidents and the rollup move together, in
 * one transaction, audited), and give regions their shapes.
 */

/** How far a point may be from a known place to take that place's region. */
export const nearestPlaceKm = 50;

const levelNumber = (level: 'admin1' | 'admin2') => (level === 'admin1' ? 1 : 2);

/** A country's regions with their live places and incidents, the best matches for `q` first. */
export async function listRegions(ctx: RequestContext, q: RegionListQuery): Promise<{ items: Region[] }> {
  requirePermission(ctx.actor.scope, 'registry.read');
  const rows = await store.selectRegions(ctx.db, {
    country: q.country,
    level: q.level ? levelNumber(q.level) : undefined,
    parentKey: q.admin1 ? normaliseSpelling(q.admin1) : undefined,
    q: q.q ? normaliseSpelling(q.q) : undefined,
    withBoundary: q.boundaries,
  });
  const counts = await regionCounts(ctx, q.country, rows.some((r) => r.level === 2));
  const items = rows.map((r) => toRegion(r, counts(r)));
  if (!q.q) return { items };
  // Suggestions: names that start with what was typed come before names that contain it.
  const typed = normaliseSpelling(q.q).toLowerCase();
  const startsWith = (r: Region) => (r.name.toLowerCase().startsWith(typed) ? 0 : 1);
  return { items: items.sort((a, b) => startsWith(a) - startsWith(b)) };
}

/**
 * Counts of live places and incidents per region of a country. Incidents by admin1 come from
 * the rollup (migration 002); admin2, which incidents only have through their place, costs a
 * count by place and is only made when asked.
 */
async function regionCounts(ctx: RequestContext, country: string, withAdmin2: boolean) {
  const [places, byAdmin1, byPlace] = await Promise.all([
    placeRegions(ctx.db, country),
    incidentStats(ctx, { country: [country], by: ['admin1'], deleted: 'exclude' }),
    withAdmin2 ? incidentStats(ctx, { country: [country], by: ['place'], deleted: 'exclude' }) : undefined,
  ]);
  const key = (admin1: string | null, admin2: string | null = null) => `${admin1 ?? ''}|${admin2 ?? ''}`;
  const placeCounts = new Map<string, number>();
  const bump = (map: Map<string, number>, k: string, n: number) => map.set(k, (map.get(k) ?? 0) + n);
  for (const p of places) {
    if (p.admin1) bump(placeCounts, key(p.admin1), 1);
    if (p.admin1 && p.admin2) bump(placeCounts, key(p.admin1, p.admin2), 1);
  }
  const incidentCounts = new Map<string, number>();
  for (const c of byAdmin1.cells) if (c.admin1) bump(incidentCounts, key(c.admin1), c.incidents);
  const placeById = new Map(places.map((p) => [p.id, p]));
  for (const c of byPlace?.cells ?? []) {
    const p = c.place ? placeById.get(c.place) : undefined;
    if (p?.admin1 && p.admin2) bump(incidentCounts, key(p.admin1, p.admin2), c.incidents);
  }
  return (r: store.RegionRow) => {
    const k = r.level === 1 ? key(r.name) : key(r.parent_name, r.name);
    return { places: placeCounts.get(k) ?? 0, incidents: incidentCounts.get(k) ?? 0 };
  };
}

/**
 * The region at a point: the smallest region whose boundary contains it; else the region of
 * the nearest known place within 50 km; else none.
 */
export async function regionAt(ctx: RequestContext, q: RegionAtQuery): Promise<RegionAt> {
  requirePermission(ctx.actor.scope, 'registry.read');
  const point = [q.lon, q.lat] as const;
  const shaped = await store.selectBoundaries(ctx.db, q.country);
  const hit = containingArea(
    shaped.map((r) => ({ row: r, boundary: r.boundary as Boundary })),
    point,
  );
  if (hit) {
    const r = hit.row;
    return { admin1: r.level === 1 ? r.name : r.parent_name, admin2: r.level === 2 ? r.name : null, regionId: r.id, matchedBy: 'boundary', nearestPlace: null };
  }
  const located = (await placeRegions(ctx.db, q.country)).flatMap((p) =>
    p.admin1 && p.latitude !== null && p.longitude !== null ? [{ place: p, position: [p.longitude, p.latitude] as const }] : [],
  );
  const near = nearestWithin(located, point, nearestPlaceKm);
  if (!near) return { admin1: null, admin2: null, regionId: null, matchedBy: null, nearestPlace: null };
  const { place } = near.item;
  const [admin1] = await store.selectRegionsByName(ctx.db, q.country, 1, [place.admin1!]);
  const admin2 = place.admin2 && admin1 ? (await store.selectRegions(ctx.db, { country: q.country, level: 2, parentKey: admin1.key, withBoundary: false })).find((r) => r.name === place.admin2) : undefined;
  return {
    admin1: place.admin1,
    admin2: place.admin2,
    regionId: admin2?.id ?? admin1?.id ?? null,
    matchedBy: 'nearest-place',
    nearestPlace: { id: place.id, name: place.name, distanceKm: Math.round(near.km * 10) / 10 },
  };
}

/**
 * Merges the region spelt `from` into the region spelt `into` (both matched ignoring case
 * and spacing): places and incidents move, the rollup with them, and `from`'s spelling stays
 * as an alias so a later write of it lands in `into`. Same region, other case or spacing:
 * respells it. No region spelt `into`: renames `from`. One transaction; one audit entry for
 * the merge (with the ids moved) beside each place's own.
 */
export async function mergeRegions(ctx: RequestContext, input: RegionMergeInput): Promise<RegionMergeResult> {
  requirePermission(ctx.actor.scope, 'regions.merge');
  const level = levelNumber(input.level);
  const fromSpelling = normaliseSpelling(input.from);
  const intoSpelling = normaliseSpelling(input.into);
  const outcome = await ctx.db.transaction(async (tx) => {
    const parent = input.admin1 ? await store.selectRegionBySpelling(tx, input.country, 1, null, normaliseSpelling(input.admin1)) : undefined;
    if (level === 2 && !parent) throw invalid([{ field: 'admin1', code: 'not-found', message: `no admin1 region '${input.admin1}' in ${input.country}`, params: { entity: 'region', id: input.admin1 ?? '' } }]);
    const parentId = parent?.id ?? null;
    const from = await store.selectRegionBySpelling(tx, input.country, level, parentId, fromSpelling, true);
    if (!from) throw notFound('region', `'${input.from}' in ${input.country}`);
    const into = await store.selectRegionBySpelling(tx, input.country, level, parentId, intoSpelling, true);
    if (into && into.id === from.id && into.key !== from.key) {
      // Both name one region: there is nothing to merge.
      throw invalid([{ field: 'from', code: 'duplicate', message: `'${input.from}' was merged into '${from.name}' before` }]);
    }
    const kind = !into ? 'rename' : into.id === from.id ? 'respell' : 'merge';
    if (kind === 'respell' && from.name === intoSpelling) throw invalid([{ field: 'into', code: 'duplicate', message: `the region is already spelt '${from.name}'` }]);
    const newName = kind === 'merge' ? into!.name : intoSpelling;

    let childRenames: { from: string; into: string }[] = [];
    if (kind === 'merge') childRenames = await store.mergeInto(tx, from.id, into!.id);
    else await store.respell(tx, from.id, newName);

    const placeIds: string[] = [];
    if (level === 1) {
      for (const c of childRenames) placeIds.push(...(await respellPlaceRegions(tx, ctx, input.country, { admin1: [from.name], admin2: [c.from] }, { admin2: c.into })));
      placeIds.push(...(await respellPlaceRegions(tx, ctx, input.country, { admin1: [from.name] }, { admin1: newName })));
    } else {
      placeIds.push(...(await respellPlaceRegions(tx, ctx, input.country, { admin1: [parent!.name], admin2: [from.name] }, { admin2: newName })));
    }
    const incidentIds = level === 1 ? await respellIncidentAdmin1(tx, input.country, [from.name], newName) : [];

    const kept = (await store.selectRegion(tx, kind === 'merge' ? into!.id : from.id))!;
    const places = [...new Set(placeIds)];
    await recordAudit(tx, ctx, [
      {
        action: 'region.merge',
        entity: 'region',
        entityId: kept.id,
        before: { kind, from: toRegion(from), into: into && kind === 'merge' ? toRegion(into) : null },
        after: { kind, region: toRegion(kept), places: places.length, incidents: incidentIds.length, placeIds: places, incidentIds, admin2Merged: childRenames },
      },
    ]);
    return { kept, from: from.name, places: places.length, incidents: incidentIds.length };
  });
  const counts = await regionCounts(ctx, input.country, level === 2);
  return { into: toRegion(outcome.kept, counts(outcome.kept)), from: outcome.from, places: outcome.places, incidents: outcome.incidents };
}

/**
 * Gives admin1 regions of a country their centroid and boundary, creating the regions that
 * do not exist yet (the demo data set, or an administrator's import). Audited.
 */
export async function defineRegionShapes(ctx: RequestContext, country: string, shapes: readonly RegionShape[]): Promise<Region[]> {
  requirePermission(ctx.actor.scope, 'registry.write');
  return ctx.db.transaction(async (tx) => {
    const named = await canonicalAdmin1(tx, ctx, shapes.map((s) => ({ country, admin1: s.name })));
    const rows = await store.selectRegionsByName(tx, country, 1, named.map((n) => n.admin1));
    const byName = new Map(rows.map((r) => [r.name, r]));
    const out: Region[] = [];
    for (const [i, shape] of shapes.entries()) {
      const before = byName.get(named[i]!.admin1)!;
      await store.setShape(tx, before.id, shape.centroid ?? null, shape.boundary ?? null);
      const after = toRegion((await store.selectRegionWithBoundary(tx, before.id))!);
      await recordAudit(tx, ctx, [{ action: 'region.update', entity: 'region', entityId: before.id, before: toRegion(before), after }]);
      out.push(after);
    }
    return out;
  });
}

