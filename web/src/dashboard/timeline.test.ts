import { describe, expect, it } from 'vitest';
import type { StatsCell } from '../api/types';
import { brushMonths, buildTimeline, niceMax } from './timeline';

const cell = (month: string, level: number, incidents: number) => ({ month, level, incidents }) as StatsCell;

describe('pyramid timeline', () => {
  it('stacks months by level and keeps empty months on the axis', () => {
    const s = buildTimeline([cell('2025-01', 2, 3), cell('2025-01', 4, 1), cell('2025-03', 5, 2)], '2025-04');
    expect(s.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(s.stacks[0]).toEqual([0, 3, 0, 1, 0]);
    expect(s.stacks[1]).toEqual([0, 0, 0, 0, 0]);
    expect(s.stacks[2]).toEqual([0, 0, 0, 0, 2]);
    expect(s.max).toBe(4);
    expect(s.total).toBe(6);
  });

  it('shows the months after the last record as gaps, not zeros; empty months before it stay zeros', () => {
    // Data up to 2025-03, looked at in 2025-06: April to June are not yet recorded, February had none.
    const s = buildTimeline([cell('2025-01', 2, 3), cell('2025-03', 5, 2)], '2025-06', '2025-03');
    expect(s.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(s.gap).toEqual([false, false, false, true, true, true]);
    // A month after the data end that holds counts (an incident known only to its year) is not a gap.
    expect(buildTimeline([cell('2025-01', 2, 3), cell('2025-05', 1, 1)], '2025-06', '2025-03').gap).toEqual([false, false, false, true, false, true]);
    // Without a known end, nothing is a gap.
    expect(buildTimeline([cell('2025-01', 2, 3)], '2025-02').gap).toEqual([false, false]);
  });

  it('is empty without data', () => {
    expect(buildTimeline([]).months).toEqual([]);
  });

  it('rounds the axis up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 7, 12, 49, 51, 180, 999].map(niceMax)).toEqual([1, 1, 10, 20, 50, 100, 200, 1000]);
  });

  it('turns a brush into whole months, in either direction', () => {
    const months = ['2025-01', '2025-02', '2025-03', '2025-04'];
    expect(brushMonths(10, 160, 400, months)).toEqual(['2025-01', '2025-02']);
    expect(brushMonths(390, 210, 400, months)).toEqual(['2025-03', '2025-04']);
    expect(brushMonths(-5, 900, 400, months)).toEqual(['2025-01', '2025-04']);
    expect(brushMonths(0, 10, 400, [])).toBeNull();
  });
});

describe('month unknown on the timeline', () => {
  it('draws a year-only count apart, over its year’s months, never in January', () => {
    const s = buildTimeline([cell('2025-01', 2, 1), cell('2025-??', 2, 3), cell('2025-??', 4, 1), cell('2025-03', 5, 2)], '2025-04');
    // January holds only its own incident; the four known only to 2025 are a band over its months.
    expect(s.stacks[0]).toEqual([0, 1, 0, 0, 0]);
    expect(s.unknown).toEqual([{ year: '2025', stack: [0, 3, 0, 1, 0], first: 0, last: 3 }]);
    expect(s.max).toBe(2);
    expect(s.total).toBe(7);
  });

  it('puts a year with only month-unknown counts on the axis, January to December', () => {
    const s = buildTimeline([cell('2023-??', 1, 2), cell('2024-06', 3, 1)], '2024-06');
    expect(s.months[0]).toBe('2023-01');
    expect(s.months).toHaveLength(18);
    expect(s.unknown).toEqual([{ year: '2023', stack: [2, 0, 0, 0, 0], first: 0, last: 11 }]);
    expect(s.stacks.every((st) => st[0] === 0)).toBe(true);
    // Only month-unknown counts: the year still gets its axis and its band.
    expect(buildTimeline([cell('2022-??', 2, 5)], '2022-08').unknown).toEqual([{ year: '2022', stack: [0, 5, 0, 0, 0], first: 0, last: 7 }]);
  });
});
