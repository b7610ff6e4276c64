import { z } from 'zod';
import { problem } from '../fieldProblems.js';
import { isCountryCode } from './countries.js';
import { loadTaxonomy, taxonomyCodes, type TaxonomyName } from './load.js';

/**
 * A request field that must hold a code of a shipped taxonomy. The error names the
 * taxonomy and the code, so `violationType: unknown violation-types code 'kilingg'`.
 */
export function taxonomyCode(name: TaxonomyName) {
  // Read on first use, not when a schema is declared: a command that validates no such field
  // (`incidents list` without filters) then never parses the YAML — ~0.3 s of each CLI run.
  let codes: ReadonlySet<string> | undefined;
  return z
    .string()
    .superRefine((code, ctx) => {
      if ((codes ??= taxonomyCodes(name)).has(code)) return;
      // A choice left empty in a form is a missing value, not an unknown code.
      if (code === '') ctx.addIssue({ code: 'custom', message: `a ${name} code is required`, params: problem('required') });
      else ctx.addIssue({ code: 'custom', message: `unknown ${name} code '${code}'`, params: problem('unknown-code', { vocabulary: name, value: code }) });
    })
    .meta({ description: `A code of the ${name} taxonomy (GET /api/taxonomies/${name})` });
}

export const CountryCode = z
  .string()
  .superRefine((code, ctx) => {
    if (isCountryCode(code)) return;
    if (code === '') ctx.addIssue({ code: 'custom', message: 'a country is required', params: problem('required') });
    else ctx.addIssue({ code: 'custom', message: `'${code}' is not an ISO 3166-1 alpha-3 country code`, params: problem('unknown-code', { vocabulary: 'countries', value: code }) });
  })
  .meta({ description: 'ISO 3166-1 alpha-3 country code', example: 'XVR' });

let levels: ReadonlyMap<string, number> | undefined;

/** Violation type code → pyramid level, from the taxonomy (built once: it is read for every incident written). */
export function violationLevels(): ReadonlyMap<string, number> {
  levels ??= new Map(loadTaxonomy('violation-types').terms.map((t) => [t.code, t.pyramidLevel]));
  return levels;
}
