import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/**
 * The fictional country of the demo data set. ISO 3166-1 reserves XAA–XZZ for user
 * assignment, so no real country can ever take this code.
 */
export const demoCountry = { code: 'XVR', name: 'Veridia (fictional demo country)' } as const;

const userAssigned: Record<string, string> = { [demoCountry.code]: demoCountry.name };

/** True for an ISO 3166-1 alpha-3 code, or a code from the user-assigned ranges we name. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (code in userAssigned || countries.isValid(code));
}

export function countryName(code: string): string | undefined {
  return userAssigned[code] ?? countries.getName(code, 'en');
}

export interface Country {
  code: string;
  name: string;
}

/** Every country code we accept, with its English name, sorted by name. */
export function listCountries(): Country[] {
  const names = countries.getNames('en', { select: 'official' });
  const list = Object.entries(names).flatMap(([alpha2, name]) => {
    const code = countries.alpha2ToAlpha3(alpha2);
    return code ? [{ code, name }] : [];
  });
  for (const [code, name] of Object.entries(userAssigned)) list.push({ code, name });
  return list.sort((a, b) => a.name.localeCompare(b.name));
}
