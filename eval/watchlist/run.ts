/**
 * The watchlist on the demo and on the forecast's history, as the README reports it:
 *
 * 1. The demo (fictional Veridia, loaded with its alerts) beside a real forecast run — the model
 *    trained on the Early Warning Project's predictors up to what was known at the end of 2012,
 *    ranking 2013 (the shared data by path; the shipped sample when it is absent). Veridia has no
 *    predictors, so no forecast: it is placed by its alerts, and the list says so.
 * 2. The forecast backtest's own forecasts for 1994–2012 (eval/forecast/results): ranked through
 *    the watchlist with no alerts and no scorecards, the onsets in each year's top 30 are the
 *    forecast's (ours and EWP's) — the watchlist never loses a hit of the forecast by itself.
 *
 * Writes eval/watchlist/results/results.json (machine, load, date, the lists and the counts).
 *
 *   npx tsx eval/watchlist/run.ts [--predictors FILE] [--year 2013]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import { loadDemo } from '../../src/demo/load.js';
import { readPredictors } from '../../src/forecast/predictors.js';
import { rankCountries } from '../../src/forecast/rank.js';
import { forecastCountryCode, saveForecastRun } from '../../src/forecast/service.js';
import { openRuntime } from '../../src/runtime.js';
import { rankWatchlist } from '../../src/watchlist/rank.js';
import { getWatchlist } from '../../src/watchlist/service.js';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const shared = '../shared/data/ewp/prepared-predictors-1960-2012.csv';
const predictorsFile = arg('--predictors', existsSync(shared) ? shared : 'data/ewp-sample/predictors-sample.csv');
const rows = readPredictors(readFileSync(predictorsFile), predictorsFile);
const year = Number(arg('--year', String(Math.max(...rows.map((r) => r.year)) + 1)));
const loadBefore = loadavg();

// 1. The demo beside a real forecast.
const dataDir = mkdtempSync(join(tmpdir(), 'precursor-watchlist-eval-'));
const runtime = await openRuntime(readConfig({ PRECURSOR_DATA_DIR: dataDir }));
let demo;
try {
  const t0 = performance.now();
  await loadDemo(runtime, (line) => process.stderr.write(`${line}\n`));
  const t1 = performance.now();
  const ranking = rankCountries(rows, year);
  const t2 = performance.now();
  const ctx = createContext(runtime.db);
  const saved = await saveForecastRun(ctx, ranking, { source: predictorsFile, outcome: 'mk_onset_1' });
  const t3 = performance.now();
  const countries = await getWatchlist(ctx, { level: 'country', limit: 15 });
  const regions = await getWatchlist(ctx, { level: 'region', limit: 5 });
  const t4 = performance.now();
  console.log(`Watchlist of ${countries.month}, forecast ${year} from ${predictorsFile} (${saved.run.countries} countries), demo alerts of Veridia:\n`);
  for (const e of countries.items) console.log(`${String(e.position).padStart(3)}  ${e.country}  ${e.score.toFixed(2).padStart(6)}  ${e.reason.replace(/^\d+\w\w: /, '')}`);
  console.log('\nRegions:');
  for (const e of regions.items) console.log(`${String(e.position).padStart(3)}  ${e.admin1}, ${e.country}  ${e.score.toFixed(2).padStart(6)}  ${e.reason.replace(/^\d+\w\w: /, '')}`);
  const xvr = countries.items.find((e) => e.country === 'XVR');
  demo = {
    predictors: predictorsFile,
    forecastYear: year,
    countriesRanked: saved.run.countries,
    unmatched: saved.unmatched,
    veridia: xvr ? { position: xvr.position, of: countries.total, score: xvr.score, parts: xvr.parts, reason: xvr.reason } : null,
    top: countries.items.map((e) => ({ position: e.position, country: e.country, score: e.score, parts: e.parts, reason: e.reason })),
    regions: regions.items.map((e) => ({ position: e.position, country: e.country, admin1: e.admin1, score: e.score, reason: e.reason })),
    seconds: { demoLoad: round((t1 - t0) / 1000), rank: round((t2 - t1) / 1000), save: round((t3 - t2) / 1000), watchlistTwice: round((t4 - t3) / 1000) },
  };
} finally {
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}

// 2. The backtest's forecasts through the watchlist, without alerts or scorecards.
const backtest = JSON.parse(readFileSync('eval/forecast/results/backtest-1994-2012.json', 'utf8')) as {
  forecasts: { year: number; country: string; ccode: number; probability: number; baseline: number | null; onset: 0 | 1 | null }[];
};
const years = [...new Set(backtest.forecasts.map((f) => f.year))].sort();
function hits(which: 'probability' | 'baseline', through: 'forecast' | 'watchlist') {
  let inTop30 = 0;
  let onsets = 0;
  for (const y of years) {
    const scored = backtest.forecasts.filter((f) => f.year === y && f.onset !== null && f.baseline !== null);
    const ranked = [...scored].sort((a, b) => b[which]! - a[which]! || a.ccode - b.ccode);
    const key = (r: (typeof scored)[number]) => `${forecastCountryCode(r.country, r.ccode) ?? 'none'}-${r.ccode}`;
    const top =
      through === 'forecast'
        ? ranked.slice(0, 30).map(key)
        : rankWatchlist({ month: `${y}-01`, forecast: { runId: `backtest-${y}`, year: y, countries: ranked.length, topProbability: ranked[0]![which]!, rows: new Map(ranked.map((r, i) => [key(r), { rank: i + 1, probability: r[which]!, factors: [] }])) }, alerts: [], scorecards: null }, 'country')
            .slice(0, 30)
            .map((e) => e.country);
    const onset = new Set(scored.filter((r) => r.onset === 1).map(key));
    onsets += onset.size;
    inTop30 += top.filter((k) => onset.has(k)).length;
  }
  return { inTop30, onsets };
}
const keep = {
  years: `${years[0]}–${years[years.length - 1]}`,
  ours: { forecast: hits('probability', 'forecast'), watchlist: hits('probability', 'watchlist') },
  ewp: { forecast: hits('baseline', 'forecast'), watchlist: hits('baseline', 'watchlist') },
};
console.log(
  `\nOnsets in their year's top 30, ${keep.years}: our forecast ${keep.ours.forecast.inTop30} of ${keep.ours.forecast.onsets}, through the watchlist ${keep.ours.watchlist.inTop30}; ` +
    `EWP's ${keep.ewp.forecast.inTop30}, through the watchlist ${keep.ewp.watchlist.inTop30}.`,
);

mkdirSync('eval/watchlist/results', { recursive: true });
writeFileSync(
  'eval/watchlist/results/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`, loadavgBefore: loadBefore.map((l) => round(l)), loadavgAfter: loadavg().map((l) => round(l)), demo, keep }, null, 2)}\n`,
);

function round(v: number) {
  return Math.round(v * 100) / 100;
}
