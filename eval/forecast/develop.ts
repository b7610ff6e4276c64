/**
 * Design choices of the forecast model were compared here, on a development period that
 * precedes the test years: backtests of 1980–1993 (40 onsets) under the same protocol. The
 * 1994–2012 years, on which the model is compared with the Early Warning Project, played no
 * part in choosing between these variants (README, "Country risk forecast", says which
 * variant was kept and what was run on 1994–2012 before that).
 *
 *   npx tsx eval/forecast/develop.ts [--predictors FILE] [--from 1980] [--to 1993] [variant…]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { runBacktest } from '../../src/forecast/backtest.js';
import { defaultModelOptions, type ModelOptions } from '../../src/forecast/model.js';
import { readPredictors } from '../../src/forecast/predictors.js';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const file = arg('--predictors', '../shared/data/ewp/prepared-predictors-1960-2012.csv');
const from = Number(arg('--from', '1980'));
const to = Number(arg('--to', '1993'));

// Variants recorded before calibration existed are run uncalibrated, as they were then.
const uncalibrated = { ...defaultModelOptions, calibration: 'none' as const };
export const variants: Record<string, ModelOptions> = {
  // The two-learner ensemble first tried (and run once on 1994–2012 before this comparison).
  ensemble: { ...uncalibrated, weights: { elasticNet: 1, boostedTrees: 1, randomForest: 0 } },
  'elastic-net': { ...uncalibrated, weights: { elasticNet: 1, boostedTrees: 0, randomForest: 0 } },
  'boosted-trees': { ...uncalibrated, weights: { elasticNet: 0, boostedTrees: 1, randomForest: 0 } },
  'ensemble-1or2': { ...uncalibrated, outcome: 'mk_onset_1or2' },
  'random-forest': { ...uncalibrated, weights: { elasticNet: 0, boostedTrees: 0, randomForest: 1 } },
  'ensemble-3': { ...uncalibrated, weights: { elasticNet: 1, boostedTrees: 1, randomForest: 1 } },
  'ensemble-3-blocks5': { ...uncalibrated, blocks: 5, weights: { elasticNet: 1, boostedTrees: 1, randomForest: 1 } },
  // Calibration of the three-learner average on the tuning blocks' out-of-fold forecasts (src/forecast/calibration.ts).
  'ensemble-3-platt': { ...defaultModelOptions, calibration: 'platt' },
  'ensemble-3-shift': { ...defaultModelOptions, calibration: 'shift' },
};

const chosen = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const rows = readPredictors(readFileSync(file), file);
const results: Record<string, unknown> = {};
for (const name of chosen.length ? chosen : Object.keys(variants)) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = runBacktest(rows, { from, to, model: variants[name]! });
  const cpu = process.cpuUsage(c0);
  const { forecasts: _, years, ...pooled } = r;
  results[name] = { ...pooled, wallSeconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  console.log(`${name.padEnd(18)} AUC ${pooled.auc?.toFixed(3)}  top30 ${pooled.top30}/${pooled.onsets}  top10 ${pooled.top10}  Brier ${pooled.brier.toFixed(5)}  sum ${pooled.expected.toFixed(1)}  (${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU)`);
}
// Variants run apart are gathered in one file: a later run of a variant replaces its entry.
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const out = new URL(`./results/develop-${from}-${to}.json`, import.meta.url);
const earlier = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { results: Record<string, unknown> }).results : {};
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), loadavg: loadavg(), from, to, results: { ...earlier, ...results } }, null, 2)}\n`);
