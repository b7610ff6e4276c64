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
}

export function prepare(r: DedupRecord, index = 0): Prepared {
  return { ...r, range: dayRange(r), words: tokens(r.text), index };
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const inB = new Set(b);
  const shared = a.filter((x) => inB.has(x)).length;
  return shared / (a.length + b.length - shared);
}

export function features(a: Prepared, b: Prepared, freq?: { docs: number; df: Map<string, number> }): PairFeatures {
  return { ...featuresWithoutText(a, b), text: weightedJaccard(a.words, b.words, freq) };
}

/** Every feature but the text, which costs the most: a scan skips the text when it could not lift the pair to the threshold. */
export function featuresWithoutText(a: Prepared, b: Prepared): Omit<PairFeatures, 'text'> {
  const [a0, a1] = a.range;
  const [b0, b1] = b.range;
  const gap = Math.max(0, Math.max(a0, b0) - Math.min(a1, b1));
  const longer = Math.max(a1 - a0, b1 - b0) + 1;
  // Overlapping ranges of a day or a week are strong evidence; two "sometime in 2023" records are not.
  const date = gap === 0 ? Math.min(1, 7 / Math.max(7, longer)) : Math.exp(-gap / 3);
  const sameDay = a.startPrecision === 'day' && b.startPrecision === 'day' && a.start === b.start ? 1 : 0;

  let place: number;
  if (a.latitude != null && a.longitude != null && b.latitude != null && b.longitude != null) {
    place = Math.exp(-distanceKm([a.longitude, a.latitude], [b.longitude, b.latitude]) / 15);
  } else if (a.admin1 && b.admin1) {
    place = a.admin1.toLowerCase() === b.admin1.toLowerCase() ? 0.4 : 0;
  } else {
    place = 0.2;
  }

  const group = a.groupIds.length === 0 && b.groupIds.length === 0 ? 0.5 : a.groupIds.length === 0 || b.groupIds.length === 0 ? 0.3 : jaccard(a.groupIds, b.groupIds);
  const types = jaccard(a.violationTypes, b.violationTypes);
  const level = a.level === b.level ? 1 : 0;
  const victims = a.victims === 0 && b.victims === 0 ? 0.5 : Math.min(a.victims, b.victims) / Math.max(a.victims, b.victims);
  return { date, sameDay, place, group, types, level, victims };
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
