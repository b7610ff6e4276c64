import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TaxonomyFileError } from '../taxonomies/load.js';
import { Term, taxonomyFile } from '../taxonomies/schema.js';

/**
 * The UN Framework of Analysis for Atrocity Crimes (2014) as data: `data/frameworks/
 * framework-of-analysis.yaml`, in the taxonomy file format (src/taxonomies/schema.ts) so that it is
 * versioned, cited and translatable like every vocabulary. Factors are terms without a parent;
 * indicators are terms whose parent is their factor. Validated when loaded: a factor is numbered
 * 1–14 and says which crimes it concerns; an indicator's number is its factor's, a dot, and its
 * place (1.1, 1.2, … with no gap), and its code spells that number.
 */

export const crimeKinds = ['common', 'genocide', 'crimes-against-humanity', 'war-crimes'] as const;
export type CrimeKind = (typeof crimeKinds)[number];

const FrameworkTerm = Term.extend({
  number: z.string().regex(/^[1-9][0-9]?(\.[1-9][0-9]?)?$/, 'a factor number such as 9, or an indicator number such as 9.1'),
  /** Page of the printed English edition. */
  page: z.number().int().positive(),
  crimes: z.enum(crimeKinds).optional(),
  /** Whether the factor's indicators were compared, number by number, with the text (see the file's header). */
  checked: z.boolean().optional(),
});
type FrameworkTerm = z.infer<typeof FrameworkTerm>;

export const FrameworkFile = taxonomyFile(FrameworkTerm).superRefine((file, ctx) => {
  const terms = file.terms as FrameworkTerm[];
  const factors = new Map<string, FrameworkTerm>();
  terms.forEach((t, i) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: ['terms', i, path], message });
    if (t.parent === undefined) {
      if (t.number.includes('.')) issue('number', `factor '${t.code}' has an indicator's number`);
      if (t.code !== `factor-${t.number}`) issue('code', `factor ${t.number} is coded factor-${t.number}`);
      if (!t.crimes) issue('crimes', `factor ${t.number} says which crimes it concerns (${crimeKinds.join(', ')})`);
      if (t.checked === undefined) issue('checked', `factor ${t.number} says whether it was checked against the text`);
      factors.set(t.code, t);
      return;
    }
    const factor = factors.get(t.parent);
    if (!factor) return issue('parent', `indicator '${t.code}' comes after a factor it belongs to, and its parent is a factor`);
    if (t.crimes !== undefined || t.checked !== undefined) issue('crimes', `indicator ${t.number}: crimes and checked belong to its factor`);
    const siblings = terms.slice(0, i).filter((s) => s.parent === t.parent).length;
    const expected = `${factor.number}.${siblings + 1}`;
    if (t.number !== expected) issue('number', `indicator '${t.code}' is numbered ${t.number}; after ${siblings} of factor ${factor.number}'s it is ${expected}`);
    if (t.code !== `indicator-${t.number.replace('.', '-')}`) issue('code', `indicator ${t.number} is coded indicator-${t.number.replace('.', '-')}`);
  });
  const numbers = [...factors.values()].map((f) => Number(f.number));
  if (numbers.join() !== Array.from({ length: 14 }, (_, i) => i + 1).join()) {
    ctx.addIssue({ code: 'custom', path: ['terms'], message: `the Framework has factors 1 to 14 in order; the file has ${numbers.join(', ')}` });
  }
});

export interface FrameworkIndicator {
  code: string;
  number: string;
  text: string;
  page: number;
}
export interface FrameworkFactor {
  code: string;
  number: number;
  name: string;
  description: string;
  crimes: CrimeKind;
  page: number;
  checked: boolean;
  indicators: FrameworkIndicator[];
}
export interface Framework {
  version: number;
  title: string;
  citation: string;
  url: string | null;
  factors: FrameworkFactor[];
}

/** Parses and validates the file's text; errors name the entry and the field. */
export function parseFramework(text: string, file = 'framework-of-analysis.yaml'): Framework {
  let raw: unknown;
  try {
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    raw = parse(text);
  } catch (err) {
    throw new TaxonomyFileError(file, [(err as Error).message]);
  }
  const result = FrameworkFile.safeParse(raw);
  if (!result.success) throw new TaxonomyFileError(file, result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`));
  const data = result.data;
  const terms = data.terms as FrameworkTerm[];
  const source = Object.values(data.sources)[0]!;
  return {
    version: data.version,
    title: data.title.en,
    citation: source.citation,
    url: source.url ?? null,
    factors: terms
      .filter((t) => t.parent === undefined)
      .map((f) => ({
        code: f.code,
        number: Number(f.number),
        name: f.label.en,
        description: f.definition?.en ?? '',
        crimes: f.crimes!,
        page: f.page,
        checked: f.checked!,
        indicators: terms.filter((t) => t.parent === f.code).map((t) => ({ code: t.code, number: t.number, text: t.label.en, page: t.page })),
      })),
  };
}

let loaded: Framework | undefined;

/** The shipped Framework (read once per process). */
export function loadFramework(): Framework {
  if (!loaded) {
    const file = fileURLToPath(new URL('../../data/frameworks/framework-of-analysis.yaml', import.meta.url));
    loaded = parseFramework(readFileSync(file, 'utf8'), file);
  }
  return loaded;
}

/** Indicator code → its factor and itself. */
export function indicatorIndex(framework: Framework): Map<string, { factor: FrameworkFactor; indicator: FrameworkIndicator }> {
  return new Map(framework.factors.flatMap((factor) => factor.indicators.map((indicator) => [indicator.code, { factor, indicator }] as const)));
}
