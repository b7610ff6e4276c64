import type { DuplicatePair } from '../../src/dedup/scan.js';
import { pairKey } from './generate.js';

export interface Figures {
  threshold: number;
  proposed: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall of the pairs scoring at least `threshold` against the known duplicates. */
export function figuresAt(pairs: readonly DuplicatePair[], truth: ReadonlySet<string>, threshold: number): Figures {
  const proposed = pairs.filter((p) => p.score >= threshold);
  const tp = proposed.filter((p) => truth.has(pairKey(p.a, p.b))).length;
  const precision = proposed.length ? tp / proposed.length : 1;
  const recall = truth.size ? tp / truth.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, proposed: proposed.length, truePositives: tp, precision, recall, f1 };
}
