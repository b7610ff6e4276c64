/**
 * Writes the map outlines the web app ships, so the map needs no tile server:
 *
 * - `web/public/geo/countries-110m.json`: Natural Earth country outlines at 1:110m, from the
 *   `world-atlas` package (TopoJSON, ISC; Natural Earth is public domain), with each country's
 *   ISO 3166-1 alpha-3 code and a label point added, so incidents known only by country can be
 *   drawn at its centre.
 * - `web/public/geo/XVR.json`: the six regions of Veridia, the demo data set's fictional country.
 *   They are invented in src/demo/shapes.ts, which the demo loader also stores as the regions'
 *   boundaries; every town is checked to fall in its own region.
 *
 * Run by `npm run build:web`; deterministic, so its output is the same on every machine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { veridiaRegionShapes } from '../../src/demo/shapes.js';
import { country as demoCountry } from '../../src/demo/world.js';
import { ringCentroid } from '../../src/regions/geometry.js';

type Ring = [number, number][];

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'public', 'geo');
const require = createRequire(import.meta.url);

/** The world's outlines, and every region file, in one file the page preloads: no request per country. */
function writeCountries(regionSets: Record<string, unknown>) {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const collection = topo.objects.countries as GeometryCollection<{ name: string }>;
  const geo = feature(topo, collection);
  for (const [i, geometry] of collection.geometries.entries()) {
    const iso3 = geometry.id ? countries.numericToAlpha3(String(geometry.id)) : undefined;
    const f = geo.features[i]!;
    const polygons: Ring[][] =
      f.geometry?.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : f.geometry?.type === 'MultiPolygon' ? (f.geometry.coordinates as Ring[][]) : [];
    const largest = polygons.map((p) => ringCentroid(p[0]!)).sort((a, b) => b.area - a.area)[0];
    geometry.properties = {
      name: (geometry.properties as { name?: string } | null)?.name ?? '',
      ...(iso3 ? { iso3 } : {}),
      ...(largest ? { cx: Math.round(largest.x * 100) / 100, cy: Math.round(largest.y * 100) / 100 } : {}),
    };
  }
  writeFileSync(join(out, 'countries-110m.json'), JSON.stringify({ ...topo, regions: regionSets }));
}

function writeVeridia() {
  // The same shapes the demo loader stores as the regions' boundaries (src/demo/shapes.ts).
  const features = veridiaRegionShapes().map((shape) => ({
    type: 'Feature' as const,
    properties: { country: demoCountry, admin1: shape.name, cx: shape.centroid.longitude, cy: shape.centroid.latitude },
    geometry: shape.boundary,
  }));
  const collection = {
    type: 'FeatureCollection',
    properties: { note: 'Invented outline of the fictional demo country Veridia (web/scripts/geo.ts); not a real place.' },
    features,
  };
  writeFileSync(join(out, `${demoCountry}.json`), JSON.stringify(collection));
  return collection;
}

mkdirSync(out, { recursive: true });
writeCountries({ [demoCountry]: writeVeridia() });
