import type { IncidentInput } from '../src/incidents/schema.js';
import { Random } from '../src/demo/random.js';
import { loadTaxonomy } from '../src/taxonomies/load.js';

/**
 * Synthetic incidents at monitoring scale for the store benchmark: 25 countries with very
 * unequal volumes (as in real monitoring data, a few countries hold most records), 8
 * regions each, 6 groups and 5 actors per country, ten years of dates, narratives of
 * 40–80 words drawn from a fixed vocabulary so full-text search has realistic selectivity.
 */
export const benchCountries = [
  'SDN', 'MMR', 'SYR', 'COD', 'ETH', 'NGA', 'UKR', 'AFG', 'YEM', 'SSD',
  'MLI', 'BFA', 'CAF', 'SOM', 'IRQ', 'COL', 'MEX', 'IND', 'PAK', 'LBY',
  'HTI', 'MOZ', 'CMR', 'NER', 'VEN',
];

/**
 * Who may read what: a fifth of the incidents strictly confidential, the rest spread over the
 * lower levels; half restricted to one of four teams (the other half open to every team).
 */
export const benchTeams = ['team-north', 'team-south', 'team-east', 'team-west'];
const confidentialityMix = [['public', 25], ['internal', 30], ['confidential', 25], ['strictly-confidential', 20]] as const;

/** Country i's share is proportional to 1/(i+1): Zipf-like. */
export const countryWeights = benchCountries.map((c, i) => [c, 1 / (i + 1)] as const);

export const vocabulary = (
  'village market school clinic checkpoint shrine church mosque temple river road bridge farm field house ' +
  'police soldiers militia fighters officials leaders teachers students women children men elders families ' +
  'detained arrested beaten killed burned looted threatened insulted expelled displaced disappeared tortured ' +
  'night morning raid attack protest meeting rally broadcast speech leaflet post video radio newspaper ' +
  'land water food permit card registry court lawyer witness survivor victim body grave camp border ' +
  'ethnic religious minority community language citizenship election vote curfew decree law order'
).split(' ');

/**
 * Proper names (people, villages) — the words people actually search for. 20,000 made-up
 * names, drawn with a strong skew so a few are common and most are rare, as in real text.
 */
const syllables = 'ka lo mi ren tes var dun sel mor ash bel cor fen gal hal ir jov kel lin nor ost pra quil ros sil tam ul ven wyn zar'.split(' ');
export const names: string[] = [];
for (const a of syllables) for (const b of syllables) for (const c of ['', ...syllables]) if (names.length < 20_000) names.push(a + b + c);

export function pickName(rnd: Random): string {
  return names[Math.floor(names.length * rnd.float() ** 3)]!;
}

export function makeWorldShape(rnd: Random) {
  const bases = ['ethnicity', 'religion', 'nationality', 'language', 'political-opinion', 'indigenous-status'];
  const kinds = ['state-force', 'state-official', 'militia', 'armed-group', 'media-outlet'];
  return {
    groups: benchCountries.flatMap((country) => bases.map((basis, i) => ({ id: rnd.uuid(), country, name: `${country} group ${i + 1}`, basis }))),
    actors: benchCountries.flatMap((country) => kinds.map((kind, i) => ({ id: rnd.uuid(), country, name: `${country} actor ${i + 1}`, kind }))),
    sources: Array.from({ length: 20 }, (_, i) => ({ id: rnd.uuid(), name: `Source ${i + 1}`, reliability: 'ABCDEF'[i % 6]! })),
    regions: new Map(benchCountries.map((c) => [c, Array.from({ length: 8 }, (_, i) => `${c} region ${i + 1}`)])),
  };
}

export type WorldShape = ReturnType<typeof makeWorldShape>;

/** `count` incidents of the synthetic set in batches, deterministic for a seed. */
export function* benchIncidents(world: WorldShape, seed: number, count: number, batchSize: number): Generator<IncidentInput[]> {
  const rnd = new Random(seed);
  const types = loadTaxonomy('violation-types').terms;
  // Low levels are far more frequent than high ones, as in real monitoring data.
  const typeWeights = types.map((t) => [t.code, [0, 30, 30, 20, 12, 1][t.pyramidLevel]!] as const);
  const groupsOf = new Map(benchCountries.map((c) => [c, world.groups.filter((g) => g.country === c)]));
  const actorsOf = new Map(benchCountries.map((c) => [c, world.actors.filter((a) => a.country === c)]));
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  for (let done = 0; done < count; done += batchSize) {
    const batch: IncidentInput[] = [];
    for (let i = done; i < Math.min(count, done + batchSize); i++) {
      const country = rnd.weighted(countryWeights);
      const group = rnd.pick(groupsOf.get(country)!);
      const actor = rnd.pick(actorsOf.get(country)!);
      const date = new Date(start + rnd.float() * span).toISOString().slice(0, 10);
      const words = Array.from({ length: rnd.int(40, 80) }, () => (rnd.chance(0.08) ? pickName(rnd) : rnd.pick(vocabulary)));
      const actCount = rnd.chance(0.15) ? 2 : 1;
      batch.push({
        title: `${words.slice(0, 6).join(' ')} (${i})`,
        narrative: words.join(' '),
        startDate: rnd.chance(0.1) ? date.slice(0, 7) : date,
        endDate: null,
        dateEstimated: false,
        reportDate: null,
        country,
        admin1: rnd.pick(world.regions.get(country)!),
        placeId: null,
        acts: Array.from({ length: actCount }, () => ({
          violationType: rnd.weighted(typeWeights),
          groupId: group.id,
          identityBasis: null,
          victims: { killed: rnd.chance(0.1) ? rnd.tail(2, 50) : 0, injured: 0, detained: rnd.chance(0.1) ? rnd.tail(3, 80) : 0, disappeared: 0, displaced: 0, affected: 0 },
          perpetrators: [{ actorId: actor.id, involvement: 'carried-out' }],
        })),
        pyramidLevelOverride: null,
        verificationStatus: rnd.pick(['not-yet-verified', 'under-review', 'verified', 'partially-verified', 'unverifiable']),
        confidentiality: rnd.weighted(confidentialityMix),
        teams: rnd.chance(0.5) ? [] : [rnd.pick(benchTeams)],
        monitoringStatus: 'open',
        sources: [{ sourceId: rnd.pick(world.sources).id, connection: 'eyewitness', materialType: 'testimony', informationDate: null, credibility: rnd.int(1, 6), note: '' }],
        evidenceIds: [],
        links: [],
      });
    }
    yield batch;
  }
}
