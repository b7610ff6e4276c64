import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import { demoCountry, isCountryCode } from '../../taxonomies/countries.js';

/**
 * Gleditsch–Ward state numbers (the `country_id` of UCDP data sets) → ISO 3166-1 alpha-3.
 * The table (data/ingest/gleditsch-ward-iso3.csv) pairs each state of Gleditsch and Ward's
 * list of independent states with the ISO code of the same state today; states that no longer
 * exist and have no successor code (Czechoslovakia, the GDR…) are left out, so an event there
 * falls back to its country name and, failing that, is reported rather than misplaced.
 */
const tableFile = fileURLToPath(new URL('../../../data/ingest/gleditsch-ward-iso3.csv', import.meta.url));
let table: ReadonlyMap<string, string> | undefined;

export function gleditschWardToIso3(gwno: string): string | undefined {
  table ??= new Map((parse(readFileSync(tableFile), { columns: true }) as { gwno: string; iso3: string }[]).map((r) => [r.gwno, r.iso3]));
  return table.get(String(Number(gwno)));
}

/**
 * A country name as UCDP or ACLED write it → alpha-3. Their names add a former name in
 * brackets ("Myanmar (Burma)", "DR Congo (Zaire)"): both parts are tried.
 */
export function countryNameToIso3(name: string): string | undefined {
  // A file names few countries, many times: the lookup (a search through every name) is kept.
  if (known.has(name)) return known.get(name);
  if (known.size > 10_000) known.clear();
  const code = lookUp(name);
  known.set(name, code);
  return code;
}

const known = new Map<string, string | undefined>();

function lookUp(name: string): string | undefined {
  const candidates = [name, name.replace(/\s*\(.*\)\s*$/, ''), /\(([^)]+)\)/.exec(name)?.[1] ?? ''].map((n) => n.trim()).filter(Boolean);
  for (const candidate of candidates) {
    const code = countries.getAlpha3Code(candidate, 'en') ?? aliases[candidate.toLowerCase()] ?? (candidate.toLowerCase() === 'veridia' ? demoCountry.code : undefined);
    if (code && isCountryCode(code)) return code;
  }
  return undefined;
}

// The demo data set's fictional country answers to its short name too (test fixtures use it).
// Spellings of the data sets that the ISO names in i18n-iso-countries do not cover.
const aliases: Record<string, string> = {
  'dr congo': 'COD',
  'democratic republic of congo': 'COD',
  'republic of congo': 'COG',
  'ivory coast': 'CIV',
  'bosnia-herzegovina': 'BIH',
  'kingdom of eswatini': 'SWZ',
  'east timor': 'TLS',
  'russia': 'RUS',
  'syria': 'SYR',
  'iran': 'IRN',
  'laos': 'LAO',
  'north korea': 'PRK',
  'south korea': 'KOR',
  'vietnam': 'VNM',
  'palestine': 'PSE',
  'cape verde': 'CPV',
  'macedonia, fyr': 'MKD',
  'north macedonia': 'MKD',
  'yemen (north yemen)': 'YEM',
  'serbia (yugoslavia)': 'SRB',
  'turkey': 'TUR',
};
