import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { en } from './en';
import { translate } from './i18n';

describe('translations', () => {
  it('fills placeholders and picks plural forms', () => {
    expect(translate('en', 'list.count', { count: 1 })).toBe('1 incident');
    expect(translate('en', 'list.count', { count: 2704 })).toBe('2,704 incidents');
    expect(translate('en', 'level.short', { level: 4 })).toBe('Level 4');
  });

  it('writes Arabic with Arabic plural rules and digits, falling back to English for a missing key', () => {
    expect(translate('ar', 'list.count', { count: 1 })).toBe('حادثة واحدة');
    expect(translate('ar', 'list.count', { count: 12 })).toBe(`${new Intl.NumberFormat('ar').format(12)} حادثة`);
    expect(translate('ar', 'nav.incidents')).toBe('الحوادث');
  });

  it('has every English message in Arabic', () => {
    const missing = Object.keys(en).filter((k) => !(k in ar));
    expect(missing).toEqual([]);
  });

  it('keeps every placeholder of the English message in the Arabic one', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en)) {
      const translated = (ar as Record<string, string>)[key];
      // Arabic singular forms may spell the number out ("حادثة واحدة") instead of {count}.
      if (translated && !key.endsWith('_one')) expect(names(translated), key).toEqual(names(text));
    }
  });
});
