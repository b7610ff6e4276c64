import { describe, expect, it } from 'vitest';
import { describeP, expectedCount, logGamma, upperTailProbability } from './countModel.js';

describe('the gamma–Poisson count model', () => {
  it('computes ln Γ exactly enough', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9);
  });

  it('with a stopping point, gives the exact p-value below it and a number at least as large above it', () => {
    let below = 0;
    let above = 0;
    for (const baselineSum of [0, 1, 3, 12, 40, 200]) {
      for (const exposure of [1, 2.7, 3]) {
        for (let observed = 1; observed <= 120; observed++) {
          const e = { baselineSum, baselineMonths: 12, exposure, priorShape: 0.5, priorRate: 0.5 };
          const exact = upperTailProbability(observed, e);
          const stopped = upperTailProbability(observed, e, 0.001);
          if (exact < 0.001) {
            expect(stopped).toBe(exact);
            below++;
          } else {
            expect(stopped).toBeGreaterThanOrEqual(0.001);
            above++;
          }
        }
      }
    }
    expect(below).toBeGreaterThan(100);
    expect(above).toBeGreaterThan(100);
  });

  it('is a geometric distribution with a flat prior and no baseline: P(X ≥ x) = (1/2)^x', () => {
    const e = { baselineSum: 0, baselineMonths: 0, exposure: 1, priorShape: 1, priorRate: 1 };
    expect(upperTailProbability(3, e)).toBeCloseTo(0.125, 12);
    expect(upperTailProbability(1, e)).toBeCloseTo(0.5, 12);
    expect(upperTailProbability(0, e)).toBe(1);
  });

  it('matches the negative binomial tail computed by hand', () => {
    // r = 1 + 9 = 10, q = (1 + 9)/(1 + 9 + 1) = 10/11: 1 − Σ_{x<5} C(x+9, x) q^10 (1−q)^x = 0.0061615
    expect(upperTailProbability(5, { baselineSum: 9, baselineMonths: 9, exposure: 1, priorShape: 1, priorRate: 1 })).toBeCloseTo(0.0061615131, 9);
    // r = 0.5 + 12, q = 12.5/13.5; 14 in a month after 12 a year: 4.341e−10 (the tail is summed, not 1 − cdf)
    const p = upperTailProbability(14, { baselineSum: 12, baselineMonths: 12, exposure: 1, priorShape: 0.5, priorRate: 0.5 });
    expect(p / 4.3410513e-10).toBeCloseTo(1, 5);
  });

  it('gives the mean as the expected count, scaled by the exposure', () => {
    expect(expectedCount({ baselineSum: 12, baselineMonths: 12, exposure: 3, priorShape: 0.5, priorRate: 0.5 })).toBeCloseTo(3, 12);
    expect(upperTailProbability(3, { baselineSum: 12, baselineMonths: 12, exposure: 3, priorShape: 0.5, priorRate: 0.5 })).toBeGreaterThan(0.3);
  });

  it('writes p-values as a reader expects', () => {
    expect(describeP(0.0004)).toBe('p < 0.001');
    expect(describeP(0.0042)).toBe('p = 0.004');
  });
});
