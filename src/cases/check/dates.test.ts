import { describe, expect, it } from 'vitest';
import { addDays, addMonths, before, isPartialDate, onOrBefore, span, spanAddMonths } from './dates.js';

describe('dates at their precision', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD as spans of days, and refuses impossible dates', () => {
    expect(span('2015')).toMatchObject({ precision: 'year', earliest: '2015-01-01', latest: '2015-12-31' });
    expect(span('2016-02')).toMatchObject({ precision: 'month', earliest: '2016-02-01', latest: '2016-02-29' });
    expect(span('2015-06-10')).toMatchObject({ precision: 'day', earliest: '2015-06-10', latest: '2015-06-10' });
    for (const bad of ['2015-13', '2015-04-31', '2015-6-1', '15', '2015-02-29', 'x']) expect(isPartialDate(bad), bad).toBe(false);
    expect(isPartialDate('2016-02-29')).toBe(true);
  });

  it('adds months as the committees count them: the same day, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-14', 6)).toBe('2026-09-14');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2015-06-10', 60)).toBe('2020-06-10');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
    expect(addMonths('2019-12-31', 2)).toBe('2020-02-29');
    expect(addDays('2008-05-03', 30)).toBe('2008-06-02');
  });

  it('moves a month-precise date to a span of deadlines, and answers "cannot tell" only where the day decides', () => {
    const due = spanAddMonths(span('2024-08'), 6);
    expect(due).toMatchObject({ earliest: '2025-02-01', latest: '2025-02-28' });
    expect(onOrBefore(span('2025-01-31'), due)).toBe(true);
    expect(onOrBefore(span('2025-02-15'), due)).toBe('unknown');
    expect(onOrBefore(span('2025-03-01'), due)).toBe(false);
    expect(before(span('2009'), span('2009-06-02'))).toBe('unknown');
    expect(before(span('2008'), span('2009-06-02'))).toBe(true);
  });
});
