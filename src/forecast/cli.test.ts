import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { json, runCli, stopCliProcesses } from '../../test/cli.js';

/**
 * `precursor forecast …` as a person runs it, on the sample of the Early Warning Project's
 * data shipped in data/ewp-sample/ (22 countries, 1980–2000).
 */
const predictors = 'data/ewp-sample/predictors-sample.csv';
const baseline = 'data/ewp-sample/foos-forecasts-sample.csv';
const dir = mkdtempSync(join(tmpdir(), 'precursor-forecast-'));
afterEach(stopCliProcesses);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const figureKeys = ['auc', 'top30', 'onsets', 'brier', 'years', 'expected', 'reliability'];

describe('precursor forecast', () => {
  it('--help names every option', async () => {
    const [backtest, rank] = await Promise.all([runCli(['forecast', 'backtest', '--help']), runCli(['forecast', 'rank', '--help'])]);
    for (const option of ['--predictors', '--from', '--to', '--baseline', '--outcome', '--calibration', '--threads', '--json']) expect(backtest.stdout).toContain(option);
    for (const option of ['--predictors', '--year', '--outcome', '--calibration', '--limit', '--json']) expect(rank.stdout).toContain(option);
  });

  it('backtest --json: pooled figures, per year, and EWP\'s on the same country-years', async () => {
    const result = await runCli(['forecast', 'backtest', '--predictors', predictors, '--from', '1996', '--to', '2000', '--baseline', baseline, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const out = json(result);
    for (const key of figureKeys) {
      expect(out).toHaveProperty(key);
      expect(out.baseline).toHaveProperty(key);
    }
    expect(out.years.map((y: { year: number }) => y.year)).toEqual([1996, 1997, 1998, 1999, 2000]);
    // 22 countries × 5 years, every one with an EWP forecast in the sample; onsets: 1996 (3), 1998 (2).
    expect(out.years.reduce((s: number, y: { countryYears: number }) => s + y.countryYears, 0)).toBe(110);
    expect(out.onsets).toBe(5);
    expect(out.baseline.onsets).toBe(5);
    expect(out.leftOut).toEqual({ withoutBaseline: 0, withoutForecast: 0 });
    expect(out.auc).toBeGreaterThan(0);
    expect(out.auc).toBeLessThanOrEqual(1);
    expect(out.top30).toBe(5); // fewer than 30 countries: every onset is in its year's top 30
    expect(out.brier).toBeGreaterThan(0);
    expect(out.years.find((y: { year: number }) => y.year === 1997).auc).toBeNull();
    // EWP's side, computed from its file apart (mean of (risk_prev − mk_onset)² over these 110 rows: 0.041975).
    expect(out.baseline.brier).toBeCloseTo(0.041975, 5);
    // Calibration figures: the sum of the forecasts, and deciles of the forecasts (110 rows: 11 each) with their onsets.
    for (const side of [out, out.baseline]) {
      const sum = side.years.reduce((s: number, y: { expected: number }) => s + y.expected, 0);
      expect(side.expected).toBeCloseTo(sum, 9);
      expect(side.reliability.map((b: { count: number }) => b.count)).toEqual(Array(10).fill(11));
      expect(side.reliability.reduce((s: number, b: { onsets: number }) => s + b.onsets, 0)).toBe(5);
      const means = side.reliability.map((b: { meanForecast: number }) => b.meanForecast);
      expect(means).toEqual([...means].sort((a, b) => a - b));
    }
  }, 60_000);

  it('backtest gives the same figures on one thread as on two', async () => {
    const args = ['forecast', 'backtest', '--predictors', predictors, '--from', '1997', '--to', '1999', '--json'];
    const [one, two] = await Promise.all([runCli([...args, '--threads', '1']), runCli([...args, '--threads', '2'])]);
    const figures = (r: typeof one) => {
      const { wallSeconds: _w, cpuSeconds: _c, ...rest } = json(r);
      return rest;
    };
    expect(figures(two)).toEqual(figures(one));
  }, 60_000);

  it('backtest prints a table for a person, with the EWP columns', async () => {
    const result = await runCli(['forecast', 'backtest', '--predictors', predictors, '--from', '1998', '--to', '1999', '--baseline', baseline]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/YEAR\s+COUNTRIES\s+ONSETS\s+AUC\s+TOP30\s+TOP10\s+BRIER\s+EWP AUC/);
    expect(result.stdout).toMatch(/^pooled/m);
    expect(result.stdout).toMatch(/Calibration \(forecasts not recalibrated\): the forecasts sum to [\d.]+ against \d+ onsets \(EWP's: [\d.]+\)/);
    expect(result.stdout).toMatch(/DECILE\s+COUNTRY-YEARS\s+MEAN FORECAST\s+OBSERVED \(ONSETS\)\s+EWP MEAN FORECAST/);
  }, 60_000);

  it('rank --json: every country with a row for Y−1, highest risk first, with its factors', async () => {
    const result = await runCli(['forecast', 'rank', '--predictors', predictors, '--year', '2001', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const out = json(result);
    expect(out.year).toBe(2001);
    expect(out.predictorsYear).toBe(2000);
    expect(out.lastTrainedYear).toBe(1999);
    expect(out.countries).toHaveLength(22);
    const p = out.countries.map((c: { probability: number }) => c.probability);
    expect(p).toEqual([...p].sort((a, b) => b - a));
    expect(out.countries[0].rank).toBe(1);
    expect(out.countries[0].factors.length).toBeGreaterThan(0);
    expect(out.countries[0].factors[0]).toEqual({ column: expect.any(String), contribution: expect.any(Number), value: expect.anything() });
  }, 60_000);

  it('rank --calibration platt: the same order as without, probabilities mapped, and the map printed', async () => {
    const args = ['forecast', 'rank', '--predictors', predictors, '--year', '2001'];
    const [plain, platt, text, bad] = await Promise.all([
      runCli([...args, '--json']),
      runCli([...args, '--calibration', 'platt', '--json']),
      runCli([...args, '--calibration', 'platt', '--limit', '3']),
      runCli([...args, '--calibration', 'isotonic', '--json']),
    ]);
    expect(platt.code, platt.stderr).toBe(0);
    const [a, b] = [json(plain), json(platt)];
    expect(a.calibrator.method).toBe('none');
    expect(b.calibrator.method).toMatch(/^(platt|shift)$/);
    expect(b.calibrator.rows).toBeGreaterThan(0);
    expect(b.countries.map((c: { country: string }) => c.country)).toEqual(a.countries.map((c: { country: string }) => c.country));
    expect(b.countries.map((c: { probability: number }) => c.probability)).not.toEqual(a.countries.map((c: { probability: number }) => c.probability));
    expect(text.stdout).toMatch(/calibrated on their \d+ out-of-fold forecasts, \d+ onsets: log-odds × [\d.]+ [+−] [\d.]+\)/);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr).errors[0].field).toBe('--calibration');
  }, 60_000);

  it('names the line and column of a bad value, and a file it cannot read', async () => {
    const lines = readFileSync(predictors, 'utf8').split('\n');
    lines[3] = lines[3]!.replace(/^([^,]*,[^,]*,)[^,]*/, '$1often');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, lines.join('\n'));
    const result = await runCli(['forecast', 'rank', '--predictors', bad, '--year', '2001', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr).errors[0]).toMatchObject({ field: `${bad}: line 4: widetargeting`, message: 'not a number: "often"' });
    const missing = await runCli(['forecast', 'backtest', '--predictors', join(dir, 'none.csv'), '--from', '1996', '--to', '1997', '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stderr).errors[0].field).toBe('--predictors');
    const backwards = await runCli(['forecast', 'backtest', '--predictors', predictors, '--from', '1999', '--to', '1996', '--json']);
    expect(backwards.code).toBe(2);
    expect(JSON.parse(backwards.stderr).errors[0].field).toBe('--to');
  }, 60_000);
});
