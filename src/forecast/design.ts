/**
 * The feature matrix the learners see: missing values replaced by the training rows' median
 * (a few countries lack population, growth or infant mortality in some years; the median
 * keeps such a row in play instead of dropping it, and says "typical" rather than "zero"),
 * then each column centred and scaled to unit variance on the training rows — so the elastic
 * net penalises every predictor alike and its coefficients compare as effects of one standard
 * deviation. Columns are stored apart (column-major): both learners walk one feature at a time.
 */
export interface Standardiser {
  medians: Float64Array;
  means: Float64Array;
  scales: Float64Array;
}

export interface Matrix {
  rows: number;
  columns: Float64Array[];
}

/** Medians, means and scales from training rows (each a Float64Array of features, NaN = missing). */
export function fitStandardiser(features: readonly Float64Array[]): Standardiser {
  const p = features[0]?.length ?? 0;
  const medians = new Float64Array(p);
  const means = new Float64Array(p);
  const scales = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const observed = features.map((f) => f[j]!).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    const m = observed.length;
    medians[j] = m === 0 ? 0 : m % 2 ? observed[(m - 1) / 2]! : (observed[m / 2 - 1]! + observed[m / 2]!) / 2;
    let sum = 0;
    for (const f of features) sum += Number.isNaN(f[j]!) ? medians[j]! : f[j]!;
    means[j] = sum / Math.max(1, features.length);
    let squares = 0;
    for (const f of features) squares += ((Number.isNaN(f[j]!) ? medians[j]! : f[j]!) - means[j]!) ** 2;
    const sd = Math.sqrt(squares / Math.max(1, features.length));
    // A column constant in the training window carries no information there: scale 1 keeps it at 0.
    scales[j] = sd > 1e-12 ? sd : 1;
  }
  return { medians, means, scales };
}

export function standardise(s: Standardiser, features: readonly Float64Array[]): Matrix {
  const p = s.means.length;
  const columns = Array.from({ length: p }, () => new Float64Array(features.length));
  features.forEach((f, i) => {
    for (let j = 0; j < p; j++) {
      const v = Number.isNaN(f[j]!) ? s.medians[j]! : f[j]!;
      columns[j]![i] = (v - s.means[j]!) / s.scales[j]!;
    }
  });
  return { rows: features.length, columns };
}

export const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/** Mean negative log-likelihood of 0/1 outcomes under probabilities (clipped away from 0 and 1). */
export function logLoss(probabilities: ArrayLike<number>, outcomes: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, probabilities[i]!));
    sum -= outcomes[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / Math.max(1, probabilities.length);
}
