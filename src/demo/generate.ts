import type { IncidentInput } from '../incidents/schema.js';
import type { ActorInput, GroupInput, PlaceInput, SourceInput } from '../registry/schema.js';
import { Random } from './random.js';
import { scenes, type Scene } from './scenes.js';
import { actors, country, groups, regions, sources } from './world.js';

/**
 * The demo data set, generated from a seed: 4½ years (January 2022 – June 2026) of
 * incidents in fictional Veridia. A background of mostly low-level acts of bias and
 * discrimination against several groups across the country; and, in the Eastern Lakes, a
 * pattern that climbs the pyramid against the Teral: speech, then discrimination, then
 * detentions and disappearances, then killings and a massacre — overlapping, not in
 * clean steps, as the pyramid is not climbed one stage at a time.
 */
export interface DemoDataSet {
  places: (PlaceInput & { id: string; key: string })[];
  groups: (GroupInput & { id: string; key: string })[];
  actors: (ActorInput & { id: string; key: string })[];
  sources: (SourceInput & { id: string; key: string })[];
  incidents: (IncidentInput & { id: string })[];
}

export const demoSeed = 20220101;
export const demoPeriod = { from: '2022-01', months: 54 } as const;
export const escalation = { region: 'Eastern Lakes', group: 'teral' } as const;

/** Background: mostly low on the pyramid, spread over the country and the groups. */
const backgroundTypes: [string, number][] = [
  ['biased-remarks', 14],
  ['exclusionary-rhetoric', 8],
  ['hate-speech', 18],
  ['dehumanising-speech', 5],
  ['harassment', 14],
  ['discrimination-employment', 7],
  ['discrimination-housing', 7],
  ['discrimination-public-services', 5],
  ['denial-of-religious-practice', 4],
  ['discriminatory-policing', 6],
  ['threats-of-violence', 4],
  ['vandalism', 3],
  ['assault', 4],
  ['arbitrary-detention', 1],
];

/**
 * The escalation against the Teral in the Eastern Lakes: each stage has a window of
 * months, a peak monthly count and its violation types. Windows overlap.
 */
const stages: { from: number; to: number; peak: number; types: [string, number][] }[] = [
  { from: 0, to: 53, peak: 9, types: [['hate-speech', 4], ['dehumanising-speech', 3], ['hate-propaganda', 2], ['incitement-to-violence', 1]] },
  {
    from: 10,
    to: 50,
    peak: 11,
    types: [
      ['discrimination-education', 3],
      ['discrimination-employment', 3],
      ['denial-of-citizenship', 3],
      ['discriminatory-legislation', 1],
      ['restriction-of-movement', 3],
      ['confiscation-of-property', 2],
      ['denial-of-religious-practice', 2],
    ],
  },
  { from: 24, to: 53, peak: 12, types: [['arbitrary-detention', 6], ['torture', 2], ['enforced-disappearance', 2], ['threats-of-violence', 2], ['destruction-of-cultural-property', 1]] },
  { from: 36, to: 53, peak: 12, types: [['killing', 5], ['forced-displacement', 3], ['arson', 2], ['sexual-violence', 1], ['assault', 2]] },
];

/** Months (from the start) in which a massacre happens. */
const massacreMonths = [44, 49, 52];

export function generateDemo(seed = demoSeed): DemoDataSet {
  const rnd = new Random(seed);
  const places = regions.flatMap((r) =>
    r.towns.map((t) => ({
      id: rnd.uuid(),
      key: t.name,
      name: t.name,
      country,
      admin1: r.name,
      admin2: null,
      latitude: t.lat,
      longitude: t.lon,
      locationPrecision: 'near',
    })),
  );
  const groupRecords = groups.map((g) => ({
    id: rnd.uuid(),
    key: g.key,
    name: g.name,
    basis: g.basis,
    aliases: g.aliases,
    country,
    description: g.description,
    countingUnit: g.countingUnit,
    sizeEstimate: g.sizeEstimate,
  }));
  const actorRecords = actors.map((a) => ({ id: rnd.uuid(), key: a.key, name: a.name, kind: a.kind, country, description: a.description }));
  const sourceRecords = sources.map((s) => ({ id: rnd.uuid(), key: s.key, name: s.name, kind: s.kind, reliability: s.reliability, url: null, description: s.description }));

  const ids = {
    place: new Map(places.map((p) => [p.key, p])),
    group: new Map(groupRecords.map((g) => [g.key, g])),
    actor: new Map(actorRecords.map((a) => [a.key, a.id])),
    source: new Map(sourceRecords.map((s) => [s.key, s.id])),
  };

  const incidents: DemoDataSet['incidents'] = [];
  const make = (month: number, sceneType: string, groupKey: string, regionName: string) => {
    const scene = scenes[sceneType]!;
    const region = regions.find((r) => r.name === regionName)!;
    const town = rnd.pick(region.towns);
    const incident = buildIncident(rnd, scene, month, groupKey, town.name, ids);
    incidents.push(incident);
    return incident;
  };

  for (let month = 0; month < demoPeriod.months; month++) {
    // Background: about 28 a month, a little more each year as monitoring grows.
    const background = Math.round(24 + month * 0.12 + rnd.int(-4, 4));
    for (let i = 0; i < background; i++) {
      const group = rnd.weighted(groups.map((g) => [g, g.weight] as const));
      const region = rnd.weighted(regions.filter((r) => group.regions.includes(r.name)).map((r) => [r.name, r.weight] as const));
      make(month, rnd.weighted(backgroundTypes), group.key, region);
    }
    for (const stage of stages) {
      if (month < stage.from || month > stage.to) continue;
      // Each stage ramps up over its first half and stays near its peak.
      const progress = Math.min(1, (month - stage.from) / Math.max(1, (stage.to - stage.from) / 2));
      const count = Math.max(0, Math.round(stage.peak * (0.25 + 0.75 * progress) + rnd.int(-2, 2)));
      for (let i = 0; i < count; i++) make(month, rnd.weighted(stage.types), escalation.group, escalation.region);
    }
    if (massacreMonths.includes(month)) {
      const massacre = make(month, 'massacre', escalation.group, escalation.region);
      // An analyst's chain of events: the massacre follows earlier detentions in the same town.
      const townOf = (i: IncidentInput) => i.placeId;
      const earlier = incidents
        .filter((i) => i !== massacre && townOf(i) === townOf(massacre) && i.acts.some((a) => a.violationType === 'arbitrary-detention'))
        .slice(-3);
      massacre.links = earlier.map((e) => ({ incidentId: e.id, kind: 'follows', note: 'Detentions in the same town in the months before.' }));
      massacre.verificationStatus = 'verified';
      massacre.confidentiality = 'public';
    }
  }

  return { places, groups: groupRecords, actors: actorRecords, sources: sourceRecords, incidents };
}

interface Ids {
  place: Map<string, { id: string; admin1: string | null }>;
  group: Map<string, { id: string; name: string }>;
  actor: Map<string, string>;
  source: Map<string, string>;
}

function buildIncident(rnd: Random, scene: Scene, month: number, groupKey: string, town: string, ids: Ids): IncidentInput & { id: string } {
  const group = ids.group.get(groupKey)!;
  const [perpetratorKey, involvement] = rnd.pick(scene.perpetrators);
  const fill = (text: string) => text.replaceAll('{group}', group.name).replaceAll('{town}', town);
  const date = dateIn(rnd, month);
  const victims = { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 };
  if (scene.victims) victims[scene.victims.kind] = rnd.tail(scene.victims.median, scene.victims.max);
  const age = 1 - month / demoPeriod.months; // older incidents have had more time to be verified
  const verificationStatus = rnd.weighted([
    ['verified', 10 + 40 * age],
    ['partially-verified', 15],
    ['under-review', 10 + 10 * (1 - age)],
    ['not-yet-verified', 5 + 40 * (1 - age) ** 3],
    ['unverifiable', 5],
    ['discredited', 1],
  ] as const);
  const sourceCount = rnd.weighted([
    [1, 5],
    [2, 3],
    [3, 1],
  ] as const);
  const sourceKeys = new Set<string>();
  while (sourceKeys.size < sourceCount) sourceKeys.add(rnd.weighted([['ngo', 5], ['radio', 3], ['un', 1], ['social', 3], ['families', 1], ['times', 2]] as const));
  const place = ids.place.get(town)!;
  return {
    id: rnd.uuid(),
    title: fill(rnd.pick(scene.titles)),
    narrative: `${fill(rnd.pick(scene.narratives))} (Fictional demo record.)`,
    startDate: date.text,
    endDate: null,
    dateEstimated: date.text.length < 10,
    reportDate: date.report,
    country,
    admin1: place.admin1,
    placeId: place.id,
    acts: [
      {
        violationType: scene.violationType,
        groupId: group.id,
        identityBasis: null,
        victims,
        perpetrators: [{ actorId: ids.actor.get(perpetratorKey)!, involvement }],
      },
    ],
    pyramidLevelOverride: null,
    verificationStatus,
    confidentiality: rnd.weighted([
      ['public', 45],
      ['internal', 40],
      ['confidential', 12],
      ['strictly-confidential', 3],
    ] as const),
    monitoringStatus: rnd.weighted([
      ['open', 3],
      ['under-investigation', 2],
      ['follow-up', 1],
      ['closed', 4 * age],
    ] as const),
    sources: [...sourceKeys].map((key) => ({
      sourceId: ids.source.get(key)!,
      connection: rnd.weighted([['eyewitness', 3], ['participant', 2], ['relative', 2], ['third-party', 2], ['media', key === 'radio' || key === 'times' ? 6 : 1], ['service-provider', 1]] as const),
      materialType: rnd.weighted([['testimony', 4], ['interview', 3], ['photograph', 2], ['video', 2], ['media-report', 2], ['social-media-post', key === 'social' ? 6 : 1], ['document', 1]] as const),
      informationDate: date.report,
      credibility: rnd.weighted([[1, 1], [2, 4], [3, 4], [4, 2], [5, 1], [6, 1]] as const),
      note: '',
    })),
    evidenceIds: [],
    links: [],
  };
}

/** A date in the given month of the demo period, written at day (most), month or year precision. */
function dateIn(rnd: Random, month: number): { text: string; report: string } {
  const year = 2022 + Math.floor(month / 12);
  const m = (month % 12) + 1;
  const day = rnd.int(1, new Date(Date.UTC(year, m, 0)).getUTCDate());
  const exact = `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const reported = new Date(Date.UTC(year, m - 1, day + rnd.int(0, 20))).toISOString().slice(0, 10);
  const precision = rnd.weighted([
    ['day', 88],
    ['month', 11],
    ['year', 1],
  ] as const);
  return { text: precision === 'day' ? exact : precision === 'month' ? exact.slice(0, 7) : String(year), report: reported };
}
