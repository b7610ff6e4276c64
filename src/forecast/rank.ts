import type { Calibrator } from './calibration.js';
import { type Factor, type ModelOptions, type Tuning, defaultModelOptions, fitForecastModel, predictForecast, topFactors } from './model.js';
import type { CountryYear } from './predictors.js';
import { forecastTargets, lastTrainingYear, trainingRows } from './protocol.js';

export interface RankedCountry {
  rank: number;
  country: string;
  ccode: number;
  probability: number;
  /** The largest contributions to the linear part of the forecast (standardised coefficient × standardised value). */
  factors: Factor[];
}

export interface Ranking {
  year: number;
  /** Year of the predictors used (Y−1) and the last row-year trained on. */
  predictorsYear: number;
  lastTrainedYear: number;
  trainedRows: number;
  tuning: Tuning;
  /** The calibration map applied to the ensemble's average (./calibration.ts). */
  calibrator: Calibrator;
  countries: RankedCountry[];
}

/**
 * Forecasts year Y for every country with a row for Y−1, under the same protocol as the
 * backtest (so the ranking for a past year is the one the backtest scored), highest risk first.
 */
export function rankCountries(rows: readonly CountryYear[], year: number, options: ModelOptions = defaultModelOptions, factorCount = 3): Ranking {
  const targets = forecastTargets(rows, year);
  if (!targets.length) throw new RangeError(`no country has a row for ${year - 1}, the year whose predictors forecast ${year}`);
  const training = trainingRows(rows, year, options.outcome);
  if (!training.rows.length) throw new RangeError(`no row up to ${lastTrainingYear(year, options.outcome)} has an observed outcome to train on`);
  const model = fitForecastModel(training.rows, training.labels, options);
  const probabilities = predictForecast(model, targets.map((t) => t.row));
  const countries = targets
    .map((t, i) => ({ country: t.row.country, ccode: t.row.ccode, probability: probabilities[i]!, factors: topFactors(model, t.row, factorCount) }))
    .sort((a, b) => b.probability - a.probability || a.country.localeCompare(b.country))
    .map((c, i) => ({ rank: i + 1, ...c }));
  return { year, predictorsYear: year - 1, lastTrainedYear: model.lastTrainedYear, trainedRows: model.trainedRows, tuning: model.tuning, calibrator: model.calibrator, countries };
}
