import { describe, expect, it } from 'vitest';
import { countingMonth, countingMonthKey, datedRange, overlapsPeriod } from './counting.js';

describe('the counting rule for dates of different precision', () => {
  it('counts a day or month date in its month, a year date in the year’s month-unknown bucket', () => {
    expect(countingMonth({ date: '2025-03-14', precision: 'day' })).toEqual({ year: 2025, month: 3 });
    expect(countingMonth({ date: '2025-03-01', precision: 'month' })).toEqual({ year: 2025, month: 3 });
    expect(countingMonth({ date: '2025-01-01', precision: 'year' })).toEqual({ year: 2025, month: null });
    expect(countingMonthKey({ date: '2025-01-01', precision: 'year' })).toBe('2025-??');
    expect(countingMonthKey({ date: '2025-01-01', precision: 'day' })).toBe('2025-01');
  });

  it('keeps an incident whose dated range overlaps the period', () => {
    const year = { date: '2025-01-01', precision: 'year' as const };
    expect(overlapsPeriod(year, undefined, '2025-03-01', '2025-03-31')).toBe(true);
    expect(overlapsPeriod(year, undefined, '2026-01-01')).toBe(false);
    expect(overlapsPeriod(year, undefined, undefined, '2024-12-31')).toBe(false);
    const march = { date: '2025-03-01', precision: 'month' as const };
    expect(overlapsPeriod(march, undefined, '2025-03-15')).toBe(true);
    expect(overlapsPeriod(march, undefined, '2025-04-01')).toBe(false);
    const day = { date: '2025-03-14', precision: 'day' as const };
    expect(overlapsPeriod(day, { date: '2025-05-01', precision: 'month' }, '2025-05-20', '2025-06-01')).toBe(true);
    expect(overlapsPeriod(day, undefined, '2025-03-15')).toBe(false);
  });

  it('never lets an end before the start shrink the range below the start’s own period', () => {
    expect(datedRange({ date: '2025-01-01', precision: 'year' }, { date: '2025-02-03', precision: 'day' })).toEqual({ first: '2025-01-01', last: '2025-12-31' });
  });
});
