import { describe, expect, it } from 'vitest';
import { parseFilters } from './filters';
import { endsBeforeStart, filterDateProblem, periodFieldProblem } from './filterDate';

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

  it('names the problem of each end of a period, as written in a field or the URL', () => {
    expect(periodFieldProblem('from', '20x5', undefined)).toBe('format');
    expect(periodFieldProblem('to', '2025-13', '2025')).toBe('month');
    expect(periodFieldProblem('to', '2025-02', '2025-06')).toBe('order');
    expect(periodFieldProblem('from', '2025-06', '2025-02')).toBe('order');
    // The order is only checked against a real date; an empty field is no bound.
    expect(periodFieldProblem('from', '2025-06', '20x5')).toBeUndefined();
    expect(periodFieldProblem('to', ' ', '2025')).toBeUndefined();
    expect(periodFieldProblem('to', '2025-06', '2025')).toBeUndefined();
  });

  it('leaves out of the filters the URL dates the API would refuse', () => {
    const f = parseFilters(new URLSearchParams('country=XVR&from=20x5&to=2025-13'));
    expect(f.from).toBeUndefined();
    expect(f.to).toBeUndefined();
    expect(parseFilters(new URLSearchParams('from=2025-06&to=2025-02')).to).toBeUndefined();
    expect(parseFilters(new URLSearchParams('from=2025&to=2025-06'))).toMatchObject({ from: '2025', to: '2025-06' });
  });
});
