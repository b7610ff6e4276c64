import { describe, expect, it } from 'vitest';
import { normaliseSpelling } from './names.js';

describe('normaliseSpelling', () => {
  it('collapses inner whitespace and trims, keeping the case as typed', () => {
    expect(normaliseSpelling('  eastern \t\n lakes ')).toBe('eastern lakes');
    expect(normaliseSpelling('Eastern  Lakes')).toBe('Eastern Lakes');
  });
  it('applies NFKC: ligatures, full-width letters and no-break spaces become their plain forms', () => {
    expect(normaliseSpelling('ﬁeld\u00a0District')).toBe('field District');
    expect(normaliseSpelling('Ｅａｓｔ')).toBe('East');
  });
  it('leaves Arabic script as written, only spacing changes', () => {
    expect(normaliseSpelling(' البحيرات   الشرقية ')).toBe('البحيرات الشرقية');
  });
});
