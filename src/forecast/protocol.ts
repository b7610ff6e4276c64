import { type CountryYear, type Outcome, outcomeOf } from './predictors.js';

/**
 * The Early Warning Project's forecasting protocol, in one place so a test can hold it:
 * the forecast for year Y is made at the end of year Y−1 from the predictors of each
 * country's row for Y−1, and scored on whether a mass killing began in Y.
 *
 * A row may be trained on only if its outcome was fully observed by the end of Y−1: the
 * outcome `mk_onset_1` of row t is known at the end of t+1, so rows up to Y−2; `mk_onset_1or2`
 * at the end of t+2, so rows up to Y−3. A row whose outcome is NA is never trained on.
 */
export function lastTrainingYear(forecastYear: number, outcome: Outcome): number {
  return forecastYear - (outcome === 'mk_onset_1' ? 2 : 3);
}

/** The rows that may be trained on for a forecast of `forecastYear`, with their outcome. */
export function trainingRows(rows: readonly CountryYear[], forecastYear: number, outcome: Outcome): { rows: CountryYear[]; labels: Uint8Array } {
  const last = lastTrainingYear(forecastYear, outcome);
  const kept = rows.filter((r) => r.year <= last && outcomeOf(r, outcome) !== null);
  return { rows: kept, labels: Uint8Array.from(kept, (r) => outcomeOf(r, outcome)!) };
}

export interface ForecastTarget {
  /** The row of year Y−1 whose predictors make the forecast. */
  row: CountryYear;
  /** Onset in year Y: `mk_onset` of the country's row for Y, else `mk_onset_1` of the row for Y−1; null when neither says. */
  onset: 0 | 1 | null;
}

/** Each country with a row for Y−1: what is forecast for year Y, and what happened. */
export function forecastTargets(rows: readonly CountryYear[], forecastYear: number): ForecastTarget[] {
  const thisYear = new Map(rows.filter((r) => r.year === forecastYear).map((r) => [r.ccode, r]));
  return rows
    .filter((r) => r.year === forecastYear - 1)
    .map((row) => ({ row, onset: thisYear.get(row.ccode)?.mkOnset ?? row.mkOnset1 }));
}
