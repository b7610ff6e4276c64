/**
 * The forecast backtest against the Early Warning Project on 1994–2012, as the README
 * reports it: the same code as `precursor forecast backtest`, on the shared data by path.
 * Writes eval/forecast/results/backtest-FROM-TO.json (figures per year and pooled, ours and
 * EWP's, with wall and CPU time, machine and load).
 *
 *   npx tsx eval/forecast/run.ts [--predictors FILE] [--baseline FILE] [--from 1994] [--to 2012] [--threads 2] [--calibration none|platt|shift]
 *
 * With a calibration, the results go to backtest-FROM-TO-METHOD.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { runBacktestInParallel } from '../../src/forecast/parallel.js';
import { readBaseline } from '../../src/forecast/baseline.js';
import { type CalibrationMethod, calibrationMethods, defaultModelOptions } from '../../src/forecast/model.js';
import { readPredictors } from '../../src/forecast/predictors.js';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const predictorsFile = arg('--predictors', '../shared/data/ewp/prepared-predictors-1960-2012.csv');
const baselineFile = arg('--baseline', '../shared/data/ewp/ewp-foos-forecasts-1994-2012.csv');
const from = Number(arg('--from', '1994'));
const to = Number(arg('--to', '2012'));
const calibration = arg('--calibration', defaultModelOptions.calibration) as CalibrationMethod;
if (!calibrationMethods.includes(calibration)) throw new Error(`--calibration: one of ${calibrationMethods.join(', ')}`);
const model = { ...defaultModelOptions, calibration };
const threads = Number(arg('--threads', String(Math.min(2, availableParallelism()))));

const rows = readPredictors(readFileSync(predictorsFile), predictorsFile);
const baseline = readBaseline(readFileSync(baselineFile), baselineFile);
const loadBefore = loadavg();
const t0 = performance.now();
const c0 = process.cpuUsage();
const result = await runBacktestInParallel(rows, { from, to, baseline, model, onYear: (y) => process.stderr.write(`${y} `) }, threads);
const cpu = process.cpuUsage(c0);
const wallSeconds = (performance.now() - t0) / 1000;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stderr.write('\n');

const f = (v: number | null, d = 3) => (v === null ? '  –  ' : v.toFixed(d));
console.log('year  onsets  AUC    top30 top10 Brier    | EWP AUC top30 top10 Brier');
for (const y of result.years) {
  const b = result.baseline!.years.find((z) => z.year === y.year)!;
  console.log(`${y.year}  ${String(y.onsets).padStart(6)}  ${f(y.auc)}  ${String(y.top30).padStart(5)} ${String(y.top10).padStart(5)} ${f(y.brier, 5)}  | ${f(b.auc)}   ${String(b.top30).padStart(5)} ${String(b.top10).padStart(5)} ${f(b.brier, 5)}`);
}
const b = result.baseline!;
console.log(`pooled  ${result.onsets}  AUC ${f(result.auc)} (EWP ${f(b.auc)})  top30 ${result.top30} (EWP ${b.top30})  top10 ${result.top10} (EWP ${b.top10})  Brier ${f(result.brier, 5)} (EWP ${f(b.brier, 5)})`);
console.log(`calibration: forecasts sum to ${result.expected.toFixed(1)} against ${result.onsets} onsets (EWP ${b.expected.toFixed(1)})`);
console.log('decile  n     mean forecast  observed (onsets) | EWP mean  observed (onsets)');
result.reliability.forEach((r, i) => {
  const e = b.reliability[i]!;
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`.padStart(7);
  console.log(`${String(i + 1).padStart(6)}  ${String(r.count).padStart(4)}  ${pct(r.meanForecast)}        ${pct(r.observedRate)} (${r.onsets})      | ${pct(e.meanForecast)}   ${pct(e.observedRate)} (${e.onsets})`);
});
console.log(`${result.countryYears} country-years; left out: ${JSON.stringify(result.leftOut)}; ${wallSeconds.toFixed(0)} s wall, ${cpuSeconds.toFixed(0)} s CPU; load ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`);

const { forecasts, ...figures } = result;
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL(`./results/backtest-${from}-${to}${calibration === 'none' ? '' : `-${calibration}`}.json`, import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`,
      loadavgBefore: loadBefore,
      loadavgAfter: loadavg(),
      threads,
      wallSeconds,
      cpuSeconds,
      model,
      ...figures,
      forecasts,
    },
    null,
    2,
  )}\n`,
);
