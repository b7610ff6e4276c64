import { describe, expect, it } from 'vitest';
import { chartMonths, levelColours, patternChartSvg } from './chart.js';
import { placesMapSvg } from './map.js';

const row = (month: string, byLevel: [number, number, number, number, number], victims = 0) => ({ month, byLevel, victims });

describe('the pattern chart', () => {
  it('draws every month from the first to the last, and the month-unknown buckets after them, never as January', () => {
    const months = chartMonths([row('2024-02', [1, 0, 0, 0, 0]), row('2023-??', [0, 1, 0, 0, 0]), row('2023-11', [0, 0, 1, 0, 0])]).map((r) => r.month);
    expect(months).toEqual(['2023-11', '2023-12', '2024-01', '2024-02', '2023-??']);
  });

  it('stacks one bar segment per level present, in the app colours, with the victims line', () => {
    const svg = patternChartSvg([row('2024-01', [2, 0, 0, 1, 0], 3), row('2024-03', [0, 0, 0, 0, 1], 9)], {
      title: 'Teral',
      levelLabels: ['a', 'b', 'c', 'd', 'e'],
      victimsLabel: 'Victims',
      unknownMonthLabel: (y) => y,
    });
    const segments = [...svg.matchAll(/<rect class="bar" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="(#[0-9a-f]+)"\/>/g)].map((m) => m[1]);
    expect(segments).toEqual([levelColours[0], levelColours[3], levelColours[4]]);
    expect(svg).toContain('<path d="M');
    expect(svg).toContain('>2024-02<');
  });
});

describe('the map', () => {
  const square = { name: 'Region', boundary: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]] as [number, number][]] } };

  it('is absent when there is neither a shape nor a place', () => {
    expect(placesMapSvg([], [], { title: 'x' })).toBeNull();
  });

  it('fits the shapes whichever way their rings turn, and sizes dots by incidents', () => {
    const reversed = { ...square, boundary: { type: 'Polygon' as const, coordinates: [[...square.boundary.coordinates[0]!].reverse()] } };
    for (const shape of [square, reversed]) {
      const svg = placesMapSvg([shape], [{ name: 'Town', lat: 0.5, lon: 0.5, incidents: 3 }, { name: 'Village', lat: 0.2, lon: 0.8, incidents: 1 }], { title: 'Map', width: 400, height: 400 })!;
      // A ring read the wrong way round would be the whole globe, drawn far outside the 400 px frame.
      const numbers = [...svg.match(/<path d="([^"]+)"/)![1]!.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(400);
      const radii = [...svg.matchAll(/<circle [^>]*r="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(radii[0]).toBeGreaterThan(radii[1]!);
      expect(svg).toContain('Town (3)');
    }
  });
});
