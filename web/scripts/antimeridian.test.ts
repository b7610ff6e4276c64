import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { antimeridianJumps, splitAtAntimeridian, type Ring } from './antimeridian.js';
import { worldTopology } from './world.js';

const area = (ring: Ring) => Math.abs(ring.slice(0, -1).reduce((a, [x0, y0], i) => a + x0 * ring[i + 1]![1] - ring[i + 1]![0] * y0, 0)) / 2;
/** Every edge of every ring of every country, longitudes apart. */
function widestEdges(topo: Topology): { name: string; width: number; lat: number }[] {
  const geo = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>);
  const out: { name: string; width: number; lat: number }[] = [];
  for (const f of geo.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    for (const ring of polygons.flat() as Ring[])
      for (let i = 1; i < ring.length; i++) {
        const width = Math.abs(ring[i]![0] - ring[i - 1]![0]);
        if (width > 180) out.push({ name: f.properties.name, width, lat: (ring[i]![1] + ring[i - 1]![1]) / 2 });
      }
  }
  return out;
}

describe('outlines across the antimeridian', () => {
  it('cuts a ring that crosses and comes back into its two sides, area kept', () => {
    const island: Ring = [[179, -16], [-179, -16], [-179, -17], [179, -17], [179, -16]];
    const pieces = splitAtAntimeridian(island);
    expect(pieces).toHaveLength(2);
    for (const p of pieces) {
      expect(antimeridianJumps(p)).toBe(0);
      expect(area(p)).toBeCloseTo(1, 6);
    }
    expect(pieces.map((p) => Math.sign(p[0]![0])).sort()).toEqual([-1, 1]);
  });

  it('leaves a ring that does not cross as it is, and closes one round the pole through the pole', () => {
    const square: Ring = [[10, 10], [11, 10], [11, 11], [10, 10]];
    expect(splitAtAntimeridian(square)).toEqual([square]);
    const polar: Ring = [[-180, -80], [0, -70], [180, -80], [-180, -80]];
    const [closed] = splitAtAntimeridian(polar);
    expect(closed!.filter(([, y]) => y === -90)).toHaveLength(2);
  });

  it('ships world outlines with no edge across the world, but along a pole', () => {
    const raw = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
    // The source has them (Fiji at about 16°S, Russia, Antarctica): the test would see a regression.
    expect(widestEdges(raw).map((e) => e.name).sort()).toEqual(['Antarctica', 'Fiji', 'Fiji', 'Russia', 'Russia', 'Russia', 'Russia']);
    const shipped = widestEdges(worldTopology({}));
    expect(shipped.filter((e) => Math.abs(e.lat) < 89)).toEqual([]);
  });
});
