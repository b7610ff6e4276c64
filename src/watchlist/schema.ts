import { z } from 'zod';
import { alertRules, alertSeverities } from '../warning/types.js';

/** The watchlist's shapes at the edges (API and CLI), checked by zod. */

export const WatchlistQuery = z.object({
  level: z.enum(['country', 'region']).default('country').meta({ description: 'Countries (forecast, scorecard and alerts), or regions (their alerts, their country as context)' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const Figures = z.object({
  forecast: z
    .object({ year: z.number().int(), of: z.number().int(), rank: z.number().int().nullable(), probability: z.number().nullable() })
    .nullable()
    .meta({ description: 'The run in force and the country\'s row in it (rank null: not in the run); null when no run is saved' }),
  alerts: z.object({
    active: z.number().int(),
    high: z.number().int(),
    medium: z.number().int(),
    low: z.number().int(),
    escalated: z.number().int(),
    windowMonths: z.number().int(),
    since: z.string(),
    newest: z.object({ id: z.uuid(), rule: z.enum(alertRules), severity: z.enum(alertSeverities), month: z.string(), admin1: z.string().nullable(), groupName: z.string().nullable() }).nullable(),
  }),
  scorecard: z
    .object({ present: z.array(z.number().int()), partly: z.array(z.number().int()), worsened: z.array(z.number().int()), since: z.string(), assessed: z.boolean() })
    .nullable()
    .meta({ description: 'Framework factors present, partly, and worse since `since`; null for a caller without framework.read' }),
});

export const WatchlistEntrySchema = z.object({
  position: z.number().int(),
  level: z.enum(['country', 'region']),
  country: z.string(),
  admin1: z.string().nullable(),
  score: z.number(),
  parts: z.object({ forecast: z.number(), alerts: z.number(), scorecard: z.number() }).meta({ description: 'The score\'s parts (src/watchlist/config.ts says how each is made)' }),
  reason: z.string().meta({ description: 'The position\'s reason in English with its numbers; `figures` holds them for other languages' }),
  figures: Figures,
  links: z
    .object({
      forecast: z.object({ runId: z.uuid(), rank: z.number().int() }).nullable(),
      alertIds: z.array(z.uuid()),
      assessmentIds: z.array(z.uuid()),
    })
    .meta({ description: 'What produced each figure: the forecast run and row, the alerts counted, the Framework assessments' }),
});

export const WatchlistSchema = z.object({
  month: z.string(),
  level: z.enum(['country', 'region']),
  forecastRun: z.object({ id: z.uuid(), year: z.number().int(), countries: z.number().int(), createdAt: z.string() }).nullable(),
  scorecards: z.boolean().meta({ description: 'Whether scorecards count for this caller (framework.read)' }),
  total: z.number().int(),
  items: z.array(WatchlistEntrySchema),
});
