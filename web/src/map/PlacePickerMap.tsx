import { useEffect, useRef, useState } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { Place } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { baseStyle, createMap, loadMapConfig, loadOutlines, maplibregl } from './baseMap';

interface Props {
  country: string;
  places: Place[];
  selectedPlaceId: string;
  point: { latitude: number; longitude: number } | null;
  onPickPlace: (id: string) => void;
  onPickPoint: (latitude: number, longitude: number) => void;
}

/** Click a known place to choose it, or anywhere else to put a new place there. */
export default function PlacePickerMap({ country, places, selectedPlaceId, point, onPickPlace, onPickPoint }: Props) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failed, setFailed] = useState(false);
  const marker = useRef<Marker | null>(null);
  const handlers = useRef({ onPickPlace, onPickPoint });
  handlers.current = { onPickPlace, onPickPoint };

  useEffect(() => {
    let live = true;
    let created: MapLibreMap | null = null;
    void Promise.all([loadOutlines(country ? [country] : []), loadMapConfig()]).then(([o, config]) => {
      if (!live || !container.current) return;
      try {
        const m = createMap(container.current, baseStyle(o, config.mapTiles), o.bounds, { zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') });
        created = m;
        m.getCanvas().style.cursor = 'crosshair';
        m.on('load', () => {
          m.addSource('places', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
          m.addLayer({ id: 'places', type: 'circle', source: 'places', paint: { 'circle-radius': 7, 'circle-color': '#ffffff', 'circle-stroke-color': '#3d3a33', 'circle-stroke-width': 2 } });
          m.addLayer({ id: 'place-selected', type: 'circle', source: 'places', filter: ['==', ['get', 'id'], ''], paint: { 'circle-radius': 9, 'circle-color': '#bd0026', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } });
          setMap(m);
        });
        m.on('click', (e: maplibregl.MapMouseEvent) => {
          const hit = m.queryRenderedFeatures([[e.point.x - 6, e.point.y - 6], [e.point.x + 6, e.point.y + 6]], { layers: ['places'] })[0];
          if (hit) handlers.current.onPickPlace(String(hit.properties.id));
          else handlers.current.onPickPoint(Math.round(e.lngLat.lat * 1e5) / 1e5, Math.round(e.lngLat.lng * 1e5) / 1e5);
        });
      } catch (err) {
        console.warn('map unavailable', err);
        setFailed(true);
      }
    });
    return () => {
      live = false;
      created?.remove();
      setMap(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [country]);

  useEffect(() => {
    if (!map) return;
    const located = places.filter((p) => p.latitude !== null && p.longitude !== null);
    (map.getSource('places') as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features: located.map((p) => ({ type: 'Feature', properties: { id: p.id, name: p.name }, geometry: { type: 'Point', coordinates: [p.longitude!, p.latitude!] } })),
    });
  }, [map, places]);

  useEffect(() => {
    if (!map) return;
    map.setFilter('place-selected', ['==', ['get', 'id'], selectedPlaceId]);
  }, [map, selectedPlaceId]);

  useEffect(() => {
    if (!map) return;
    if (!point) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    let m = marker.current;
    if (!m) {
      const created = new maplibregl.Marker({ color: '#bd0026', draggable: true });
      created.on('dragend', () => {
        const ll = created.getLngLat();
        handlers.current.onPickPoint(Math.round(ll.lat * 1e5) / 1e5, Math.round(ll.lng * 1e5) / 1e5);
      });
      marker.current = m = created;
    }
    m.setLngLat([point.longitude, point.latitude]).addTo(map);
  }, [map, point]);

  return (
    <div className="picker-wrap">
      <div ref={container} className="map picker" role="region" aria-label={t('form.placeMap')} data-testid="place-picker" />
      {failed && <p className="map-failed">{t('map.unavailable')}</p>}
    </div>
  );
}
