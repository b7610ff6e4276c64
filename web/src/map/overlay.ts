import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { maplibregl } from './baseMap';
import { placeLabels, separateCircles, type Box, type LabelCandidate } from './layout';

/** A drawn donut: its marker, diameter, and the place it stands for (none for a cluster). */
export interface Donut {
  marker: Marker;
  size: number;
  placeName?: string | undefined;
}

/** A region's name at its centre. */
export interface RegionLabel {
  name: string;
  lon: number;
  lat: number;
}

const labelHeight = 15;
let measure: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string, region: boolean): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * 7;
  measure.font = region ? 'italic 500 12px system-ui, sans-serif' : '600 12px system-ui, sans-serif';
  return Math.ceil(measure.measureText(text).width) + 4;
}

/**
 * Names drawn as HTML over the map (not MapLibre symbol layers): those need glyph files, which
 * the app would have to generate and ship, and MapLibre shapes right-to-left and joined scripts
 * (Arabic) only with a plugin it fetches at run time. The browser's own text needs neither.
 */
export class MapOverlay {
  private readonly labels = new Map<string, Marker>();
  /** Place names show from this zoom on: one step in from the view that fits the country. */
  private placeZoom = Infinity;

  constructor(private readonly map: MapLibreMap) {
    this.placeZoom = map.getZoom() + 0.9;
  }

  /** Pushes overlapping donuts apart and puts the labels that fit; call after the map moved or its donuts changed. */
  arrange(donuts: ReadonlyMap<string, Donut>, regions: readonly RegionLabel[]) {
    const map = this.map;
    const canvas = map.getCanvas();
    const view = { width: canvas.clientWidth, height: canvas.clientHeight };
    const shown = [...donuts].filter(([, d]) => d.marker.getElement().isConnected);
    const circles = shown.map(([key, d]) => {
      const p = map.project(d.marker.getLngLat());
      return { key, x: p.x, y: p.y, r: d.size / 2 };
    });
    const offsets = separateCircles(circles, 3);
    const obstacles: Box[] = [];
    const candidates: (LabelCandidate & { text: string; region: boolean; lngLat: [number, number] })[] = [];
    for (const c of circles) {
      const [dx, dy] = offsets.get(c.key)!;
      const d = donuts.get(c.key)!;
      d.marker.setOffset([dx, dy]);
      obstacles.push({ x: c.x + dx - c.r, y: c.y + dy - c.r, w: 2 * c.r, h: 2 * c.r });
      if (d.placeName && map.getZoom() >= this.placeZoom) {
        const ll = d.marker.getLngLat();
        candidates.push({ key: `p:${c.key}`, text: d.placeName, region: false, lngLat: [ll.lng, ll.lat], x: c.x + dx, y: c.y + dy, width: textWidth(d.placeName, false), height: labelHeight, gap: c.r + 2, priority: c.r, reach: labelHeight });
      }
    }
    for (const r of regions) {
      const p = map.project([r.lon, r.lat]);
      candidates.push({ key: `r:${r.name}`, text: r.name, region: true, lngLat: [r.lon, r.lat], x: p.x, y: p.y, width: textWidth(r.name, true), height: labelHeight, gap: 0, priority: 1000, reach: 90 });
    }
    const placed = placeLabels(candidates, obstacles, view);
    for (const c of candidates) {
      const spot = placed.get(c.key);
      let marker = this.labels.get(c.key);
      if (!spot) {
        marker?.remove();
        continue;
      }
      if (!marker) {
        const el = document.createElement('div');
        el.className = `map-label${c.region ? ' region' : ''}`;
        el.textContent = c.text;
        el.setAttribute('aria-hidden', 'true');
        el.dataset.testid = c.region ? 'map-region-label' : 'map-place-label';
        marker = new maplibregl.Marker({ element: el, anchor: 'top-left' }).setLngLat(c.lngLat);
        this.labels.set(c.key, marker);
      }
      const anchor = map.project(c.lngLat);
      marker.setOffset([spot.x - anchor.x, spot.y - anchor.y]).addTo(map);
    }
    for (const [key, m] of this.labels) if (!candidates.some((c) => c.key === key && placed.has(key))) m.remove();
  }

  remove() {
    for (const m of this.labels.values()) m.remove();
    this.labels.clear();
  }
}
