import { Random } from '../../src/demo/random.js';
import type { DedupRecord } from '../../src/dedup/record.js';

/**
 * A generated set of incident reports with known duplicates, for measuring the duplicate
 * scorer. It is built to be hard in the ways real monitoring data is hard:
 *
 * - events cluster: campaigns against one group in one region come in bursts, so many
 *   *different* events share a village, a group, a violation type and dates days apart
 *   (the negatives a naive scorer takes for duplicates);
 * - a second organisation's report of the same event differs: a day or two off, or known
 *   only to the month or year; coordinates of a nearby place, or none; the group left out;
 *   another violation type of the same level; other victim counts; its own words, sharing
 *   only some names and a few content words.
 *
 * Every report is a DedupRecord; `truth` lists the pairs that are one event.
 */
export interface GeneratedSet {
  records: DedupRecord[];
  truth: Set<string>;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const typesByLevel: Record<number, string[]> = {
  2: ['hate-speech', 'dehumanising-speech', 'harassment', 'exclusionary-rhetoric'],
  3: ['discrimination-employment', 'discrimination-housing', 'denial-of-citizenship', 'restriction-of-movement', 'confiscation-of-property'],
  4: ['assault', 'arbitrary-detention', 'torture', 'enforced-disappearance', 'arson', 'killing', 'sexual-violence'],
  5: ['killing', 'forced-displacement', 'enforced-disappearance'],
};

const words = (
  'village market school clinic checkpoint shrine church mosque river road bridge farm field house police soldiers ' +
  'militia fighters officials leaders teachers students women children men elders families detained arrested beaten ' +
  'killed burned looted threatened insulted expelled displaced disappeared tortured night morning raid attack protest ' +
  'meeting rally broadcast speech leaflet post video radio land water food permit card court lawyer witness survivor ' +
  'victim body grave camp border curfew decree order gunmen vehicles homes shops crops cattle wells roadblock convoy'
).split(' ');

const syllables = 'ka lo mi ren tes var dun sel mor ash bel cor fen gal hal jov kel lin nor ost pra ros sil tam ven wyn zar'.split(' ');
function name(rnd: Random): string {
  const s = () => rnd.pick(syllables);
  const n = s() + s() + (rnd.chance(0.5) ? s() : '');
  return n[0]!.toUpperCase() + n.slice(1);
}

interface World {
  countries: { code: string; regions: { name: string; lat: number; lon: number; villages: { name: string; lat: number; lon: number }[] }[]; groups: string[] }[];
}

/** How big the generated world is: the evaluation's default is small and dense; the benchmark spreads a million reports as real monitoring does. */
export interface WorldSize {
  countries: number;
  regions: number;
  years: number;
}
export const evaluationWorld: WorldSize = { countries: 4, regions: 6, years: 3 };

function makeWorld(rnd: Random, size: WorldSize): World {
  return {
    countries: Array.from({ length: size.countries }, (_, c) => `C${String(c).padStart(2, '0')}`).map((code, c) => ({
      code,
      groups: Array.from({ length: 4 }, (_, g) => `${code}-group-${g}`),
      regions: Array.from({ length: size.regions }, (_, r) => {
        const lat = ((5 + c * 4) % 80) + r * 0.6;
        const lon = 20 + r * 0.7;
        return {
          name: `${name(rnd)} Province`,
          lat,
          lon,
          villages: Array.from({ length: 8 }, () => ({ name: name(rnd), lat: lat + (rnd.float() - 0.5) * 0.5, lon: lon + (rnd.float() - 0.5) * 0.5 })),
        };
      }),
    })),
  };
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function sentence(rnd: Random, n: number): string[] {
  return Array.from({ length: n }, () => rnd.pick(words));
}

/** Moves a point by up to `km` kilometres in a random direction. */
function jitter(rnd: Random, lat: number, lon: number, km: number): [number, number] {
  const d = rnd.float() * km;
  const a = rnd.float() * 2 * Math.PI;
  return [lat + (d / 111) * Math.cos(a), lon + (d / (111 * Math.cos((lat * Math.PI) / 180))) * Math.sin(a)];
}

export function generateSet(seed: number, events: number, duplicateShare = 0.25, size: WorldSize = evaluationWorld): GeneratedSet {
  const rnd = new Random(seed);
  const world = makeWorld(rnd, size);
  const records: DedupRecord[] = [];
  const truth = new Set<string>();
  const start = Math.floor(Date.parse('2022-01-01') / 86_400_000);
  let n = 0;
  const id = () => `r${String(++n).padStart(7, '0')}`;

  // Campaigns: a burst of events against one group in one region, around one date.
  let made = 0;
  while (made < events) {
    const country = rnd.pick(world.countries);
    const region = rnd.pick(country.regions);
    const group = rnd.pick(country.groups);
    const level = rnd.weighted([[2, 4], [3, 3], [4, 3], [5, 1]] as const);
    const centre = start + rnd.int(0, size.years * 365);
    const burst = Math.min(events - made, rnd.int(1, 12));
    for (let e = 0; e < burst; e++, made++) {
      const village = rnd.pick(region.villages);
      const day = centre + rnd.int(-10, 10);
      const types = [rnd.pick(typesByLevel[level]!)];
      if (rnd.chance(0.2)) types.push(rnd.pick(typesByLevel[level]!));
      const victims = level >= 4 ? rnd.tail(3, 300) : rnd.chance(0.5) ? rnd.int(1, 20) : 0;
      const persons = Array.from({ length: rnd.int(0, 3) }, () => name(rnd));
      const content = sentence(rnd, rnd.int(20, 50));
      const precision = rnd.weighted([['day', 85], ['month', 12], ['year', 3]] as const);
      const original: DedupRecord = {
        id: id(),
        start: precision === 'day' ? isoDay(day) : precision === 'month' ? `${isoDay(day).slice(0, 7)}-01` : `${isoDay(day).slice(0, 4)}-01-01`,
        startPrecision: precision,
        end: null,
        endPrecision: null,
        country: country.code,
        admin1: region.name,
        latitude: rnd.chance(0.9) ? village.lat : null,
        longitude: null,
        groupIds: [group],
        violationTypes: [...new Set(types)],
        level,
        victims,
        killed: types.includes('killing') ? victims : 0,
        text: `${content.slice(0, 4).join(' ')} in ${village.name}. ${[...persons, ...content].join(' ')}`,
        sourceIds: ['org-a'],
      };
      if (original.latitude != null) original.longitude = village.lon;
      records.push(original);

      const copies = rnd.chance(duplicateShare) ? (rnd.chance(0.15) ? 2 : 1) : 0;
      const ids = [original.id];
      for (let c = 0; c < copies; c++) {
        const copy = reportAgain(rnd, original, { village, persons, content, day, level, country: country.groups }, id());
        records.push(copy);
        for (const other of ids) truth.add(pairKey(other, copy.id));
        ids.push(copy.id);
      }
    }
  }
  return { records, truth };
}

/** A second organisation's report of the same event. */
export function reportAgain(
  rnd: Random,
  o: DedupRecord,
  facts: { village: { name: string; lat: number; lon: number }; persons: string[]; content: string[]; day: number; level: number; country: string[] },
  id: string,
): DedupRecord {
  const dateKind = rnd.weighted([['same', 60], ['off', 20], ['month', 15], ['year', 5]] as const);
  const day = dateKind === 'off' ? facts.day + rnd.pick([-2, -1, 1, 2]) : facts.day;
  const startPrecision = dateKind === 'month' ? 'month' : dateKind === 'year' ? 'year' : o.startPrecision;
  const iso = isoDay(day);
  const start = startPrecision === 'day' ? iso : startPrecision === 'month' ? `${iso.slice(0, 7)}-01` : `${iso.slice(0, 4)}-01-01`;

  const placeKind = rnd.weighted([['near', 60], ['other', 20], ['none', 20]] as const);
  let latitude: number | null = null;
  let longitude: number | null = null;
  if (placeKind !== 'none') [latitude, longitude] = jitter(rnd, facts.village.lat, facts.village.lon, placeKind === 'near' ? 5 : 20);

  const groupKind = rnd.weighted([['same', 85], ['none', 10], ['more', 5]] as const);
  const groupIds = groupKind === 'same' ? [...o.groupIds] : groupKind === 'none' ? [] : [...o.groupIds, rnd.pick(facts.country)];
  const typeKind = rnd.weighted([['same', 60], ['sibling', 30], ['other', 10]] as const);
  const level = typeKind === 'other' ? Math.max(2, Math.min(5, facts.level + rnd.pick([-1, 1]))) : facts.level;
  const violationTypes = typeKind === 'same' ? [...o.violationTypes] : [rnd.pick(typesByLevel[level] ?? o.violationTypes)];
  const victims = rnd.chance(0.1) ? 0 : Math.round(o.victims * (0.7 + rnd.float() * 0.6));

  // Its own words: a few of the original's content words, some of the names, new wording around them.
  const shared = facts.content.filter(() => rnd.chance(0.3));
  const names = facts.persons.filter(() => rnd.chance(0.6));
  const own = sentence(rnd, rnd.int(15, 40));
  const where = rnd.chance(0.8) ? facts.village.name : '';
  const body = [...own, ...shared, ...names];
  for (let i = body.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [body[i], body[j]] = [body[j]!, body[i]!];
  }
  return {
    ...o,
    id,
    start,
    startPrecision,
    admin1: rnd.chance(0.95) ? o.admin1 : null,
    latitude,
    longitude,
    groupIds,
    violationTypes,
    level,
    victims,
    killed: violationTypes.includes('killing') ? victims : 0,
    text: `${own.slice(0, 3).join(' ')} ${where}. ${body.join(' ')}`,
    sourceIds: ['org-b'],
  };
}
