import type { Scope } from '../access/scope.js';
import type { Sql } from '../db/database.js';
import { placesSensitiveFor } from '../incidents/placeExactness.js';
import { publicOptionsFrom, roundCoordinate } from '../ingest/export/public.js';
import type { Place } from './schema.js';

/**
 * A place's exact coordinates are shown only to a reader who may see the exact place of every
 * incident that names it (src/incidents/placeExactness.ts); to anyone else they are rounded to
 * PRECURSOR_PUBLIC_COORDINATE_DECIMALS places (default 2, about 1.1 km) and the precision is no
 * better than `near` — the public export's rule, so `/api/places` tells the public no more than
 * a public export does.
 */
type PlaceLike = Pick<Place, 'id' | 'latitude' | 'longitude' | 'locationPrecision'>;

export function coarsened<T extends PlaceLike>(place: T, decimals = publicOptionsFrom().coordinateDecimals): T {
  if (place.latitude === null || place.longitude === null) return place;
  return {
    ...place,
    latitude: roundCoordinate(place.latitude, decimals),
    longitude: roundCoordinate(place.longitude, decimals),
    locationPrecision: place.locationPrecision === 'exact' ? 'near' : place.locationPrecision,
  };
}

/** The places as this scope may see them: exact, or coarsened. */
export async function placesFor<T extends PlaceLike>(sql: Sql, scope: Scope, places: readonly T[]): Promise<T[]> {
  const sensitive = await placesSensitiveFor(sql, scope, places.filter((p) => p.latitude !== null).map((p) => p.id));
  return places.map((p) => (sensitive.has(p.id) ? coarsened(p) : p));
}

/**
 * An edit by someone shown the coarsened coordinates: sending them back unchanged keeps the
 * exact ones (a save of the form must not round the place for everyone); new coordinates are taken.
 */
export async function keepExactCoordinates<T extends Partial<PlaceLike>>(sql: Sql, scope: Scope, stored: PlaceLike, input: T): Promise<T> {
  if (stored.latitude === null || stored.longitude === null) return input;
  const sensitive = await placesSensitiveFor(sql, scope, [stored.id]);
  if (!sensitive.has(stored.id)) return input;
  const shown = coarsened(stored);
  const unchanged = input.latitude === shown.latitude && input.longitude === shown.longitude;
  if (!unchanged) return input;
  return { ...input, latitude: stored.latitude, longitude: stored.longitude, ...(input.locationPrecision === shown.locationPrecision ? { locationPrecision: stored.locationPrecision } : {}) };
}
