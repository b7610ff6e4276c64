/**
 * Fits the duplicate scorer's weights (src/dedup/score.ts) by logistic regression on a
 * generated TRAINING set (seed 1, never the evaluation's seed 2): every candidate pair the
 * blocking proposes, labelled by the known duplicates. Prints the weights to paste into
 * score.ts; `eval/dedup/run.ts` then measures them on the other set.
 *
 *   npx tsx eval/dedup/fit.ts [--events 20000]
 */
import { candidatePairs } from '../../src/dedup/block.js';
import { featureNames, features, prepare } from '../../src/dedup/score.js';
import { documentFrequencies } from '../../src/dedup/text.js';
import { generateSet, pairKey } from './generate.js';

const eventsAt = process.argv.indexOf('--events');
const events = eventsAt > 0 ? Number(process.argv[eventsAt + 1]) : 20_000;
const { records, truth } = generateSet(1, events);
const prepared = records.map((r, i) => prepare(r, i));
const freq = documentFrequencies(prepared.map((r) => r.words));
const xs: number[][] = [];
const ys: number[] = [];
for (const [a, b] of candidatePairs(prepared)) {
  const f = features(a, b, freq);
  xs.push([1, ...featureNames.map((n) => f[n])]);
  ys.push(truth.has(pairKey(a.id, b.id)) ? 1 : 0);
}
const positives = ys.filter((y) => y === 1).length;
console.error(`training pairs: ${xs.length} (${positives} duplicates of ${truth.size} known)`);

// Projected batch gradient descent with a little L2; the classes are unbalanced, so positives weigh more.
const w = new Array(featureNames.length + 1).fill(0);
const posWeight = (xs.length - positives) / Math.max(1, positives) / 10;
const rate = 0.5;
for (let iter = 0; iter < 3000; iter++) {
  const grad = new Array(w.length).fill(0);
  let weightSum = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const z = x.reduce((s, v, k) => s + v * w[k], 0);
    const p = 1 / (1 + Math.exp(-z));
    const sw = ys[i] === 1 ? posWeight : 1;
    weightSum += sw;
    for (let k = 0; k < w.length; k++) grad[k] += sw * (p - ys[i]!) * x[k]!;
  }
  for (let k = 0; k < w.length; k++) w[k] -= rate * (grad[k] / weightSum + (k === 0 ? 0 : 1e-4 * w[k]));
  // Every feature says "more alike"; a negative weight would be an artefact of the generated set
  // (e.g. blocking already demands a shared group), so the weights are kept at zero or above.
  for (let k = 1; k < w.length; k++) w[k] = Math.max(0, w[k]);
}
const out: Record<string, number> = { bias: Math.round(w[0] * 100) / 100 };
featureNames.forEach((n, k) => (out[n] = Math.round(w[k + 1] * 100) / 100));
console.log(JSON.stringify(out, null, 2));
