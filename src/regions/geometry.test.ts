import { describe, expect, it } from 'vitest';
import { containingArea, contains, distanceKm, nearestWithin, type Boundary } from './geometry.js';

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
] as [number, number][];

describe('contains', () => {
  const withHole: Boundary = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };

  it('finds a point inside a polygon and not one outside it', () => {
    expect(contains(withHole, [1, 1])).toBe(true);
    expect(contains(withHole, [11, 1])).toBe(false);
    expect(contains(withHole, [5, -0.5])).toBe(false);
  });
  it('leaves out a point in a hole', () => {
    expect(contains(withHole, [5, 5])).toBe(false);
    expect(contains(withHole, [3.9, 5])).toBe(true);
  });
  it('looks in every polygon of a multipolygon, holes included', () => {
    const islands: Boundary = { type: 'MultiPolygon', coordinates: [[square(0, 0, 2)], [square(10, 10, 4), square(11, 11, 1)]] };
    expect(contains(islands, [1, 1])).toBe(true);
    expect(contains(islands, [13, 13])).toBe(true);
    expect(contains(islands, [11.5, 11.5])).toBe(false);
    expect(contains(islands, [5, 5])).toBe(false);
  });
  it('accepts a ring whose first position is not repeated, and a concave shape', () => {
    const l: Boundary = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4]]] };
    expect(contains(l, [0.5, 3])).toBe(true);
    expect(contains(l, [3, 3])).toBe(false);
  });
  it('works across negative coordinates (Veridia lies in the South Atlantic)', () => {
    const region: Boundary = { type: 'Polygon', coordinates: [[[-14, -27], [-12.5, -27], [-12.5, -25.5], [-14, -25.5]]] };
    expect(contains(region, [-13.2, -26.15])).toBe(true);
    expect(contains(region, [-15.1, -27.05])).toBe(false);
  });
});

describe('containingArea', () => {
  it('prefers the smallest area containing the point (a district inside its province)', () => {
    const province = { name: 'province', boundary: { type: 'Polygon', coordinates: [square(0, 0, 10)] } as Boundary };
    const district = { name: 'district', boundary: { type: 'Polygon', coordinates: [square(1, 1, 2)] } as Boundary };
    const unknown = { name: 'no boundary', boundary: null };
    expect(containingArea([province, district, unknown], [2, 2])?.name).toBe('district');
    expect(containingArea([province, district, unknown], [8, 8])?.name).toBe('province');
    expect(containingArea([province, district, unknown], [20, 20])).toBeUndefined();
  });
});

describe('distance and the nearest place', () => {
  it('measures great-circle distance', () => {
    // One degree of latitude is about 111.2 km anywhere.
    expect(distanceKm([10, 0], [10, 1])).toBeCloseTo(111.19, 1);
    // One degree of longitude at 60° is half that.
    expect(distanceKm([0, 60], [1, 60])).toBeCloseTo(55.8, 0);
  });
  it('finds the nearest item within the limit, and nothing beyond it', () => {
    const places = [
      { name: 'far', position: [0, 1] as const },
      { name: 'near', position: [0, 0.2] as const },
    ];
    expect(nearestWithin(places, [0, 0], 50)?.item.name).toBe('near');
    expect(nearestWithin(places, [0, 0], 50)?.km).toBeCloseTo(22.2, 0);
    expect(nearestWithin(places, [0, 0], 20)).toBeUndefined();
    expect(nearestWithin([], [0, 0], 50)).toBeUndefined();
  });
});
