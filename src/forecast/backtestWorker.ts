import { parentPort, workerData } from 'node:worker_threads';
import { forecastYear } from './backtest.js';
import type { ModelOptions } from './model.js';
import type { CountryYear } from './predictors.js';

/** One thread of ./parallel.ts: forecasts its share of the years and posts each year's probabilities. */
const { rows, years, model } = workerData as { rows: CountryYear[]; years: number[]; model: ModelOptions };
for (const year of years) {
  const probabilities = forecastYear(rows, year, model);
  parentPort!.postMessage({ year, probabilities });
}
