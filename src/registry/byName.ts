import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { canonicalAdmin1, canonicalPlacesRegions } from '../regions/resolve.js';
import { normaliseSpelling } from '../regions/names.js';
import { insertRecords, selectByName, selectPlacesFor, type WantedPlace } from './byName.store.js';
import { ActorInput, GroupInput, PlaceInput, SourceInput, registryKinds, type RegistryKindName } from './schema.js';

/**
 * Registry records named by an import, found or created in bulk: a batch of a thousand rows that
 * names the same fifty places, groups and actors costs one query per kind to find them and one
 * statement per kind to create the missing, each creation audited as a create made by hand is.
 * Names match ignoring case (a group also by its aliases); regions are written in the
 * country's spelling (src/regions) before places are matched, so `eastern  lakes` finds the
 * places of "Eastern Lakes".
 */

export interface PlaceWanted extends WantedPlace {
  precision: string | null;
}

export interface NamedWanted {
  name: string;
  country?: string | null;
  /** The fields of a record to create (validated with the kind's input schema). */
  values: Record<string, unknown>;
}

const inputSchemas = { groups: GroupInput, actors: ActorInput, sources: SourceInput } as const;

/** One id per wanted place (null when it names no place: no name and no coordinates). */
export async function findOrCreatePlaces(tx: Sql, ctx: RequestContext, wanted: readonly PlaceWanted[]): Promise<(string | null)[]> {
  // Regions first, for the whole batch in one query (new spellings create regions, audited).
  const withRegions = await canonicalAdmin1(tx, ctx, wanted.map((w) => ({ ...w, placeId: null })));
  const keyOf = (w: PlaceWanted) =>
    w.name !== null ? `n|${w.country}|${w.admin1 ?? ''}|${(w.admin2 ?? '').toLowerCase()}|${w.name.toLowerCase()}` : w.latitude !== null ? `c|${w.country}|${w.latitude}|${w.longitude}` : null;
  const unique = new Map<string, PlaceWanted>();
  const keys = withRegions.map((w) => {
    const place = { ...w, name: w.name ? normaliseSpelling(w.name).slice(0, 300) : null, admin2: w.admin2 ? normaliseSpelling(w.admin2) : null } as PlaceWanted;
    const key = keyOf(place);
    if (key && !unique.has(key)) unique.set(key, place);
    return key;
  });
  const list = [...unique.entries()];
  const found = await selectPlacesFor(tx, list.map(([, w]) => w));
  const ids = new Map<string, string>();
  const fresh: { key: string; values: PlaceInput }[] = [];
  for (const [i, [key, w]] of list.entries()) {
    const id = found.get(i);
    if (id) {
      ids.set(key, id);
      continue;
    }
    const values = PlaceInput.parse({
      name: w.name ?? `${w.latitude}, ${w.longitude}`,
      country: w.country,
      admin1: w.admin1,
      admin2: w.admin2,
      latitude: w.latitude,
      longitude: w.longitude,
      locationPrecision: w.precision ?? 'exact',
    });
    fresh.push({ key, values });
  }
  // New places' admin2s become regions under their admin1s: one query per level for the batch.
  const withTheirRegions = await canonicalPlacesRegions(tx, ctx, fresh.map((f) => f.values));
  const missing = fresh.map(({ key }, k) => {
    const record = { id: randomUUID(), values: withTheirRegions[k] as Record<string, unknown> };
    ids.set(key, record.id);
    return record;
  });
  await createAudited(tx, ctx, 'places', missing);
  return keys.map((k) => (k ? ids.get(k)! : null));
}

/** One record per wanted name of the kind, found by name (and alias, country) or created. */
export async function findOrCreateNamed(
  tx: Sql,
  ctx: RequestContext,
  kind: 'groups' | 'actors' | 'sources',
  wanted: readonly NamedWanted[],
): Promise<{ id: string; basis?: string }[]> {
  const keyOf = (w: NamedWanted) => `${kind === 'actors' ? (w.country ?? '') : ''}|${normaliseSpelling(w.name).toLowerCase()}`;
  const unique = new Map<string, NamedWanted>();
  for (const w of wanted) if (!unique.has(keyOf(w))) unique.set(keyOf(w), { ...w, name: normaliseSpelling(w.name).slice(0, 300) });
  const list = [...unique.entries()];
  const found = await selectByName(
    tx,
    kind,
    list.map(([, w]) => w.name),
    list.map(([, w]) => w.country ?? null),
  );
  const out = new Map<string, { id: string; basis?: string }>();
  const missing: { id: string; values: Record<string, unknown> }[] = [];
  for (const [i, [key, w]] of list.entries()) {
    const hit = found.get(i);
    if (hit) {
      out.set(key, hit);
      continue;
    }
    const values = inputSchemas[kind].parse({ ...w.values, name: w.name }) as Record<string, unknown>;
    const record = { id: randomUUID(), values };
    missing.push(record);
    out.set(key, { id: record.id, ...(kind === 'groups' ? { basis: values.basis as string } : {}) });
  }
  await createAudited(tx, ctx, kind, missing);
  return wanted.map((w) => out.get(keyOf(w))!);
}

async function createAudited(tx: Sql, ctx: RequestContext, kind: RegistryKindName, records: { id: string; values: Record<string, unknown> }[]): Promise<void> {
  if (records.length === 0) return;
  const spec = registryKinds[kind];
  const created = await insertRecords(tx, spec, records);
  await recordAudit(
    tx,
    ctx,
    created.map((after) => ({ action: `${spec.noun}.create`, entity: spec.noun, entityId: after.id as string, before: null, after, detail: { by: 'import' } })),
  );
}
