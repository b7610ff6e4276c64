import { type Matrix, sigmoid } from './design.js';

/**
 * Elastic-net logistic regression over a path of penalties, fitted the way glmnet does
 * (Friedman, Hastie and Tibshirani 2010): for each penalty, from the largest (all
 * coefficients zero) down, a quadratic approximation of the log-likelihood at the current
 * fit (iteratively reweighted least squares) is minimised by cyclic coordinate descent with
 * soft-thresholding, starting from the previous penalty's solution. The objective is
 *
 *   −(1/n)·loglik(β₀, β) + λ·( (1−α)/2·‖β‖² + α·‖β‖₁ )
 *
 * on standardised columns (./design.ts). The Early Warning Project fits the same model with
 * α = 0.5; that is the default here.
 *
 *   const path = fitElasticNetPath(x, y, { alpha: 0.5 });
 *   const p = predictElasticNet(path.fits[k], xNew);
 */
export interface ElasticNetOptions {
  alpha?: number;
  /** Number of penalties on the path, log-spaced from λmax down to λmax·minRatio. */
  lambdas?: number;
  minRatio?: number;
  /** The penalties to fit, largest first, instead of a path of this data's own (cross-validation folds share one path). */
  lambdaSequence?: readonly number[];
  tolerance?: number;
  maxOuter?: number;
}

export interface ElasticNetFit {
  lambda: number;
  intercept: number;
  coefficients: Float64Array;
}

export interface ElasticNetPath {
  alpha: number;
  fits: ElasticNetFit[];
}

export function fitElasticNetPath(x: Matrix, y: ArrayLike<number>, options: ElasticNetOptions = {}): ElasticNetPath {
  const alpha = options.alpha ?? 0.5;
  const tolerance = options.tolerance ?? 1e-6;
  const maxOuter = options.maxOuter ?? 30;
  const n = x.rows;
  const p = x.columns.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  if (mean <= 0 || mean >= 1) throw new Error('the elastic net needs both outcomes (0 and 1) among its training rows');

  const lambdas = options.lambdaSequence ?? lambdaPath(x, y, options);
  const beta = new Float64Array(p);
  let b0 = Math.log(mean / (1 - mean));
  const eta = new Float64Array(n).fill(b0);
  const w = new Float64Array(n);
  const r = new Float64Array(n);
  const z = new Float64Array(n);
  const fits: ElasticNetFit[] = [];

  for (const lambda of lambdas) {
    const l1 = lambda * alpha;
    const l2 = lambda * (1 - alpha);
    for (let outer = 0; outer < maxOuter; outer++) {
      // Quadratic approximation at the current fit: working response z = η + (y − p)/w, kept as the residual r = z − η.
      let wSum = 0;
      for (let i = 0; i < n; i++) {
        const pi = sigmoid(eta[i]!);
        const wi = Math.max(pi * (1 - pi), 1e-5);
        w[i] = wi;
        r[i] = (y[i]! - pi) / wi;
        z[i] = r[i]!;
        wSum += wi;
      }
      const before = Float64Array.from(beta);
      const b0Before = b0;
      const v = new Float64Array(p);
      for (let j = 0; j < p; j++) {
        const col = x.columns[j]!;
        let s = 0;
        for (let i = 0; i < n; i++) s += w[i]! * col[i]! * col[i]!;
        v[j] = s / n;
      }
      // Active-set cycling (as glmnet): full sweeps find which coefficients move; sweeps over
      // those alone converge them; a last full sweep confirms no other wants to enter.
      const sweep = (onlyActive: boolean) => {
        let maxChange = 0;
        for (let j = 0; j < p; j++) {
          if (onlyActive && beta[j] === 0) continue;
          const col = x.columns[j]!;
          const old = beta[j]!;
          let g = 0;
          for (let i = 0; i < n; i++) g += w[i]! * col[i]! * r[i]!;
          g = g / n + v[j]! * old;
          const updated = (Math.sign(g) * Math.max(Math.abs(g) - l1, 0)) / (v[j]! + l2);
          const delta = updated - old;
          if (delta !== 0) {
            beta[j] = updated;
            for (let i = 0; i < n; i++) r[i]! -= delta * col[i]!;
            maxChange = Math.max(maxChange, v[j]! * delta * delta);
          }
        }
        let rw = 0;
        for (let i = 0; i < n; i++) rw += w[i]! * r[i]!;
        const d0 = rw / wSum;
        if (d0 !== 0) {
          b0 += d0;
          for (let i = 0; i < n; i++) r[i]! -= d0;
          maxChange = Math.max(maxChange, (wSum / n) * d0 * d0);
        }
        return maxChange;
      };
      for (let full = 0; full < 50; full++) {
        if (sweep(false) < tolerance) break;
        for (let inner = 0; inner < 500; inner++) if (sweep(true) < tolerance) break;
      }
      // r = z − η at the new coefficients, and z = η_old + (y − p)/w: so η = η_old + (y − p)/w − r.
      for (let i = 0; i < n; i++) eta[i] = eta[i]! + z[i]! - r[i]!;
      let change = (b0 - b0Before) ** 2;
      for (let j = 0; j < p; j++) change = Math.max(change, (beta[j]! - before[j]!) ** 2);
      if (change < tolerance) break;
    }
    fits.push({ lambda, intercept: b0, coefficients: Float64Array.from(beta) });
  }
  return { alpha, fits };
}

/**
 * The path of penalties for these rows: from λmax, the smallest at which every coefficient
 * stays zero, down to λmax·minRatio, log-spaced.
 */
export function lambdaPath(x: Matrix, y: ArrayLike<number>, options: ElasticNetOptions = {}): number[] {
  const alpha = options.alpha ?? 0.5;
  const count = options.lambdas ?? 40;
  const minRatio = options.minRatio ?? 1e-3;
  const n = x.rows;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  let lambdaMax = 0;
  for (const col of x.columns) {
    let g = 0;
    for (let i = 0; i < n; i++) g += col[i]! * (y[i]! - mean);
    lambdaMax = Math.max(lambdaMax, Math.abs(g / n) / Math.max(alpha, 1e-3));
  }
  // A hair above λmax, so rounding cannot let a coefficient in at the first penalty.
  lambdaMax *= 1 + 1e-9;
  return Array.from({ length: count }, (_, k) => lambdaMax * minRatio ** (k / Math.max(1, count - 1)));
}

/** Linear predictor (log-odds) of each row. */
export function elasticNetLogOdds(fit: ElasticNetFit, x: Matrix): Float64Array {
  const out = new Float64Array(x.rows).fill(fit.intercept);
  fit.coefficients.forEach((b, j) => {
    if (b === 0) return;
    const col = x.columns[j]!;
    for (let i = 0; i < x.rows; i++) out[i]! += b * col[i]!;
  });
  return out;
}

export function predictElasticNet(fit: ElasticNetFit, x: Matrix): Float64Array {
  return elasticNetLogOdds(fit, x).map(sigmoid);
}
