import { z } from 'zod';
import { sameMatterBars } from './mechanisms.js';
import { checkOutcomes, conditionNames, conditionStatuses, mechanismKinds, treatyBodies } from './types.js';

/** Response shapes of the mechanisms routes, so the OpenAPI document and the web client's types follow them. */

export const CitedRuleOut = z.object({
  text: z.string(),
  rule: z.string().meta({ description: 'Short form cited beside an answer, e.g. "OP1 art. 5(2)(a)"' }),
  source: z.string(),
  url: z.string().nullable().optional(),
  asOf: z.string().meta({ description: 'The day the rule was read in its source' }),
});

export const ConditionAnswerOut = z.object({
  condition: z.enum(conditionNames),
  status: z.enum(conditionStatuses),
  reason: z.string(),
  rule: z.string(),
});

export const DeadlineOut = z.object({
  what: z.string(),
  date: z.string(),
  rule: z.string(),
  conservative: z.boolean().optional().meta({ description: 'The earliest it could be: a date it runs from is known only to the month or year' }),
  note: z.string().optional(),
});

export const CheckResultOut = z
  .object({ mechanism: z.enum(treatyBodies), outcome: z.enum(checkOutcomes), conditions: z.array(ConditionAnswerOut), deadlines: z.array(DeadlineOut) })
  .meta({ id: 'CheckResult' });

const TreatyBodyOut = z.object({
  code: z.enum(treatyBodies),
  kind: z.literal('treaty-body'),
  name: z.string(),
  treaty: z.string(),
  instrument: z.string(),
  entryIntoForce: CitedRuleOut.extend({ months: z.number().int(), days: z.number().int() }),
  conditions: z.record(
    z.enum(conditionNames),
    CitedRuleOut.extend({
      commencedOnly: z.boolean().optional(),
      domesticDecisionsCount: z.boolean().optional(),
      bar: z.enum(sameMatterBars).optional(),
      months: z.number().int().nullable().optional(),
      excuse: z.string().nullable().optional(),
      unreasonableDelayMonths: z.number().int().nullable().optional(),
      delay: z.object({ monthsAfterExhaustion: z.number().int(), monthsAfterOtherProcedure: z.number().int(), receivedFrom: z.string() }).nullable().optional(),
    }),
  ),
  interimMeasures: CitedRuleOut,
});

const OtherOut = z.object({
  code: z.string(),
  kind: z.enum(mechanismKinds),
  name: z.string(),
  openness: CitedRuleOut,
  contents: z.array(CitedRuleOut),
  indicators: z.array(CitedRuleOut),
  limits: z.array(CitedRuleOut.extend({ words: z.number().int().nullable(), who: z.string().nullable() })),
});

export const MechanismsOut = z.object({ treatyBodies: z.array(TreatyBodyOut), others: z.array(OtherOut) }).meta({ id: 'Mechanisms' });
