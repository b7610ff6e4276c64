import { z } from 'zod';

/**
 * The early-warning detectors' parameters, in one place, with their defaults and why. Every
 * finding records the parameters that fired it. A partial object (a YAML or JSON file, an API
 * body) is checked here and completed with the defaults: `parseWarningConfig({ surge: { falseAlarmRate: 0.001 } })`.
 *
 * Windows are in months and always end before the month tested (or before the recent window
 * for the window tests), so a detector as of month t reads months ≤ t and nothing later.
 */
const months = (fallback: number) => z.number().int().min(1).max(120).default(fallback);
const probability = (fallback: number) => z.number().gt(0).lt(1).default(fallback);

export const warningConfigSchema = z
  .object({
    /**
     * No rule but severity runs before a series has this many months behind the month tested: a
     * baseline of a few months says little, and in the demo data six months raised "new"
     * perpetrators that were only not yet seen.
     */
    minHistoryMonths: months(12),
    /**
     * After a rule fires for a place-group, it stays quiet there for this many months unless the
     * severity rises: an ongoing escalation raises one alert and then a new one when it worsens,
     * not one every month while a baseline catches up.
     */
    refractoryMonths: z.number().int().min(0).max(24).default(3),
    surge: z
      .object({
        /**
         * The false-alarm rate the user accepts, per place-group, level and month tested: the
         * p-value under which a count is called a surge. Two windows are tested (the month alone
         * and the last `windowMonths`), so each is tested at half of it (Bonferroni).
         */
        falseAlarmRate: probability(0.002),
        baselineMonths: months(12),
        /** The recent window of the second test, which catches a rise spread over several months. */
        windowMonths: months(3),
        /** Fewer incidents than this in the window tested are never a surge, whatever the baseline. */
        minCount: z.number().int().min(1).default(3),
        /** Levels tested (1 biased attitudes … 5 genocide). */
        minLevel: z.number().int().min(1).max(5).default(2),
        /**
         * The gamma prior on a monthly rate (shape, rate): half an incident over half a month. It
         * keeps a baseline of zeros from calling one incident a surge (sparse data), and weighs
         * almost nothing once a baseline has a year of counts.
         */
        priorShape: z.number().positive().default(0.5),
        priorRate: z.number().positive().default(0.5),
        /**
         * Seasonality: with at least two years behind it, a month's expected count is scaled by
         * how that calendar month compared with the rest in earlier years, shrunk towards 1 by
         * this many pseudo-incidents (so a few incidents never make a season).
         */
        seasonality: z.boolean().default(true),
        seasonalShrink: z.number().min(0).default(10),
      })
      .prefault({}),
    climb: z
      .object({
        /** The window whose highest level a month is compared with. */
        baselineMonths: months(12),
        /** Climbs to a level below this are not reported (levels 1–2 are speech and bias). */
        minLevel: z.number().int().min(1).max(5).default(3),
        /** Incidents at the new level needed that month. One killing is enough to tell. */
        minCount: z.number().int().min(1).default(1),
      })
      .prefault({}),
    spread: z
      .object({
        /**
         * "New" is new in the whole history before the month, not only in a recent window: a
         * perpetrator kind or region that comes back after a quiet year is not news, and with a
         * window it was reported again every year (measured on the demo data).
         * Months below this level do not count as spread: speech reaching a new town is the surge
         * and speech-lead rules' business.
         */
        minLevel: z.number().int().min(1).max(5).default(3),
        /** The group must have been hit this often before, or everything is "new" (a group first recorded). */
        minBaselineIncidents: z.number().int().min(0).default(3),
        /** Actor kinds of the state: their arrival beside non-state perpetrators is the strongest spread. */
        stateKinds: z.array(z.string()).default(['state-force', 'state-official']),
      })
      .prefault({}),
    severity: z
      .object({
        /**
         * Victims in one place-month against one group at which a medium and a high alert are
         * raised. Any killing of people for who they are is reported; mass detention from ten.
         */
        thresholds: z
          .object({
            killed: z.tuple([z.number().int().min(1), z.number().int().min(1)]).default([1, 10]),
            detained: z.tuple([z.number().int().min(1), z.number().int().min(1)]).default([10, 50]),
            disappeared: z.tuple([z.number().int().min(1), z.number().int().min(1)]).default([3, 10]),
            displaced: z.tuple([z.number().int().min(1), z.number().int().min(1)]).default([100, 1000]),
          })
          .prefault({}),
      })
      .prefault({}),
    speechLead: z
      .object({
        /** Violation types that are speech against a group (level 2, and incitement to genocide). */
        speechTypes: z
          .array(z.string())
          .default(['hate-speech', 'dehumanising-speech', 'incitement-to-violence', 'incitement-to-discrimination', 'hate-propaganda', 'denial-or-justification-of-atrocities', 'incitement-to-genocide']),
        /** The types whose presence makes the rise serious: speech that denies humanity or calls to act. */
        gravestTypes: z.array(z.string()).default(['dehumanising-speech', 'incitement-to-violence', 'incitement-to-genocide']),
        falseAlarmRate: probability(0.002),
        baselineMonths: months(12),
        windowMonths: months(3),
        minCount: z.number().int().min(1).default(4),
      })
      .prefault({}),
  })
  .strict();

export type WarningConfig = z.infer<typeof warningConfigSchema>;

/** Checks a partial configuration and fills in the defaults; throws a ZodError naming the field. */
export function parseWarningConfig(input: unknown = {}): WarningConfig {
  return warningConfigSchema.parse(input ?? {});
}

export const defaultWarningConfig: WarningConfig = parseWarningConfig({});
