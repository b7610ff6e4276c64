import { describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy, TaxonomyFileError, type TaxonomyName, taxonomyNames } from './load.js';

/**
 * Translations in taxonomy files: a label in a language is a non-empty string, every
 * language used is declared with the source of its translation, and a language declared
 * complete has a label for every term — a missing one is named `terms.N.label.ar`.
 */

const file = (header: string[], terms: string[]) =>
  [
    'id: actor-kinds',
    'version: 1',
    'title: { en: Actor kinds, ar: أنواع الجهات الفاعلة }',
    'sources:',
    '  ohchr: { citation: OHCHR manual }',
    '  own-ar: { citation: "Precursor project, own Arabic translation" }',
    ...header,
    'terms:',
    ...terms,
  ].join('\n');

const declared = ['translations:', '  ar: { sources: [own-ar], complete: true }'];
const militia = '  - { code: militia, label: { en: Militia, ar: ميليشيا }, source: ohchr }';
const company = '  - { code: company, label: { en: Company, ar: شركة }, source: ohchr }';

function problemsOf(text: string): string[] {
  try {
    parseTaxonomy('actor-kinds', text);
  } catch (err) {
    if (err instanceof TaxonomyFileError) return err.problems;
    throw err;
  }
  return [];
}

describe('taxonomy translations', () => {
  it('accepts a file complete in Arabic, and keeps the labels', () => {
    const parsed = parseTaxonomy('actor-kinds', file(declared, [militia, company]));
    expect(parsed.terms[0]!.label).toEqual({ en: 'Militia', ar: 'ميليشيا' });
    expect(parsed.translations).toEqual({ ar: { sources: ['own-ar'], complete: true } });
  });

  it('names a missing label in a language the file declares complete', () => {
    const noArabic = '  - { code: company, label: { en: Company }, source: ohchr }';
    expect(problemsOf(file(declared, [militia, noArabic]))).toEqual([expect.stringMatching(/^terms\.1\.label\.ar: .*complete/)]);
  });

  it('accepts a missing label when the language is not declared complete', () => {
    const partial = ['translations:', '  ar: { sources: [own-ar] }'];
    const noArabic = '  - { code: company, label: { en: Company }, source: ohchr }';
    expect(problemsOf(file(partial, [militia, noArabic]))).toEqual([]);
  });

  it('refuses an empty or blank label in any language', () => {
    const blank = '  - { code: company, label: { en: Company, ar: "  " }, source: ohchr }';
    expect(problemsOf(file(declared, [militia, blank]))).toEqual(expect.arrayContaining([expect.stringMatching(/^terms\.1\.label\.ar: a text in a language is a non-empty string/)]));
  });

  it('refuses a language that the file does not declare with its translation source', () => {
    const french = '  - { code: company, label: { en: Company, ar: شركة, fr: Entreprise }, source: ohchr }';
    expect(problemsOf(file(declared, [militia, french]))).toEqual([expect.stringMatching(/^terms\.1\.label\.fr: .*translations/)]);
  });

  it('refuses a translation source the file does not list', () => {
    const unlisted = ['translations:', '  ar: { sources: [nowhere] }'];
    expect(problemsOf(file(unlisted, [militia, company]))).toEqual([expect.stringMatching(/^translations\.ar\.sources\.0: .*'nowhere'/)]);
  });

  it('refuses a key that is not a language tag', () => {
    const bad = '  - { code: company, label: { en: Company, Arabic: شركة }, source: ohchr }';
    expect(problemsOf(file(declared, [militia, bad]))).toEqual(expect.arrayContaining([expect.stringContaining('terms.1.label.Arabic')]));
  });
});

describe('shipped translations', () => {
  const arabic: TaxonomyName[] = [
    'pyramid-levels',
    'violation-types',
    'verification-statuses',
    'monitoring-statuses',
    'confidentiality-levels',
    'identity-bases',
    'actor-kinds',
    'involvement-degrees',
    'incident-link-kinds',
    'source-reliability',
    'information-credibility',
    'source-connections',
    'material-types',
    'counting-units',
    'location-precisions',
  ];

  it.each(arabic)('%s is declared complete in Arabic, with a cited source, and every label is Arabic script', (name) => {
    const taxonomy = loadTaxonomy(name);
    expect(taxonomy.translations?.ar?.complete).toBe(true);
    for (const key of taxonomy.translations!.ar!.sources) expect(taxonomy.sources[key]!.citation.length).toBeGreaterThan(10);
    expect(taxonomy.title.ar).toMatch(/\p{Script=Arabic}/u);
    for (const term of taxonomy.terms) expect(term.label.ar, term.code).toMatch(/^[\p{Script_Extensions=Arabic}\s()\-–]+$/u);
    // No two terms share an Arabic label: a translation must not merge what the codes keep apart.
    const labels = taxonomy.terms.map((t) => t.label.ar);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });

  it('covers every shipped taxonomy', () => {
    expect([...taxonomyNames].sort()).toEqual([...arabic].sort());
  });

  it('uses the wording of the Arabic texts of the treaties for the terms they define', () => {
    const types = loadTaxonomy('violation-types');
    const ar = (code: string) => types.terms.find((t) => t.code === code)?.label.ar;
    // Convention on the Prevention and Punishment of the Crime of Genocide, art. II and III(c).
    expect(ar('genocide')).toBe('الإبادة الجماعية');
    expect(ar('incitement-to-genocide')).toBe('التحريض المباشر والعلني على ارتكاب الإبادة الجماعية');
    // Convention against Torture; International Convention for the Protection of All Persons from Enforced Disappearance.
    expect(ar('torture')).toBe('التعذيب');
    expect(ar('enforced-disappearance')).toBe('الاختفاء القسري');
    // Rome Statute, art. 7.
    expect(ar('crimes-against-humanity')).toBe('الجرائم ضد الإنسانية');
    expect(ar('enslavement')).toBe('الاسترقاق');
    expect(ar('persecution')).toBe('الاضطهاد');
    expect(loadTaxonomy('pyramid-levels').terms.find((t) => t.code === '5')?.label.ar).toBe('الإبادة الجماعية');
  });
});
