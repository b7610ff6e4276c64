import { describe, expect, it } from 'vitest';
import type { Place, StatsCell } from '../api/types';
import { buildMapData, donutSvg } from './mapData';

const place = (id: string, admin1: string, lat: number | null, lon: number | null) =>
  ({ id, name: id, country: 'XVR', admin1, latitude: lat, longitude: lon }) as Place;
const places = new Map([
  ['mirrow', place('mirrow', 'Eastern Lakes', -26.15, -13.2)],
  ['tessal', place('tessal', 'Eastern Lakes', -26.4, -12.85)],
  ['nowhere', place('nowhere', 'Riverlands', null, null)],
]);
const centres = { region: new Map([['XVR|Eastern Lakes', [-13, -26.2] as [number, number]], ['XVR|Riverlands', [-14.3, -26.5] as [number, number]]]), country: new Map([['XVR', [-14.5, -26.7] as [number, number]]]) };

describe('incident map data', () => {
  it('draws located incidents at their place and the rest of each region at its centre, adding up to the total', () => {
    const byPlace = [
      { place: 'mirrow', level: 4, incidents: 5 },
      { place: 'tessal', level: 2, incidents: 2 },
      { place: 'nowhere', level: 3, incidents: 1 },
      { place: null, level: 3, incidents: 4 },
    ] as StatsCell[];
    const byRegion = [
      { country: 'XVR', admin1: 'Eastern Lakes', level: 4, incidents: 6 },
      { country: 'XVR', admin1: 'Eastern Lakes', level: 2, incidents: 2 },
      { country: 'XVR', admin1: 'Riverlands', level: 3, incidents: 2 },
      { country: 'XVR', admin1: null, level: 3, incidents: 3 },
      { country: 'ZZZ', admin1: null, level: 1, incidents: 7 },
    ] as StatsCell[];
    const { points, unplaced } = buildMapData(byPlace, byRegion, places, centres);
    const by = Object.fromEntries(points.map((p) => [p.key, p]));
    expect(by.mirrow?.levels).toEqual([0, 0, 0, 5, 0]);
    expect(by.tessal?.levels).toEqual([0, 2, 0, 0, 0]);
    expect(by['region:XVR|Eastern Lakes']?.levels).toEqual([0, 0, 0, 1, 0]);
    expect(by['region:XVR|Riverlands']?.total).toBe(2);
    expect(by['country:XVR']?.levels).toEqual([0, 0, 3, 0, 0]);
    expect(unplaced).toBe(7);
    const drawn = points.reduce((n, p) => n + p.total, 0);
    expect(drawn + unplaced).toBe(byRegion.reduce((n, c) => n + c.incidents, 0));
  });

  it('draws a donut whose arcs follow the levels', () => {
    const svg = donutSvg([1, 0, 1, 0, 0], ['#a', '#b', '#c', '#d', '#e'], 40);
    expect(svg.match(/<path/g)).toHaveLength(2);
    expect(svg).toContain('fill="#a"');
    expect(svg).not.toContain('fill="#b"');
    expect(donutSvg([0, 0, 0, 0, 3], ['#a', '#b', '#c', '#d', '#e'], 40)).toContain('stroke="#e"');
  });
});
