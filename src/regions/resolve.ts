import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { toRegion } from './document.js';
import { normaliseSpelling } from './names.js';
import * as store from './store.js';

/**
 * The one rule for writing a region's name, used by every write of a place or an incident:
 * the spelling is normalised (names.ts) and matched, ignoring case, against the country's
 * regions, so `eastern  lakes` is stored as "Eastern Lakes"; a new spelling creates the
 * region (audited). This file depends on nothing but the regions table and the audit
 * trail, so the registry and incidents services can call it without a cycle.
 */

const keyOf = (country: string, parentId: string | null, spelling: string) => `${country}|${parentId ?? ''}|${spelling}`;

/** Resolves spellings of one level in one query, recording the regions it had to create. */
async function resolveLevel(tx: Sql, ctx: RequestContext, level: 1 | 2, wanted: store.WantedSpelling[]): Promise<Map<string, store.RegionRow>> {
  const rows = await store.resolveSpellings(tx, level, wanted);
  const created = new Map(rows.filter((r) => r.inserted).map((r) => [r.id, r]));
  await recordAudit(
    tx,
    ctx,
    [...created.values()].map(({ spelling: _s, inserted: _i, ...row }) => ({ action: 'region.create', entity: 'region', entityId: row.id, before: null, after: toRegion(row) })),
  );
  return new Map(rows.map((r) => [keyOf(r.country, r.parent_id, r.spelling), r]));
}

/**
 * The incidents' admin1 in the spelling of their country's region — for the whole batch in
 * one query. An incident with a place takes the place's region (already resolved when the
 * place was written), so it is left as it is.
 */
export async function canonicalAdmin1<T extends { country?: string | null; admin1?: string | null; placeId?: string | null }>(
  tx: Sql,
  ctx: RequestContext,
  items: readonly T[],
): Promise<T[]> {
  const wanted = items.flatMap((i) => (i.placeId || !i.country || !i.admin1 ? [] : [{ country: i.country, parentId: null, spelling: normaliseSpelling(i.admin1) }]));
  if (wanted.length === 0) return [...items];
  const regions = await resolveLevel(tx, ctx, 1, wanted);
  return items.map((i) => (i.placeId || !i.country || !i.admin1 ? i : { ...i, admin1: regions.get(keyOf(i.country, null, normaliseSpelling(i.admin1)))!.name }));
}

/**
 * A place's admin1 and admin2 in the spellings of its country's regions. An admin2 is a
 * region under its admin1; without an admin1 it is only normalised.
 */
export async function canonicalPlaceRegions<T extends { country: string; admin1?: string | null; admin2?: string | null }>(tx: Sql, ctx: RequestContext, place: T): Promise<T> {
  return (await canonicalPlacesRegions(tx, ctx, [place]))[0]!;
}

/**
 * canonicalPlaceRegions for many places at once: one query per level for the whole list, so
 * an import naming a new town on every row does not ask twice per town (it did: 56,000
 * queries, half a 20,000-row import's server time, bench/importFile.ts, 2026-11-30).
 */
export async function canonicalPlacesRegions<T extends { country: string; admin1?: string | null; admin2?: string | null }>(tx: Sql, ctx: RequestContext, places: readonly T[]): Promise<T[]> {
  const admin1Wanted = places.flatMap((p) => (p.admin1 ? [{ country: p.country, parentId: null, spelling: normaliseSpelling(p.admin1) }] : []));
  const admin1s = admin1Wanted.length ? await resolveLevel(tx, ctx, 1, admin1Wanted) : new Map<string, store.RegionRow>();
  const admin1Of = (p: T) => admin1s.get(keyOf(p.country, null, normaliseSpelling(p.admin1!)))!;
  const admin2Wanted = places.flatMap((p) => (p.admin1 && p.admin2 ? [{ country: p.country, parentId: admin1Of(p).id, spelling: normaliseSpelling(p.admin2) }] : []));
  const admin2s = admin2Wanted.length ? await resolveLevel(tx, ctx, 2, admin2Wanted) : new Map<string, store.RegionRow>();
  return places.map((p) => {
    if (!p.admin1) return p.admin2 ? { ...p, admin2: normaliseSpelling(p.admin2) } : p;
    const admin1 = admin1Of(p);
    if (!p.admin2) return { ...p, admin1: admin1.name };
    return { ...p, admin1: admin1.name, admin2: admin2s.get(keyOf(p.country, admin1.id, normaliseSpelling(p.admin2)))!.name };
  });
}

/**
 * Region names given to a filter, with the spellings on record they name (any case, spacing
 * or merged spelling): `admin1=eastern lakes` finds the incidents of "Eastern Lakes". The
 * names as given stay in, so a filter never finds less than it did before.
 */
export async function admin1FilterNames(sql: Sql, countries: readonly string[] | undefined, names: readonly string[]): Promise<string[]> {
  const onRecord = await store.selectNamesOfSpellings(sql, countries, names.map(normaliseSpelling));
  return [...new Set([...names, ...onRecord])];
}
