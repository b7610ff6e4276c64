import { describe, expect, it } from 'vitest';
import { containingArea } from '../regions/geometry.js';
import { veridiaRegionShapes } from './shapes.js';
import { regions } from './world.js';

describe("Veridia's region shapes", () => {
  const shapes = veridiaRegionShapes();

  it('gives every demo region a polygon and a centroid inside it', () => {
    expect(shapes.map((s) => s.name)).toEqual(regions.map((r) => r.name));
    for (const s of shapes) {
      expect(containingArea(shapes, [s.centroid.longitude, s.centroid.latitude])?.name).toBe(s.name);
    }
  });

  it('puts every demo town in its own region and in no other', () => {
    for (const region of regions) {
      for (const town of region.towns) {
        const holding = shapes.filter((s) => containingArea([s], [town.lon, town.lat]));
        expect(holding.map((s) => s.name), town.name).toEqual([region.name]);
      }
    }
  });
});
