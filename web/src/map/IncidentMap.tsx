import { useEffect, useRef, useState } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Place, StatsCell } from '../api/types';
import type { AlertMark } from '../alerts/marks';
import { useI18n } from '../i18n/i18n';
import { LevelCountsTable } from '../pyramid/LevelCountsTable';
import { levelColours } from '../pyramid/palette';
import { baseStyle, createMap, loadMapConfig, loadOutlines, maplibregl, type Outlines } from './baseMap';
import { buildMapData, donutSvg, type MapData, type MapPoint } from './mapData';
import { clearOffset } from './layout';
import { MapOverlay, type Donut, type RegionLabel } from './overlay';

export interface IncidentMapProps {
  countries: string[];
  /** Undefined while loading: the map starts drawing its outlines meanwhile. */
  byPlace: StatsCell[] | undefined;
  byRegion: StatsCell[] | undefined;
  places: ReadonlyMap<string, Place> | undefined;
  selectedRegion: string | null;
  onSelectRegion: (admin1: string) => void;
  /** Called once the map has drawn the current data (or failed to start). */
  onDrawn: (ok: boolean) => void;
  /** Regions with open alerts, marked at the region's centre; a mark opens them. */
  alertRegions?: readonly AlertMark[] | undefined;
  onOpenAlerts?: ((admin1: string) => void) | undefined;
}

const props = (p: MapPoint) => ({ key: p.key, name: p.name, kind: p.kind, admin1: p.admin1 ?? '', l1: p.levels[0], l2: p.levels[1], l3: p.levels[2], l4: p.levels[3], l5: p.levels[4], total: p.total });

/** The dashboard's map: a donut per place (or region/country centre) coloured by pyramid level, clustered when dense. */
export default function IncidentMap({ countries, byPlace, byRegion, places, selectedRegion, onSelectRegion, onDrawn, alertRegions, onOpenAlerts }: IncidentMapProps) {
  const { t, number } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [outlines, setOutlines] = useState<Outlines | null>(null);
  const [failed, setFailed] = useState(false);
  const [data, setData] = useState<MapData | null>(null);
  const markers = useRef(new Map<string, Donut>());
  const overlay = useRef<MapOverlay | null>(null);
  /** Moves the alert marks clear of the donuts; called whenever the donuts were arranged. */
  const placeAlertMarks = useRef<(() => void) | null>(null);
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;
  const selectRef = useRef(onSelectRegion);
  selectRef.current = onSelectRegion;
  const openAlertsRef = useRef(onOpenAlerts);
  openAlertsRef.current = onOpenAlerts;
  const tRef = useRef({ t, number });
  tRef.current = { t, number };
  const countryKey = countries.join(',');

  useEffect(() => {
    let live = true;
    let created: MapLibreMap | null = null;
    void Promise.all([loadOutlines(countryKey ? countryKey.split(',') : []), loadMapConfig()]).then(([o, config]) => {
      if (!live || !container.current) return;
      setOutlines(o);
      try {
        const map = createMap(container.current, baseStyle(o, config.mapTiles), o.bounds, { zoomIn: tRef.current.t('map.zoomIn'), zoomOut: tRef.current.t('map.zoomOut') });
        created = map;
        performance.mark('precursor:map-created');
        map.on('load', () => {
          performance.mark('precursor:map-loaded');
          map.addSource('incidents', {
            type: 'geojson',
            data: { type: 'FeatureCollection', features: [] },
            cluster: true,
            // Points stay apart down to 48 px (a place is seen as itself early); the overlay parts donuts that still overlap.
            clusterRadius: 48,
            clusterMaxZoom: 9,
            clusterProperties: Object.fromEntries([1, 2, 3, 4, 5].map((l) => [`l${l}`, ['+', ['get', `l${l}`]]])),
          });
          // An invisible layer keeps the source's features queryable; the donuts are HTML markers.
          map.addLayer({ id: 'incident-hits', type: 'circle', source: 'incidents', paint: { 'circle-radius': 1, 'circle-opacity': 0 } });
          mapRef.current = map;
          overlay.current = new MapOverlay(map);
          setData((d) => (d ? { ...d } : d));
        });
        map.on('error', (e: { error?: { message?: string } }) => console.warn('map', e.error?.message));
      } catch (err) {
        console.warn('map unavailable', err);
        setFailed(true);
        onDrawnRef.current(false);
      }
    });
    return () => {
      live = false;
      for (const m of markers.current.values()) m.marker.remove();
      markers.current.clear();
      overlay.current?.remove();
      overlay.current = null;
      created?.remove();
      mapRef.current = null;
    };
  }, [countryKey]);

  useEffect(() => {
    if (outlines && byPlace && byRegion && places) setData(buildMapData(byPlace, byRegion, places, outlines.centres));
  }, [outlines, byPlace, byRegion, places]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !data) return;
    const max = Math.max(1, ...data.points.map((p) => p.total));
    const size = (n: number) => Math.round(26 + 34 * Math.sqrt(n / max));
    const source = map.getSource('incidents') as GeoJSONSource | undefined;
    if (!source) return;
    if (map.getLayer('region-selected')) map.setFilter('region-selected', ['==', ['get', 'admin1'], selectedRegion ?? '']);

    const regionLabels: RegionLabel[] = (outlines?.regions?.features ?? []).map((f) => {
      const p = f.properties as { admin1: string; cx: number; cy: number };
      return { name: p.admin1, lon: p.cx, lat: p.cy };
    });
    const arrange = () => {
      overlay.current?.arrange(markers.current, regionLabels);
      placeAlertMarks.current?.();
    };
    /** Draws the donuts of the source's current features; true when the set of donuts changed. */
    const update = () => {
      let changed = false;
      const seen = new Set<string>();
      for (const f of map.querySourceFeatures('incidents')) {
        const p = f.properties as Record<string, number | string | boolean>;
        const cluster = p.cluster === true;
        const id = cluster ? `c${p.cluster_id}` : String(p.key);
        if (seen.has(id)) continue;
        seen.add(id);
        let marker = markers.current.get(id)?.marker;
        if (!marker) {
          changed = true;
          const levels = [1, 2, 3, 4, 5].map((l) => Number(p[`l${l}`] ?? 0));
          const total = levels.reduce((a, b) => a + b, 0);
          const el = document.createElement('button');
          el.type = 'button';
          el.className = `map-donut${cluster ? ' cluster' : ''}`;
          const s = size(total);
          el.style.width = el.style.height = `${s}px`;
          el.innerHTML = `${donutSvg(levels, levelColours, s)}<span>${tRef.current.number(total)}</span>`;
          const byLevel = levels.map((n, i) => tRef.current.t('map.levelCount', { level: i + 1, count: n })).join(', ');
          el.setAttribute(
            'aria-label',
            cluster ? tRef.current.t('map.clusterLabel', { count: total, levels: byLevel }) : tRef.current.t('map.pointLabel', { name: String(p.name), count: total, levels: byLevel }),
          );
          el.title = el.getAttribute('aria-label') ?? '';
          const coords = (f.geometry as GeoJSON.Point).coordinates as [number, number];
          el.addEventListener('click', (event) => {
            event.stopPropagation();
            if (cluster) {
              void source.getClusterExpansionZoom(Number(p.cluster_id)).then((zoom) => map.easeTo({ center: coords, zoom: zoom + 0.3 }));
            } else if (p.admin1) selectRef.current(String(p.admin1));
          });
          marker = new maplibregl.Marker({ element: el }).setLngLat(coords);
          markers.current.set(id, { marker, size: s, placeName: !cluster && p.kind === 'place' ? String(p.name) : undefined });
        }
        if (!marker.getElement().isConnected) changed = true;
        marker.addTo(map);
      }
      for (const [id, m] of markers.current)
        if (!seen.has(id) && m.marker.getElement().isConnected) {
          m.marker.remove();
          changed = true;
        }
      return changed;
    };

    for (const m of markers.current.values()) m.marker.remove();
    markers.current.clear();
    performance.mark('precursor:map-data');
    source.setData({ type: 'FeatureCollection', features: data.points.map((p) => ({ type: 'Feature', properties: props(p), geometry: { type: 'Point', coordinates: [p.lon, p.lat] } })) });
    let drawn = false;
    const onRender = () => {
      if (!map.isSourceLoaded('incidents')) return;
      if (update()) arrange();
      if (!drawn) {
        drawn = true;
        performance.mark('precursor:map-markers');
        // Two frames later the markers are on screen.
        requestAnimationFrame(() => requestAnimationFrame(() => onDrawnRef.current(true)));
      }
    };
    map.on('render', onRender);
    // Distances on screen change with the zoom: part the donuts and place the names again.
    map.on('moveend', arrange);
    map.triggerRepaint();
    return () => {
      map.off('render', onRender);
      map.off('moveend', arrange);
    };
  }, [data, selectedRegion, outlines]);

  // A mark per region with open alerts, at the region's centre (or, without an outline, the mean
  // of its places' coordinates), above the donuts; each a button that opens the region's alerts.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !outlines || !alertRegions?.length) return;
    const country = countries.length === 1 ? countries[0]! : null;
    const placed: InstanceType<typeof maplibregl.Marker>[] = [];
    for (const m of alertRegions) {
      const centre = (country && outlines.centres.region.get(`${country}|${m.key}`)) || meanOfPlaces(places, m.key);
      if (!centre) continue;
      const el = document.createElement('button');
      el.type = 'button';
      el.className = `map-alert severity-${m.severity}`;
      el.dataset.testid = 'map-alert';
      el.dataset.region = m.key;
      el.textContent = `⚠ ${tRef.current.number(m.count)}`;
      const name = tRef.current.t('map.alertMarker', { region: m.key, count: m.count });
      el.setAttribute('aria-label', name);
      el.title = name;
      el.addEventListener('click', (event) => {
        event.stopPropagation();
        openAlertsRef.current?.(m.key);
      });
      placed.push(new maplibregl.Marker({ element: el, anchor: 'bottom', offset: [0, -20] }).setLngLat(centre).addTo(map));
    }
    // Above the region's centre, moved clear of the donuts as they stand (a mark over a donut hides its button).
    const place = () => {
      const donuts = [...markers.current.values()]
        .filter((d) => d.marker.getElement().isConnected)
        .map((d) => {
          const p = map.project(d.marker.getLngLat());
          const offset = d.marker.getOffset();
          return { x: p.x + offset.x, y: p.y + offset.y, r: d.size / 2 };
        });
      for (const mark of placed) {
        const p = map.project(mark.getLngLat());
        const el = mark.getElement();
        mark.setOffset(clearOffset(p.x, p.y, el.offsetWidth || 44, el.offsetHeight || 22, donuts));
      }
    };
    placeAlertMarks.current = place;
    place();
    return () => {
      placeAlertMarks.current = null;
      placed.forEach((p) => p.remove());
    };
  }, [data, alertRegions, outlines, places, countries]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" role="region" aria-label={t('map.label')} data-testid="incident-map" />
      {failed && <p className="map-failed">{t('map.unavailable')}</p>}
      {data && data.unplaced > 0 && <p className="map-note">{t('map.unplaced', { count: data.unplaced })}</p>}
      {data && (
        <details className="map-table">
          <summary>{t('map.table')}</summary>
          <LevelCountsTable
            rowHeading={t('map.place')}
            rows={data.points.map((p) => ({
              key: p.key,
              label: p.kind === 'place' ? p.name : t(p.kind === 'region' ? 'map.regionCentre' : 'map.countryCentre', { name: p.name }),
              levels: p.levels,
              total: p.total,
            }))}
          />
        </details>
      )}
    </div>
  );
}

/** The mean coordinates of a region's places, for a region without a shipped outline. */
function meanOfPlaces(places: ReadonlyMap<string, Place> | undefined, admin1: string): [number, number] | null {
  const located = [...(places?.values() ?? [])].filter((p) => p.admin1 === admin1 && p.latitude !== null && p.longitude !== null);
  if (!located.length) return null;
  return [located.reduce((s, p) => s + p.longitude!, 0) / located.length, located.reduce((s, p) => s + p.latitude!, 0) / located.length];
}
