import { describe, expect, it } from 'vitest';
import type { StatsCell } from '../api/types';
import { brushMonths, buildTimeline, levelsOverMonths, niceMax } from './timeline';

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

describe('pyramid from the timeline', () => {
  const cells = [cell('2025-01', 2, 3), cell('2025-02', 4, 1), cell('2025-03', 5, 2), cell('2024-12', 1, 9)];
  it('counts levels over whole months from the same month × level cells', () => {
    expect(levelsOverMonths(cells, '2025-01', '2025-03')).toEqual([0, 3, 0, 1, 2]);
    expect(levelsOverMonths(cells, '2025-01-01', '2025-02-28')).toEqual([0, 3, 0, 1, 0]);
    expect(levelsOverMonths(cells, '2024-12', '2024-12')).toEqual([9, 0, 0, 0, 0]);
  });
  it('declines periods that cut a month, which need their own count', () => {
    expect(levelsOverMonths(cells, '2025-01-10', '2025-03')).toBeUndefined();
    expect(levelsOverMonths(cells, '2025-01', '2025-03-15')).toBeUndefined();
  });
});
