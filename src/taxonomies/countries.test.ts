import { describe, expect, it } from 'vitest';
import { countryLabels, demoCountry, listCountries } from './countries.js';

describe('country names', () => {
  it('names a country in English and Arabic (from i18n-iso-countries)', () => {
    expect(countryLabels('FRA')).toEqual({ en: 'France', ar: 'فرنسا' });
  });

  it('names the fictional demo country in both languages too', () => {
    expect(countryLabels(demoCountry.code)).toEqual({ en: demoCountry.name, ar: expect.stringMatching(/\p{Script=Arabic}/u) });
  });

  it('has an Arabic name for every country it accepts', () => {
    expect(listCountries().filter((c) => !countryLabels(c.code).ar)).toEqual([]);
  });
});
