import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { SubmissionInput } from '../types.js';
import { escapeXml } from './svg.js';

/**
 * The map of a submission, as SVG built server-side from shapes the project ships or stores (the
 * country's region boundaries, or its Natural Earth outline from world-atlas): no tile server,
 * nothing downloaded. Each place is a dot sized by its incidents, at the coordinates the reader may
 * see (assembly rounds them); the most-named places are labelled.
 */

export type MapShape = NonNullable<SubmissionInput['mapShapes']>[number];

export interface MapOptions {
  width?: number;
  height?: number;
  title: string;
  /** How many places get a label (the ones with most incidents), so labels do not pile up. */
  labels?: number;
}

export function placesMapSvg(shapes: readonly MapShape[], places: SubmissionInput['places'], options: MapOptions): string | null {
  if (shapes.length === 0 && places.length === 0) return null;
  const width = options.width ?? 900;
  const height = options.height ?? 640;
  const pad = 36;
  const features = shapes.map((s) => ({ type: 'Feature' as const, properties: { name: s.name }, geometry: forD3(s.boundary) as GeoJSON.Geometry }));
  const points = places.map((p) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] } }));
  const extent = { type: 'FeatureCollection' as const, features: [...features, ...points] } as GeoPermissibleObjects;
  const projection = geoMercator().fitExtent(
    [
      [pad, pad + 30],
      [width - pad, height - pad],
    ],
    extent,
  );
  // A single point (one place, no shapes) has no extent: show about a degree around it.
  if (shapes.length === 0 && places.length === 1) projection.scale(20000).center([places[0]!.lon, places[0]!.lat]).translate([width / 2, height / 2]);
  const path = geoPath(projection);
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#dbe9f5"/>`];
  for (const f of features) {
    const d = path(f);
    if (d) parts.push(`<path d="${d}" fill="#f2ecd8" stroke="#8a8a8a" stroke-width="1"/>`);
  }
  const maxIncidents = Math.max(1, ...places.map((p) => p.incidents));
  const sorted = [...places].sort((a, b) => b.incidents - a.incidents || a.name.localeCompare(b.name));
  for (const p of sorted) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = 5 + 13 * Math.sqrt(p.incidents / maxIncidents);
    parts.push(`<circle cx="${xy[0]}" cy="${xy[1]}" r="${r}" fill="#e31a1c" fill-opacity="0.7" stroke="#800026" stroke-width="1.2"/>`);
  }
  for (const p of sorted.slice(0, options.labels ?? 12)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const label = `${p.name} (${p.incidents})`;
    parts.push(`<text x="${xy[0] + 10}" y="${xy[1] - 8}" font-size="14" fill="#1a1a1a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(label)}</text>`);
  }
  parts.push(`<text x="${pad}" y="${pad}" font-size="20" font-weight="bold" fill="#1a1a1a">${escapeXml(options.title)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, Noto Sans Arabic">${parts.join('')}</svg>`;
}

type Ring = [number, number][];

/** Twice the signed area of a ring in the plane (positive: counter-clockwise with latitude up). */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

/**
 * d3-geo reads polygons on the sphere: an exterior ring must run clockwise, or it means the whole
 * globe outside it. GeoJSON (RFC 7946) and the stored region boundaries run counter-clockwise, so the
 * rings are turned: exteriors clockwise, holes counter-clockwise.
 */
function forD3(boundary: MapShape['boundary']): MapShape['boundary'] {
  const polygon = (rings: Ring[]): Ring[] =>
    rings.map((ring, i) => {
      const clockwise = signedArea(ring) < 0;
      return (i === 0) === clockwise ? ring : [...ring].reverse();
    });
  return boundary.type === 'Polygon' ? { type: 'Polygon', coordinates: polygon(boundary.coordinates) } : { type: 'MultiPolygon', coordinates: boundary.coordinates.map(polygon) };
}
