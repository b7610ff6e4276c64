import { z } from 'zod';
import { confidentialityLevels } from '../access/scope.js';
import { problem } from '../fieldProblems.js';
import { DayText, EventDateText, IncidentFilterQuery } from '../incidents/schema.js';
import { CountryCode } from '../taxonomies/codes.js';
import { CheckResultOut, DeadlineOut } from './mechanisms.schema.js';
import { caseStatuses, mechanismKinds, remediesExceptions, requestedMeasureKinds, requestedMeasureStatuses, type CaseRecord } from './types.js';

/**
 * The case files' boundary (issue 18 §2, §5): what a request or a command may send, and what a
 * case looks like when read. Dates of remedies, procedures and outcomes are known at a precision
 * (YYYY-MM-DD, YYYY-MM or YYYY); due dates are days, since a reminder falls on a day.
 */

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().default(null);
const PartialDate = EventDateText.nullable().default(null);

export const CaseStatus = z.enum(caseStatuses);
const MechanismCode = z.string().trim().regex(/^[A-Z][A-Z0-9-]{1,39}$/, 'a mechanism code such as CCPR, CERD or WGEID').meta({ example: 'CCPR' });
const TeamId = z.string().trim().min(1).max(100);

export const VictimInput = z.object({
  description: text(2000).min(1).meta({ description: 'Who the victim is, as the case may say it (withheld from readers who may not see identities)' }),
  personId: z.uuid().nullable().default(null).meta({ description: 'The person record, once there is one (the persons module decides who sees it)' }),
  consent: z.boolean().nullable().default(null).meta({ description: 'Whether the victim consented to the complaint; null while unknown' }),
});
export type VictimInput = z.output<typeof VictimInput>;

export const RemedyInput = z
  .object({
    body: optionalText(300).meta({ description: 'The court or authority' }),
    filed: PartialDate,
    decided: PartialDate,
    outcome: optionalText(2000),
    final: z.boolean().nullable().default(null).meta({ description: 'Whether the decision is final (no further ordinary appeal)' }),
    notPursuedReason: optionalText(2000).meta({ description: 'For a remedy not pursued: why (unavailable, ineffective, unreasonably prolonged, in words)' }),
  })
  .superRefine((r, ctx) => {
    if (r.filed && r.decided && r.decided < r.filed.slice(0, r.decided.length)) ctx.addIssue({ code: 'custom', path: ['decided'], message: 'decided before it was filed', params: problem('end-before-start') });
  });
export type RemedyInput = z.output<typeof RemedyInput>;

export const ProcedureInput = z.object({
  body: optionalText(300).meta({ description: 'The other international body (ECtHR, a special procedure …)' }),
  submitted: PartialDate,
  decided: PartialDate,
  status: z.enum(['pending', 'decided']).nullable().default(null),
  examinedMerits: z.boolean().nullable().default(null).meta({ description: 'False when it decided without examining the merits (an unreasoned inadmissibility)' }),
});
export type ProcedureInput = z.output<typeof ProcedureInput>;

export const TaskInput = z.object({
  title: text(500).min(1),
  due: DayText.nullable().default(null),
  done: z.boolean().default(false),
  assignee: optionalText(200),
});
export type TaskInput = z.output<typeof TaskInput>;

export const outcomeKinds = ['registration', 'state-observations', 'author-comments', 'interim-measures', 'admissibility', 'views', 'follow-up', 'upr-recommendation', 'concluding-observations'] as const;
export const measureStatuses = ['open', 'partly', 'implemented', 'not-implemented'] as const;

export const OutcomeInput = z.object({
  mechanism: MechanismCode,
  kind: z.enum(outcomeKinds),
  date: PartialDate.meta({ description: 'When the body acted' }),
  due: DayText.nullable().default(null).meta({ description: 'What it set a date for: observations or comments due, follow-up information due' }),
  summary: text(10_000).default(''),
  violationFound: z.boolean().nullable().default(null),
  measures: z
    .array(z.object({ id: z.uuid().optional(), text: text(2000).min(1), status: z.enum(measureStatuses).default('open') }))
    .max(100)
    .default([])
    .meta({ description: 'Remedies ordered or recommendations, each trackable until implemented (an id keeps a measure when the outcome is replaced)' }),
});
export type OutcomeInput = z.output<typeof OutcomeInput>;

export const RequestedMeasureInput = z.object({
  text: text(2000).min(1).meta({ description: 'The measure asked for, as the submission says it', example: 'Ask the State to disclose at once where the family is held' }),
  kind: z.enum(requestedMeasureKinds).meta({ description: 'interim: asked for now, to prevent irreparable harm while the body considers the case; final: asked for in its decision' }),
  addressedTo: optionalText(300).meta({ description: 'Who is to act: the State party, the Committee …' }),
  status: z
    .enum(requestedMeasureStatuses)
    .default('proposed')
    .meta({ description: 'proposed (in the draft), requested (of the body), granted, refused, or withdrawn (kept for the record, left out of the documents)' }),
});
export type RequestedMeasureInput = z.output<typeof RequestedMeasureInput>;

/** The case's own fields, as created or patched. */
const CaseFields = {
  title: text(500).min(1),
  status: CaseStatus,
  // No default here: an edit that leaves the owner out must not clear it (CasePatch makes each field optional).
  ownerId: text(200).nullable(),
  country: CountryCode,
  targetedGroupIds: z.array(z.uuid()).max(50),
  summary: text(50_000),
  provisions: z.array(text(200).min(1)).max(200).meta({ description: 'Provisions engaged, e.g. "ICCPR art. 7" (GET /api/cases/:id suggests them from the incidents; none is set silently)' }),
  remediesException: z.enum(remediesExceptions).nullable(),
  targetMechanisms: z.array(MechanismCode).max(30),
  authorIsVictim: z.boolean().nullable(),
  authorAnonymous: z.boolean().nullable(),
  confidentiality: z.enum(confidentialityLevels).meta({ description: 'A case file is at least as sensitive as its most sensitive incident; read through the same door as incidents' }),
  teams: z.array(TeamId).max(20),
};

export const CaseCreate = z
  .object({
    title: CaseFields.title,
    status: CaseFields.status.default('draft'),
    ownerId: CaseFields.ownerId.optional().meta({ description: 'Default: the creator' }),
    country: CaseFields.country.optional().meta({ description: 'The state complained against; default: the country of the incidents when they share one' }),
    targetedGroupIds: CaseFields.targetedGroupIds.optional().meta({ description: "Default: the groups the incidents' acts target" }),
    summary: CaseFields.summary.default(''),
    provisions: CaseFields.provisions.default([]),
    remediesException: CaseFields.remediesException.default(null),
    targetMechanisms: CaseFields.targetMechanisms.default([]),
    authorIsVictim: CaseFields.authorIsVictim.default(null),
    authorAnonymous: CaseFields.authorAnonymous.default(null),
    confidentiality: CaseFields.confidentiality.default('confidential'),
    teams: CaseFields.teams.default([]),
    incidentIds: z.array(z.uuid()).max(5000).default([]).meta({ description: 'Incidents to join, each one the caller may read' }),
    incidentFilter: IncidentFilterQuery.optional().meta({ description: 'Or join every incident the caller may read that the incident list shows for these filters ("make a case from these 40 incidents")' }),
  })
  .refine((c) => c.country !== undefined || c.incidentIds.length > 0 || c.incidentFilter !== undefined, { path: ['country'], message: 'give the country, or incidents to take it from', params: problem('required') });
export type CaseCreate = z.output<typeof CaseCreate>;

export const CasePatch = z
  .object({ version: z.number().int().min(1).meta({ description: 'The version you read: a stale one gets 409 with the current case' }) })
  .extend(Object.fromEntries(Object.entries(CaseFields).map(([k, v]) => [k, (v as z.ZodType).optional()])) as { [K in keyof typeof CaseFields]: z.ZodOptional<(typeof CaseFields)[K]> });
export type CasePatch = z.output<typeof CasePatch>;

export const IncidentIdsInput = z.object({ incidentIds: z.array(z.uuid()).min(1).max(5000) });
export const EvidenceIdsInput = z.object({ evidenceIds: z.array(z.uuid()).min(1).max(1000) });

export const CaseListQuery = z.object({
  status: CaseStatus.optional(),
  country: CountryCode.optional(),
  owner: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional(),
});
export type CaseListQuery = z.output<typeof CaseListQuery>;

export const CaseParams = z.object({ id: z.uuid() });
export const CaseItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
export const CaseIncidentParams = z.object({ id: z.uuid(), incidentId: z.uuid() });

// ─── What a reader gets ──────────────────────────────────────────────────────────────────────

const Victim = z.object({ id: z.uuid(), description: z.string(), personId: z.uuid().nullable(), consent: z.boolean().nullable(), identityWithheld: z.boolean() });
const Remedy = z.object({ id: z.uuid(), body: z.string().nullable(), filed: z.string().nullable(), decided: z.string().nullable(), outcome: z.string().nullable(), final: z.boolean().nullable(), notPursuedReason: z.string().nullable() });
const Procedure = z.object({ id: z.uuid(), body: z.string().nullable(), submitted: z.string().nullable(), decided: z.string().nullable(), status: z.enum(['pending', 'decided']).nullable(), examinedMerits: z.boolean().nullable() });
const Task = z.object({ id: z.uuid(), title: z.string(), due: z.string().nullable(), done: z.boolean(), assignee: z.string().nullable() });
const Outcome = z.object({
  id: z.uuid(),
  mechanism: z.string(),
  kind: z.enum(outcomeKinds),
  date: z.string().nullable(),
  due: z.string().nullable(),
  summary: z.string(),
  violationFound: z.boolean().nullable(),
  measures: z.array(z.object({ id: z.uuid(), text: z.string(), status: z.enum(measureStatuses) })),
});
const RequestedMeasure = z.object({
  id: z.uuid(),
  text: z.string(),
  kind: z.enum(requestedMeasureKinds),
  addressedTo: z.string().nullable(),
  status: z.enum(requestedMeasureStatuses),
});
export const ChronologyEntry = z.object({
  date: z.string().meta({ description: 'At its precision: YYYY-MM-DD, YYYY-MM or YYYY' }),
  kind: z.enum(['incident', 'case-created', 'incident-added', 'remedy-filed', 'remedy-decided', 'procedure-submitted', 'procedure-decided', 'outcome']),
  text: z.string(),
  ref: z.string().nullable().meta({ description: 'The incident, remedy, procedure or outcome id' }),
});
export type ChronologyEntry = z.infer<typeof ChronologyEntry>;
export const ProvisionSuggestion = z.object({
  provision: z.string().meta({ example: 'ICCPR art. 9' }),
  violationTypes: z.array(z.string()),
  incidents: z.number().int(),
  engaged: z.boolean().meta({ description: "Whether the case's provisions already list it (suggestions are never set silently)" }),
});
export type ProvisionSuggestion = z.infer<typeof ProvisionSuggestion>;

export const CaseSummaryOut = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  status: CaseStatus,
  ownerId: z.string().nullable(),
  country: z.string(),
  confidentiality: z.string(),
  teams: z.array(z.string()),
  incidents: z.number().int().meta({ description: 'Incidents of the case you may read' }),
  nextDue: z.string().nullable().meta({ description: 'The earliest open task or outcome due date' }),
  updatedAt: z.string(),
});
export type CaseSummaryOut = z.infer<typeof CaseSummaryOut>;

export const CaseOut = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  status: CaseStatus,
  ownerId: z.string().nullable(),
  country: z.string(),
  targetedGroupIds: z.array(z.uuid()),
  summary: z.string(),
  incidentIds: z.array(z.uuid()).meta({ description: 'The incidents of the case you may read (others are left out)' }),
  withheldIncidents: z.boolean().meta({ description: 'True when the case joins incidents you may not read' }),
  victims: z.array(Victim),
  evidenceIds: z.array(z.uuid()),
  provisions: z.array(z.string()),
  remedies: z.array(Remedy),
  remediesException: z.enum(remediesExceptions).nullable(),
  procedures: z.array(Procedure),
  targetMechanisms: z.array(z.string()),
  tasks: z.array(Task),
  outcomes: z.array(Outcome),
  requestedMeasures: z.array(RequestedMeasure).meta({ description: 'What the author asks for: interim measures and the final findings and remedies, printed in the submissions' }),
  authorIsVictim: z.boolean().nullable(),
  authorAnonymous: z.boolean().nullable(),
  confidentiality: z.string(),
  teams: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseOut = z.infer<typeof CaseOut> & CaseRecord;

export const CaseDetailOut = CaseOut.extend({
  chronology: z.array(ChronologyEntry),
  suggestedProvisions: z.array(ProvisionSuggestion),
});
export type CaseDetailOut = CaseOut & { chronology: ChronologyEntry[]; suggestedProvisions: ProvisionSuggestion[] };

export const CalendarQuery = z.object({
  from: DayText.optional().meta({ description: 'Dates on or after this day' }),
  to: DayText.optional(),
  includeDone: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});
export type CalendarQuery = z.output<typeof CalendarQuery>;

export const CalendarEntry = z.object({
  date: z.string(),
  kind: z.enum(['task', 'outcome-due', 'submission-deadline']),
  title: z.string(),
  caseId: z.uuid(),
  caseTitle: z.string(),
  ref: z.string().nullable(),
  done: z.boolean(),
});
export type CalendarEntry = z.infer<typeof CalendarEntry>;

export const CaseForumsOut = z.object({
  caseId: z.uuid(),
  facts: z.record(z.string(), z.unknown()).meta({ description: 'The facts the check read from the case, as `precursor cases check` takes them (without the mechanism)' }),
  forums: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(mechanismKinds),
      open: z.boolean().nullable(),
      openReason: z.string(),
      check: CheckResultOut.nullable(),
      deadlines: z.array(DeadlineOut),
    }),
  ),
});
export const ForumsQuery = z.object({ asOf: DayText.optional().meta({ description: 'The day a not-yet-submitted case is assessed for; default today (UTC)' }) });
