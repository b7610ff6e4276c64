import { type ReliabilityBin, reliability } from './calibration.js';
import { auc, brier, onsetsInTop } from './metrics.js';
import { type ModelOptions, defaultModelOptions, fitForecastModel, predictForecast } from './model.js';
import type { CountryYear } from './predictors.js';
import { forecastTargets, trainingRows } from './protocol.js';
import type { BaselineForecasts } from './baseline.js';

/** What a learner is to the backtest: fitted on the rows the protocol allows, then asked for probabilities. */
export type Learner = (rows: CountryYear[], labels: Uint8Array, options: ModelOptions) => (rows: CountryYear[]) => Float64Array;

const ensemble: Learner = (rows, labels, options) => {
  const model = fitForecastModel(rows, labels, options);
  return (targets) => predictForecast(model, targets);
};

export interface Figures {
  /** Pooled over all the country-years scored (null without an onset among them). */
  auc: number | null;
  /** Onsets among the 30 (10) highest forecasts of their year, summed over years. */
  top30: number;
  top10: number;
  onsets: number;
  brier: number;
  /** The sum of the forecasts: the number of onsets they expect, to set beside `onsets`. */
  expected: number;
  countryYears: number;
}

/** Pooled figures, with the reliability table (deciles of the forecasts: mean forecast beside the observed rate). */
export interface PooledFigures extends Figures {
  years: YearFigures[];
  reliability: ReliabilityBin[];
}

export interface YearFigures extends Figures {
  year: number;
}

export interface Forecast {
  year: number;
  country: string;
  ccode: number;
  probability: number;
  onset: 0 | 1;
  baseline?: number;
}

export interface BacktestResult extends PooledFigures {
  baseline?: PooledFigures;
  /** Country-years left out of the comparison: without an EWP forecast, or without ours (no row for the year before). */
  leftOut?: { withoutBaseline: number; withoutForecast: number };
  /** Forecasts whose onset is not (yet) known: made, not scored. */
  unscored: number;
  forecasts: Forecast[];
}

export interface BacktestOptions {
  from: number;
  to: number;
  model?: ModelOptions;
  baseline?: BaselineForecasts;
  learner?: Learner;
  /** Probabilities already computed for some years (by ./parallel.ts), in the order forecastYear gives them. */
  precomputed?: ReadonlyMap<number, Float64Array>;
  /** Called after each year, for progress. */
  onYear?: (year: number) => void;
}

/**
 * Rolling-origin backtest: for each year Y from `from` to `to`, a model fitted on the rows the
 * protocol allows for Y (./protocol.ts) forecasts every country from its row for Y−1, scored
 * on the onsets of Y. With a baseline, both sides are scored on the country-years that have
 * a forecast from each, and what was left out is counted.
 */
export function runBacktest(rows: readonly CountryYear[], options: BacktestOptions): BacktestResult {
  const modelOptions = options.model ?? defaultModelOptions;
  const learner = options.learner ?? ensemble;
  const forecasts: Forecast[] = [];
  let unscored = 0;
  let withoutBaseline = 0;
  let withoutForecast = 0;
  for (let year = options.from; year <= options.to; year++) {
    const targets = forecastTargets(rows, year);
    const scored = targets.filter((t) => t.onset !== null);
    unscored += targets.length - scored.length;
    if (options.baseline) {
      const ours = new Set(targets.map((t) => t.row.ccode));
      for (const [key] of options.baseline) {
        const [ccode, y] = key.split(':').map(Number);
        if (y === year && !ours.has(ccode!)) withoutForecast++;
      }
    }
    if (!scored.length) continue;
    const probabilities = options.precomputed?.get(year) ?? forecastYear(rows, year, modelOptions, learner);
    scored.forEach((t, i) => {
      const baseline = options.baseline?.get(`${t.row.ccode}:${year}`);
      if (options.baseline && baseline === undefined) {
        withoutBaseline++;
        return;
      }
      forecasts.push({ year, country: t.row.country, ccode: t.row.ccode, probability: probabilities[i]!, onset: t.onset!, ...(baseline === undefined ? {} : { baseline }) });
    });
    options.onYear?.(year);
  }
  const ours = figuresOf(forecasts, (f) => f.probability, options.from, options.to);
  return {
    ...ours,
    ...(options.baseline ? { baseline: figuresOf(forecasts, (f) => f.baseline!, options.from, options.to), leftOut: { withoutBaseline, withoutForecast } } : {}),
    unscored,
    forecasts,
  };
}

/**
 * The forecasts for year Y of the countries whose onset in Y is known (forecastTargets order),
 * from a learner fitted on the rows the protocol allows for Y.
 */
export function forecastYear(rows: readonly CountryYear[], year: number, modelOptions: ModelOptions = defaultModelOptions, learner: Learner = ensemble): Float64Array {
  const scored = forecastTargets(rows, year).filter((t) => t.onset !== null);
  if (!scored.length) return new Float64Array(0);
  const training = trainingRows(rows, year, modelOptions.outcome);
  return learner(training.rows, training.labels, modelOptions)(scored.map((t) => t.row));
}

function figuresOf(forecasts: Forecast[], score: (f: Forecast) => number, from: number, to: number): PooledFigures {
  const years: YearFigures[] = [];
  for (let year = from; year <= to; year++) {
    const these = forecasts.filter((f) => f.year === year);
    if (these.length) years.push({ year, ...figures(these, score) });
  }
  const pooled = figures(forecasts, score);
  // Top-k counts are per year (a year's ranking), then summed; pooled AUC and Brier are over all country-years.
  return { ...pooled, top30: sum(years, 'top30'), top10: sum(years, 'top10'), years, reliability: reliability(forecasts.map(score), forecasts.map((f) => f.onset)) };
}

function figures(forecasts: Forecast[], score: (f: Forecast) => number): Figures {
  const p = forecasts.map(score);
  const y = forecasts.map((f) => f.onset);
  return {
    auc: auc(p, y),
    top30: onsetsInTop(p, y, 30),
    top10: onsetsInTop(p, y, 10),
    onsets: y.reduce<number>((s, v) => s + v, 0),
    brier: brier(p, y),
    expected: p.reduce((s, v) => s + v, 0),
    countryYears: forecasts.length,
  };
}

const sum = (years: YearFigures[], key: 'top30' | 'top10') => years.reduce((s, y) => s + y[key], 0);
