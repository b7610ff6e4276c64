import { describe, expect, it } from 'vitest';
import { countActive, filterQuery, parseFilters, toggleValue, withFilter } from './filters';
import { monthRange, periodEnd, periodStart } from './period';

describe('filters in the URL', () => {
  it('reads the API names, splitting comma lists and dropping what cannot be a filter', () => {
    const f = parseFilters(new URLSearchParams('country=XVR&admin1=Eastern%20Lakes&level=4,5&level=9&from=2025-01&to=nope&q=%20shrine%20&type=killing&type=arson'));
    expect(f.country).toEqual(['XVR']);
    expect(f.admin1).toEqual(['Eastern Lakes']);
    expect(f.level).toEqual([4, 5]);
    expect(f.type).toEqual(['killing', 'arson']);
    expect(f.from).toBe('2025-01');
    expect(f.to).toBeUndefined();
    expect(f.q).toBe('shrine');
    expect(countActive(f)).toBe(6);
  });

  it('writes the same query string back, so the page URL and the API call agree', () => {
    const search = 'country=XVR&group=a%2Cb&level=3%2C4&from=2024&q=burned';
    const f = parseFilters(new URLSearchParams(search));
    expect(filterQuery(f)).toBe(`?${search}`);
    expect(filterQuery(f, ['from', 'q'], { by: 'month,level' })).toBe('?country=XVR&group=a%2Cb&level=3%2C4&by=month%2Clevel');
  });

  it('sets, clears and toggles one filter without touching the others', () => {
    const p = new URLSearchParams('country=XVR&sort=date:asc');
    expect(withFilter(p, 'group', 'g1').toString()).toBe('country=XVR&sort=date%3Aasc&group=g1');
    expect(withFilter(p, 'country', undefined).toString()).toBe('sort=date%3Aasc');
    expect(withFilter(p, 'level', [4, 5]).get('level')).toBe('4,5');
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleValue(['a'], 'c')).toEqual(['a', 'c']);
  });
});

describe('periods', () => {
  it('takes the first and last day of a date at any precision', () => {
    expect(periodStart('2024')).toBe('2024-01-01');
    expect(periodStart('2024-02')).toBe('2024-02-01');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023')).toBe('2023-12-31');
    expect(periodEnd('2023-05-14')).toBe('2023-05-14');
  });

  it('lists every month between two months', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-02', '2025-01')).toEqual([]);
  });
});
