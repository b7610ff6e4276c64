import { z } from 'zod';
import { outcomeColumns } from './predictors.js';

/** The stored forecasts' shapes at the API's edge, checked by zod. */

const Factor = z.object({ column: z.string().min(1).max(100), contribution: z.number(), value: z.number().nullable() });

const RankedCountry = z.object({
  rank: z.number().int().min(1),
  country: z.string().trim().min(1).max(200).meta({ description: "The predictors' country name (ewp_name)" }),
  ccode: z.number().int(),
  probability: z.number().min(0).max(1),
  factors: z.array(Factor).max(50),
});

const Tuning = z.object({ lambda: z.number(), trees: z.number().int(), validationYears: z.array(z.number().int()), validationOnsets: z.number().int() });

/**
 * A ranking to keep: what `precursor forecast rank --json` prints, with the outcome it was
 * trained on and the predictors file named. Ranks must run 1, 2, 3 … by falling probability.
 */
export const ForecastRunInput = z
  .object({
    year: z.number().int().min(1800).max(2200),
    predictorsYear: z.number().int().min(1800).max(2200),
    lastTrainedYear: z.number().int().min(1800).max(2200),
    trainedRows: z.number().int().min(1),
    tuning: Tuning,
    outcome: z.enum(outcomeColumns).default('mk_onset_1'),
    source: z.string().trim().min(1).max(500).meta({ description: 'The predictors file, for the record' }),
    countries: z.array(RankedCountry).min(1).max(1000),
  })
  .superRefine((run, ctx) => {
    run.countries.forEach((c, i) => {
      if (c.rank !== i + 1) ctx.addIssue({ code: 'custom', path: ['countries', i, 'rank'], message: `rank ${c.rank} at position ${i + 1}: ranks must run 1, 2, 3 … in order` });
      const before = run.countries[i - 1];
      if (before && c.probability > before.probability) ctx.addIssue({ code: 'custom', path: ['countries', i, 'probability'], message: `higher than rank ${before.rank}'s: a ranking falls` });
    });
    if (run.predictorsYear !== run.year - 1) ctx.addIssue({ code: 'custom', path: ['predictorsYear'], message: 'the predictors of the year before the year forecast' });
  });
export type ForecastRunInput = z.output<typeof ForecastRunInput>;

export const ForecastRunSchema = z.object({
  id: z.uuid(),
  year: z.number().int().meta({ description: 'The year forecast' }),
  predictorsYear: z.number().int(),
  outcome: z.string(),
  lastTrainedYear: z.number().int(),
  trainedRows: z.number().int(),
  tuning: Tuning,
  source: z.string(),
  countries: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const ForecastRowSchema = z.object({
  rank: z.number().int(),
  country: z.string().nullable().meta({ description: 'ISO 3166-1 alpha-3; null for a state without a code today' }),
  ewpName: z.string(),
  ccode: z.number().int(),
  probability: z.number(),
  factors: z.array(Factor),
});

export const ForecastRunWithRows = ForecastRunSchema.extend({ rows: z.array(ForecastRowSchema) });
export const ForecastRunList = z.object({ items: z.array(ForecastRunSchema) });
export const ForecastRunParams = z.object({ id: z.uuid() });
export const ForecastRunListQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
