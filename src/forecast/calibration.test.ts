import { describe, expect, it } from 'vitest';
import { calibrate, fitCalibrator, identityCalibrator, reliability } from './calibration.js';
import { brier } from './metrics.js';
import { defaultModelOptions, fitForecastModel, predictForecast, predictUncalibrated } from './model.js';
import { type CountryYear, featureColumns } from './predictors.js';
import { trainingRows } from './protocol.js';

function seeded(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * Rare events (about 2%, as onsets are) with known probabilities, and a forecaster that ranks
 * them well but is miscalibrated: it overstates every risk and spreads them too little.
 */
function miscalibrated(n: number, seed: number) {
  const random = seeded(seed);
  const truth = Float64Array.from({ length: n }, () => sigmoid(-4.5 + 1.6 * (random() + random() + random() - 1.5) * 2));
  const y = Uint8Array.from(truth, (p) => (random() < p ? 1 : 0));
  const forecast = truth.map((p) => sigmoid(1.2 + 0.6 * logit(p)));
  return { truth, y, forecast };
}

describe('calibration', () => {
  it('fits a map that improves the Brier score of a miscalibrated forecast on rows it did not see', () => {
    const fit = miscalibrated(6000, 11);
    const test = miscalibrated(6000, 12);
    const c = fitCalibrator(fit.forecast, fit.y);
    expect(c.method).toBe('platt');
    // The map undoes the distortion (1.2 + 0.6·logit): slope near 1/0.6, intercept near −1.2/0.6.
    expect(c.slope).toBeGreaterThan(1.2);
    expect(c.intercept).toBeLessThan(-1);
    const calibrated = test.forecast.map((p) => calibrate(c, p));
    expect(brier(calibrated, test.y)).toBeLessThan(brier(test.forecast, test.y) * 0.9);
    // The sum of the forecasts comes close to the onsets they forecast; before, it was several times too many.
    const onsets = test.y.reduce((s, v) => s + v, 0);
    expect(test.forecast.reduce((s, v) => s + v, 0)).toBeGreaterThan(2 * onsets);
    expect(Math.abs(calibrated.reduce((s, v) => s + v, 0) - onsets)).toBeLessThan(0.25 * onsets);
  });

  it('is strictly increasing, so a ranking (its AUC and top 30) cannot change', () => {
    const random = seeded(5);
    for (let trial = 0; trial < 40; trial++) {
      const { y, forecast } = miscalibrated(300 + Math.floor(random() * 2000), 100 + trial);
      const c = fitCalibrator(forecast, y, trial % 2 ? 'platt' : 'shift');
      expect(c.slope).toBeGreaterThan(0);
      const grid = Array.from({ length: 200 }, () => random() ** 3).sort((a, b) => a - b);
      const mapped = grid.map((p) => calibrate(c, p));
      for (let i = 1; i < grid.length; i++) if (grid[i]! > grid[i - 1]!) expect(mapped[i]!).toBeGreaterThan(mapped[i - 1]!);
    }
  });

  it('falls back to a shift of the log-odds when the forecasts rank backwards, and to the identity without an onset', () => {
    const { y, forecast } = miscalibrated(3000, 21);
    const reversed = forecast.map((p) => 1 - p);
    const c = fitCalibrator(reversed, y);
    expect(c.method).toBe('shift');
    expect(c.slope).toBe(1);
    expect(fitCalibrator([0.1, 0.2, 0.3], [0, 0, 0])).toEqual({ ...identityCalibrator, rows: 3, onsets: 0 });
    expect(calibrate(identityCalibrator, 0.123)).toBe(0.123);
  });

  it('tabulates reliability by deciles of the forecast: mean forecast beside the observed rate', () => {
    const p = Array.from({ length: 100 }, (_, i) => i / 100);
    const y = p.map((v) => (v >= 0.9 ? 1 : 0));
    const table = reliability(p, y);
    expect(table.length).toBe(10);
    expect(table.every((b) => b.count === 10)).toBe(true);
    expect(table[0]!.meanForecast).toBeCloseTo(0.045, 12);
    expect(table[9]).toMatchObject({ onsets: 10, observedRate: 1, lowest: 0.9, highest: 0.99 });
    expect(table.slice(0, 9).every((b) => b.onsets === 0)).toBe(true);
  });
});

/** Seeded panel: onset risk rises with the first predictor; mk_onset_1 derived as EWP does. */
function panel(countries: number, from: number, to: number, seed = 9): CountryYear[] {
  const random = seeded(seed);
  const rows: CountryYear[] = [];
  for (let c = 0; c < countries; c++) {
    const features = Array.from({ length: to - from + 2 }, () => Float64Array.from(featureColumns, () => random()));
    const onsets = features.map((f) => (random() < sigmoid(-4 + 3 * f[0]!) ? 1 : 0) as 0 | 1);
    for (let y = from; y <= to; y++) {
      const k = y - from;
      rows.push({ country: `C${c}`, ccode: 100 + c, year: y, features: features[k]!, mkOnset: onsets[k]!, mkOnset1: y < to ? onsets[k + 1]! : null, mkOnset1or2: null });
    }
  }
  return rows;
}

describe('the calibrated forecast model', () => {
  const rows = panel(60, 1970, 2000);
  const model = { ...defaultModelOptions, calibration: 'platt' as const, trees: { ...defaultModelOptions.trees, trees: 30 }, forest: { trees: 30, minNodeSize: 10 } };
  const year = 1996;

  it('fits its calibration only on out-of-fold forecasts of years inside the training window, never on the year scored', () => {
    const training = trainingRows(rows, year, model.outcome);
    const fitted = fitForecastModel(training.rows, training.labels, model);
    expect(fitted.calibrator.method).not.toBe('none');
    // Calibrated on the validation blocks: their rows and onsets, all of years up to Y−2.
    const validationRows = training.rows.filter((r) => fitted.tuning.validationYears.includes(r.year));
    expect(fitted.calibrator.rows).toBe(validationRows.length);
    expect(fitted.calibrator.onsets).toBe(fitted.tuning.validationOnsets);
    expect(Math.max(...fitted.tuning.validationYears)).toBeLessThanOrEqual(year - 2);
    // The scored year's onsets (mk_onset_1 of Y−1, mk_onset of Y) and everything later can be
    // flipped: the calibrator is the same. The same flip two years earlier moves it.
    const flip = (from: number) =>
      rows.map((r) => (r.year >= from && r.mkOnset1 !== null ? { ...r, mkOnset: r.mkOnset === null ? null : ((1 - r.mkOnset) as 0 | 1), mkOnset1: (1 - r.mkOnset1) as 0 | 1 } : r));
    const refit = (data: CountryYear[]) => {
      const t = trainingRows(data, year, model.outcome);
      return fitForecastModel(t.rows, t.labels, model).calibrator;
    };
    expect(refit(flip(year - 1))).toEqual(fitted.calibrator);
    expect(refit(flip(year - 3))).not.toEqual(fitted.calibrator);
  }, 60_000);

  it('keeps the order of the uncalibrated average', () => {
    const training = trainingRows(rows, year, model.outcome);
    const fitted = fitForecastModel(training.rows, training.labels, model);
    const targets = rows.filter((r) => r.year === year - 1);
    const raw = predictUncalibrated(fitted, targets);
    const calibrated = predictForecast(fitted, targets);
    const order = (v: Float64Array) => Array.from(v.keys()).sort((a, b) => v[a]! - v[b]! || a - b);
    expect(order(calibrated)).toEqual(order(raw));
    expect(Array.from(calibrated)).not.toEqual(Array.from(raw));
  }, 60_000);
});
