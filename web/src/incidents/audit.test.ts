import { describe, expect, it } from 'vitest';
import { brief, changedFields } from './audit';

describe('chronology of edits', () => {
  it('names the fields an edit changed, not the bookkeeping', () => {
    expect(changedFields({ title: 'a', version: 1, acts: [1] }, { title: 'b', version: 2, acts: [1], narrative: 'x' })).toEqual(['narrative', 'title']);
    expect(changedFields(null, { title: 'a' })).toEqual(['title']);
  });
  it('shortens long values', () => {
    expect(brief('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(brief(null)).toBe('—');
    expect(brief({ a: 1 })).toBe('{"a":1}');
  });
});
