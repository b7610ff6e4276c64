import type { TaxonomyName } from '../../taxonomies/load.js';

/**
 * What a target field holds, and so how its source value is read:
 * - text: trimmed text; `name` text is a registry record's name (≤ 300 characters)
 * - date: an event date at its precision (ISO, d/m/Y per `dateOrder`, an Excel serial)
 * - day: a date to the day (a report or information date)
 * - boolean: true/false, yes/no, 1/0 (or mapped with `values`)
 * - count: a whole number of victims, 0…100,000,000
 * - latitude / longitude: decimal degrees in range; coordinates: both in one cell
 * - code: one of our vocabulary's codes, a source's value mapped to it through `values`
 * - country: ISO 3166-1 alpha-3 (alpha-2 and English names are recognised; others through `values`)
 * - precision: day, month or year — the date's precision when the source states it apart
 */
export type TargetKind = 'text' | 'name' | 'date' | 'day' | 'boolean' | 'count' | 'latitude' | 'longitude' | 'coordinates' | 'code' | 'country' | 'precision' | 'key' | 'id';

export interface MappingTarget {
  kind: TargetKind;
  /** For codes: the taxonomy (data/taxonomies/<name>.yaml) the value must be a code of. */
  vocabulary?: TaxonomyName;
  /** Several values per record (a split cell, a repeat) make several acts. */
  multiple?: boolean;
  description: string;
}

const count = (what: string): MappingTarget => ({ kind: 'count', description: `Victims ${what}, recorded on the row's first act` });

/**
 * The closed list of fields a mapping may fill (`fields:`, `values:` and `defaults:` keys).
 * A flat row makes one act per violation type × targeted group; its perpetrators are on every
 * act and its victim counts on the first act only (a row's counts are the incident's, and
 * counting them on each act would multiply them).
 */
export const mappingTargets = {
  title: { kind: 'text', description: "The incident's title (≤ 500 characters); when no column fills it: violation types, place and date" },
  narrative: { kind: 'text', description: 'What happened, in words' },
  startDate: { kind: 'date', description: 'When it happened (or began): required' },
  endDate: { kind: 'date', description: 'When it ended, when it lasted' },
  datePrecision: { kind: 'precision', description: "The dates' precision (day, month, year) when the source gives it in its own column: the dates are cut to it" },
  dateEstimated: { kind: 'boolean', description: 'The dates are estimates' },
  reportDate: { kind: 'day', description: 'When it was reported, to the day' },
  country: { kind: 'country', description: 'Where: the country, required' },
  admin1: { kind: 'name', description: 'First-level administrative division (province, state, governorate)' },
  admin2: { kind: 'name', description: 'Second-level administrative division (district)' },
  placeName: { kind: 'name', description: 'The place (town, village, site)' },
  latitude: { kind: 'latitude', description: 'Decimal degrees, −90 to 90' },
  longitude: { kind: 'longitude', description: 'Decimal degrees, −180 to 180' },
  coordinates: { kind: 'coordinates', description: "Both in one cell: 'lat,lon', 'lat lon' or 'lat|lon' (Uwazi); Kobo geopoints 'lat lon alt acc' too" },
  locationPrecision: { kind: 'code', vocabulary: 'location-precisions', description: 'How exact the place is' },
  violationType: { kind: 'code', vocabulary: 'violation-types', multiple: true, description: 'What was done: one act per violation type; required' },
  group: { kind: 'name', multiple: true, description: 'The identity group targeted (one act per group)' },
  groupBasis: { kind: 'code', vocabulary: 'identity-bases', description: "The group's identity basis (ethnicity, religion, …)" },
  identityBasis: { kind: 'code', vocabulary: 'identity-bases', description: "Why the victims were targeted, when it differs from the group's basis" },
  perpetrator: { kind: 'name', description: 'Who did it (an actor, found by name or created)' },
  perpetratorKind: { kind: 'code', vocabulary: 'actor-kinds', description: "The perpetrator's kind" },
  perpetrator2: { kind: 'name', description: 'A second perpetrator (ACLED actor2, GED side_b when it is the aggressor)' },
  perpetrator2Kind: { kind: 'code', vocabulary: 'actor-kinds', description: "The second perpetrator's kind" },
  involvement: { kind: 'code', vocabulary: 'involvement-degrees', description: "The perpetrators' degree of involvement (default: carried out)" },
  'victims.killed': count('killed'),
  'victims.injured': count('injured'),
  'victims.detained': count('detained'),
  'victims.disappeared': count('disappeared'),
  'victims.displaced': count('displaced'),
  'victims.affected': count('otherwise affected'),
  verificationStatus: { kind: 'code', vocabulary: 'verification-statuses', description: 'Verification status (default: not yet verified)' },
  confidentiality: { kind: 'code', vocabulary: 'confidentiality-levels', description: 'Confidentiality level (default: internal)' },
  monitoringStatus: { kind: 'code', vocabulary: 'monitoring-statuses', description: 'Monitoring status (default: open)' },
  sourceName: { kind: 'name', description: "Who reported it (a source, found by name or created); else the mapping's `source`" },
  sourceUrl: { kind: 'text', description: "The source's web address" },
  sourceReliability: { kind: 'code', vocabulary: 'source-reliability', description: "The source's reliability, A–F" },
  credibility: { kind: 'code', vocabulary: 'information-credibility', description: "This information's credibility, 1–6 (default: 6, cannot be judged)" },
  informationDate: { kind: 'day', description: 'When the source gave the information' },
  materialType: { kind: 'code', vocabulary: 'material-types', description: "The information's material (default: other)" },
  connection: { kind: 'code', vocabulary: 'source-connections', description: "The source's connection to the facts (default: third party)" },
  key: { kind: 'key', description: "The record's stable key, when a column or template gives it (else the mapping's `key`)" },
  id: { kind: 'id', description: "Our incident id, in Precursor's own exports (kept on import into an empty instance)" },
} as const satisfies Record<string, MappingTarget>;

export type MappingTargetName = keyof typeof mappingTargets;
export const mappingTargetNames = Object.keys(mappingTargets) as MappingTargetName[];

export function isMappingTarget(name: string): name is MappingTargetName {
  return Object.hasOwn(mappingTargets, name);
}

/** The precisions a `datePrecision` value maps to. */
export const datePrecisions = ['day', 'month', 'year'] as const;
