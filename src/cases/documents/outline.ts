import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapBoundary } from '../types.js';

const require = createRequire(import.meta.url);

let topology: Topology | undefined;

/**
 * A country's outline from Natural Earth 1:50m (the `world-atlas` package, read from disk: nothing
 * is downloaded), for the map of a country whose regions have no stored boundaries. Undefined for a
 * code Natural Earth does not have (the demo's fictional Veridia, whose regions are stored instead).
 */
export function countryOutline(iso3: string): { name: string; boundary: MapBoundary } | undefined {
  const numeric = countries.alpha3ToNumeric(iso3);
  if (!numeric) return undefined;
  topology ??= JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
  const geometry = collection.geometries.find((g) => String(g.id) === numeric);
  if (!geometry) return undefined;
  const f = feature(topology, geometry) as GeoJSON.Feature<GeoJSON.Geometry, { name: string }>;
  if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') return undefined;
  return { name: f.properties.name ?? iso3, boundary: f.geometry as MapBoundary };
}
