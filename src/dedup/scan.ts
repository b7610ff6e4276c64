import { candidatePairs, defaultBlocking, type BlockingOptions, type BlockingStats } from './block.js';
import type { DedupRecord } from './record.js';
import { features, likelyDuplicate, prepare, scoreFeatures, type PairFeatures } from './score.js';
import { documentFrequencies } from './text.js';

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
  const prepared = records.map(prepare);
  const freq = documentFrequencies(prepared.map((r) => r.words));
  const stats = { records: 0, compared: 0, capped: 0, scored: 0 };
  const pairs: DuplicatePair[] = [];
  for (const [x, y] of candidatePairs(prepared, options.blocking ?? defaultBlocking, stats)) {
    stats.scored++;
    const f = features(x, y, freq);
    const score = scoreFeatures(f);
    if (score >= threshold) {
      const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
      pairs.push({ a, b, score, features: f });
    }
  }
  pairs.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
  return { pairs, stats };
}
