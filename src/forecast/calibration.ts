/**
 * Calibration of the forecast: a map from the ensemble's probability to a calibrated one,
 * fitted on out-of-fold forecasts of the training window's own latest years (the tuning
 * blocks of ./model.ts, each forecast from a model that saw only rows before it), so no year
 * being forecast ever takes part.
 *
 * Platt scaling on the log-odds: q = σ(a + b·logit p), with Platt's smoothed targets
 * ((N₊+1)/(N₊+2) for an onset, 1/(N₋+2) otherwise) so a handful of onsets cannot drive a
 * forecast to 0 or 1. The slope is kept positive, so the map is strictly increasing: it never
 * changes the order of two forecasts made with the same map (a year's ranking, its top 30, its
 * AUC). Where the fitted slope would not be positive (validation years in which the ranking
 * said nothing), only the intercept is fitted (b = 1): a shift of every forecast's log-odds.
 * Two parameters rather than isotonic regression: with about ten onsets in the validation
 * years, a step function would be noisy and would tie forecasts that were ordered.
 */
export interface Calibrator {
  method: 'none' | 'platt' | 'shift';
  intercept: number;
  slope: number;
  /** Out-of-fold forecasts fitted on, and the onsets among them. */
  rows: number;
  onsets: number;
}

export const identityCalibrator: Calibrator = { method: 'none', intercept: 0, slope: 1, rows: 0, onsets: 0 };

// Forecasts of exactly 0 or 1 (a forest's vote can be) would have infinite log-odds: the fit reads them at this distance from the bounds.
const EPS = 1e-9;
const logit = (p: number) => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * A calibrated probability. Strictly increasing in `p` on (0, 1) for any calibrator this module
 * fits (0 and 1 stay 0 and 1): no clamp here, so two forecasts however close keep their order.
 */
export function calibrate(c: Calibrator, p: number): number {
  if (c.method === 'none' || p <= 0 || p >= 1) return p;
  return sigmoid(c.intercept + c.slope * (Math.log(p) - Math.log1p(-p)));
}

/**
 * Fits the Platt map to forecasts `p` and outcomes `y` (0/1). With no onset or no non-onset
 * among them there is nothing to fit: the identity is returned.
 */
export function fitCalibrator(p: ArrayLike<number>, y: ArrayLike<number>, method: 'platt' | 'shift' = 'platt'): Calibrator {
  const n = p.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += y[i] === 1 ? 1 : 0;
  const negatives = n - positives;
  if (!positives || !negatives) return { ...identityCalibrator, rows: n, onsets: positives };
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const z = Float64Array.from({ length: n }, (_, i) => logit(p[i]!));
  const t = Float64Array.from({ length: n }, (_, i) => (y[i] === 1 ? hi : lo));
  if (method === 'platt') {
    const [a, b] = newton(z, t, true);
    if (b > 1e-6 && Number.isFinite(a) && Number.isFinite(b)) return { method: 'platt', intercept: a, slope: b, rows: n, onsets: positives };
  }
  const [a] = newton(z, t, false);
  return { method: 'shift', intercept: a, slope: 1, rows: n, onsets: positives };
}

/**
 * Minimises the cross-entropy of σ(a + b·z) against targets t by Newton's method with step
 * halving (the objective is convex in (a, b)). Without `withSlope`, b stays 1.
 */
function newton(z: Float64Array, t: Float64Array, withSlope: boolean): [number, number] {
  let a = 0;
  let b = 1;
  const loss = (a: number, b: number) => {
    let s = 0;
    for (let i = 0; i < z.length; i++) {
      const u = a + b * z[i]!;
      // log(1 + e^u) − t·u, computed without overflow.
      s += (u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u))) - t[i]! * u;
    }
    return s;
  };
  let current = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    for (let i = 0; i < z.length; i++) {
      const q = sigmoid(a + b * z[i]!);
      const r = q - t[i]!;
      const w = q * (1 - q);
      ga += r;
      gb += r * z[i]!;
      haa += w;
      hab += w * z[i]!;
      hbb += w * z[i]! * z[i]!;
    }
    let da: number;
    let db: number;
    if (withSlope) {
      const det = haa * hbb - hab * hab;
      if (!(Math.abs(det) > 1e-12)) break;
      da = (hbb * ga - hab * gb) / det;
      db = (haa * gb - hab * ga) / det;
    } else {
      if (!(haa > 1e-12)) break;
      da = ga / haa;
      db = 0;
    }
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current && step > 1e-8) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (next > current) break;
    a -= step * da;
    b -= step * db;
    const improvement = current - next;
    current = next;
    if (improvement < 1e-12 * Math.max(1, Math.abs(current))) break;
  }
  return [a, b];
}

export interface ReliabilityBin {
  /** Forecasts in the bin (tenths of the forecasts ranked from lowest to highest). */
  count: number;
  lowest: number;
  highest: number;
  meanForecast: number;
  onsets: number;
  /** Share of the bin's country-years with an onset. */
  observedRate: number;
}

/**
 * A reliability table: forecasts sorted from lowest to highest and cut into `bins` groups of
 * (nearly) equal size — deciles by default — each with its mean forecast beside the share that
 * had an onset. A calibrated forecast has the two close in every bin.
 */
export function reliability(p: ArrayLike<number>, y: ArrayLike<number>, bins = 10): ReliabilityBin[] {
  const n = p.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => p[i]! - p[j]!);
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    const start = Math.floor((b * n) / bins);
    const end = Math.floor(((b + 1) * n) / bins);
    if (end <= start) continue;
    let sum = 0;
    let onsets = 0;
    for (let k = start; k < end; k++) {
      sum += p[order[k]!]!;
      onsets += y[order[k]!] === 1 ? 1 : 0;
    }
    const count = end - start;
    out.push({ count, lowest: p[order[start]!]!, highest: p[order[end - 1]!]!, meanForecast: sum / count, onsets, observedRate: onsets / count });
  }
  return out;
}
