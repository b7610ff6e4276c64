import { describe, expect, it } from 'vitest';
import { applyMapping, type MappedRecord } from '../mapping/apply.js';
import { loadMapping } from '../mapping/load.js';
import { missingColumns } from '../mapping/read.js';
import type { FormatProfile, ImportedIncident } from '../types.js';
import { acledProfile } from './acled.js';
import { allRecords, fixture } from '../../../test/ingestFixtures.js';
import { gedProfile } from './ged.js';
import { hxlProfile } from './hxl.js';
import { uwaziProfile } from './uwazi.js';

/** A fixture through its profile and its shipped mapping, as the pipeline does: each record's incident or problems. */
async function mapFixture(profile: FormatProfile, path: string): Promise<{ missing: string[]; results: (MappedRecord & { row: number })[] }> {
  const mapping = loadMapping(profile.defaultMapping!);
  const table = await profile.open(fixture(path), {});
  const missing = missingColumns(mapping, table);
  const results = (await allRecords(table)).map((record) => ({ row: record.row, ...applyMapping(mapping, record, table, { today: '2026-11-30' }) }));
  return { missing, results };
}

const incidents = (results: MappedRecord[]) => results.flatMap((r) => (r.incident ? [r.incident] : []));
const problems = (results: (MappedRecord & { row: number })[]) => results.flatMap((r) => r.problems.map((p) => `${p.row} ${p.target} ${p.code}`));
const unknown = (results: MappedRecord[]) => results.flatMap((r) => r.unknownCodes.map((u) => `${u.target}: ${u.value}`));

describe('the shipped mappings of the public formats', () => {
  it('are valid mappings: targets, codes, a why for every value mapping', () => {
    for (const name of ['ucdp-ged', 'acled', 'hxl', 'uwazi']) {
      const mapping = loadMapping(name);
      for (const [target, byValue] of Object.entries(mapping.values ?? {}))
        for (const [value, m] of Object.entries(byValue)) expect(m.why.length, `${name} ${target} ${value}`).toBeGreaterThan(20);
    }
  });

  it('UCDP GED: one incident per event that killed civilians, dates and places at their precision, UCDP credited', async () => {
    const { missing, results } = await mapFixture(gedProfile, 'ged/ged-events.csv');
    expect(missing).toEqual([]);
    // Event 900003 killed only fighters (non-state conflict, no civilian deaths): reported, not imported.
    expect(problems(results)).toEqual(['4 violationType required']);
    expect(unknown(results)).toEqual([]);
    const [oneSided, stateBased, yearOnly, range] = incidents(results);
    expect(oneSided).toMatchObject({
      key: '900001',
      title: 'Government of Myanmar – Civilians, Tamala village (2021-03-04)',
      startDate: '2021-03-04',
      endDate: null,
      dateEstimated: false,
      place: { name: 'Tamala village', country: 'MMR', admin1: 'Sagaing region', admin2: 'Fictional township', latitude: 22.1, longitude: 95.2, precision: 'exact' },
      acts: [{ violationType: 'killing', group: null, victims: { killed: 12 }, perpetrators: [{ actor: { name: 'Government of Myanmar', kind: 'state-force', country: 'MMR' }, involvement: 'carried-out' }] }],
      confidentiality: 'public',
      verificationStatus: 'not-yet-verified',
      sources: [{ source: { name: 'Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset', url: 'https://ucdp.uu.se/' }, connection: 'third-party', materialType: 'document', credibility: 6 }],
    } satisfies Partial<ImportedIncident> as object);
    expect(oneSided!.narrative).toContain('Deaths, best estimate 12 (low 12, high 15): side A 0, side B 0, civilians 12, unknown 0.');
    expect(oneSided!.narrative).toMatch(/Source: UCDP Georeferenced Event Dataset \(CC BY 4\.0\), event 900001\.$/);
    expect(stateBased).toMatchObject({ key: '900002', startDate: '2021-03', endDate: null, place: { country: 'MLI', precision: 'admin1' } });
    expect(stateBased!.acts).toEqual([
      {
        violationType: 'killing',
        group: null,
        identityBasis: null,
        victims: { killed: 3 },
        perpetrators: [
          { actor: { name: 'Government of Mali', kind: 'state-force', country: 'MLI' }, involvement: 'general-responsibility' },
          { actor: { name: 'Tamala Liberation Front (fictional)', kind: 'armed-group', country: 'MLI' }, involvement: 'general-responsibility' },
        ],
      },
    ]);
    expect(yearOnly).toMatchObject({ key: '900004', startDate: '2019', endDate: null, place: { country: 'COD', precision: 'country' } });
    expect(yearOnly!.acts[0]!.perpetrators).toEqual([{ actor: { name: 'Northern Band (fictional)', kind: 'armed-group', country: 'COD' }, involvement: 'carried-out' }]);
    expect(range).toMatchObject({ key: '900005', startDate: '2022-08-02', endDate: '2022-08-05', dateEstimated: true, place: { country: 'YEM', precision: 'near' } });
  });

  it('ACLED: acts from sub-event type and targeting, victim groups with their basis, unknown sub-event types reported', async () => {
    const { missing, results } = await mapFixture(acledProfile, 'acled/acled-shaped.csv');
    expect(missing).toEqual([]);
    // The armed clash and the peaceful protest are not violations (null mappings); the invented sub-event type is unknown.
    expect(problems(results)).toEqual(['6 violationType required', '8 violationType required', '9 violationType unknown-code']);
    expect(unknown(results)).toEqual(['violationType: Drone swarm harassment [civilians]']);
    const byKey = Object.fromEntries(incidents(results).map((i) => [i.key, i]));
    expect(Object.keys(byKey)).toEqual(['NIG90001', 'NIG90002', 'IND90003', 'SDN90004', 'MMR90006']);
    expect(byKey.NIG90001).toMatchObject({
      startDate: '2024-03-15',
      confidentiality: 'internal',
      place: { name: 'Fictional village', country: 'NGA', admin1: 'Plateau', precision: 'exact' },
      acts: [
        {
          violationType: 'killing',
          group: { name: 'Fulani', basis: 'ethnicity', country: 'NGA' },
          identityBasis: 'ethnicity',
          victims: { killed: 4 },
          perpetrators: [{ actor: { name: 'Unidentified Armed Group (Nigeria)', kind: 'militia' }, involvement: 'carried-out' }],
        },
      ],
      sources: [{ source: { name: 'ACLED (Armed Conflict Location & Event Data)' }, informationDate: '2024-03-19' }],
    });
    expect(byKey.NIG90002).toMatchObject({ dateEstimated: true, place: { precision: 'near' }, acts: [{ violationType: 'abduction', group: { name: 'Christian', basis: 'religion' } }] });
    expect(byKey.IND90003).toMatchObject({ startDate: '2024-04', place: { precision: 'admin1' }, acts: [{ violationType: 'killing', victims: { killed: 1 }, perpetrators: [{ actor: { kind: 'individual' } }] }] });
    expect(byKey.SDN90004!.acts).toMatchObject([{ violationType: 'sexual-violence', group: { name: 'Women', basis: 'sex-gender' } }]);
    expect(byKey.MMR90006!.acts).toMatchObject([{ violationType: 'killing', victims: { killed: 7 }, perpetrators: [{ actor: { name: 'Military Forces of Myanmar (2021-)', kind: 'state-force' } }] }]);
  });

  it('HXL: columns found by tag after a preamble, untagged columns in the narrative, unknown event types reported', async () => {
    const { missing, results } = await mapFixture(hxlProfile, 'hxl/incidents-preamble.csv');
    expect(missing).toEqual(['#adm2+name', '#affected+missing', '#affected+displaced', '#affected+detained', '#meta+source', '#meta+url']);
    expect(problems(results)).toEqual(['9 violationType unknown-code']);
    expect(unknown(results)).toEqual(['violationType: Stone throwing']);
    const [arson, killing, speech] = incidents(results);
    expect(arson).toMatchObject({
      key: 'LMN-001',
      title: 'arson, Mirrow, 2025-02-14',
      narrative: 'A Teral shrine was set on fire at night; two guards were hurt.\n\nInternal note: call back the imam',
      startDate: '2025-02-14',
      place: { name: 'Mirrow', country: 'XVR', admin1: 'Eastern Lakes', latitude: -31.2, longitude: -20.4 },
      acts: [{ violationType: 'arson', group: { name: 'Teral' }, victims: { killed: 0, injured: 2 }, perpetrators: [{ actor: { name: 'Unknown youths' }, involvement: 'carried-out' }] }],
    });
    expect(killing).toMatchObject({ startDate: '2025-03', acts: [{ violationType: 'killing', victims: { killed: 3, injured: 1 } }] });
    expect(speech).toMatchObject({ acts: [{ violationType: 'hate-speech', perpetrators: [{ actor: { name: 'Radio Lakes' } }] }] });

    const tagsFirst = await mapFixture(hxlProfile, 'hxl/tags-first.csv');
    expect(problems(tagsFirst.results)).toEqual([]);
    expect(incidents(tagsFirst.results).map((i) => [i.key, i.startDate, i.place.country, i.acts[0]!.violationType])).toEqual([
      ['T-1', '2024-11-03', 'XVR', 'killing'],
      ['T-2', '2024-12', 'XVR', 'threats-of-violence'],
    ]);
  });

  it('Uwazi: thesaurus paths to codes and groups, languages, geolocation, links; unknown terms reported', async () => {
    const { missing, results } = await mapFixture(uwaziProfile, 'uwazi/violations.csv');
    expect(missing).toEqual([]);
    expect(problems(results)).toEqual(['5 violationType unknown-code']);
    expect(unknown(results)).toEqual(['violationType: Life and physical integrity::Beating']);
    const [dismissal, raid, shrine] = incidents(results);
    expect(dismissal).toMatchObject({
      title: 'Teral teachers dismissed in Mirrow',
      startDate: '2026-05-04',
      verificationStatus: 'verified',
      place: { name: 'Mirrow', country: 'XVR', admin1: 'Eastern Lakes', latitude: -31.2, longitude: -20.4 },
      acts: [{ violationType: 'discrimination-employment', group: { name: 'Teral', basis: 'ethnicity' }, perpetrators: [{ actor: { name: 'Governor of the Eastern Lakes', kind: 'state-official' } }] }],
      sources: [{ source: { name: 'Lakes Herald', url: 'https://example.org/herald/2026-05-05' } }],
    });
    expect(dismissal!.narrative).toContain('title (es): Despido de docentes teral en Mirrow');
    expect(raid).toMatchObject({ startDate: '2026-03-01', endDate: '2026-03-03', verificationStatus: 'under-review' });
    // Two violation types × two groups: four acts, the counts on the first.
    expect(raid!.acts.map((a) => [a.violationType, a.group?.name, a.victims])).toEqual([
      ['arbitrary-detention', 'Teral', { detained: 9, disappeared: 2 }],
      ['arbitrary-detention', 'Old Lake faith', {}],
      ['enforced-disappearance', 'Teral', {}],
      ['enforced-disappearance', 'Old Lake faith', {}],
    ]);
    expect(shrine).toMatchObject({ startDate: '2026-03-10', verificationStatus: 'not-yet-verified', acts: [{ violationType: 'arson', group: { name: 'Old Lake faith', basis: 'religion' } }] });

    const exported = await mapFixture(uwaziProfile, 'uwazi/export.csv');
    expect(exported.missing).toEqual([]);
    expect(problems(exported.results)).toEqual([]);
    expect(incidents(exported.results)).toMatchObject([
      {
        title: 'Market stalls of Teral traders burned',
        startDate: '2026-05-30',
        verificationStatus: 'partially-verified',
        place: { name: 'Mirrow', country: 'XVR', latitude: -31.21, longitude: -20.41 },
        acts: [
          { violationType: 'arson', group: { name: 'Teral', basis: 'ethnicity' }, victims: { killed: 0, injured: 3 }, perpetrators: [{ actor: { name: 'Lakes Volunteer Guard', kind: 'militia' } }] },
          { violationType: 'looting', group: { name: 'Teral' }, victims: {} },
        ],
      },
    ]);
  });
});
