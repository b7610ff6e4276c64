import { describe, expect, it } from 'vitest';
import { TaxonomyFileError } from '../taxonomies/load.js';
import { loadFramework, parseFramework } from './taxonomy.js';

const header = ['id: framework-of-analysis', 'version: 1', 'title: { en: "F" }', 'sources: { foa: { citation: "UN 2014" } }', 'terms:'];
const factor = (n: number) => `  - { code: factor-${n}, number: "${n}", page: ${9 + n}, crimes: common, checked: false, source: foa, label: { en: "F${n}" } }`;
const indicator = (n: number, i: number, over = '') => `  - { code: indicator-${n}-${i}, parent: factor-${n}, number: "${n}.${i}", page: ${9 + n}, source: foa, label: { en: "I${n}.${i}" }${over} }`;
const fourteen = (extra: (n: number) => string[] = (n) => [indicator(n, 1)]) => [...header, ...Array.from({ length: 14 }, (_, k) => [factor(k + 1), ...extra(k + 1)]).flat()].join('\n');

function problems(text: string): string[] {
  try {
    parseFramework(text);
    return [];
  } catch (err) {
    return (err as TaxonomyFileError).problems;
  }
}

describe('the Framework of Analysis file', () => {
  it('ships 14 factors, each with its crimes, page and numbered indicators, citing the 2014 edition', () => {
    const f = loadFramework();
    expect(f.factors.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(f.factors.map((x) => x.crimes)).toEqual([...Array(8).fill('common'), 'genocide', 'genocide', 'crimes-against-humanity', 'crimes-against-humanity', 'war-crimes', 'war-crimes']);
    expect(f.citation).toMatch(/Framework of Analysis for Atrocity Crimes.*2014/);
    for (const factor of f.factors) {
      expect(factor.indicators.length, `factor ${factor.number}`).toBeGreaterThanOrEqual(6);
      factor.indicators.forEach((ind, i) => expect(ind.number).toBe(`${factor.number}.${i + 1}`));
      expect(factor.page).toBeGreaterThanOrEqual(10);
    }
    // The indicators compared with the text while writing the file (its header says which).
    expect(f.factors.filter((x) => x.checked).map((x) => x.number)).toEqual([7, 8, 9, 13]);
    expect(f.factors[7]!.indicators).toHaveLength(12);
    expect(f.factors[8]!.indicators).toHaveLength(6);
  });

  it('accepts a well-formed file', () => {
    expect(problems(fourteen())).toEqual([]);
  });

  it('names the entry and field of a gap in the numbering, a wrong code or a missing crime kind', () => {
    expect(problems(fourteen((n) => (n === 3 ? [indicator(3, 1), indicator(3, 3)] : [indicator(n, 1)])))).toEqual([
      expect.stringMatching(/^terms\.6\.number: .*indicator-3-3.* is numbered 3\.3; after 1 of factor 3's it is 3\.2/),
    ]);
    expect(problems(fourteen().replace('code: indicator-2-1,', 'code: indicator-two,'))).toEqual([expect.stringMatching(/^terms\.3\.code: indicator 2\.1 is coded indicator-2-1/)]);
    expect(problems(fourteen().replace('crimes: common, checked: false, source: foa, label: { en: "F1" }', 'checked: false, source: foa, label: { en: "F1" }'))).toEqual([
      expect.stringMatching(/^terms\.0\.crimes: factor 1 says which crimes/),
    ]);
    expect(problems(fourteen().replace(/  - \{ code: factor-14,.*\n.*$/, ''))).toEqual([expect.stringMatching(/factors 1 to 14 in order; the file has 1, 2, .*13$/)]);
  });

  it('refuses a misspelt key and an unlisted source, as every taxonomy file does', () => {
    expect(problems(fourteen().replace('page: 10, crimes', 'pgae: 10, crimes'))).toEqual(expect.arrayContaining([expect.stringMatching(/^terms\.0/)]));
    expect(problems(fourteen().replace('source: foa, label: { en: "I1.1" }', 'source: nowhere, label: { en: "I1.1" }'))).toEqual([expect.stringMatching(/^terms\.1\.source: source 'nowhere'/)]);
  });
});
