import { describe, expect, it } from 'vitest';
import { IncidentInput } from '../incidents/schema.js';
import { violationLevels } from '../taxonomies/codes.js';
import { generateDemo } from './generate.js';

const levels = violationLevels();
const levelOf = (i: IncidentInput) => Math.max(...i.acts.map((a) => levels.get(a.violationType)!));

describe('the demo data set', () => {
  const demo = generateDemo();
  const teral = demo.groups.find((g) => g.key === 'teral')!;
  const lakes = new Set(demo.places.filter((p) => p.admin1 === 'Eastern Lakes').map((p) => p.id));
  const escalation = demo.incidents.filter((i) => lakes.has(i.placeId!) && i.acts.some((a) => a.groupId === teral.id));
  const background = demo.incidents.filter((i) => !escalation.includes(i));

  it('is reproducible from its seed and different for another seed', () => {
    expect(generateDemo()).toEqual(demo);
    expect(generateDemo(1).incidents[0]!.title).not.toEqual(demo.incidents[0]!.title);
  });

  it('has at least 2,000 valid incidents over 3–5 years in one clearly fictional country', () => {
    expect(demo.incidents.length).toBeGreaterThanOrEqual(2000);
    for (const incident of demo.incidents) expect(IncidentInput.safeParse(incident).success).toBe(true);
    const years = new Set(demo.incidents.map((i) => i.startDate.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
    expect(years.size).toBeLessThanOrEqual(5);
    expect(new Set(demo.incidents.map((i) => i.country))).toEqual(new Set(['XVR']));
    expect(demo.incidents.every((i) => i.narrative.includes('Fictional demo record'))).toBe(true);
    expect(new Set(demo.places.map((p) => p.admin1)).size).toBeGreaterThanOrEqual(5);
    expect(demo.groups.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps the background low on the pyramid', () => {
    const low = background.filter((i) => levelOf(i) <= 3).length;
    expect(low / background.length).toBeGreaterThan(0.85);
    expect(background.some((i) => levelOf(i) === 5)).toBe(false);
  });

  it('climbs the pyramid against the Teral in the Eastern Lakes: speech, then discrimination, then detention, then killing', () => {
    const firstOf = (types: string[]) =>
      escalation.filter((i) => i.acts.some((a) => types.includes(a.violationType))).map((i) => i.startDate).sort()[0]!;
    const speech = firstOf(['hate-speech', 'dehumanising-speech']);
    const discrimination = firstOf(['discrimination-education', 'denial-of-citizenship', 'discrimination-employment']);
    const detention = firstOf(['arbitrary-detention']);
    const killing = firstOf(['killing', 'massacre']);
    expect(speech < discrimination && discrimination < detention && detention < killing).toBe(true);

    const meanLevel = (year: string) => {
      const inYear = escalation.filter((i) => i.startDate.startsWith(year));
      return inYear.reduce((s, i) => s + levelOf(i), 0) / inYear.length;
    };
    const means = ['2022', '2023', '2024', '2025'].map(meanLevel);
    for (let y = 1; y < means.length; y++) expect(means[y]!).toBeGreaterThan(means[y - 1]!);
    // More often, too: the last year has far more incidents than the first.
    const count = (year: string) => escalation.filter((i) => i.startDate.startsWith(year)).length;
    expect(count('2025')).toBeGreaterThan(2 * count('2022'));
  });

  it('carries sources with grades and mixed verification, and links massacres to the detentions before them', () => {
    expect(demo.incidents.every((i) => i.sources.length >= 1)).toBe(true);
    expect(new Set(demo.incidents.map((i) => i.verificationStatus)).size).toBeGreaterThanOrEqual(5);
    const massacres = demo.incidents.filter((i) => i.acts.some((a) => a.violationType === 'massacre'));
    expect(massacres.length).toBeGreaterThanOrEqual(2);
    for (const m of massacres) expect(m.links.length).toBeGreaterThan(0);
  });
});
