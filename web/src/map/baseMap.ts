import * as maplibregl from 'maplibre-gl';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Centres } from './mapData';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// The worker ships beside the bundle (copied by Vite), not fetched from a CDN.
maplibregl.setWorkerUrl(new URL(workerUrl, window.location.href).href);
// Start the map's workers while the data loads, not when the map is created.
maplibregl.prewarm();

/**
 * The map's base: shipped outlines only (Natural Earth countries, and regions where the app
 * ships them, such as the demo country), so nothing is fetched from a tile server or CDN. A
 * raster tile URL can be configured with PRECURSOR_MAP_TILES. No text layers, hence no glyphs.
 */
export interface Outlines {
  countries: GeoJSON.FeatureCollection;
  regions: GeoJSON.FeatureCollection | null;
  centres: Centres;
  bounds: LngLatBoundsLike | null;
}

interface World {
  countries: GeoJSON.FeatureCollection;
  /** Region outlines shipped for some countries (ISO3 → FeatureCollection). */
  regions: Record<string, GeoJSON.FeatureCollection>;
}
let worldPromise: Promise<World> | undefined;
let configPromise: Promise<{ mapTiles: string | null }> | undefined;

function loadWorld() {
  worldPromise ??= fetch('/geo/countries-110m.json')
    .then((r) => r.json() as Promise<Topology & { regions?: Record<string, GeoJSON.FeatureCollection> }>)
    .then((topo) => ({ countries: feature(topo, topo.objects.countries!) as unknown as GeoJSON.FeatureCollection, regions: topo.regions ?? {} }));
  return worldPromise;
}
export function loadMapConfig() {
  configPromise ??= fetch('/web-config.json')
    .then((r) => (r.ok ? (r.json() as Promise<{ mapTiles: string | null }>) : { mapTiles: null }))
    .catch(() => ({ mapTiles: null }));
  return configPromise;
}

function boundsOf(features: GeoJSON.Feature[]): LngLatBoundsLike | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(minX) ? [minX, minY, maxX, maxY] : null;
}

export async function loadOutlines(countries: readonly string[]): Promise<Outlines> {
  const world = await loadWorld();
  const regionFeatures = countries.flatMap((c) => world.regions[c]?.features ?? []);
  const centres: Centres = { region: new Map(), country: new Map() };
  for (const f of world.countries.features) {
    const p = f.properties as { iso3?: string; cx?: number; cy?: number } | null;
    if (p?.iso3 && p.cx !== undefined && p.cy !== undefined) centres.country.set(p.iso3, [p.cx, p.cy]);
  }
  for (const set of Object.values(world.regions)) {
    for (const f of set.features) {
      const p = f.properties as { country: string; admin1: string; cx: number; cy: number };
      centres.region.set(`${p.country}|${p.admin1}`, [p.cx, p.cy]);
    }
  }
  for (const code of countries) {
    const own = world.regions[code]?.features ?? [];
    if (own.length && !centres.country.has(code)) {
      const b = boundsOf(own) as [number, number, number, number];
      centres.country.set(code, [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
    }
  }
  const focus = regionFeatures.length ? regionFeatures : world.countries.features.filter((f) => countries.includes((f.properties as { iso3?: string }).iso3 ?? ''));
  const bounds = boundsOf(focus) as [number, number, number, number] | null;
  // Only the countries around the focus go to the map's worker: a quarter of a second less to draw.
  const near = bounds ? expand(bounds, Math.max(bounds[2] - bounds[0], bounds[3] - bounds[1], 10) * 1.5) : null;
  const nearby = near ? world.countries.features.filter((f) => overlaps(boundsOf([f]) as [number, number, number, number] | null, near)) : world.countries.features;
  return {
    countries: { type: 'FeatureCollection', features: nearby },
    regions: regionFeatures.length ? { type: 'FeatureCollection', features: regionFeatures } : null,
    centres,
    bounds,
  };
}

const expand = (b: [number, number, number, number], by: number): [number, number, number, number] => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];
const overlaps = (a: [number, number, number, number] | null, b: [number, number, number, number]) => Boolean(a && a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1]);

export function baseStyle(outlines: Outlines, tiles: string | null): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: outlines.countries },
      ...(outlines.regions ? { regions: { type: 'geojson', data: outlines.regions } } : {}),
      ...(tiles ? { tiles: { type: 'raster', tiles: [tiles], tileSize: 256 } } : {}),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d9e6ee' } },
      ...(tiles ? [{ id: 'tiles', type: 'raster' as const, source: 'tiles' }] : []),
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f3f0e8', 'fill-opacity': tiles ? 0.2 : 1 } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#9a9384', 'line-width': 0.6 } },
    ],
  };
  if (outlines.regions) {
    style.layers.push(
      { id: 'region-fill', type: 'fill', source: 'regions', paint: { 'fill-color': '#ece6d6', 'fill-opacity': tiles ? 0.3 : 1 } },
      { id: 'region-line', type: 'line', source: 'regions', paint: { 'line-color': '#8c8271', 'line-width': 1, 'line-dasharray': [3, 2] } },
      {
        id: 'region-selected',
        type: 'line',
        source: 'regions',
        filter: ['==', ['get', 'admin1'], ''],
        paint: { 'line-color': '#3d3a33', 'line-width': 2.5 },
      },
    );
  }
  return style;
}

/** Creates the map in a container, or throws when the browser cannot draw WebGL. */
export function createMap(container: HTMLElement, style: StyleSpecification, bounds: LngLatBoundsLike | null, locale: { zoomIn: string; zoomOut: string }) {
  const map = new maplibregl.Map({
    container,
    style,
    bounds: bounds ?? [-20, -35, 20, 35],
    fitBoundsOptions: { padding: 24 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: 12,
    locale: { 'NavigationControl.ZoomIn': locale.zoomIn, 'NavigationControl.ZoomOut': locale.zoomOut },
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  return map;
}

export { maplibregl };
