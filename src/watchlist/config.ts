import { z } from 'zod';

/**
 * How the watchlist combines its three signals into one score, in one place, with why. A
 * country's score is the sum of three parts, each in "points":
 *
 *   forecast   points × (its probability ÷ the run's highest probability)
 *   alerts     Σ over its active alerts of severity points × status factor × ½^(age ÷ half-life)
 *   scorecard  Σ over Framework factors present (partly: × partlyFactor) of the factor's points,
 *              plus worsenedPoints per indicator that got worse in the change window
 *
 * and a region's score is the alerts part of the alerts in that region (the forecast and the
 * scorecard are of countries; a region's country's score breaks ties between regions).
 *
 * These weights are a judgement, not fitted: there is no history that joins this app's alerts and
 * scorecards to later onsets to fit them on. What they are built to keep is checked by tests:
 * with no alerts and no scorecards the watchlist is the forecast's ranking exactly (so it keeps its
 * hits, src/watchlist/rank.test.ts and eval/watchlist), and every part is shown apart with its
 * reason, so a reader can weigh the signals differently.
 */
const points = (fallback: number) => z.number().min(0).max(100).default(fallback);

export const watchlistConfigSchema = z
  .object({
    forecast: z
      .object({
        /**
         * Points of the country ranked first. Others get them in proportion to their probability,
         * not their rank: risks fall steeply down a ranking (EWP's 2013 top is several times its
         * 30th), and a rank scale would give the 80th country half the points of the first.
         */
        points: points(10),
      })
      .prefault({}),
    alerts: z
      .object({
        /** Alerts about months older than this (before the month of the watchlist) are history, not signal. */
        windowMonths: z.number().int().min(1).max(120).default(24),
        /**
         * An alert's weight halves every this many months: this month's killings weigh more than
         * last year's. Twelve, the forecast's own horizon (an onset in the next year): evidence of
         * an escalation keeps half its weight over the span the forecast speaks for. (Six, tried
         * first, let a killing campaign recorded five months ago fall behind the forecast's first
         * country on the demo — a campaign under way is what the forecast tries to foresee.)
         */
        halfLifeMonths: z.number().min(0.5).max(60).default(12),
        /**
         * A high alert (killings, a climb to violence) this month is worth 3 points — as much as
         * a forecast at 30% of the top country's risk: recorded violence against a group is direct
         * evidence, the forecast a base rate. Two high alerts put a country the forecast does not
         * rank (the demo's Veridia) above most of the forecast's top 10 but not its first.
         */
        severityPoints: z.object({ high: points(3), medium: points(2), low: points(1) }).prefault({}),
        /** An analyst who escalated an alert confirmed it: it weighs this much more. Acknowledged and new weigh the same. */
        escalatedFactor: z.number().min(1).max(10).default(1.5),
      })
      .prefault({}),
    scorecard: z
      .object({
        /**
         * Points of a Framework risk factor assessed present. Factors 9–14 relate to specific
         * crimes (9–10 genocide, 11–12 crimes against humanity, 13–14 war crimes) and weigh three
         * times the common factors 1–8, which are present in many countries that never see an atrocity.
         * All fourteen present: 8 × 0.5 + 6 × 1.5 = 13 points, a little above the forecast's first.
         */
        commonFactorPoints: points(0.5),
        specificFactorPoints: points(1.5),
        /** A factor assessed only "partly" counts for this share of its points. */
        partlyFactor: z.number().min(0).max(1).default(0.5),
        /** Each indicator that got worse (absent/unknown → partly → present) within the change window. */
        worsenedPoints: points(0.5),
        changeWindowDays: z.number().int().min(1).max(3650).default(365),
      })
      .prefault({}),
  })
  .prefault({});

export type WatchlistConfig = z.output<typeof watchlistConfigSchema>;

export const defaultWatchlistConfig: WatchlistConfig = watchlistConfigSchema.parse({});

/** Alert statuses that count: open ones. Dismissed and withdrawn alerts never do. */
export const activeAlertStatuses = ['new', 'acknowledged', 'escalated'] as const;
