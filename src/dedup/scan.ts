import { defaultBlocking, forEachCandidatePair, type BlockingOptions } from './block.js';
import type { DedupRecord } from './record.js';
import type { BlockingStats } from './block.js';
import { featuresWithoutText, likelyDuplicate, logOddsWithoutText, prepare, weights, type PairFeatures } from './score.js';
import { TextIndex } from './text.js';

export interface DuplicatePair {
  /** The two incident ids, the smaller first (a pair has one identity whichever way it was found). */
  a: string;
  b: string;
  score: number;
  features: PairFeatures;
}

export interface ScanResult {
  pairs: DuplicatePair[];
  stats: BlockingStats & { scored: number };
}

/**
 * Likely duplicates among records: block, score every candidate pair, keep those at or above
 * the threshold, best first. Pure: the store reads the records, this decides.
 */
export function findDuplicates(records: readonly DedupRecord[], options: { threshold?: number; blocking?: BlockingOptions } = {}): ScanResult {
  const threshold = options.threshold ?? likelyDuplicate;
  const prepared = records.map((r, i) => prepare(r, i, false));
  const textIndex = TextIndex.ofTexts(records.map((r) => r.text));
  const stats: BlockingStats & { scored: number } = { records: 0, compared: 0, capped: 0, scored: 0 };
  const pairs: DuplicatePair[] = [];
  // A pair whose other features leave it below the threshold even with every word shared is
  // not worth comparing texts for (the costliest feature): the result is the same, faster.
  const needed = Math.log(threshold / (1 - threshold));
  forEachCandidatePair(prepared, options.blocking ?? defaultBlocking, stats, (x, y) => {
    stats.scored++;
    const z = logOddsWithoutText(x, y);
    if (threshold > 0 && z + weights.text < needed) return;
    const text = textIndex.similarity(x.index, y.index);
    const score = 1 / (1 + Math.exp(-(z + weights.text * text)));
    if (score >= threshold) {
      // The features are built only for the pairs proposed: a person reads why.
      const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
      pairs.push({ a, b, score, features: { ...featuresWithoutText(x, y), text } });
    }
  });
  pairs.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
  return { pairs, stats };
}
