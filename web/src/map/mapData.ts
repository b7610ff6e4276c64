import type { Place, StatsCell } from '../api/types';

/** One dot on the incident map: a place, or — for incidents recorded without coordinates — a region or country centre. */
export interface MapPoint {
  key: string;
  kind: 'place' | 'region' | 'country';
  name: string;
  country: string;
  admin1: string | null;
  lon: number;
  lat: number;
  /** Incidents per pyramid level, 1 to 5. */
  levels: [number, number, number, number, number];
  total: number;
}

export interface Centres {
  /** `XVR|Eastern Lakes` → [lon, lat] */
  region: Map<string, [number, number]>;
  /** `XVR` → [lon, lat] */
  country: Map<string, [number, number]>;
}

export interface MapData {
  points: MapPoint[];
  /** Incidents that could not be placed even at their country's centre. */
  unplaced: number;
}

const zero = (): [number, number, number, number, number] => [0, 0, 0, 0, 0];
const slot = (level: number | undefined) => Math.min(5, Math.max(1, level ?? 1)) - 1;

/**
 * Places incidents on the map from two counts of the same filters: by place × level, and by
 * country × admin1 × level. Incidents at a place with coordinates are drawn there; the rest of
 * each region's count (recorded without a place, or at a place without coordinates) is drawn at
 * the region's centre, else the country's — so the map adds up to the same total as the list.
 */
export function buildMapData(byPlace: StatsCell[], byRegion: StatsCell[], places: ReadonlyMap<string, Place>, centres: Centres): MapData {
  const points = new Map<string, MapPoint>();
  const located = new Map<string, [number, number, number, number, number]>();
  for (const cell of byPlace) {
    const place = cell.place ? places.get(cell.place) : undefined;
    if (!place || place.latitude == null || place.longitude == null) continue;
    let point = points.get(place.id);
    if (!point) {
      point = { key: place.id, kind: 'place', name: place.name, country: place.country, admin1: place.admin1, lon: place.longitude, lat: place.latitude, levels: zero(), total: 0 };
      points.set(place.id, point);
    }
    point.levels[slot(cell.level)]! += cell.incidents;
    point.total += cell.incidents;
    const regionKey = `${place.country}|${place.admin1 ?? ''}`;
    const sum = located.get(regionKey) ?? zero();
    sum[slot(cell.level)]! += cell.incidents;
    located.set(regionKey, sum);
  }
  let unplaced = 0;
  for (const cell of byRegion) {
    const country = cell.country ?? '';
    const regionKey = `${country}|${cell.admin1 ?? ''}`;
    const already = located.get(regionKey);
    const i = slot(cell.level);
    const rest = Math.max(0, cell.incidents - (already?.[i] ?? 0));
    if (already) already[i] = Math.max(0, already[i]! - cell.incidents);
    if (!rest) continue;
    const regionCentre = cell.admin1 ? centres.region.get(regionKey) : undefined;
    const centre = regionCentre ?? centres.country.get(country);
    if (!centre) {
      unplaced += rest;
      continue;
    }
    const key = regionCentre ? `region:${regionKey}` : `country:${country}`;
    let point = points.get(key);
    if (!point) {
      point = {
        key,
        kind: regionCentre ? 'region' : 'country',
        name: regionCentre ? (cell.admin1 ?? country) : country,
        country,
        admin1: regionCentre ? (cell.admin1 ?? null) : null,
        lon: centre[0],
        lat: centre[1],
        levels: zero(),
        total: 0,
      };
      points.set(key, point);
    }
    point.levels[i]! += rest;
    point.total += rest;
  }
  return { points: [...points.values()].sort((a, b) => b.total - a.total), unplaced };
}

/** A donut of the five levels' shares as SVG markup, sized by count; the number in the middle. */
export function donutSvg(levels: readonly number[], colours: readonly string[], size: number): string {
  const total = levels.reduce((a, b) => a + b, 0);
  const r = size / 2;
  const r0 = Math.max(r * 0.55, r - 9);
  let angle = -Math.PI / 2;
  const paths: string[] = [];
  levels.forEach((n, i) => {
    if (!n) return;
    const share = n / total;
    if (share >= 0.9999) {
      paths.push(`<circle cx="${r}" cy="${r}" r="${(r + r0) / 2}" fill="none" stroke="${colours[i]}" stroke-width="${r - r0}"/>`);
      return;
    }
    const a0 = angle;
    const a1 = angle + share * 2 * Math.PI;
    angle = a1;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const p = (rad: number, a: number) => `${(r + rad * Math.cos(a)).toFixed(2)} ${(r + rad * Math.sin(a)).toFixed(2)}`;
    paths.push(`<path d="M${p(r, a0)}A${r} ${r} 0 ${large} 1 ${p(r, a1)}L${p(r0, a1)}A${r0} ${r0} 0 ${large} 0 ${p(r0, a0)}Z" fill="${colours[i]}"/>`);
  });
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true">${paths.join('')}<circle cx="${r}" cy="${r}" r="${r0}" fill="#fff" fill-opacity="0.92"/></svg>`;
}
