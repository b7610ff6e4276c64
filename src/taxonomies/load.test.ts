import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy, TaxonomyFileError, type TaxonomyName, taxonomyCodes, taxonomyNames } from './load.js';
import type { ViolationTypeTerm } from './schema.js';

const taxonomyDir = fileURLToPath(new URL('../../data/taxonomies/', import.meta.url));

/** Violation types the app's code and demo data rely on, with the pyramid level each must have. */
const requiredViolationTypes: Record<number, string[]> = {
  1: ['stereotyping', 'biased-remarks', 'exclusionary-rhetoric'],
  2: [
    'hate-speech',
    'dehumanising-speech',
    'slurs-and-insults',
    'harassment',
    'incitement-to-discrimination',
    'incitement-to-violence',
    'bullying',
    'social-exclusion',
    'hate-propaganda',
  ],
  3: [
    'discrimination-education',
    'discrimination-employment',
    'discrimination-housing',
    'discrimination-health',
    'discrimination-public-services',
    'denial-of-citizenship',
    'discrimination-voting',
    'denial-of-religious-practice',
    'restriction-of-movement',
    'discriminatory-legislation',
    'discriminatory-policing',
    'denial-of-justice',
    'restriction-of-language-use',
    'ban-on-association',
    'segregation',
    'confiscation-of-property',
  ],
  4: [
    'threats-of-violence',
    'assault',
    'arbitrary-detention',
    'torture',
    'ill-treatment',
    'enforced-disappearance',
    'forced-displacement',
    'destruction-of-property',
    'destruction-of-cultural-property',
    'desecration',
    'arson',
    'sexual-violence',
    'killing',
    'forced-labour',
    'abduction',
  ],
  5: [
    'massacre',
    'genocide',
    'crimes-against-humanity',
    'extermination',
    'persecution',
    'forcible-transfer-of-children',
    'measures-preventing-births',
    'deportation',
    'war-crimes-against-civilians',
    'incitement-to-genocide',
  ],
};

/** Taxonomies whose code list is fixed: the file must hold exactly these codes, in this order. */
const exactCodes: Partial<Record<TaxonomyName, string[]>> = {
  'pyramid-levels': ['1', '2', '3', '4', '5'],
  'identity-bases': [
    'ethnicity',
    'religion',
    'nationality',
    'race',
    'caste',
    'language',
    'political-opinion',
    'sex-gender',
    'sexual-orientation',
    'disability',
    'indigenous-status',
    'migration-status',
    'other',
  ],
  'actor-kinds': [
    'state-force',
    'state-official',
    'political-party',
    'militia',
    'armed-group',
    'company',
    'media-outlet',
    'religious-leader',
    'community-leader',
    'individual',
    'unknown',
  ],
  'involvement-degrees': ['carried-out', 'ordered-or-planned', 'policy-or-legislation', 'failed-to-protect', 'general-responsibility'],
  'verification-statuses': ['not-yet-verified', 'under-review', 'partially-verified', 'verified', 'unverifiable', 'discredited'],
  'source-reliability': ['A', 'B', 'C', 'D', 'E', 'F'],
  'information-credibility': ['1', '2', '3', '4', '5', '6'],
  'confidentiality-levels': ['public', 'internal', 'confidential', 'strictly-confidential'],
  'monitoring-statuses': ['open', 'under-investigation', 'follow-up', 'closed'],
  'source-connections': ['participant', 'eyewitness', 'relative', 'third-party', 'service-provider', 'media', 'official-record'],
  'location-precisions': ['exact', 'near', 'admin2', 'admin1', 'country'],
  'counting-units': ['person', 'family', 'household', 'community', 'people-in-general'],
  'incident-link-kinds': ['precedes', 'follows', 'causes', 'part-of'],
};

/** Taxonomies that must contain at least these codes (more may be added). */
const requiredCodes: Partial<Record<TaxonomyName, string[]>> = {
  'material-types': [
    'testimony',
    'interview',
    'document',
    'photograph',
    'video',
    'audio',
    'media-report',
    'social-media-post',
    'official-record',
    'satellite-imagery',
    'medical-report',
    'other',
  ],
  'violation-types': Object.values(requiredViolationTypes).flat(),
};

function codesOf(name: TaxonomyName): string[] {
  return loadTaxonomy(name).terms.map((t) => t.code);
}

function violationTypes(): ViolationTypeTerm[] {
  return loadTaxonomy('violation-types').terms;
}

/** Runs `parse`, expects a TaxonomyFileError, and returns its problems. */
function problemsOf(parse: () => unknown): string[] {
  let caught: unknown;
  try {
    parse();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(TaxonomyFileError);
  return (caught as TaxonomyFileError).problems;
}

/** A small valid violation-types file, to be broken one field at a time. */
function violationFile(termYaml: string): string {
  return [
    'id: violation-types',
    'version: 1',
    'title: { en: Test }',
    'sources:',
    '  iccpr: { citation: "ICCPR (1966)" }',
    'terms:',
    termYaml,
  ].join('\n');
}

const validTerm = [
  '  - code: killing',
  '    label: { en: Killing }',
  '    source: iccpr',
  '    pyramidLevel: 4',
  '    provisions: [{ instrument: ICCPR, article: "6(1)" }]',
].join('\n');

describe('shipped taxonomy files', () => {
  it.each(taxonomyNames)('%s loads, names itself, and defines and cites every term', (name) => {
    const taxonomy = loadTaxonomy(name);
    expect(taxonomy.id).toBe(name);
    expect(taxonomy.version).toBe(1);
    expect(taxonomy.title.en.length).toBeGreaterThan(0);
    expect(taxonomy.terms.length).toBeGreaterThan(0);
    for (const term of taxonomy.terms) {
      expect(term.label.en.trim(), `${name}/${term.code} label`).not.toBe('');
      expect(term.definition?.en.trim() ?? '', `${name}/${term.code} definition`).not.toBe('');
      expect(Object.keys(taxonomy.sources), `${name}/${term.code} source`).toContain(term.source);
    }
    for (const [key, source] of Object.entries(taxonomy.sources)) {
      if (source.url !== undefined) expect(source.url, `${name} source ${key}`).toMatch(/^https:\/\//);
    }
  });

  it('has one file per taxonomy name and no stray files', () => {
    const files = readdirSync(taxonomyDir)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort();
    expect(files).toEqual(taxonomyNames.map((n) => `${n}.yaml`).sort());
  });

  it('loads each file once per process', () => {
    expect(loadTaxonomy('violation-types')).toBe(loadTaxonomy('violation-types'));
  });

  it.each(Object.entries(exactCodes))('%s holds exactly the expected codes, in order', (name, codes) => {
    expect(codesOf(name as TaxonomyName)).toEqual(codes);
  });

  it.each(Object.entries(requiredCodes))('%s holds every required code', (name, codes) => {
    const present = new Set(codesOf(name as TaxonomyName));
    expect(codes.filter((c) => !present.has(c))).toEqual([]);
  });

  it('labels the pyramid levels as the ADL does', () => {
    expect(loadTaxonomy('pyramid-levels').terms.map((t) => t.label.en)).toEqual([
      'Biased attitudes',
      'Acts of bias',
      'Discrimination',
      'Bias-motivated violence',
      'Genocide',
    ]);
  });

  it('keeps unverifiable apart from not yet verified', () => {
    const byCode = new Map(loadTaxonomy('verification-statuses').terms.map((t) => [t.code, t]));
    const unverifiable = byCode.get('unverifiable');
    const notYet = byCode.get('not-yet-verified');
    expect(unverifiable?.label.en).not.toBe(notYet?.label.en);
    expect(unverifiable?.definition?.en).toMatch(/attempted|checked|done/i);
    expect(notYet?.definition?.en).toMatch(/not yet|nobody has yet/i);
  });
});

describe('violation types', () => {
  it('has at least 45 types and every pyramid level 1-5 is used', () => {
    const terms = violationTypes();
    expect(terms.length).toBeGreaterThanOrEqual(45);
    expect(new Set(terms.map((t) => t.pyramidLevel))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it.each(Object.entries(requiredViolationTypes))('required level-%s types are at that level', (level, codes) => {
    const byCode = new Map(violationTypes().map((t) => [t.code, t]));
    for (const code of codes) expect(byCode.get(code)?.pyramidLevel, code).toBe(Number(level));
  });

  it('level-5 types cite the Genocide Convention or the Rome Statute', () => {
    const missing = violationTypes()
      .filter((t) => t.pyramidLevel === 5)
      .filter((t) => !t.provisions.some((p) => p.instrument === 'GENOCIDE' || p.instrument === 'ROME'))
      .map((t) => t.code);
    expect(missing).toEqual([]);
  });

  it('incitement to genocide cites Genocide Convention III(c) and Rome Statute 25(3)(e)', () => {
    const term = violationTypes().find((t) => t.code === 'incitement-to-genocide');
    expect(term?.pyramidLevel).toBe(5);
    expect(term?.provisions).toEqual(
      expect.arrayContaining([
        { instrument: 'GENOCIDE', article: '3(c)' },
        { instrument: 'ROME', article: '25(3)(e)' },
      ]),
    );
  });

  it('incitement and hate propaganda cite ICCPR 20(2) and ICERD 4', () => {
    for (const code of ['incitement-to-discrimination', 'incitement-to-violence', 'hate-propaganda']) {
      const provisions = violationTypes().find((t) => t.code === code)?.provisions ?? [];
      expect(provisions, code).toContainEqual({ instrument: 'ICCPR', article: '20(2)' });
      expect(
        provisions.some((p) => p.instrument === 'ICERD' && p.article.startsWith('4')),
        code,
      ).toBe(true);
    }
  });

  it('discrimination types cite ICCPR 26 and a sub-paragraph of ICERD 5', () => {
    const discrimination = violationTypes().filter((t) => t.code.startsWith('discrimination-'));
    expect(discrimination.length).toBeGreaterThanOrEqual(6);
    for (const t of discrimination) {
      expect(t.provisions, t.code).toContainEqual({ instrument: 'ICCPR', article: '26' });
      expect(
        t.provisions.some((p) => p.instrument === 'ICERD' && /^5\([a-f]\)/.test(p.article)),
        t.code,
      ).toBe(true);
    }
  });

  it('no type sits below its parent on the pyramid, and parent chains end', () => {
    const byCode = new Map(violationTypes().map((t) => [t.code, t]));
    for (const t of byCode.values()) {
      const seen = new Set<string>([t.code]);
      let parent = t.parent === undefined ? undefined : byCode.get(t.parent);
      if (parent) expect(t.pyramidLevel, `${t.code} under ${parent.code}`).toBeGreaterThanOrEqual(parent.pyramidLevel);
      while (parent) {
        expect(seen.has(parent.code), `cycle through ${parent.code}`).toBe(false);
        seen.add(parent.code);
        parent = parent.parent === undefined ? undefined : byCode.get(parent.parent);
      }
    }
  });

  it('lists a source for every instrument its provisions cite', () => {
    const taxonomy = loadTaxonomy('violation-types');
    const instruments = new Set(taxonomy.terms.flatMap((t) => t.provisions.map((p) => p.instrument.toLowerCase())));
    expect([...instruments].filter((i) => !(i in taxonomy.sources))).toEqual([]);
  });
});

describe('parseTaxonomy', () => {
  it('accepts a minimal valid file', () => {
    const parsed = parseTaxonomy('violation-types', violationFile(validTerm));
    expect(parsed.terms[0]).toMatchObject({ code: 'killing', pyramidLevel: 4, provisions: [{ instrument: 'ICCPR', article: '6(1)' }] });
  });

  it('names the file in the error', () => {
    let caught: unknown;
    try {
      parseTaxonomy('violation-types', violationFile(validTerm.replace('source: iccpr', 'source: nope')), 'broken.yaml');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(TaxonomyFileError);
    expect((caught as TaxonomyFileError).file).toBe('broken.yaml');
    expect((caught as Error).message).toContain('broken.yaml');
  });

  it('rejects a term citing a source the file does not list', () => {
    const problems = problemsOf(() => parseTaxonomy('violation-types', violationFile(validTerm.replace('source: iccpr', 'source: nope'))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('terms.0.source');
    expect(problems[0]).toContain("'nope'");
  });

  it('rejects a duplicate code, naming the second entry', () => {
    const problems = problemsOf(() => parseTaxonomy('violation-types', violationFile(`${validTerm}\n${validTerm}`)));
    expect(problems).toEqual([expect.stringContaining('terms.1.code')]);
    expect(problems[0]).toContain("duplicate code 'killing'");
  });

  it('rejects a pyramid level outside 1-5', () => {
    const problems = problemsOf(() => parseTaxonomy('violation-types', violationFile(validTerm.replace('pyramidLevel: 4', 'pyramidLevel: 7'))));
    expect(problems).toEqual([expect.stringContaining('terms.0.pyramidLevel')]);
  });

  it('rejects a violation type without provisions', () => {
    const noProvisions = validTerm.replace(/\n {4}provisions:.*$/, '');
    const problems = problemsOf(() => parseTaxonomy('violation-types', violationFile(noProvisions)));
    expect(problems).toEqual([expect.stringContaining('terms.0.provisions')]);
  });

  it('rejects an unknown instrument and a malformed article', () => {
    const bad = validTerm.replace('{ instrument: ICCPR, article: "6(1)" }', '{ instrument: ECHR, article: "Art. 6" }');
    const problems = problemsOf(() => parseTaxonomy('violation-types', violationFile(bad)));
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('terms.0.provisions.0.instrument'), expect.stringContaining('terms.0.provisions.0.article')]),
    );
  });

  it('rejects a parent that is not a code in the file', () => {
    const problems = problemsOf(() => parseTaxonomy('violation-types', violationFile(`${validTerm}\n    parent: murder`)));
    expect(problems).toEqual([expect.stringContaining('terms.0.parent')]);
  });

  it('rejects a misspelt key instead of dropping it', () => {
    const problems = problemsOf(() => parseTaxonomy('violation-types', violationFile(`${validTerm}\n    defintion: { en: Taking a life }`)));
    expect(problems).toEqual([expect.stringMatching(/terms\.0.*defintion/)]);
  });

  it('rejects a term that is its own ancestor', () => {
    const second = validTerm.replace('code: killing', 'code: murder').replace('{ en: Killing }', '{ en: Murder }');
    const cycle = `${validTerm}\n    parent: murder\n${second}\n    parent: killing`;
    const problems = problemsOf(() => parseTaxonomy('violation-types', violationFile(cycle)));
    expect(problems).toEqual([expect.stringContaining('terms.0.parent'), expect.stringContaining('terms.1.parent')]);
    const self = problemsOf(() => parseTaxonomy('violation-types', violationFile(`${validTerm}\n    parent: killing`)));
    expect(self).toEqual([expect.stringMatching(/terms\.0\.parent.*own ancestor/)]);
  });

  it('rejects a term without an English label', () => {
    const problems = problemsOf(() => parseTaxonomy('violation-types', violationFile(validTerm.replace('{ en: Killing }', '{ fr: Meurtre }'))));
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('terms.0.label.en')]));
  });

  it('rejects an unquoted pyramid level code, which YAML reads as a number', () => {
    const text = ['id: pyramid-levels', 'version: 1', 'title: { en: Test }', 'sources: { adl: { citation: ADL } }', 'terms:', '  - { code: 1, label: { en: Biased attitudes }, source: adl }'].join('\n');
    const problems = problemsOf(() => parseTaxonomy('pyramid-levels', text));
    expect(problems).toEqual([expect.stringContaining('terms.0.code')]);
  });

  it('rejects invalid YAML', () => {
    const problems = problemsOf(() => parseTaxonomy('actor-kinds', 'id: actor-kinds\nterms: [unclosed\n'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).not.toBe('');
  });

  it('rejects a file with no terms', () => {
    const problems = problemsOf(() => parseTaxonomy('actor-kinds', 'id: actor-kinds\nversion: 1\ntitle: { en: Test }\nsources: {}\nterms: []\n'));
    expect(problems).toEqual([expect.stringContaining('terms')]);
  });
});

describe('taxonomyCodes', () => {
  it('is the set of a taxonomy’s codes', () => {
    const codes = taxonomyCodes('violation-types');
    expect(codes.size).toBe(violationTypes().length);
    expect(codes.has('genocide')).toBe(true);
    expect(codes.has('hate-speech')).toBe(true);
    expect(codes.has('Genocide')).toBe(false);
    expect(codes.has('no-such-type')).toBe(false);
  });

  it('works for every taxonomy', () => {
    for (const name of taxonomyNames) expect([...taxonomyCodes(name)]).toEqual(codesOf(name));
  });

  it('holds grade codes as strings', () => {
    expect(taxonomyCodes('source-reliability').has('A')).toBe(true);
    expect(taxonomyCodes('information-credibility').has('1')).toBe(true);
    expect(taxonomyCodes('pyramid-levels').has('5')).toBe(true);
  });
});
