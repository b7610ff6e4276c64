import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { GenericTaxonomyFile, PyramidLevelTerm, type TaxonomyFile, type Term, taxonomyFile, ViolationTypeTerm } from './schema.js';

const taxonomyDir = fileURLToPath(new URL('../../data/taxonomies/', import.meta.url));

/** Every taxonomy Precursor ships, by the file name (without `.yaml`) in `data/taxonomies/`. */
export const taxonomySchemas = {
  'pyramid-levels': taxonomyFile(PyramidLevelTerm),
  'violation-types': taxonomyFile(ViolationTypeTerm),
  'identity-bases': GenericTaxonomyFile,
  'actor-kinds': GenericTaxonomyFile,
  'involvement-degrees': GenericTaxonomyFile,
  'verification-statuses': GenericTaxonomyFile,
  'source-reliability': GenericTaxonomyFile,
  'information-credibility': GenericTaxonomyFile,
  'confidentiality-levels': GenericTaxonomyFile,
  'monitoring-statuses': GenericTaxonomyFile,
  'source-connections': GenericTaxonomyFile,
  'material-types': GenericTaxonomyFile,
  'location-precisions': GenericTaxonomyFile,
  'counting-units': GenericTaxonomyFile,
  'incident-link-kinds': GenericTaxonomyFile,
} as const;

export type TaxonomyName = keyof typeof taxonomySchemas;
export const taxonomyNames = Object.keys(taxonomySchemas) as TaxonomyName[];

export type LoadedTaxonomy<N extends TaxonomyName> = z.infer<(typeof taxonomySchemas)[N]>;

export class TaxonomyFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`taxonomy file ${file} is invalid:\n  ${problems.join('\n  ')}`);
  }
}

/** Parses and validates one taxonomy file's text; errors name the entry and the field. */
export function parseTaxonomy<N extends TaxonomyName>(name: N, text: string, file = `${name}.yaml`): LoadedTaxonomy<N> {
  let raw: unknown;
  try {
    // Required on first use (synchronously, as this function is): commands that read no
    // taxonomy never load the YAML parser.
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    raw = parse(text);
  } catch (err) {
    throw new TaxonomyFileError(file, [(err as Error).message]);
  }
  const result = taxonomySchemas[name].safeParse(raw);
  if (!result.success) {
    throw new TaxonomyFileError(
      file,
      result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
    );
  }
  return result.data as LoadedTaxonomy<N>;
}

const cache = new Map<TaxonomyName, TaxonomyFile>();

/** Loads a shipped taxonomy (once per process). */
export function loadTaxonomy<N extends TaxonomyName>(name: N): LoadedTaxonomy<N> {
  let loaded = cache.get(name);
  if (!loaded) {
    const file = `${taxonomyDir}${name}.yaml`;
    loaded = parseTaxonomy(name, readFileSync(file, 'utf8'), file) as TaxonomyFile;
    cache.set(name, loaded);
  }
  return loaded as LoadedTaxonomy<N>;
}

/** The set of codes of a taxonomy, for validating references to it. */
export function taxonomyCodes(name: TaxonomyName): ReadonlySet<string> {
  return new Set(loadTaxonomy(name).terms.map((t: Term) => t.code));
}
