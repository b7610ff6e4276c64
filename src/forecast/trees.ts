import type { Matrix } from './design.js';

/**
 * What both tree learners share: a tree as flat arrays (node k splits on `feature[k]` at
 * `threshold[k]`, a value at or below it going left; a leaf has feature −1), values binned
 * into quantiles so a split is found from a histogram rather than a sort, and a seeded
 * generator so a fit is reproducible.
 */
export interface Tree {
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

/** Mulberry32: a small seeded generator, so a fit does not depend on Math.random. */
export function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bin edges of one column: distinct quantiles; value ≤ edges[b] falls in bin b (or the last bin). */
export function binEdges(column: Float64Array, bins: number): Float64Array {
  const sorted = Float64Array.from(column).sort();
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const v = sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / bins))]!;
    if (!edges.length || v > edges[edges.length - 1]!) edges.push(v);
  }
  // The largest value needs no edge: everything above the last edge is the last bin.
  if (edges.length && edges[edges.length - 1]! >= sorted[sorted.length - 1]!) edges.pop();
  return Float64Array.from(edges);
}

export function binOf(edges: Float64Array, v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function leafValue(tree: Tree, x: Matrix, i: number): number {
  let node = 0;
  while (tree.feature[node]! >= 0) node = x.columns[tree.feature[node]!]![i]! <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
  return tree.value[node]!;
}
