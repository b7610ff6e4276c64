import { describe, expect, it } from 'vitest';
import { formatEventDate, parseEventDate, periodEnd } from './dates.js';

describe('event dates with precision', () => {
  it('takes the precision from how the date is written', () => {
    expect(parseEventDate('2023-05-14')).toEqual({ date: '2023-05-14', precision: 'day' });
    expect(parseEventDate('2023-05')).toEqual({ date: '2023-05-01', precision: 'month' });
    expect(parseEventDate('2023')).toEqual({ date: '2023-01-01', precision: 'year' });
  });

  it('refuses impossible dates', () => {
    for (const bad of ['2023-02-31', '2023-02-29', '2023-13', '2023-00-10', '2023-04-31', '23-05-01', '2023/05/01', '', '1700']) {
      expect(parseEventDate(bad), bad).toBeUndefined();
    }
    expect(parseEventDate('2024-02-29')).toEqual({ date: '2024-02-29', precision: 'day' });
  });

  it('writes a date back at its precision', () => {
    expect(formatEventDate('2023-05-01', 'month')).toBe('2023-05');
    expect(formatEventDate('2023-01-01', 'year')).toBe('2023');
    expect(formatEventDate('2023-05-14', 'day')).toBe('2023-05-14');
  });

  it('knows the last day of each period', () => {
    expect(periodEnd({ date: '2023-02-01', precision: 'month' })).toBe('2023-02-28');
    expect(periodEnd({ date: '2024-02-01', precision: 'month' })).toBe('2024-02-29');
    expect(periodEnd({ date: '2023-01-01', precision: 'year' })).toBe('2023-12-31');
    expect(periodEnd({ date: '2023-07-09', precision: 'day' })).toBe('2023-07-09');
  });
});
