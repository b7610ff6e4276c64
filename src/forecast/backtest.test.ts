import { describe, expect, it } from 'vitest';
import { type Learner, runBacktest } from './backtest.js';
import { type CountryYear, featureColumns } from './predictors.js';

/**
 * The backtest's bookkeeping on a case worked by hand: a learner that forecasts a row's first
 * predictor, four countries, forecasts for 2001 and 2002.
 */
const forecastOf: Record<number, Record<number, number>> = {
  2000: { 1: 0.9, 2: 0.5, 3: 0.2, 4: 0.1 }, // forecasts for 2001
  2001: { 1: 0.8, 2: 0.3, 3: 0.6, 4: 0.05 }, // forecasts for 2002
};
const onsetIn: Record<number, Record<number, 0 | 1>> = {
  2001: { 1: 0, 2: 1, 3: 0, 4: 0 },
  2002: { 1: 0, 2: 0, 3: 1, 4: 0 },
};
const rows: CountryYear[] = [];
for (const ccode of [1, 2, 3, 4]) {
  for (let year = 1995; year <= 2002; year++) {
    const features = new Float64Array(featureColumns.length);
    features[0] = forecastOf[year]?.[ccode] ?? 0;
    rows.push({ country: `C${ccode}`, ccode, year, features, mkOnset: onsetIn[year]?.[ccode] ?? 0, mkOnset1: onsetIn[year + 1]?.[ccode] ?? (year < 2002 ? 0 : null), mkOnset1or2: null });
  }
}
const firstPredictor: Learner = () => (targets) => Float64Array.from(targets, (t) => t.features[0]!);

describe('runBacktest', () => {
  it('pools AUC and Brier over all country-years, and sums each year\'s top-k', () => {
    const r = runBacktest(rows, { from: 2001, to: 2002, learner: firstPredictor });
    // Onsets 0.5 and 0.6 each outrank 4 of the 6 non-onsets (0.9, 0.2, 0.1, 0.8, 0.3, 0.05): 8 of 12.
    expect(r.auc).toBeCloseTo(8 / 12, 12);
    // (0.81 + 0.25 + 0.04 + 0.01) + (0.64 + 0.09 + 0.16 + 0.0025), over 8.
    expect(r.brier).toBeCloseTo(2.0025 / 8, 12);
    expect(r.onsets).toBe(2);
    expect(r.top30).toBe(2);
    expect(r.years.map((y) => [y.year, y.auc, y.onsets, y.countryYears])).toEqual([
      [2001, 2 / 3, 1, 4],
      [2002, 2 / 3, 1, 4],
    ]);
    expect(r.baseline).toBeUndefined();
  });

  it('scores both sides on the country-years that have both forecasts, and counts the rest', () => {
    const baseline = new Map([
      ['1:2001', 0.1], ['2:2001', 0.7], ['3:2001', 0.2], ['4:2001', 0.3],
      ['1:2002', 0.2], ['2:2002', 0.1], ['3:2002', 0.9], // none for country 4 in 2002
      ['9:2001', 0.5], // a country we have no row for
    ]);
    const r = runBacktest(rows, { from: 2001, to: 2002, learner: firstPredictor, baseline });
    expect(r.leftOut).toEqual({ withoutBaseline: 1, withoutForecast: 1 });
    expect(r.countryYears).toBe(7);
    // Without 0.05: onsets 0.5 and 0.6 each outrank 3 of the 5 non-onsets.
    expect(r.auc).toBeCloseTo(6 / 10, 12);
    expect(r.baseline!.auc).toBe(1);
    expect(r.baseline!.countryYears).toBe(7);
    expect(r.baseline!.top10).toBe(2);
    expect(r.baseline!.years.map((y) => y.countryYears)).toEqual([4, 3]);
  });
});
