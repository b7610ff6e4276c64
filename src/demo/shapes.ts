/**
 * The shapes of Veridia's regions, invented like the country: a hand-drawn coastline around
 * the demo towns, cut into the regions by the Voronoi cells of each region's centre (the
 * mean of its towns). The web app draws them (web/scripts/geo.ts) and the demo loader stores
 * them as the regions' boundaries, so the map shows what "the region at a point" answers.
 * Every town is checked to fall in its own region.
 */
import { contains, ringCentroid, type Ring } from '../regions/geometry.js';
import { regions } from './world.js';

type Position = [number, number];

/** Veridia's coastline (longitude, latitude), closed. */
const coast: Position[] = [
  [-16.7, -25.9], [-16.2, -25.4], [-15.4, -25.1], [-14.6, -24.85], [-13.8, -25.0], [-13.1, -25.45],
  [-12.5, -25.6], [-12.3, -26.1], [-12.45, -26.7], [-12.9, -27.0], [-13.3, -27.5], [-13.4, -28.0],
  [-13.9, -28.45], [-14.6, -28.5], [-15.0, -28.1], [-15.6, -27.7], [-16.1, -27.3], [-16.6, -26.9],
  [-16.9, -26.4], [-16.7, -25.9],
];

/** Keeps the part of a closed ring on the side of the bisector nearer to `a` than to `b` (Sutherland–Hodgman). */
function clipNearer(ring: Position[], a: Position, b: Position): Position[] {
  const side = (p: Position) => (p[0] - (a[0] + b[0]) / 2) * (b[0] - a[0]) + (p[1] - (a[1] + b[1]) / 2) * (b[1] - a[1]);
  const open = ring.slice(0, -1);
  const result: Position[] = [];
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

export interface DemoRegionShape {
  name: string;
  centroid: { latitude: number; longitude: number };
  boundary: { type: 'Polygon'; coordinates: Position[][] };
}

/** Each demo region's boundary (rounded to 1e-4°) and centroid (1e-3°). */
export function veridiaRegionShapes(): DemoRegionShape[] {
  const seeds = regions.map((r): Position => [r.towns.reduce((s, t) => s + t.lon, 0) / r.towns.length, r.towns.reduce((s, t) => s + t.lat, 0) / r.towns.length]);
  const round = (ring: Position[]): Position[] => ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);
  return regions.map((region, i) => {
    let cell = coast;
    seeds.forEach((other, j) => {
      if (j !== i) cell = clipNearer(cell, seeds[i]!, other);
    });
    const boundary = { type: 'Polygon' as const, coordinates: [round(cell)] };
    for (const town of region.towns) {
      if (!contains(boundary, [town.lon, town.lat])) throw new Error(`${town.name} falls outside the drawn region ${region.name}`);
    }
    const c = ringCentroid(cell as Ring);
    return { name: region.name, centroid: { latitude: Math.round(c.y * 1e3) / 1e3, longitude: Math.round(c.x * 1e3) / 1e3 }, boundary };
  });
}
