import { type BoostedTrees, type BoostedTreesOptions, boostedLogOdds, boostedLogOddsByTrees, fitBoostedTrees } from './boostedTrees.js';
import { type Calibrator, calibrate, fitCalibrator, identityCalibrator } from './calibration.js';
import { type Standardiser, fitStandardiser, logLoss, sigmoid, standardise } from './design.js';
import { type ElasticNetFit, type ElasticNetOptions, elasticNetLogOdds, fitElasticNetPath, lambdaPath } from './elasticNet.js';
import { type CountryYear, type Outcome, featureColumns } from './predictors.js';
import { type RandomForest, type RandomForestOptions, fitRandomForest, predictRandomForest } from './randomForest.js';

/**
 * The forecast model: the average of three learners' probabilities — an elastic-net logistic
 * regression (the Early Warning Project's own model), gradient-boosted trees and a random
 * forest. The first two have one hyperparameter each (the penalty; the number of trees),
 * chosen by time-series cross-validation on the training rows alone, so nothing about the
 * years being forecast can steer it; the forest keeps textbook defaults. Averaging
 * probabilities keeps them probabilities (for the Brier score) while ranking much as a rank
 * average would. Which learners and how they are averaged was decided on a development period
 * before the test years (eval/forecast/develop.ts): the three together did better there than
 * each alone and than the elastic net with boosted trees (other pairs were not tried).
 *
 * The average can then be calibrated (./calibration.ts; `calibration`, off by default): a Platt
 * map fitted on the out-of-fold forecasts of the same tuning blocks — each block forecast by the
 * three learners fitted on the rows before it, with the penalty and tree count chosen — so the
 * calibration too sees only the training window. The map is strictly increasing: a year's
 * ranking is unchanged.
 */
export interface ModelOptions {
  outcome: Outcome;
  /** Validation blocks for tuning: the latest `blocks` × `blockYears` row-years of the window. */
  blocks: number;
  blockYears: number;
  elasticNet: ElasticNetOptions;
  trees: BoostedTreesOptions;
  forest: RandomForestOptions;
  /** Weights of the learners in the average of probabilities. Trees of weight 0 are not fitted; the elastic net always is (it explains the forecasts). */
  weights: Weights;
  /** How the average is calibrated on the tuning blocks' out-of-fold forecasts: Platt scaling, a shift of the log-odds only, or not at all (the default: see below). */
  calibration: CalibrationMethod;
}

export const calibrationMethods = ['none', 'platt', 'shift'] as const;
export type CalibrationMethod = (typeof calibrationMethods)[number];

export interface Weights {
  elasticNet: number;
  boostedTrees: number;
  randomForest: number;
}

export const defaultModelOptions: ModelOptions = {
  outcome: 'mk_onset_1',
  blocks: 3,
  blockYears: 3,
  elasticNet: { alpha: 0.5, lambdas: 20, minRatio: 1e-2 },
  trees: { trees: 150, depth: 3, learningRate: 0.1 },
  forest: { trees: 200, minNodeSize: 10 },
  weights: { elasticNet: 1, boostedTrees: 1, randomForest: 1 },
  // Off by default: on the development years (1980–1993) both maps lowered the pooled AUC
  // (0.728 → 0.720 Platt, 0.718 shift) and did not lower the Brier score (0.01999 → 0.02002,
  // 0.02008), though they brought the sum of the forecasts near the onsets (33.6 → 37.6, 38.2,
  // against 39). A map fitted per forecast year keeps each year's ranking but moves years
  // against each other, which the pooled AUC counts. README "Country risk forecast" has 1994–2012.
  calibration: 'none',
};

export interface Tuning {
  lambda: number;
  trees: number;
  /** Row-years validated on, and the onsets among them. */
  validationYears: number[];
  validationOnsets: number;
}

export interface ForecastModel {
  standardiser: Standardiser;
  linear: ElasticNetFit;
  boosted: BoostedTrees | null;
  treeCount: number;
  forest: RandomForest | null;
  weights: Weights;
  tuning: Tuning;
  /** The calibration map, fitted on the validation blocks' out-of-fold forecasts. */
  calibrator: Calibrator;
  trainedRows: number;
  lastTrainedYear: number;
}

/** One contribution to a forecast's linear part: standardised coefficient × standardised value. */
export interface Factor {
  column: string;
  contribution: number;
  value: number | null;
}

/**
 * Fits the model on rows the protocol allows (./protocol.ts `trainingRows`); `labels` are
 * their outcomes. Tuning folds are cut from these rows only.
 */
export function fitForecastModel(rows: readonly CountryYear[], labels: Uint8Array, options: ModelOptions = defaultModelOptions): ForecastModel {
  if (!rows.length || !labels.some((l) => l === 1) || !labels.some((l) => l === 0)) {
    throw new Error('the training window needs rows with and without an onset');
  }
  const { calibrator, ...tuning } = tune(rows, labels, options);
  const standardiser = fitStandardiser(rows.map((r) => r.features));
  const x = standardise(standardiser, rows.map((r) => r.features));
  const path = fitElasticNetPath(x, labels, { ...options.elasticNet, lambdaSequence: lambdaPath(x, labels, options.elasticNet).filter((l) => l >= tuning.lambda * (1 - 1e-9)) });
  const boosted = options.weights.boostedTrees ? fitBoostedTrees(x, labels, { ...options.trees, trees: tuning.trees }) : null;
  const forest = options.weights.randomForest ? fitRandomForest(x, labels, options.forest) : null;
  return {
    standardiser,
    linear: path.fits[path.fits.length - 1]!,
    boosted,
    treeCount: tuning.trees,
    forest,
    weights: options.weights,
    tuning,
    calibrator,
    trainedRows: rows.length,
    lastTrainedYear: Math.max(...rows.map((r) => r.year)),
  };
}

/** Calibrated probability of an onset for each row (the next year's, for outcome mk_onset_1). */
export function predictForecast(model: ForecastModel, rows: readonly CountryYear[]): Float64Array {
  return predictUncalibrated(model, rows).map((p) => calibrate(model.calibrator, p));
}

/** The learners' weighted average of probabilities, before calibration. */
export function predictUncalibrated(model: ForecastModel, rows: readonly CountryYear[]): Float64Array {
  const x = standardise(model.standardiser, rows.map((r) => r.features));
  return average(model.weights, elasticNetLogOdds(model.linear, x), model.boosted ? boostedLogOdds(model.boosted, x, model.treeCount) : null, model.forest ? predictRandomForest(model.forest, x) : null);
}

function average(w: Weights, linearLogOdds: Float64Array, boostedLogOdds: Float64Array | null, forest: Float64Array | null): Float64Array {
  const total = w.elasticNet + w.boostedTrees + w.randomForest;
  const out = linearLogOdds.map((l) => (w.elasticNet / total) * sigmoid(l));
  if (boostedLogOdds) boostedLogOdds.forEach((l, i) => (out[i]! += (w.boostedTrees / total) * sigmoid(l)));
  if (forest) forest.forEach((p, i) => (out[i]! += (w.randomForest / total) * p));
  return out;
}

/** The largest contributions, up or down, to a row's linear part: what drives its forecast. */
export function topFactors(model: ForecastModel, row: CountryYear, count = 3): Factor[] {
  const x = standardise(model.standardiser, [row.features]);
  return featureColumns
    .map((column, j) => ({ column, contribution: model.linear.coefficients[j]! * x.columns[j]![0]!, value: Number.isNaN(row.features[j]!) ? null : row.features[j]! }))
    .filter((f) => f.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, count);
}

/**
 * Chooses the penalty and the number of trees by forecasting, inside the window, each of the
 * last few blocks of row-years from the rows before it (with the same gap the outer protocol
 * leaves: a block starting at row-year a trains on rows up to a−1, or a−2 for mk_onset_1or2),
 * pooling the validation log-loss over blocks. Log-loss rather than AUC: with one or two
 * onsets a year, it uses every row's forecast and moves less from fold to fold. The same
 * blocks, forecast by the ensemble with the chosen penalty and tree count, then fit the
 * calibration map: out-of-fold forecasts of years inside the window only.
 */
function tune(rows: readonly CountryYear[], labels: Uint8Array, options: ModelOptions): Tuning & { calibrator: Calibrator } {
  const gap = options.outcome === 'mk_onset_1' ? 1 : 2;
  const last = Math.max(...rows.map((r) => r.year));
  const standardiserAll = fitStandardiser(rows.map((r) => r.features));
  const lambdas = lambdaPath(standardise(standardiserAll, rows.map((r) => r.features)), labels, options.elasticNet);
  const maxTrees = options.trees.trees ?? 150;
  const linearLoss = new Float64Array(lambdas.length);
  const treeLoss = new Float64Array(maxTrees);
  const validationYears: number[] = [];
  let validationOnsets = 0;
  let validated = 0;
  const calibrating = options.calibration !== 'none';
  const folds: { xTest: ReturnType<typeof standardise>; testLabels: Uint8Array; linear: ElasticNetFit[]; boosted: BoostedTrees | null; forest: Float64Array | null }[] = [];
  for (let b = 0; b < options.blocks; b++) {
    const from = last - (b + 1) * options.blockYears + 1;
    const to = from + options.blockYears - 1;
    const trainIndex: number[] = [];
    const testIndex: number[] = [];
    rows.forEach((r, i) => {
      if (r.year <= from - gap) trainIndex.push(i);
      else if (r.year >= from && r.year <= to) testIndex.push(i);
    });
    const trainLabels = Uint8Array.from(trainIndex, (i) => labels[i]!);
    const testLabels = Uint8Array.from(testIndex, (i) => labels[i]!);
    if (!testIndex.length || !trainLabels.some((l) => l === 1) || !trainLabels.some((l) => l === 0)) continue;
    const standardiser = fitStandardiser(trainIndex.map((i) => rows[i]!.features));
    const xTrain = standardise(standardiser, trainIndex.map((i) => rows[i]!.features));
    const xTest = standardise(standardiser, testIndex.map((i) => rows[i]!.features));
    const path = fitElasticNetPath(xTrain, trainLabels, { ...options.elasticNet, lambdaSequence: lambdas });
    path.fits.forEach((fit, k) => (linearLoss[k]! += logLoss(elasticNetLogOdds(fit, xTest).map(sigmoid), testLabels) * testIndex.length));
    let boosted: BoostedTrees | null = null;
    if (options.weights.boostedTrees) {
      boosted = fitBoostedTrees(xTrain, trainLabels, { ...options.trees, trees: maxTrees });
      boostedLogOddsByTrees(boosted, xTest, (m, logOdds) => (treeLoss[m - 1]! += logLoss(logOdds.map(sigmoid), testLabels) * testIndex.length));
    }
    if (calibrating) {
      const forest = options.weights.randomForest ? predictRandomForest(fitRandomForest(xTrain, trainLabels, options.forest), xTest) : null;
      folds.push({ xTest, testLabels, linear: path.fits, boosted, forest });
    }
    for (let y = from; y <= to; y++) validationYears.push(y);
    validationOnsets += testLabels.reduce((s, l) => s + l, 0);
    validated++;
  }
  if (!validated) {
    // Too few years to validate on (a small sample): a middle penalty and a third of the trees.
    return { lambda: lambdas[Math.floor(lambdas.length / 2)]!, trees: Math.ceil(maxTrees / 3), validationYears, validationOnsets, calibrator: identityCalibrator };
  }
  const bestLambda = argMin(linearLoss);
  const bestTrees = argMin(treeLoss) + 1;
  let calibrator = identityCalibrator;
  if (calibrating) {
    const forecasts: number[] = [];
    const outcomes: number[] = [];
    for (const fold of folds) {
      const p = average(options.weights, elasticNetLogOdds(fold.linear[bestLambda]!, fold.xTest), fold.boosted ? boostedLogOdds(fold.boosted, fold.xTest, bestTrees) : null, fold.forest);
      p.forEach((v, i) => {
        forecasts.push(v);
        outcomes.push(fold.testLabels[i]!);
      });
    }
    calibrator = fitCalibrator(forecasts, outcomes, options.calibration === 'shift' ? 'shift' : 'platt');
  }
  return { lambda: lambdas[bestLambda]!, trees: bestTrees, validationYears: validationYears.sort((a, b) => a - b), validationOnsets, calibrator };
}

function argMin(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! < values[best]!) best = i;
  return best;
}
