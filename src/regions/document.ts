import type { Region } from './schema.js';
import type { RegionRow } from './store.js';

/** A stored region as the API shows it; counts are added by the caller that has them. */
export function toRegion(row: RegionRow, counts: { places: number; incidents: number } = { places: 0, incidents: 0 }): Region {
  return {
    id: row.id,
    country: row.country,
    level: row.level === 1 ? 'admin1' : 'admin2',
    name: row.name,
    parentId: row.parent_id,
    parentName: row.parent_name,
    aliases: row.aliases,
    centroid: row.centroid_latitude !== null && row.centroid_longitude !== null ? { latitude: row.centroid_latitude, longitude: row.centroid_longitude } : null,
    hasBoundary: row.has_boundary,
    ...(row.boundary !== undefined ? { boundary: (row.boundary ?? null) as Region['boundary'] } : {}),
    places: counts.places,
    incidents: counts.incidents,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
