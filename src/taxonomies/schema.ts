import { z } from 'zod';

/**
 * The shape of a taxonomy file in `data/taxonomies/`. Every vocabulary Precursor uses
 * (pyramid levels, violation types, identity bases, …) is data in this shape, validated
 * when it is loaded, so that a translator or a legal reviewer can change a file without
 * touching code, and a broken file stops the program with the entry and field named.
 *
 * Terms are exchanged by their stable `code`, never by their label (DESIGN.md).
 */

/** A language tag (BCP 47, lower-case language with optional subtags): `ar`, `fr`, `pt-BR`. */
const languageTag = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const text = z.string().trim().min(1, 'a text in a language is a non-empty string');

/** Translations keyed by BCP 47 language tag; English is required. */
export const LocalizedText = z
  .object({ en: text })
  .catchall(text)
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!languageTag.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: `'${key}' is not a language tag such as ar or pt-BR` });
    }
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A language the file is translated into: where the translation comes from (keys of the
 * file's `sources`: an official UN text, or the project's own work) and whether every
 * term's label (and the title) is given in it. Definitions may stay in English.
 */
export const Translation = z.strictObject({
  sources: z.array(z.string().min(1)).min(1),
  complete: z.boolean().default(false),
});
export type Translation = z.infer<typeof Translation>;

export const SourceRef = z.object({
  citation: z.string().min(1),
  url: z.url().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** Stable codes: lower-case words joined by hyphens, or a grade such as `A` or `3`. */
export const TermCode = z
  .string()
  .regex(/^([a-z][a-z0-9]*(-[a-z0-9]+)*|[A-F]|[1-6])$/, 'a code is lower-case-with-hyphens, or a grade A–F / 1–6');

/** Strict: a misspelt key (`defintion:`) is an error, not silently dropped data. */
export const Term = z.strictObject({
  code: TermCode,
  label: LocalizedText,
  definition: LocalizedText.optional(),
  parent: TermCode.optional(),
  /** Key into the file's `sources`: every entry cites where it comes from. */
  source: z.string().min(1),
});
export type Term = z.infer<typeof Term>;

/** Treaties whose articles a violation type can engage. */
export const Instrument = z.enum([
  'UDHR', // Universal Declaration of Human Rights (1948)
  'ICCPR', // International Covenant on Civil and Political Rights (1966)
  'ICESCR', // International Covenant on Economic, Social and Cultural Rights (1966)
  'ICERD', // International Convention on the Elimination of All Forms of Racial Discrimination (1965)
  'CEDAW', // Convention on the Elimination of All Forms of Discrimination against Women (1979)
  'CAT', // Convention against Torture (1984)
  'CRC', // Convention on the Rights of the Child (1989)
  'CRPD', // Convention on the Rights of Persons with Disabilities (2006)
  'ICPPED', // International Convention for the Protection of All Persons from Enforced Disappearance (2006)
  'GENOCIDE', // Convention on the Prevention and Punishment of the Crime of Genocide (1948)
  'ROME', // Rome Statute of the International Criminal Court (1998)
]);
export type Instrument = z.infer<typeof Instrument>;

export const Provision = z.object({
  instrument: Instrument,
  /** Article with paragraph and sub-paragraph as written in the instrument, e.g. `7(1)(d)`. */
  article: z.string().regex(/^[0-9]+[a-z]?(\([0-9a-z]+\))*$/, 'an article such as 6, 7(1)(d) or 8(2)(b)(ix)'),
});
export type Provision = z.infer<typeof Provision>;

export const PyramidLevel = z.number().int().min(1).max(5);

export const ViolationTypeTerm = Term.extend({
  pyramidLevel: PyramidLevel,
  provisions: z.array(Provision).min(1),
});
export type ViolationTypeTerm = z.infer<typeof ViolationTypeTerm>;

export const PyramidLevelTerm = Term.extend({ code: z.enum(['1', '2', '3', '4', '5']) });

const fileHeader = {
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.number().int().positive(),
  title: LocalizedText,
  sources: z.record(z.string(), SourceRef),
  /** Languages other than English, by tag; a label in a language not declared here is an error. */
  translations: z.record(z.string().regex(languageTag, 'a language tag such as ar or pt-BR'), Translation).optional(),
};

/** Builds the schema of a whole taxonomy file for a given term shape. */
export function taxonomyFile<T extends z.ZodType<Term>>(term: T) {
  return z
    .strictObject({ ...fileHeader, terms: z.array(term).min(1) })
    .superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.terms.forEach((t, i) => {
        if (seen.has(t.code)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'code'], message: `duplicate code '${t.code}'` });
        seen.add(t.code);
        if (!(t.source in file.sources))
          ctx.addIssue({ code: 'custom', path: ['terms', i, 'source'], message: `source '${t.source}' is not listed in the file's sources` });
      });
      checkTranslations(file, ctx);
      const parentOf = new Map(file.terms.map((t) => [t.code, t.parent]));
      file.terms.forEach((t, i) => {
        if (t.parent === undefined) return;
        if (!seen.has(t.parent)) {
          ctx.addIssue({ code: 'custom', path: ['terms', i, 'parent'], message: `parent '${t.parent}' is not a code in this file` });
          return;
        }
        // Walk up the parents: a term must never be its own ancestor.
        const visited = new Set([t.code]);
        for (let p: string | undefined = t.parent; p !== undefined; p = parentOf.get(p)) {
          if (visited.has(p)) {
            ctx.addIssue({ code: 'custom', path: ['terms', i, 'parent'], message: `'${t.code}' is its own ancestor through its parents` });
            break;
          }
          visited.add(p);
        }
      });
    });
}

type FileShape = { title: LocalizedText; sources: Record<string, SourceRef>; translations?: Record<string, Translation> | undefined; terms: Term[] };

/** Every language used is declared with a listed source; a language declared complete labels every term. */
function checkTranslations(file: FileShape, ctx: z.RefinementCtx) {
  const declared = file.translations ?? {};
  for (const [lang, translation] of Object.entries(declared)) {
    translation.sources.forEach((key, i) => {
      if (!(key in file.sources)) ctx.addIssue({ code: 'custom', path: ['translations', lang, 'sources', i], message: `source '${key}' is not listed in the file's sources` });
    });
  }
  const texts: [PropertyKey[], LocalizedText][] = [[['title'], file.title]];
  file.terms.forEach((t, i) => {
    texts.push([['terms', i, 'label'], t.label]);
    if (t.definition) texts.push([['terms', i, 'definition'], t.definition]);
  });
  for (const [path, value] of texts) {
    for (const lang of Object.keys(value)) {
      if (lang !== 'en' && !(lang in declared)) {
        ctx.addIssue({ code: 'custom', path: [...path, lang], message: `language '${lang}' is not declared in the file's translations (with the source of its translation)` });
      }
    }
  }
  for (const [lang, translation] of Object.entries(declared)) {
    if (!translation.complete) continue;
    const missing = `missing: the file declares its '${lang}' translation complete`;
    if (!file.title[lang]) ctx.addIssue({ code: 'custom', path: ['title', lang], message: missing });
    file.terms.forEach((t, i) => {
      if (!t.label[lang]) ctx.addIssue({ code: 'custom', path: ['terms', i, 'label', lang], message: missing });
    });
  }
}

export const GenericTaxonomyFile = taxonomyFile(Term);
export type TaxonomyFile<T extends Term = Term> = Omit<z.infer<typeof GenericTaxonomyFile>, 'terms'> & { terms: T[] };
