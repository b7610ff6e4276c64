import { describe, expect, it } from 'vitest';
import { countActive, filterQuery, parseFilters } from './filters';

describe('the source filter in the URL', () => {
  it('is read and written back like the other record filters, so a source page can link to its incidents', () => {
    const f = parseFilters(new URLSearchParams('country=XVR&source=s1,s2&perpetrator=a1'));
    expect(f.source).toEqual(['s1', 's2']);
    expect(countActive(f)).toBe(3);
    expect(filterQuery(f)).toBe('?country=XVR&perpetrator=a1&source=s1%2Cs2');
  });
});
