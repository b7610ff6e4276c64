import type { Matrix } from './design.js';
import { type Tree, binEdges, binOf, generator, leafValue } from './trees.js';

/**
 * A random forest of probability trees (Breiman 2001; as a probability machine, Malley et al.
 * 2012): each tree grown on a bootstrap sample, each split chosen among `columnsPerSplit`
 * random columns by the fall in squared error of the 0/1 outcome (the Gini criterion), until a
 * node holds fewer than `minNodeSize` rows; a leaf's value is its share of onsets, and the
 * forest's probability the mean over trees. Its defaults are the textbook ones and are not
 * tuned: forests are known to do well untuned, which spares the training window's few
 * onsets for tuning the other learners.
 *
 *   const forest = fitRandomForest(x, y, { trees: 200 });
 *   const p = predictRandomForest(forest, xNew);
 */
export interface RandomForestOptions {
  trees?: number;
  /** Columns tried at each split (default: the square root of the number of columns). */
  columnsPerSplit?: number;
  minNodeSize?: number;
  maxDepth?: number;
  bins?: number;
  seed?: number;
}

export interface RandomForest {
  trees: Tree[];
}

export function fitRandomForest(x: Matrix, y: ArrayLike<number>, options: RandomForestOptions = {}): RandomForest {
  const n = x.rows;
  const p = x.columns.length;
  const o = { trees: 200, columnsPerSplit: Math.max(1, Math.round(Math.sqrt(p))), minNodeSize: 10, maxDepth: 12, bins: 32, seed: 1, ...options };
  const random = generator(o.seed);
  const edges = x.columns.map((c) => binEdges(c, o.bins));
  const binned = x.columns.map((c, j) => Uint8Array.from(c, (v) => binOf(edges[j]!, v)));
  const maxBins = Math.max(1, ...edges.map((e) => e.length + 1));
  const histCount = new Float64Array(maxBins);
  const histSum = new Float64Array(maxBins);
  const trees: Tree[] = [];
  for (let t = 0; t < o.trees; t++) {
    const sample = Int32Array.from({ length: n }, () => Math.floor(random() * n));
    const tree = { feature: [] as number[], threshold: [] as number[], left: [] as number[], right: [] as number[], value: [] as number[] };
    const grow = (rows: Int32Array, depth: number): number => {
      const id = tree.feature.length;
      let total = 0;
      for (let k = 0; k < rows.length; k++) total += y[rows[k]!]!;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(total / rows.length);
      // A pure node (no onset, or only onsets) cannot be improved on.
      if (depth >= o.maxDepth || rows.length < 2 * o.minNodeSize || total === 0 || total === rows.length) return id;
      const parent = (total * total) / rows.length;
      let best = { gain: 1e-12, feature: -1, bin: -1 };
      for (let tried = 0; tried < o.columnsPerSplit; tried++) {
        const j = Math.floor(random() * p);
        const nb = edges[j]!.length + 1;
        if (nb < 2) continue;
        histCount.fill(0, 0, nb);
        histSum.fill(0, 0, nb);
        const b = binned[j]!;
        for (let k = 0; k < rows.length; k++) {
          const bin = b[rows[k]!]!;
          histCount[bin]! += 1;
          histSum[bin]! += y[rows[k]!]!;
        }
        let nl = 0;
        let sl = 0;
        for (let k = 0; k < nb - 1; k++) {
          nl += histCount[k]!;
          sl += histSum[k]!;
          const nr = rows.length - nl;
          if (nl < o.minNodeSize || nr < o.minNodeSize) continue;
          const sr = total - sl;
          const gain = (sl * sl) / nl + (sr * sr) / nr - parent;
          if (gain > best.gain) best = { gain, feature: j, bin: k };
        }
      }
      if (best.feature < 0) return id;
      const b = binned[best.feature]!;
      const leftRows = rows.filter((i) => b[i]! <= best.bin);
      const rightRows = rows.filter((i) => b[i]! > best.bin);
      tree.feature[id] = best.feature;
      tree.threshold[id] = edges[best.feature]![best.bin]!;
      tree.left[id] = grow(leftRows, depth + 1);
      tree.right[id] = grow(rightRows, depth + 1);
      return id;
    };
    grow(sample, 0);
    trees.push({
      feature: Int32Array.from(tree.feature),
      threshold: Float64Array.from(tree.threshold),
      left: Int32Array.from(tree.left),
      right: Int32Array.from(tree.right),
      value: Float64Array.from(tree.value),
    });
  }
  return { trees };
}

/** The forest's probability for each row: the mean of its trees' leaf shares. */
export function predictRandomForest(forest: RandomForest, x: Matrix): Float64Array {
  const out = new Float64Array(x.rows);
  for (const tree of forest.trees) for (let i = 0; i < x.rows; i++) out[i]! += leafValue(tree, x, i);
  return out.map((v) => v / Math.max(1, forest.trees.length));
}
