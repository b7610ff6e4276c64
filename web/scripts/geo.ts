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
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { veridiaRegionShapes } from '../../src/demo/shapes.js';
import { country as demoCountry } from '../../src/demo/world.js';
import { worldTopology } from './world.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'public', 'geo');

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
writeFileSync(join(out, 'countries-110m.json'), JSON.stringify(worldTopology({ [demoCountry]: writeVeridia() })));
