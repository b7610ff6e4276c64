/**
 * Plain geometry for "which region is this point in": GeoJSON polygons and multipolygons in
 * longitude/latitude, points as [longitude, latitude]. Regions are small next to the Earth's
 * curvature, so a planar test on degrees is what every GIS does for this question; distance
 * to a place, where 50 km matters, uses the great circle.
 */

export type Position = readonly [longitude: number, latitude: number];
/** A ring: closed or not, the first position need not be repeated. */
export type Ring = readonly Position[];
export type Boundary = { type: 'Polygon'; coordinates: readonly Ring[] } | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

/** Whether `point` is inside `ring` (even–odd ray casting; a point on an edge may fall either way). */
function inRing(point: Position, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring (the first) and outside every hole (the rest). */
function inPolygon(point: Position, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  return Boolean(outer && inRing(point, outer) && !holes.some((hole) => inRing(point, hole)));
}

/**
 * Whether a boundary contains the point.
 *
 * @example contains({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2]]] }, [1, 1]) // true
 */
export function contains(boundary: Boundary, point: Position): boolean {
  return boundary.type === 'Polygon' ? inPolygon(point, boundary.coordinates) : boundary.coordinates.some((polygon) => inPolygon(point, polygon));
}

const earthRadiusKm = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The first of `areas` whose boundary contains the point — the smallest first, so that a
 * district inside a province wins when both are given.
 */
export function containingArea<T extends { boundary: Boundary | null }>(areas: readonly T[], point: Position): T | undefined {
  return [...areas].filter((a) => a.boundary && contains(a.boundary, point)).sort((a, b) => area(a.boundary!) - area(b.boundary!))[0];
}

/** The item nearest to the point within `maxKm`, with its distance; undefined when none is that close. */
export function nearestWithin<T extends { position: Position }>(items: readonly T[], point: Position, maxKm: number): { item: T; km: number } | undefined {
  let best: { item: T; km: number } | undefined;
  for (const item of items) {
    const km = distanceKm(point, item.position);
    if (km <= maxKm && (!best || km < best.km)) best = { item, km };
  }
  return best;
}

/** Planar area in square degrees (outer rings less holes): only to rank nested areas. */
function area(boundary: Boundary): number {
  const ringArea = (ring: Ring) => Math.abs(ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    return sum + x * ny - nx * y;
  }, 0)) / 2;
  const polygonArea = (rings: readonly Ring[]) => rings.reduce((sum, ring, i) => sum + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);
  return boundary.type === 'Polygon' ? polygonArea(boundary.coordinates) : boundary.coordinates.reduce((sum, p) => sum + polygonArea(p), 0);
}

/** Area and centroid of a closed ring (shoelace); a degenerate ring gives its first position. */
export function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  a /= 2;
  return a === 0 ? { area: 0, x: ring[0]![0], y: ring[0]![1] } : { area: Math.abs(a), x: cx / (6 * a), y: cy / (6 * a) };
}
