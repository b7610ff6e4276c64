import { distanceKm } from '../regions/geometry.js';
import { dayRange, type DedupRecord } from './record.js';
import { tokens, weightedJaccard } from './text.js';

/**
 * How alike two incident records are, feature by feature, each in [0, 1], so a person can see
 * why a pair was proposed ("same day, 2 km apart, same group, 40 % of the words").
 */
export interface PairFeatures {
  /** The two date ranges overlap (1 when both are known to within a week), or how close they are (decays over ~3 days). */
  date: number;
  /** Both dated to the same day. */
  sameDay: number;
  /** Closeness of the places: by coordinates (decays over ~15 km), else by region. */
  place: number;
  /** Overlap of the targeted groups (Jaccard); 0.5 when neither names one. */
  group: number;
  /** Overlap of the violation types (Jaccard). */
  types: number;
  /** Same pyramid level. */
  level: number;
  /** Smaller victim count over the larger (0.5 when neither counts victims). */
  victims: number;
  /** Words in common, weighted by rarity. */
  text: number;
}

export const featureNames = ['date', 'sameDay', 'place', 'group', 'types', 'level', 'victims', 'text'] as const satisfies readonly (keyof PairFeatures)[];

/** A record with its tokens computed once (scoring compares each record with many). */
export interface Prepared extends DedupRecord {
  range: [number, number];
  words: string[];
  /** Its position among the records a scan prepared (for the scan's text index). */
  index: number;
  /** [longitude, latitude] when both are known: built once, not for every pair compared. */
  position: [number, number] | null;
  /** The region, lower-cased ('' without one): blocking and scoring compare it for every pair. */
  admin1Key: string;
  /** Groups and violation types as sorted small integers (see `interned`), compared without sets or strings. */
  groupKeys: number[];
  typeKeys: number[];
}

/**
 * Small integers for group ids and violation type codes, the same for every scan in this
 * process (bounded by the groups and types that exist), so two records' groups compare as a
 * merge of two sorted arrays.
 */
const interned = new Map<string, number>();
function internAll(values: readonly string[]): number[] {
  const keys: number[] = [];
  for (const v of values) {
    let k = interned.get(v);
    if (k === undefined) interned.set(v, (k = interned.size));
    if (!keys.includes(k)) keys.push(k);
  }
  return keys.sort((p, q) => p - q);
}

/** `withWords` false: a scan tokenises texts into its own index (TextIndex.ofTexts) and keeps no word lists. */
export function prepare(r: DedupRecord, index = 0, withWords = true): Prepared {
  // Field by field rather than spread: one object shape for every record, which a scan of a
  // million records reads tens of millions of times (a spread copy cost a sixth of the scan).
  return {
    id: r.id,
    start: r.start,
    startPrecision: r.startPrecision,
    end: r.end,
    endPrecision: r.endPrecision,
    country: r.country,
    admin1: r.admin1,
    latitude: r.latitude,
    longitude: r.longitude,
    groupIds: r.groupIds,
    violationTypes: r.violationTypes,
    level: r.level,
    victims: r.victims,
    killed: r.killed,
    text: r.text,
    sourceIds: r.sourceIds,
    range: dayRange(r),
    words: withWords ? tokens(r.text) : [],
    index,
    position: r.latitude != null && r.longitude != null ? [r.longitude, r.latitude] : null,
    admin1Key: r.admin1?.toLowerCase() ?? '',
    groupKeys: internAll(r.groupIds),
    typeKeys: internAll(r.violationTypes),
  };
}

/** Jaccard similarity of two sorted sets of integers (1 when both are empty). */
function jaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x] === b[y]) (shared++, x++, y++);
    else if (a[x]! < b[y]!) x++;
    else y++;
  }
  return shared / (a.length + b.length - shared);
}

/** Whether two sorted sets of integers share a member. */
export function intersects(a: readonly number[], b: readonly number[]): boolean {
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x] === b[y]) return true;
    if (a[x]! < b[y]!) x++;
    else y++;
  }
  return false;
}

export function features(a: Prepared, b: Prepared, freq?: { docs: number; df: Map<string, number> }): PairFeatures {
  return { ...featuresWithoutText(a, b), text: weightedJaccard(a.words, b.words, freq) };
}

// One function per feature, returning a number: `featuresWithoutText` names them for a person,
// `logOddsWithoutText` sums them for a scan of millions of pairs without building an object each.

function dateFeature(a: Prepared, b: Prepared): number {
  const [a0, a1] = a.range;
  const [b0, b1] = b.range;
  const gap = Math.max(0, Math.max(a0, b0) - Math.min(a1, b1));
  const longer = Math.max(a1 - a0, b1 - b0) + 1;
  // Overlapping ranges of a day or a week are strong evidence; two "sometime in 2023" records are not.
  return gap === 0 ? Math.min(1, 7 / Math.max(7, longer)) : Math.exp(-gap / 3);
}

function sameDayFeature(a: Prepared, b: Prepared): number {
  return a.startPrecision === 'day' && b.startPrecision === 'day' && a.start === b.start ? 1 : 0;
}

function placeFeature(a: Prepared, b: Prepared): number {
  if (a.position && b.position) return Math.exp(-distanceKm(a.position, b.position) / 15);
  if (a.admin1Key && b.admin1Key) return a.admin1Key === b.admin1Key ? 0.4 : 0;
  return 0.2;
}

function groupFeature(a: Prepared, b: Prepared): number {
  const na = a.groupKeys.length;
  const nb = b.groupKeys.length;
  return na === 0 && nb === 0 ? 0.5 : na === 0 || nb === 0 ? 0.3 : jaccard(a.groupKeys, b.groupKeys);
}

function victimsFeature(a: Prepared, b: Prepared): number {
  return a.victims === 0 && b.victims === 0 ? 0.5 : Math.min(a.victims, b.victims) / Math.max(a.victims, b.victims);
}

/** Every feature but the text, which costs the most: a scan skips the text when it could not lift the pair to the threshold. */
export function featuresWithoutText(a: Prepared, b: Prepared): Omit<PairFeatures, 'text'> {
  return {
    date: dateFeature(a, b),
    sameDay: sameDayFeature(a, b),
    place: placeFeature(a, b),
    group: groupFeature(a, b),
    types: jaccard(a.typeKeys, b.typeKeys),
    level: a.level === b.level ? 1 : 0,
    victims: victimsFeature(a, b),
  };
}

/** `logOdds(featuresWithoutText(a, b))` with the default weights, without building the features. */
export function logOddsWithoutText(a: Prepared, b: Prepared): number {
  return (
    weights.bias +
    weights.date * dateFeature(a, b) +
    weights.sameDay * sameDayFeature(a, b) +
    weights.place * placeFeature(a, b) +
    weights.group * groupFeature(a, b) +
    weights.types * jaccard(a.typeKeys, b.typeKeys) +
    weights.level * (a.level === b.level ? 1 : 0) +
    weights.victims * victimsFeature(a, b)
  );
}

/**
 * Weights of a logistic model over the features, fitted by `npx tsx eval/dedup/fit.ts` on a
 * generated training set (seed 1) and evaluated on a different one (seed 2) by
 * eval/dedup/run.ts — the README gives its precision and recall.
 */
export const weights: Record<(typeof featureNames)[number] | 'bias', number> = {
  bias: -8.31,
  date: 1,
  sameDay: 2.02,
  place: 2.82,
  // Blocking already demands a shared group (or none named), so among candidates the group
  // says little; the fit is held at zero or above (see fit.ts).
  group: 0,
  types: 1.98,
  level: 0.08,
  victims: 2.94,
  text: 7.43,
};

/** The model's log-odds from the features given (a missing feature counts 0). */
export function logOdds(f: Partial<PairFeatures>, w: Record<string, number> = weights): number {
  let z = w.bias ?? 0;
  for (const name of featureNames) z += (w[name] ?? 0) * (f[name] ?? 0);
  return z;
}

/** The probability-like score of a pair being one event, from its features. */
export function scoreFeatures(f: PairFeatures, w: Record<string, number> = weights): number {
  return 1 / (1 + Math.exp(-logOdds(f, w)));
}

/** Pairs scoring at least this are proposed as likely duplicates. */
export const likelyDuplicate = 0.5;
