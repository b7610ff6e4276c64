/**
 * Writes the map outlines the web app ships, so the map needs no tile server:
 *
 * - `web/public/geo/countries-110m.json`: Natural Earth country outlines at 1:110m, from the
 *   `world-atlas` package (TopoJSON, ISC; Natural Earth is public domain), with each country's
 *   ISO 3166-1 alpha-3 code and a label point added, so incidents known only by country can be
 *   drawn at its centre.
 * - `web/public/geo/XVR.json`: the six regions of Veridia, the demo data set's fictional country.
 *   They are invented here: a hand-drawn coastline around the demo towns, cut into the regions by
 *   the Voronoi cells of each region's centre. Every town is checked to fall in its own region.
 *
 * Run by `npm run build:web`; deterministic, so its output is the same on every machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { country as demoCountry, regions } from '../../src/demo/world.js';
import type { Ring } from './antimeridian.js';
import { ringCentroid, worldTopology } from './world.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'public', 'geo');

/** Veridia's coastline, drawn by hand around the demo towns (longitude, latitude). */
const coast: Ring = [
  [-16.7, -25.9], [-16.2, -25.4], [-15.4, -25.1], [-14.6, -24.85], [-13.8, -25.0], [-13.1, -25.45],
  [-12.5, -25.6], [-12.3, -26.1], [-12.45, -26.7], [-12.9, -27.0], [-13.3, -27.5], [-13.4, -28.0],
  [-13.9, -28.45], [-14.6, -28.5], [-15.0, -28.1], [-15.6, -27.7], [-16.1, -27.3], [-16.6, -26.9],
  [-16.9, -26.4], [-16.7, -25.9],
];

/** Keeps the part of a closed ring on the side of the bisector nearer to `a` than to `b` (Sutherland–Hodgman). */
function clipNearer(ring: Ring, a: [number, number], b: [number, number]): Ring {
  const side = (p: [number, number]) => (p[0] - (a[0] + b[0]) / 2) * (b[0] - a[0]) + (p[1] - (a[1] + b[1]) / 2) * (b[1] - a[1]);
  const open = ring.slice(0, -1);
  const result: Ring = [];
  for (let i = 0; i < open.length; i++) {
    const p = open[i]!;
    const q = open[(i + 1) % open.length]!;
    const sp = side(p);
    const sq = side(q);
    if (sp <= 0) result.push(p);
    if ((sp < 0 && sq > 0) || (sp > 0 && sq < 0)) {
      const t = sp / (sp - sq);
      result.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  if (result.length) result.push(result[0]!);
  return result;
}

function inside(point: [number, number], ring: Ring): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

function writeVeridia() {
  const seeds = regions.map((r) => {
    const lon = r.towns.reduce((s, t) => s + t.lon, 0) / r.towns.length;
    const lat = r.towns.reduce((s, t) => s + t.lat, 0) / r.towns.length;
    return [lon, lat] as [number, number];
  });
  const round = (ring: Ring): Ring => ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);
  const features = regions.map((region, i) => {
    let cell = coast;
    seeds.forEach((other, j) => {
      if (j !== i) cell = clipNearer(cell, seeds[i]!, other);
    });
    for (const town of region.towns) {
      if (!inside([town.lon, town.lat], cell)) throw new Error(`${town.name} falls outside the drawn region ${region.name}`);
    }
    const c = ringCentroid(cell);
    return {
      type: 'Feature' as const,
      properties: { country: demoCountry, admin1: region.name, cx: Math.round(c.x * 1e3) / 1e3, cy: Math.round(c.y * 1e3) / 1e3 },
      geometry: { type: 'Polygon' as const, coordinates: [round(cell)] },
    };
  });
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
