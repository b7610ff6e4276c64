import type { Command } from 'commander';

/**
 * `precursor forecast backtest|rank`: names, options and help only; the work is in
 * ./commands.ts, imported when a command runs (src/cli/main.ts says why).
 */

const commands = () => import('./commands.js');

export function registerForecastCommands(program: Command) {
  const forecast = program
    .command('forecast')
    .description('Country risk of a mass-killing onset next year, on the Early Warning Project\'s country-year predictors');
  forecast
    .command('backtest')
    .description('Forecast each year from Y1 to Y2 with a model trained only on what was known the year before, and score it')
    .requiredOption('--predictors <file>', 'country-year predictors CSV (the layout of prepared-predictors-1960-2012.csv; more years are fine)')
    .requiredOption('--from <year>', 'first year forecast')
    .requiredOption('--to <year>', 'last year forecast')
    .option('--baseline <file>', 'EWP fully-out-of-sample forecasts CSV (year, ccode, risk_prev) to score on the same country-years')
    .option('--outcome <outcome>', 'train on mk_onset_1 (onset next year; rows up to Y−2) or mk_onset_1or2 (rows up to Y−3)', 'mk_onset_1')
    .option('--calibration <method>', 'calibrate the forecasts on out-of-fold forecasts of the training window\'s last years: none (default), platt or shift', 'none')
    .option('--threads <n>', 'worker threads sharing the years (default: 2, or 1 on one core); the figures do not depend on it')
    .option('--json', 'machine-readable output')
    .action(async (o: { predictors: string; from: string; to: string; baseline?: string; outcome: string; calibration: string; threads?: string; json?: boolean }) => (await commands()).backtestCommand(o));
  forecast
    .command('rank')
    .description('Rank countries by the forecast risk of an onset in year Y (from their predictors of Y−1), with the factors behind each')
    .requiredOption('--predictors <file>', 'country-year predictors CSV')
    .requiredOption('--year <year>', 'the year forecast')
    .option('--outcome <outcome>', 'mk_onset_1 or mk_onset_1or2', 'mk_onset_1')
    .option('--calibration <method>', 'calibrate the forecasts on out-of-fold forecasts of the training window\'s last years: none (default), platt or shift', 'none')
    .option('--limit <n>', 'how many countries to print (default: all)')
    .option('--save', 'keep the whole ranking in the database as a forecast run (the watchlist reads the newest)')
    .option('--json', 'machine-readable output')
    .action(async (o: { predictors: string; year: string; outcome: string; calibration: string; limit?: string; json?: boolean; save?: boolean }) => (await commands()).rankCommand(o));
}
