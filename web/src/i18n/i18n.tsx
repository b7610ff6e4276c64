import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ar } from './ar';
import { en, type MessageKey } from './en';
import { readStored, writeStored } from '../app/storage';

/**
 * A small translation layer: typed message keys (a missing English string is a compile
 * error), `{name}` placeholders, plural forms by Intl.PluralRules (`key_one`, `key_other`,
 * and Arabic's zero/two/few/many), and the page direction. Vocabulary labels come from
 * the taxonomies' own translations, falling back to English.
 */
export const languages = { en: { name: 'English', dir: 'ltr' }, ar: { name: 'العربية', dir: 'rtl' } } as const;
export type Language = keyof typeof languages;
const catalogues: Record<Language, Partial<Record<string, string>>> = { en, ar };

export type Vars = Record<string, string | number>;

export function translate(lang: Language, key: MessageKey, vars?: Vars): string {
  const catalogue = catalogues[lang];
  let text: string | undefined;
  if (vars && typeof vars.count === 'number') {
    const rule = new Intl.PluralRules(lang).select(vars.count);
    text = catalogue[`${key}_${rule}`] ?? catalogue[`${key}_other`] ?? (en as Record<string, string>)[`${key}_${rule}`] ?? (en as Record<string, string>)[`${key}_other`];
  }
  text ??= catalogue[key] ?? (en as Record<string, string>)[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? new Intl.NumberFormat(lang).format(v) : v;
  });
}

export interface I18n {
  lang: Language;
  dir: 'ltr' | 'rtl';
  t: (key: MessageKey, vars?: Vars) => string;
  setLang: (lang: Language) => void;
  number: (n: number) => string;
  /** A stored date at its precision: 2024-05-14 (day), 2024-05 (month) or 2024 (year). */
  date: (isoDate: string, precision?: 'day' | 'month' | 'year') => string;
  dateTime: (iso: string) => string;
  /** A taxonomy term's label in this language, else English, else its code. */
  label: (term: { code: string; label: Record<string, string> } | undefined, fallback?: string) => string;
}

const Context = createContext<I18n | null>(null);

function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl && fromUrl in languages) return fromUrl as Language;
  const stored = readStored('precursor.lang');
  if (stored && stored in languages) return stored as Language;
  return 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((next: Language) => {
    writeStored('precursor.lang', next);
    setLangState(next);
  }, []);
  const dir = languages[lang].dir;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    // Also when chosen by ?lang=, so the next page opens in the same language.
    writeStored('precursor.lang', lang);
  }, [lang, dir]);
  const value = useMemo<I18n>(() => {
    const numberFormat = new Intl.NumberFormat(lang);
    const formats = {
      day: new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
      year: new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }),
    };
    const dateTimeFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      lang,
      dir,
      t: (key, vars) => translate(lang, key, vars),
      setLang,
      number: (n) => numberFormat.format(n),
      date: (isoDate, precision = 'day') => {
        const d = new Date(`${isoDate.length === 7 ? `${isoDate}-01` : isoDate.length === 4 ? `${isoDate}-01-01` : isoDate.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(d.getTime()) ? isoDate : formats[precision].format(d);
      },
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      label: (term, fallback) => (term ? (term.label[lang] ?? term.label.en ?? term.code) : (fallback ?? '')),
    };
  }, [lang, dir, setLang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
