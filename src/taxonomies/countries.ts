import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(ar);

/**
 * The fictional country of the demo data set. ISO 3166-1 reserves XAA–XZZ for user
 * assignment, so no real country can ever take this code.
 */
export const demoCountry = { code: 'XVR', name: 'Veridia (fictional demo country)', nameAr: 'فيريديا (بلد خيالي للعرض)' } as const;

const userAssigned: Record<string, string> = { [demoCountry.code]: demoCountry.name };
const userAssignedAr: Record<string, string> = { [demoCountry.code]: demoCountry.nameAr };

/** True for an ISO 3166-1 alpha-3 code, or a code from the user-assigned ranges we name. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (code in userAssigned || countries.isValid(code));
}

export function countryName(code: string): string | undefined {
  return userAssigned[code] ?? countries.getName(code, 'en');
}

/** A country's name in each language the web app speaks, for the countries vocabulary. */
export function countryLabels(code: string): { en: string; ar?: string } {
  const arabic = userAssignedAr[code] ?? countries.getName(code, 'ar');
  return { en: countryName(code) ?? code, ...(arabic ? { ar: arabic } : {}) };
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
