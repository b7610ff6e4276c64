import { describe, expect, it } from 'vitest';
import { clearOffset, placeLabels, separateCircles } from './layout';

const overlap = (a: { x: number; y: number; r: number }, b: { x: number; y: number; r: number }) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r;

describe('donuts that do not hide each other', () => {
  it('pushes overlapping donuts apart until none covers another, moving the smaller more', () => {
    const circles = [
      { key: 'big', x: 100, y: 100, r: 30 },
      { key: 'small', x: 120, y: 105, r: 15 },
      { key: 'same', x: 100, y: 100, r: 13 },
      { key: 'far', x: 400, y: 400, r: 20 },
    ];
    const offsets = separateCircles(circles, 2);
    const moved = circles.map((c) => ({ ...c, x: c.x + offsets.get(c.key)![0], y: c.y + offsets.get(c.key)![1] }));
    for (let i = 0; i < moved.length; i++) for (let j = i + 1; j < moved.length; j++) expect(overlap(moved[i]!, moved[j]!), `${moved[i]!.key} / ${moved[j]!.key}`).toBe(false);
    expect(offsets.get('far')).toEqual([0, 0]);
    const dist = (k: string) => Math.hypot(...offsets.get(k)!);
    expect(dist('small')).toBeGreaterThan(dist('big'));
  });

  it('leaves donuts that already stand apart where they are', () => {
    const offsets = separateCircles([{ key: 'a', x: 0, y: 0, r: 10 }, { key: 'b', x: 30, y: 0, r: 10 }], 2);
    expect([...offsets.values()]).toEqual([[0, 0], [0, 0]]);
  });
});

describe('labels that do not cover donuts or each other', () => {
  const view = { width: 600, height: 400 };
  it('puts a label below its point, else above, right or left — where nothing else is', () => {
    const donut = { x: 90, y: 90, w: 20, h: 20 };
    const placed = placeLabels(
      [
        { key: 'a', x: 100, y: 100, width: 60, height: 14, gap: 12, priority: 2 },
        // Same spot, lower priority: below is taken by 'a', so above.
        { key: 'b', x: 100, y: 100, width: 60, height: 14, gap: 12, priority: 1 },
      ],
      [donut],
      view,
    );
    expect(placed.get('a')).toEqual({ x: 70, y: 112 });
    expect(placed.get('b')).toEqual({ x: 70, y: 74 });
  });

  it('moves a label with reach further out when a donut covers every nearer spot', () => {
    const donut = { x: 70, y: 70, w: 60, h: 60 };
    const near = { key: 'region', x: 100, y: 100, width: 50, height: 14, gap: 0, priority: 1 };
    expect(placeLabels([near], [donut], view).has('region')).toBe(false);
    // Below the donut: the first step out that clears its bottom edge (y 130).
    expect(placeLabels([{ ...near, reach: 42 }], [donut], view).get('region')).toEqual({ x: 75, y: 142 });
  });

  it('drops a label that fits nowhere, and one outside the view', () => {
    const placed = placeLabels(
      [
        { key: 'first', x: 300, y: 200, width: 100, height: 14, gap: 2, priority: 9 },
        { key: 'crowded', x: 300, y: 200, width: 100, height: 14, gap: 2, priority: 1 },
        { key: 'outside', x: 900, y: 200, width: 40, height: 14, gap: 2, priority: 5 },
      ],
      [
        { x: 290, y: 170, w: 20, h: 30 },
        { x: 200, y: 150, w: 300, h: 48 },
      ],
      view,
    );
    expect(placed.has('crowded')).toBe(false);
    expect(placed.has('outside')).toBe(false);
  });
});

describe('alert marks beside the donuts', () => {
  it('stays at its place above the point when nothing is there', () => {
    expect(clearOffset(100, 100, 40, 20, [{ x: 300, y: 300, r: 30 }])).toEqual([0, -20]);
  });

  it('goes up past the donut at its own point, and past one above it', () => {
    // A donut of radius 30 at the point: the mark's bottom must clear its top (y 70) by the gap.
    const [dx, dy] = clearOffset(100, 100, 40, 20, [{ x: 100, y: 100, r: 30 }]);
    expect(dx).toBe(0);
    expect(100 + dy + 2).toBeLessThanOrEqual(70);
    const [, dy2] = clearOffset(100, 100, 40, 20, [{ x: 100, y: 100, r: 30 }, { x: 100, y: 40, r: 20 }]);
    expect(100 + dy2 + 2).toBeLessThanOrEqual(20);
  });

  it('moves sideways when the column above is full', () => {
    const column = Array.from({ length: 12 }, (_, i) => ({ x: 100, y: 100 - i * 14, r: 14 }));
    const [dx] = clearOffset(100, 100, 40, 20, column);
    expect(Math.abs(dx)).toBeGreaterThanOrEqual(8);
  });
});
