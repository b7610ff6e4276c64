import { z } from 'zod';
import { problem } from '../fieldProblems.js';
import { DayText } from '../incidents/schema.js';
import { CountryCode } from '../taxonomies/codes.js';
import { crimeKinds, indicatorIndex, loadFramework } from './taxonomy.js';

export const assessmentStatuses = ['present', 'partly', 'absent', 'unknown'] as const;
export const AssessmentStatus = z.enum(assessmentStatuses);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

const IndicatorCode = z
  .string()
  .superRefine((code, ctx) => {
    if (!indicatorIndex(loadFramework()).has(code)) {
      ctx.addIssue({ code: 'custom', message: `'${code}' is not an indicator of the Framework (indicator-1-1 … indicator-14-N)`, params: problem('unknown-code', { vocabulary: 'framework-of-analysis', value: code }) });
    }
  })
  .meta({ description: 'An indicator code of GET /api/framework, e.g. indicator-10-2', example: 'indicator-10-2' });

export const CountryParams = z.object({ country: CountryCode });

export const AssessmentInput = z.object({
  indicator: IndicatorCode,
  status: AssessmentStatus,
  assessedOn: DayText.meta({ description: 'The day the situation was assessed (YYYY-MM-DD); the newest assessed day is the current one' }),
  note: z.string().max(10_000).default(''),
  incidentIds: z.array(z.uuid()).max(500).default([]).meta({ description: 'Incidents that are evidence for this assessment; each must be one the caller may read' }),
});
export type AssessmentInput = z.output<typeof AssessmentInput>;

export const ConfirmInput = z.object({
  assessedOn: DayText,
  status: AssessmentStatus.optional().meta({ description: "Default: the suggestion's status" }),
  note: z.string().max(10_000).default(''),
});
export type ConfirmInput = z.output<typeof ConfirmInput>;

export const Assessment = z.object({
  id: z.uuid(),
  country: z.string(),
  indicator: z.string(),
  status: AssessmentStatus,
  assessedOn: z.string(),
  note: z.string(),
  incidentIds: z.array(z.uuid()).meta({ description: 'The evidence the caller may read (others are left out)' }),
  suggestion: z.object({ id: z.string(), reason: z.string() }).nullable(),
  assessedBy: z.string(),
  recordedAt: z.string(),
});
export type Assessment = z.infer<typeof Assessment>;

const Counts = z.object({ present: z.number().int(), partly: z.number().int(), absent: z.number().int(), unknown: z.number().int() });

export const ScorecardQuery = z.object({
  since: DayText.optional().meta({ description: 'Compare with the scorecard as it stood on this day' }),
});

export const Scorecard = z.object({
  country: z.string(),
  frameworkVersion: z.number().int(),
  since: z.string().nullable(),
  factors: z.array(
    z.object({
      code: z.string(),
      number: z.number().int(),
      name: z.string(),
      crimes: z.enum(crimeKinds),
      status: AssessmentStatus.meta({ description: 'present if any indicator is, else partly if any is, absent if every indicator is assessed absent, else unknown' }),
      counts: Counts.meta({ description: 'Indicators by current status; an indicator never assessed counts as unknown' }),
      assessed: z.number().int(),
      changedSince: z.number().int().nullable(),
      indicators: z.array(
        z.object({
          code: z.string(),
          number: z.string(),
          text: z.string(),
          status: AssessmentStatus,
          current: Assessment.nullable(),
          statusSince: AssessmentStatus.nullable().meta({ description: 'Its status on the `since` day (unknown if not assessed by then); null without `since`' }),
        }),
      ),
    }),
  ),
  changes: z.array(z.object({ indicator: z.string(), from: AssessmentStatus, to: AssessmentStatus, assessedOn: z.string() })).meta({ description: 'Indicators whose status differs from the `since` day; empty without `since`' }),
});
export type Scorecard = z.infer<typeof Scorecard>;

export const SuggestionOut = z.object({
  id: z.string(),
  indicator: z.string(),
  factor: z.number().int(),
  status: z.enum(['present', 'partly']),
  groupId: z.uuid().nullable(),
  reason: z.string(),
  figures: z.record(z.string(), z.number()),
  incidentIds: z.array(z.uuid()),
  currentStatus: AssessmentStatus.meta({ description: "The indicator's status now (unknown if never assessed): a suggestion the scorecard already holds can be passed over" }),
});
export type SuggestionOut = z.infer<typeof SuggestionOut>;
