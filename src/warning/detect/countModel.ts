/**
 * The count model behind the surge and speech-lead rules: a Poisson monthly rate with a gamma
 * prior, updated by the baseline's counts, whose predictive distribution for the next k months
 * is negative binomial. It copes with sparse data (a baseline of zeros gives a small but
 * uncertain rate, not a rate of zero that any incident would "exceed") and with
 * over-dispersion that a plain Poisson test would call a surge every few months.
 *
 * Gamma(shape a, rate b) prior; baseline counts summing to S over n months give
 * Gamma(a + S, b + n); the sum X of the next k months, each scaled by a seasonal factor f,
 * is NegBin(r = a + S, q = (b + n) / (b + n + k·f)): P(X = x) = Γ(r+x)/(Γ(r) x!) q^r (1−q)^x.
 */
export interface RateEvidence {
  /** Incidents in the baseline months. */
  baselineSum: number;
  baselineMonths: number;
  /** Months in the window tested, times their seasonal factor (k·f). */
  exposure: number;
  priorShape: number;
  priorRate: number;
}

/** The expected count in the tested window: posterior mean rate × exposure. */
export function expectedCount(e: RateEvidence): number {
  return ((e.priorShape + e.baselineSum) / (e.priorRate + e.baselineMonths)) * e.exposure;
}

/**
 * P(X ≥ observed) under the predictive negative binomial: the surge's p-value.
 *
 * `stopAt`: the caller only needs to know the p-value when it is below this (a rule's
 * false-alarm rate): the tail's sum, which only grows, stops once it reaches it and that partial
 * sum (≥ stopAt) is returned. Below it the value is exactly the one computed without `stopAt`.
 */
export function upperTailProbability(observed: number, e: RateEvidence, stopAt = Infinity): number {
  if (observed <= 0) return 1;
  const r = e.priorShape + e.baselineSum;
  const b = e.priorRate + e.baselineMonths;
  const logQ = Math.log(b / (b + e.exposure));
  const log1mQ = Math.log(e.exposure / (b + e.exposure));
  // Sum the tail upwards from `observed` while the terms matter: exact where the p-value is
  // tiny (1 − cdf would round to 0), and short since the terms fall geometrically past the mean.
  const logPmf = (x: number) => logGamma(r + x) - logGamma(r) - logGamma(x + 1) + r * logQ + x * log1mQ;
  const mean = (r * (1 - b / (b + e.exposure))) / (b / (b + e.exposure));
  const ratio = Math.exp(log1mQ);
  if (observed <= mean) {
    // At or below the mean the tail is large: 1 − P(X < observed), summed upwards from 0.
    let below = 0;
    let term = Math.exp(r * logQ);
    for (let x = 0; x < observed; x++) {
      below += term;
      term *= ((r + x) / (x + 1)) * ratio;
    }
    return Math.min(1, Math.max(0, 1 - below));
  }
  let sum = 0;
  let term = Math.exp(logPmf(observed));
  for (let x = observed; x < observed + 100_000; x++) {
    sum += term;
    if (sum >= stopAt) return sum;
    if (term < sum * 1e-15) break;
    term *= ((r + x) / (x + 1)) * ratio;
  }
  return Math.min(1, sum);
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7): accurate to about 15 digits, enough for tail sums. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** A p-value as a reader sees it: "p < 0.001", or "p = 0.004". */
export function describeP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p.toPrecision(1)}`;
}
