/**
 * Veridia, the fictional country of the demo data set: its regions and towns, identity
 * groups, actors and sources. Every name here is invented. Veridia is placed in the open
 * South Atlantic, where no country lies, so its map can never be mistaken for a real one.
 */
import { demoCountry } from '../taxonomies/countries.js';

export const country = demoCountry.code;

export interface Region {
  name: string;
  towns: { name: string; lat: number; lon: number }[];
  /** Share of the background of low-level incidents that happens here. */
  weight: number;
}

export const regions: Region[] = [
  {
    name: 'Capital District',
    weight: 5,
    towns: [
      { name: 'Port Aldric', lat: -27.05, lon: -15.1 },
      { name: 'Vell Harbour', lat: -27.2, lon: -15.35 },
    ],
  },
  {
    name: 'Eastern Lakes',
    weight: 3,
    towns: [
      { name: 'Mirrow', lat: -26.15, lon: -13.2 },
      { name: 'Tessal', lat: -26.4, lon: -12.85 },
      { name: 'Karn Ford', lat: -25.9, lon: -13.05 },
      { name: 'Lowmere', lat: -26.6, lon: -13.4 },
    ],
  },
  {
    name: 'Northern Highlands',
    weight: 2,
    towns: [
      { name: 'Dunhollow', lat: -25.4, lon: -14.6 },
      { name: 'Ashpeak', lat: -25.2, lon: -14.1 },
    ],
  },
  {
    name: 'Southern Coast',
    weight: 3,
    towns: [
      { name: 'Saltmarsh', lat: -28.1, lon: -14.4 },
      { name: 'Bellhaven', lat: -27.9, lon: -13.7 },
    ],
  },
  {
    name: 'Western Plains',
    weight: 2,
    towns: [
      { name: 'Greyfield', lat: -26.5, lon: -16.2 },
      { name: 'Orrin', lat: -26.1, lon: -15.8 },
    ],
  },
  {
    name: 'Riverlands',
    weight: 3,
    towns: [
      { name: 'Fenwick', lat: -26.7, lon: -14.2 },
      { name: 'Calder Bridge', lat: -26.35, lon: -14.55 },
    ],
  },
];

export interface DemoGroup {
  key: string;
  name: string;
  basis: string;
  aliases: string[];
  description: string;
  countingUnit: string;
  sizeEstimate: number;
  /** Regions where incidents against this group happen in the background. */
  regions: string[];
  weight: number;
}

export const groups: DemoGroup[] = [
  {
    key: 'teral',
    name: 'Teral',
    basis: 'ethnicity',
    aliases: ['Teralese', 'Lake people'],
    description: 'Ethnic minority living mostly around the Eastern Lakes; the target of the escalation in the demo data.',
    countingUnit: 'people-in-general',
    sizeEstimate: 410_000,
    regions: ['Eastern Lakes', 'Riverlands', 'Capital District'],
    weight: 3,
  },
  {
    key: 'osk',
    name: 'Osk faithful',
    basis: 'religion',
    aliases: ['Oskans'],
    description: 'Followers of the Osk faith, a religious minority with shrines across the country.',
    countingUnit: 'community',
    sizeEstimate: 260_000,
    regions: ['Capital District', 'Southern Coast', 'Western Plains', 'Riverlands'],
    weight: 3,
  },
  {
    key: 'vesh',
    name: 'Vesh people',
    basis: 'indigenous-status',
    aliases: ['Vesh'],
    description: 'Indigenous people of the Northern Highlands.',
    countingUnit: 'community',
    sizeEstimate: 38_000,
    regions: ['Northern Highlands'],
    weight: 2,
  },
  {
    key: 'kadran',
    name: 'Kadran migrants',
    basis: 'migration-status',
    aliases: ['Kadrans'],
    description: 'Migrant workers from neighbouring Kadra, mostly in the ports of the south.',
    countingUnit: 'people-in-general',
    sizeEstimate: 95_000,
    regions: ['Southern Coast', 'Capital District'],
    weight: 2,
  },
  {
    key: 'lgbti',
    name: 'LGBTI Veridians',
    basis: 'sexual-orientation',
    aliases: [],
    description: 'Lesbian, gay, bisexual, trans and intersex people.',
    countingUnit: 'people-in-general',
    sizeEstimate: 120_000,
    regions: ['Capital District', 'Southern Coast', 'Riverlands'],
    weight: 2,
  },
  {
    key: 'unity',
    name: 'Unity Movement supporters',
    basis: 'political-opinion',
    aliases: ['Unity Movement'],
    description: 'Supporters of the opposition Unity Movement.',
    countingUnit: 'people-in-general',
    sizeEstimate: 300_000,
    regions: ['Capital District', 'Western Plains', 'Riverlands', 'Eastern Lakes'],
    weight: 2,
  },
  {
    key: 'marin',
    name: 'Marin',
    basis: 'ethnicity',
    aliases: [],
    description: 'The ethnic majority; occasionally targeted where it is a local minority.',
    countingUnit: 'people-in-general',
    sizeEstimate: 4_100_000,
    regions: ['Northern Highlands', 'Eastern Lakes'],
    weight: 1,
  },
];

export interface DemoActor {
  key: string;
  name: string;
  kind: string;
  description: string;
}

export const actors: DemoActor[] = [
  { key: 'police', name: 'Veridian National Police', kind: 'state-force', description: 'National police force.' },
  { key: 'army', name: '4th Army Brigade', kind: 'state-force', description: 'Army brigade deployed to the Eastern Lakes from 2024.' },
  { key: 'interior', name: 'Ministry of the Interior', kind: 'state-official', description: 'Issues identity papers and residence permits.' },
  { key: 'governor', name: 'Governor of the Eastern Lakes', kind: 'state-official', description: 'Regional executive.' },
  { key: 'party', name: 'National Renewal Party', kind: 'political-party', description: 'Ruling nationalist party.' },
  { key: 'militia', name: 'Lake Guard', kind: 'militia', description: 'Armed group formed in 2023, tolerated by the regional authorities.' },
  { key: 'tv', name: 'Voice of the Nation TV', kind: 'media-outlet', description: 'Private television channel close to the ruling party.' },
  { key: 'preacher', name: 'Preacher Halvard Crane', kind: 'religious-leader', description: 'Popular preacher with a large online audience.' },
  { key: 'elders', name: 'Elders council of Karn Ford', kind: 'community-leader', description: 'Local council of elders.' },
  { key: 'unknown', name: 'Unidentified individuals', kind: 'unknown', description: 'Perpetrators not identified.' },
];

export interface DemoSource {
  key: string;
  name: string;
  kind: string;
  reliability: string;
  description: string;
}

export const sources: DemoSource[] = [
  { key: 'ngo', name: 'Veridia Rights Watch', kind: 'ngo', reliability: 'B', description: 'National human-rights NGO with monitors in every region.' },
  { key: 'radio', name: 'Lakes Community Radio', kind: 'media', reliability: 'C', description: 'Community radio station in Mirrow.' },
  { key: 'un', name: 'UN human rights field presence', kind: 'un', reliability: 'A', description: 'Field office of the UN human rights office.' },
  { key: 'social', name: 'Social media reports', kind: 'social-media', reliability: 'E', description: 'Posts and videos shared online, collected by monitors.' },
  { key: 'families', name: 'Families of the Disappeared network', kind: 'victims-association', reliability: 'C', description: "Victims' association." },
  { key: 'times', name: 'The Veridian Times', kind: 'media', reliability: 'C', description: 'National daily newspaper.' },
];
