/**
 * The world's country outlines as the web app ships them: Natural Earth 1:110m from the
 * `world-atlas` package (TopoJSON), with each country's ISO 3166-1 alpha-3 code and a label
 * point, and rings that cross the antimeridian cut at it (antimeridian.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { ringCentroid } from '../../src/regions/geometry.js';
import { antimeridianJumps, splitAtAntimeridian, type Ring } from './antimeridian.js';

const require = createRequire(import.meta.url);

/** Appends a ring as a new arc of a quantized topology (delta-encoded) and returns its index. */
function appendArc(topo: Topology, ring: Ring): number {
  const { scale, translate } = topo.transform!;
  let px = 0;
  let py = 0;
  const arc = ring.map(([x, y], i) => {
    const qx = Math.round((x - translate[0]) / scale[0]);
    const qy = Math.round((y - translate[1]) / scale[1]);
    const point: [number, number] = i === 0 ? [qx, qy] : [qx - px, qy - py];
    px = qx;
    py = qy;
    return point;
  });
  topo.arcs.push(arc);
  return topo.arcs.length - 1;
}

/** The world's outlines, and every region file, in one file the page preloads: no request per country. */
export function worldTopology(regionSets: Record<string, unknown>): Topology & { regions: Record<string, unknown> } {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const collection = topo.objects.countries as GeometryCollection<{ name: string }>;
  const geo = feature(topo, collection);
  for (const [i, geometry] of collection.geometries.entries()) {
    const iso3 = geometry.id ? countries.numericToAlpha3(String(geometry.id)) : undefined;
    const f = geo.features[i]!;
    let polygons: Ring[][] =
      f.geometry?.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : f.geometry?.type === 'MultiPolygon' ? (f.geometry.coordinates as Ring[][]) : [];
    if (polygons.some((p) => p.some((ring) => antimeridianJumps(ring) > 0))) {
      const arcs = geometry.type === 'Polygon' ? [(geometry as Polygon).arcs] : (geometry as MultiPolygon).arcs;
      const fixedArcs: number[][][] = [];
      const fixed: Ring[][] = [];
      polygons.forEach((polygon, k) => {
        if (!polygon.some((ring) => antimeridianJumps(ring) > 0)) {
          fixedArcs.push(arcs[k]!);
          fixed.push(polygon);
          return;
        }
        // The crossing rings of Natural Earth 1:110m have no holes; a hole would need its own piece.
        if (polygon.length > 1) throw new Error(`${f.properties.name}: a ring with holes crosses the antimeridian`);
        for (const piece of splitAtAntimeridian(polygon[0]!)) {
          fixedArcs.push([[appendArc(topo, piece)]]);
          fixed.push([piece]);
        }
      });
      Object.assign(geometry, { type: 'MultiPolygon', arcs: fixedArcs });
      polygons = fixed;
    }
    const largest = polygons.map((p) => ringCentroid(p[0]!)).sort((a, b) => b.area - a.area)[0];
    geometry.properties = {
      name: (geometry.properties as { name?: string } | null)?.name ?? '',
      ...(iso3 ? { iso3 } : {}),
      ...(largest ? { cx: Math.round(largest.x * 100) / 100, cy: Math.round(largest.y * 100) / 100 } : {}),
    };
  }
  return { ...topo, regions: regionSets };
}
