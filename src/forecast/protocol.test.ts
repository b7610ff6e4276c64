import { describe, expect, it } from 'vitest';
import { type Learner, runBacktest } from './backtest.js';
import { defaultModelOptions } from './model.js';
import { type CountryYear, featureColumns } from './predictors.js';
import { forecastTargets, trainingRows } from './protocol.js';

/** Seeded rows: `countries` countries × years, onsets at random; mk_onset_1 and 1or2 derived as EWP does. */
function panel(countries: number, from: number, to: number, seed = 7): CountryYear[] {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rows: CountryYear[] = [];
  for (let c = 0; c < countries; c++) {
    const onsets = Array.from({ length: to - from + 1 }, () => (random() < 0.08 ? 1 : 0) as 0 | 1);
    for (let y = from; y <= to; y++) {
      const k = y - from;
      rows.push({
        country: `C${c}`,
        ccode: 100 + c,
        year: y,
        features: Float64Array.from(featureColumns, () => random()),
        mkOnset: onsets[k]!,
        mkOnset1: y < to ? onsets[k + 1]! : null,
        mkOnset1or2: y < to - 1 ? ((onsets[k + 1]! || onsets[k + 2]!) as 0 | 1) : null,
      });
    }
  }
  return rows;
}

describe('the forecasting protocol', () => {
  const rows = panel(30, 1970, 2000);

  it('trains a forecast of Y for mk_onset_1 only on rows up to Y−2, and never on an NA outcome', () => {
    const withNa = rows.map((r) => (r.year === 1980 && r.ccode === 100 ? { ...r, mkOnset1: null } : r));
    const { rows: kept, labels } = trainingRows(withNa, 1990, 'mk_onset_1');
    expect(Math.max(...kept.map((r) => r.year))).toBe(1988);
    expect(kept.some((r) => r.year === 1980 && r.ccode === 100)).toBe(false);
    expect(kept.length).toBe(30 * 19 - 1);
    expect(Array.from(labels)).toEqual(kept.map((r) => r.mkOnset1));
  });

  it('trains for mk_onset_1or2 only on rows up to Y−3', () => {
    const { rows: kept, labels } = trainingRows(rows, 1990, 'mk_onset_1or2');
    expect(Math.max(...kept.map((r) => r.year))).toBe(1987);
    expect(Array.from(labels)).toEqual(kept.map((r) => r.mkOnset1or2));
  });

  it('forecasts year Y from the rows of Y−1, scored on the onset of Y', () => {
    const targets = forecastTargets(rows, 1990);
    expect(targets.length).toBe(30);
    expect(targets.every((t) => t.row.year === 1989)).toBe(true);
    for (const t of targets) expect(t.onset).toBe(rows.find((r) => r.ccode === t.row.ccode && r.year === 1990)!.mkOnset);
    // Without a row for Y (the end of the file, or a country that ended), mk_onset_1 of Y−1 says.
    const cut = rows.filter((r) => r.year < 1990);
    expect(forecastTargets(cut, 1990).map((t) => t.onset)).toEqual(targets.map((t) => t.onset));
  });

  it('the backtest hands its learner no row of year Y−1 or later, and no NA outcome, for any year it forecasts', () => {
    const seen: { year: number; latest: number; nulls: number }[] = [];
    let forecastYear = 1985;
    const spy: Learner = (train, labels) => {
      seen.push({ year: forecastYear, latest: Math.max(...train.map((r) => r.year)), nulls: train.filter((r) => r.mkOnset1 === null).length });
      expect(labels.length).toBe(train.length);
      return (targets) => {
        expect(targets.every((t) => t.year === forecastYear - 1)).toBe(true);
        return Float64Array.from(targets, (t) => t.features[0]!);
      };
    };
    runBacktest(rows, { from: 1985, to: 2000, learner: spy, onYear: (y) => (forecastYear = y + 1) });
    expect(seen.map((s) => s.year)).toEqual(Array.from({ length: 16 }, (_, i) => 1985 + i));
    for (const s of seen) {
      expect(s.latest).toBeLessThanOrEqual(s.year - 2);
      expect(s.nulls).toBe(0);
    }
  });

  it('a forecast of Y is the same whatever happened from Y−1 on: the fitted ensemble cannot see what was not yet known', () => {
    // Everything not known at the end of Y−1 is changed: the outcomes of rows Y−1 and later
    // (mk_onset_1 of row Y−1 is the onset being forecast), and every predictor of rows Y and
    // later. Were any of it trained on (in the fit or in the tuning folds), the forecasts would move.
    const year = 1995;
    const tampered = rows.map((r) => ({
      ...r,
      features: r.year >= year ? r.features.map((v) => 1 - v) : r.features,
      mkOnset1: r.year >= year - 1 && r.mkOnset1 !== null ? ((1 - r.mkOnset1) as 0 | 1) : r.mkOnset1,
      mkOnset1or2: r.year >= year - 2 && r.mkOnset1or2 !== null ? ((1 - r.mkOnset1or2) as 0 | 1) : r.mkOnset1or2,
    }));
    // The calibration map (fitted on the tuning blocks' out-of-fold forecasts) is held to the same test.
    for (const [outcome, calibration] of [['mk_onset_1', 'none'], ['mk_onset_1or2', 'none'], ['mk_onset_1', 'platt']] as const) {
      const model = { ...defaultModelOptions, outcome, calibration, trees: { ...defaultModelOptions.trees, trees: 40 } };
      const before = runBacktest(rows, { from: year, to: year, model }).forecasts.map((f) => f.probability);
      const after = runBacktest(tampered, { from: year, to: year, model }).forecasts.map((f) => f.probability);
      expect(after).toEqual(before);
      // The same change one year earlier is seen: the test can tell a leak from no leak.
      const leak = rows.map((r) => (r.year === year - 3 && r.mkOnset1 !== null && r.mkOnset1or2 !== null ? { ...r, mkOnset1: (1 - r.mkOnset1) as 0 | 1, mkOnset1or2: (1 - r.mkOnset1or2) as 0 | 1 } : r));
      expect(runBacktest(leak, { from: year, to: year, model }).forecasts.map((f) => f.probability)).not.toEqual(before);
    }
  }, 60_000);
});
