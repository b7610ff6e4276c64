import { describe, expect, it } from 'vitest';
import { parseFilters } from './filters';
import { endsBeforeStart, filterDateProblem, invalidFilterDates } from './filterDate';

describe('dates typed into a filter', () => {
  it('takes a year, a month or a day, as incidents are dated', () => {
    expect(['2025', '2025-06', '2024-02-29'].map(filterDateProblem)).toEqual([undefined, undefined, undefined]);
  });

  it('names what is wrong with the rest, keystroke by keystroke', () => {
    // What a person has typed after one, two and three digits is not a date yet.
    expect(['0', '03', '032', '20x5', '2025-6', ''].map(filterDateProblem)).toEqual(['format', 'format', 'format', 'format', 'format', 'format']);
    expect(filterDateProblem('0003')).toBe('year');
    expect(filterDateProblem('2025-13')).toBe('month');
    expect(filterDateProblem('2025-02-29')).toBe('day');
  });

  it('knows a period that ends before it starts, at each date’s precision', () => {
    expect(endsBeforeStart('2025-06', '2025')).toBe(false);
    expect(endsBeforeStart('2025-06-15', '2025-06')).toBe(false);
    expect(endsBeforeStart('2025-06', '2025-05')).toBe(true);
    expect(endsBeforeStart('2026', '2025-12-31')).toBe(true);
  });

  it('reports the URL’s period parameters that cannot be sent, and the filters leave them out', () => {
    const search = new URLSearchParams('country=XVR&from=20x5&to=2025-13');
    expect(invalidFilterDates(search)).toEqual([
      { name: 'from', value: '20x5', problem: 'format' },
      { name: 'to', value: '2025-13', problem: 'month' },
    ]);
    const f = parseFilters(search);
    expect(f.from).toBeUndefined();
    expect(f.to).toBeUndefined();
    expect(invalidFilterDates(new URLSearchParams('from=2025-06&to=2025-02'))).toEqual([{ name: 'to', value: '2025-02', problem: 'order' }]);
    expect(parseFilters(new URLSearchParams('from=2025-06&to=2025-02')).to).toBeUndefined();
    expect(invalidFilterDates(new URLSearchParams('from=2025&to=2025-06'))).toEqual([]);
  });
});
