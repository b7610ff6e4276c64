import { describe, expect, it } from 'vitest';
import { boostedLogOdds, fitBoostedTrees } from './boostedTrees.js';
import { type Matrix, fitStandardiser, sigmoid, standardise } from './design.js';
import { elasticNetLogOdds, fitElasticNetPath } from './elasticNet.js';
import { auc } from './metrics.js';
import { fitRandomForest, predictRandomForest } from './randomForest.js';

function seeded(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** n rows of p standard-normal-ish columns, and 0/1 outcomes drawn from `truth(row)` as log-odds. */
function toy(n: number, p: number, truth: (x: number[]) => number, seed = 3): { x: Matrix; y: Uint8Array; rows: Float64Array[] } {
  const random = seeded(seed);
  const rows = Array.from({ length: n }, () => Float64Array.from({ length: p }, () => (random() + random() + random() - 1.5) * 2));
  const y = Uint8Array.from(rows, (r) => (random() < sigmoid(truth(Array.from(r))) ? 1 : 0));
  return { x: standardise(fitStandardiser(rows), rows), y, rows };
}

describe('elastic-net logistic regression', () => {
  const { x, y } = toy(2000, 4, (r) => -1 + 1.5 * r[0]! - 1 * r[1]!);
  const path = fitElasticNetPath(x, y, { alpha: 0.5, lambdas: 25, minRatio: 1e-3 });

  it('starts the path with every coefficient at zero and lets them in as the penalty falls', () => {
    expect(Array.from(path.fits[0]!.coefficients).every((b) => b === 0)).toBe(true);
    const last = path.fits[path.fits.length - 1]!;
    expect(last.coefficients[0]!).toBeGreaterThan(0.5);
    expect(last.coefficients[1]!).toBeLessThan(-0.3);
    // The two real effects enter before the noise columns.
    const entered = (j: number) => path.fits.findIndex((f) => f.coefficients[j] !== 0);
    expect(Math.max(entered(0), entered(1))).toBeLessThan(Math.min(...[2, 3].map((j) => (entered(j) < 0 ? 99 : entered(j)))));
  });

  it('meets the optimality conditions of its objective at every penalty', () => {
    for (const fit of path.fits) {
      const p = elasticNetLogOdds(fit, x).map(sigmoid);
      const n = x.rows;
      x.columns.forEach((col, j) => {
        let g = 0;
        for (let i = 0; i < n; i++) g += col[i]! * (y[i]! - p[i]!);
        g = g / n - fit.lambda * 0.5 * fit.coefficients[j]!;
        const b = fit.coefficients[j]!;
        if (b === 0) expect(Math.abs(g)).toBeLessThanOrEqual(fit.lambda * 0.5 + 1e-3);
        else expect(g).toBeCloseTo(fit.lambda * 0.5 * Math.sign(b), 3);
      });
      // The intercept is unpenalised: the mean residual is zero.
      expect(p.reduce((s, v, i) => s + y[i]! - v, 0) / x.rows).toBeCloseTo(0, 3);
    }
  });

  it('refuses a training set with one outcome only', () => {
    expect(() => fitElasticNetPath(x, new Uint8Array(x.rows))).toThrow(/both outcomes/);
  });
});

describe('gradient-boosted trees', () => {
  // An interaction no linear model can draw: risk only where both columns are high.
  const truth = (r: number[]) => (r[0]! > 0 && r[1]! > 0 ? 2 : -3);
  const train = toy(3000, 3, truth, 5);
  const test = toy(2000, 3, truth, 6);

  it('learns an interaction the elastic net cannot', () => {
    const model = fitBoostedTrees(train.x, train.y, { trees: 100 });
    const testX = standardise(fitStandardiser(train.rows), test.rows);
    const trees = auc(boostedLogOdds(model, testX), test.y)!;
    const linear = fitElasticNetPath(train.x, train.y, { lambdas: 10 });
    const en = auc(elasticNetLogOdds(linear.fits[linear.fits.length - 1]!, testX), test.y)!;
    expect(trees).toBeGreaterThan(0.85);
    expect(trees).toBeGreaterThan(en + 0.03);
  });

  it('is reproducible from its seed, and fewer trees give the earlier fit', () => {
    const a = fitBoostedTrees(train.x, train.y, { trees: 20, seed: 9 });
    const b = fitBoostedTrees(train.x, train.y, { trees: 20, seed: 9 });
    expect(Array.from(boostedLogOdds(a, train.x))).toEqual(Array.from(boostedLogOdds(b, train.x)));
    const c = fitBoostedTrees(train.x, train.y, { trees: 10, seed: 9 });
    expect(Array.from(boostedLogOdds(a, train.x, 10))).toEqual(Array.from(boostedLogOdds(c, train.x)));
  });
});

describe('random forest', () => {
  const truth = (r: number[]) => (r[0]! > 0 && r[1]! > 0 ? 2 : -3);
  const train = toy(3000, 3, truth, 5);
  const test = toy(2000, 3, truth, 6);

  it('learns the interaction too, and gives probabilities (shares of onsets in its leaves)', () => {
    const forest = fitRandomForest(train.x, train.y, { trees: 60 });
    const testX = standardise(fitStandardiser(train.rows), test.rows);
    const p = predictRandomForest(forest, testX);
    expect(auc(p, test.y)!).toBeGreaterThan(0.85);
    expect(p.every((v) => v >= 0 && v <= 1)).toBe(true);
    // Calibrated on the whole: the mean forecast is near the share of onsets.
    const share = test.y.reduce((s, v) => s + v, 0) / test.rows.length;
    expect(Math.abs(p.reduce((s, v) => s + v, 0) / p.length - share)).toBeLessThan(0.03);
  });

  it('is reproducible from its seed', () => {
    const a = predictRandomForest(fitRandomForest(train.x, train.y, { trees: 10, seed: 4 }), train.x);
    const b = predictRandomForest(fitRandomForest(train.x, train.y, { trees: 10, seed: 4 }), train.x);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});

describe('the feature matrix', () => {
  it('fills a missing value with the training median and scales columns to mean 0, variance 1', () => {
    const rows = [Float64Array.of(1, 5), Float64Array.of(2, Number.NaN), Float64Array.of(3, 7), Float64Array.of(10, 9)];
    const s = fitStandardiser(rows);
    expect(s.medians[1]).toBe(7);
    const m = standardise(s, rows);
    for (const col of m.columns) {
      expect(col.reduce((a, v) => a + v, 0)).toBeCloseTo(0, 12);
      expect(col.reduce((a, v) => a + v * v, 0) / 4).toBeCloseTo(1, 12);
    }
    expect(m.columns[1]![1]).toBe(m.columns[1]![2]);
    expect(standardise(s, [Float64Array.of(Number.NaN, Number.NaN)]).columns.every((c) => Number.isFinite(c[0]!))).toBe(true);
  });
});
