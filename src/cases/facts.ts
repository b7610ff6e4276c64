import { z } from 'zod';
import { parseDocument } from '../cli/zod.js';
import { isPartialDate, span } from './check/dates.js';
import { remediesExceptions, treatyBodies, type CheckFacts } from './types.js';

/**
 * The boundary schema of `precursor cases check FILE.json` and `POST /api/cases/check`: the facts
 * of issue 18 §3. Every field may be null when unknown; unknown extra fields are ignored (zod
 * strips them), so facts written for a later version still load. Errors name the field.
 */

const PartialDate = z
  .string()
  .refine(isPartialDate, 'a date written YYYY-MM-DD, YYYY-MM or YYYY (as known)')
  .meta({ description: 'A date at the precision it is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`', example: '2015-06-10' });
const FullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD').refine(isPartialDate, 'a real day');
const nullable = <T extends z.ZodType>(t: T) => t.nullable().optional().transform((v) => v ?? null);

const Remedy = z.object({
  body: nullable(z.string()),
  filed: nullable(PartialDate),
  decided: nullable(PartialDate),
  outcome: nullable(z.string()),
  final: nullable(z.boolean()),
});

const OtherProcedure = z.object({
  body: nullable(z.string()),
  submitted: nullable(PartialDate),
  decided: nullable(PartialDate),
  status: nullable(z.enum(['pending', 'decided'])),
  examinedMerits: nullable(z.boolean()),
});

export const CheckFactsInput = z
  .object({
    // `ccpr` is read as CCPR; the enum stays in the OpenAPI document.
    mechanism: z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.enum(treatyBodies)),
    state: z
      .string()
      .transform((s) => s.trim().toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as FRA')),
    submissionDate: nullable(PartialDate),
    violation: nullable(z.object({ start: nullable(PartialDate), end: nullable(PartialDate), continuing: nullable(z.boolean()) })),
    finalDomesticDecision: nullable(PartialDate),
    finalDecisionNotified: nullable(PartialDate),
    remedies: nullable(z.array(Remedy)),
    remediesException: nullable(z.enum(remediesExceptions)),
    otherProcedure: nullable(OtherProcedure),
    authorIsVictim: nullable(z.boolean()),
    authorAnonymous: nullable(z.boolean()),
    actingForVictim: nullable(z.object({ consent: nullable(z.boolean()), justification: nullable(z.string()) })),
    delayJustification: nullable(z.string()),
    exceptionalCircumstances: nullable(z.string()),
    claimCompatible: z.boolean().nullable().optional(),
    victimUnderJurisdiction: z.boolean().nullable().optional(),
    acceptance: nullable(
      z.object({
        inForce: FullDate.nullable().optional(),
        deposited: FullDate.nullable().optional(),
        withdrawn: FullDate.nullable().optional(),
        reservations: z.array(z.string()).nullable().optional(),
      }),
    ),
  })
  .superRefine((f, ctx) => {
    // Dates in the wrong order are a typing error, not a fact to reason about: name the field.
    const after = (a: string, b: string) => span(a).latest < span(b).earliest;
    if (f.violation?.start && f.violation.end && after(f.violation.end, f.violation.start)) ctx.addIssue({ code: 'custom', path: ['violation', 'end'], message: `ends (${f.violation.end}) before it starts (${f.violation.start})` });
    (f.remedies ?? []).forEach((r, i) => {
      if (r.filed && r.decided && after(r.decided, r.filed)) ctx.addIssue({ code: 'custom', path: ['remedies', i, 'decided'], message: `decided (${r.decided}) before it was filed (${r.filed})` });
    });
    const p = f.otherProcedure;
    if (p?.submitted && p.decided && after(p.decided, p.submitted)) ctx.addIssue({ code: 'custom', path: ['otherProcedure', 'decided'], message: `decided (${p.decided}) before it was submitted (${p.submitted})` });
  })
  .meta({ id: 'CheckFacts', description: 'Facts for the admissibility check (issue 18 §3); unknown fields are ignored' });

/** Validates facts read from JSON; an error names each bad field by its path (`remedies.0.decided`). */
export function parseFacts(raw: unknown, whole = 'FILE'): CheckFacts {
  return parseDocument(CheckFactsInput, raw, whole) as CheckFacts;
}
