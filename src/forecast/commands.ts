import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { printJson, printTable, printText } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseOptions } from '../cli/zod.js';
import { invalid } from '../errors.js';
import { type BacktestResult, type Figures, type PooledFigures } from './backtest.js';
import { readBaseline } from './baseline.js';
import { calibrationMethods, defaultModelOptions } from './model.js';
import { outcomeColumns, readPredictors } from './predictors.js';
import { runBacktestInParallel } from './parallel.js';
import { rankCountries } from './rank.js';
import { saveForecastRun } from './service.js';

/** What the forecast commands do (their options are in ./cli.ts). Imported when a command runs. */

const year = z.coerce.number().int().min(1800).max(2200);
const BacktestOptions = z
  .object({ from: year, to: year, outcome: z.enum(outcomeColumns), calibration: z.enum(calibrationMethods), threads: z.coerce.number().int().min(1).max(64).default(Math.min(2, availableParallelism())) })
  .refine((o) => o.to >= o.from, { path: ['to'], message: 'the last year comes before the first' });
const RankOptions = z.object({ year, outcome: z.enum(outcomeColumns), calibration: z.enum(calibrationMethods), limit: z.coerce.number().int().min(1).optional() });

function readFile(file: string, option: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw invalid([{ field: option, code: 'not-found', message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, params: { entity: 'file', id: file } }]);
  }
}

export async function backtestCommand(o: { predictors: string; from: string; to: string; baseline?: string; outcome: string; calibration: string; threads?: string; json?: boolean }) {
  const options = parseOptions(BacktestOptions, o);
  const rows = readPredictors(readFile(o.predictors, '--predictors'), o.predictors);
  const baseline = o.baseline === undefined ? undefined : readBaseline(readFile(o.baseline, '--baseline'), o.baseline);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let result: BacktestResult;
  try {
    result = await runBacktestInParallel(
      rows,
      {
        from: options.from,
        to: options.to,
        model: { ...defaultModelOptions, outcome: options.outcome, calibration: options.calibration },
        baseline,
        onYear: o.json ? undefined : (y) => process.stderr.write(`forecast ${y} done\n`),
      },
      options.threads,
    );
  } catch (err) {
    if (err instanceof Error && /training window/.test(err.message)) throw invalid([{ field: '--from', code: 'invalid', message: `${err.message}: start later, or give more years of predictors` }]);
    throw err;
  }
  const used = process.cpuUsage(cpu);
  const timing = { wallSeconds: round((performance.now() - started) / 1000, 1), cpuSeconds: round((used.user + used.system) / 1e6, 1) };
  const { forecasts, ...figures } = result;
  if (o.json) return printJson({ ...figures, from: options.from, to: options.to, outcome: options.outcome, calibration: options.calibration, ...timing, forecasts });
  const columns = [
    { key: 'year', title: 'YEAR' },
    { key: 'countryYears', title: 'COUNTRIES' },
    { key: 'onsets', title: 'ONSETS' },
    { key: 'auc', title: 'AUC' },
    { key: 'top30', title: 'TOP30' },
    { key: 'top10', title: 'TOP10' },
    { key: 'brier', title: 'BRIER' },
    ...(result.baseline ? [{ key: 'bAuc', title: 'EWP AUC' }, { key: 'bTop30', title: 'EWP TOP30' }, { key: 'bTop10', title: 'EWP TOP10' }, { key: 'bBrier', title: 'EWP BRIER' }] : []),
  ];
  const line = (f: Figures & { year?: number | string }, b?: Figures) => ({
    year: f.year,
    countryYears: f.countryYears,
    onsets: f.onsets,
    auc: f.auc === null ? '–' : f.auc.toFixed(3),
    top30: f.top30,
    top10: f.top10,
    brier: f.brier.toFixed(5),
    ...(b ? { bAuc: b.auc === null ? '–' : b.auc.toFixed(3), bTop30: b.top30, bTop10: b.top10, bBrier: b.brier.toFixed(5) } : {}),
  });
  printTable(
    [
      ...result.years.map((y) => line(y, result.baseline?.years.find((b) => b.year === y.year))),
      line({ ...result, year: 'pooled' }, result.baseline),
    ],
    columns,
  );
  printText(`\nCalibration (${options.calibration === 'none' ? 'forecasts not recalibrated' : `${options.calibration}, fitted inside each training window`}): the forecasts sum to ${result.expected.toFixed(1)} against ${result.onsets} onsets` + (result.baseline ? ` (EWP's: ${result.baseline.expected.toFixed(1)}).\n` : '.\n') + 'Reliability, deciles of the forecasts (pooled):\n');
  printReliability(result, result.baseline);
  printText(
    `\nAUC pooled over all ${result.countryYears} country-years; top-30 and top-10 counts are onsets in their year's ranking, summed.\n` +
      (result.leftOut ? `Left out of both sides: ${result.leftOut.withoutBaseline} country-years without an EWP forecast, ${result.leftOut.withoutForecast} EWP forecasts without ours (no row for the year before).\n` : '') +
      (result.unscored ? `${result.unscored} forecasts not scored (onset not known).\n` : '') +
      `${timing.wallSeconds} s (${timing.cpuSeconds} s CPU).\n`,
  );
}

/** The reliability table: each decile's mean forecast beside the share with an onset, ours and EWP's. */
function printReliability(ours: PooledFigures, baseline?: PooledFigures) {
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  printTable(
    ours.reliability.map((b, i) => {
      const e = baseline?.reliability[i];
      return {
        decile: i + 1,
        count: b.count,
        mean: pct(b.meanForecast),
        observed: `${pct(b.observedRate)} (${b.onsets})`,
        ...(e ? { bMean: pct(e.meanForecast), bObserved: `${pct(e.observedRate)} (${e.onsets})` } : {}),
      };
    }),
    [
      { key: 'decile', title: 'DECILE' },
      { key: 'count', title: 'COUNTRY-YEARS' },
      { key: 'mean', title: 'MEAN FORECAST' },
      { key: 'observed', title: 'OBSERVED (ONSETS)' },
      ...(baseline ? [{ key: 'bMean', title: 'EWP MEAN FORECAST' }, { key: 'bObserved', title: 'EWP OBSERVED (ONSETS)' }] : []),
    ],
  );
}

export async function rankCommand(o: { predictors: string; year: string; outcome: string; calibration: string; limit?: string; json?: boolean; save?: boolean }) {
  const options = parseOptions(RankOptions, o);
  const rows = readPredictors(readFile(o.predictors, '--predictors'), o.predictors);
  let ranking: ReturnType<typeof rankCountries>;
  try {
    ranking = rankCountries(rows, options.year, { ...defaultModelOptions, outcome: options.outcome, calibration: options.calibration });
  } catch (err) {
    if (err instanceof RangeError || (err instanceof Error && /training window/.test(err.message))) throw invalid([{ field: '--year', code: 'invalid', message: err.message }]);
    throw err;
  }
  const countries = options.limit ? ranking.countries.slice(0, options.limit) : ranking.countries;
  // The whole ranking is kept, whatever --limit prints: the watchlist needs every country's rank.
  const saved = o.save ? await withContext((ctx) => saveForecastRun(ctx, ranking, { source: o.predictors, outcome: options.outcome })) : undefined;
  if (o.json) return printJson({ ...ranking, countries, ...(saved ? { saved: { runId: saved.run.id, countries: saved.run.countries, unmatched: saved.unmatched } } : {}) });
  printTable(
    countries.map((c) => ({
      rank: c.rank,
      country: c.country,
      probability: `${(c.probability * 100).toFixed(1)}%`,
      factors: c.factors.map((f) => `${f.column} ${f.contribution >= 0 ? '+' : '−'}${Math.abs(f.contribution).toFixed(2)}`).join(', '),
    })),
    [
      { key: 'rank', title: 'RANK' },
      { key: 'country', title: 'COUNTRY', max: 30 },
      { key: 'probability', title: 'RISK' },
      { key: 'factors', title: 'TOP FACTORS (log-odds, linear part)', max: 90 },
    ],
  );
  printText(
    `\nRisk of a mass-killing onset in ${ranking.year}, from predictors of ${ranking.predictorsYear}; trained on ${ranking.trainedRows} country-years up to ${ranking.lastTrainedYear} ` +
      `(penalty ${ranking.tuning.lambda.toPrecision(2)}, ${ranking.tuning.trees} trees, chosen on ${ranking.tuning.validationYears.length} earlier years; ` +
      (ranking.calibrator.method === 'none'
        ? 'not calibrated).\n'
        : `calibrated on their ${ranking.calibrator.rows} out-of-fold forecasts, ${ranking.calibrator.onsets} onsets: log-odds × ${ranking.calibrator.slope.toFixed(2)} ${ranking.calibrator.intercept >= 0 ? '+' : '−'} ${Math.abs(ranking.calibrator.intercept).toFixed(2)}).\n`),
  );
  if (saved)
    printText(
      `Saved as forecast run ${saved.run.id} (${saved.run.countries} countries); the watchlist now reads it.` +
        (saved.unmatched.length ? ` Without an ISO country code today, ranked but never matched to the app's countries: ${saved.unmatched.join(', ')}.` : '') +
        '\n',
    );
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
