import { describe, expect, it } from 'vitest';
import { formatHxlTag, hxlTagMatches, isHxlTagRow, parseHxlTag } from './hxlTags.js';

describe('HXL hashtags', () => {
  it('reads a hashtag and its attributes whatever the case, spacing and order', () => {
    expect(parseHxlTag('#Affected +F +killed')).toEqual({ hashtag: '#affected', attributes: ['f', 'killed'] });
    expect(formatHxlTag(parseHxlTag(' #affected+killed +f ')!)).toBe('#affected+f+killed');
    expect(parseHxlTag('#x_risk+high')).toEqual({ hashtag: '#x_risk', attributes: ['high'] });
  });

  it('refuses text that is not a hashtag', () => {
    for (const text of ['Killed', '#', '#1st', '#adm1+', '#adm1+na-me', '# adm1 name', 'adm1+name']) expect(parseHxlTag(text), text).toBeUndefined();
  });

  it('matches a pattern whose attributes the column has, and excludes with -attribute', () => {
    expect(hxlTagMatches('#affected+killed', '#affected+f+killed')).toBe(true);
    expect(hxlTagMatches('#affected+killed', '#affected+injured')).toBe(false);
    expect(hxlTagMatches('#date', '#date+start')).toBe(true);
    expect(hxlTagMatches('#date-end', '#date+end')).toBe(false);
    expect(hxlTagMatches('#adm1+name', '#adm2+name')).toBe(false);
  });

  it('knows the tag row: every non-empty cell a hashtag, at least one', () => {
    expect(isHxlTagRow(['#event+id', '', '#date'])).toBe(true);
    expect(isHxlTagRow(['#event+id', 'Date'])).toBe(false);
    expect(isHxlTagRow(['', ''])).toBe(false);
    expect(isHxlTagRow(['#1 priority', 'note'])).toBe(false);
  });
});
