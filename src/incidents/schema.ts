import { z } from 'zod';
import { problem } from '../fieldProblems.js';
import { uuidPattern } from '../ids.js';
import { CountryCode, taxonomyCode } from '../taxonomies/codes.js';
import { ActorInput, GroupInput, Place, PlaceInput, SourceInput } from '../registry/schema.js';
import { parseEventDate, periodEnd } from './dates.js';

/**
 * Victim counts by kind, for one act. The bound is a plausibility check, not a guess at a
 * typical act: 100,000,000 is above the largest single events on record — about 6 million
 * Jews killed in the Holocaust (USHMM, Holocaust Encyclopedia, "Documenting Numbers of Victims
 * of the Holocaust and Nazi Persecution") and about 13 million Syrians displaced at the height
 * of the war (UNHCR, Global Trends 2016) — and below the 117 million forcibly displaced
 * worldwide from all causes together (UNHCR, Global Trends 2023), which no one act reaches. A
 * larger number is a typing error (an extra digit or two) and is refused naming the field.
 * An incident sums up to 500 acts, so its totals (5·10^10) are stored as bigint (migration 005).
 */
export const maximumVictimsPerAct = 100_000_000;
const count = z.number().int().min(0).max(maximumVictimsPerAct);
export const VictimCounts = z.object({
  killed: count.default(0),
  injured: count.default(0),
  detained: count.default(0),
  disappeared: count.default(0),
  displaced: count.default(0),
  affected: count.default(0).meta({ description: 'otherwise affected' }),
});
export type VictimCounts = z.output<typeof VictimCounts>;
export const victimKinds = ['killed', 'injured', 'detained', 'disappeared', 'displaced', 'affected'] as const;

/** An incident's totals: sums over its acts, unbounded but for the per-act bound. */
const TotalVictims = z.object(Object.fromEntries(victimKinds.map((k) => [k, z.number().int()])) as Record<(typeof victimKinds)[number], z.ZodNumber>);

export const EventDateText = z
  .string()
  .refine((s) => parseEventDate(s) !== undefined, { message: 'a real date written YYYY-MM-DD, YYYY-MM or YYYY', params: problem('invalid-date') })
  .meta({ description: 'Day, month or year precision, taken from the form: 2023-05-14, 2023-05 or 2023', example: '2023-05' });

/** A date known to the day: when a report or a piece of information reached us. */
export const DayText = z
  .string()
  .refine((s) => parseEventDate(s)?.precision === 'day', { message: 'a real date written YYYY-MM-DD', params: problem('invalid-day') })
  .meta({ description: 'A date to the day, YYYY-MM-DD', example: '2023-05-14' });

/** `new:<key>` names a record of the same request's `newRecords` (created with the incident). */
export const newRecordPattern = /^new:([A-Za-z0-9_-]{1,40})$/;

/** A reference to a place, group, actor or source: its id, or `new:<key>` for one in `newRecords`. */
const RecordRef = z
  .string()
  .refine((s) => uuidPattern.test(s) || newRecordPattern.test(s), { message: 'an id (uuid), or new:<key> naming a record of newRecords', params: problem('invalid-uuid') })
  .meta({ description: 'A record id, or `new:<key>` for a record created in the same request (see `newRecords`)', example: 'new:g1' });

const newRecordKey = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'a key of 1–40 letters, digits, - or _').meta({ description: 'Referenced as `new:<key>`' });
const withKey = <T extends z.ZodType>(input: T) => z.object({ key: newRecordKey }).and(input);
const uniqueKeys = (records: { key: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `the key '${r.key}' is given twice`, params: problem('duplicate') });
    seen.add(r.key);
  });
};

/**
 * Records to create with the incident, in the same transaction, each audited as its own
 * create: so a form can add a place, group, perpetrator or source on the way and a
 * refused incident leaves none of them behind.
 */
export const NewRecordsInput = z
  .object({
    places: z.array(withKey(PlaceInput)).max(50).default([]).superRefine(uniqueKeys),
    groups: z.array(withKey(GroupInput)).max(50).default([]).superRefine(uniqueKeys),
    actors: z.array(withKey(ActorInput)).max(50).default([]).superRefine(uniqueKeys),
    sources: z.array(withKey(SourceInput)).max(50).default([]).superRefine(uniqueKeys),
  })
  .meta({ description: 'Places, groups, actors and sources to create first, in the same transaction; reference them as `new:<key>`' });
export type NewRecordsInput = z.output<typeof NewRecordsInput>;

export const InvolvementInput = z.object({
  actorId: RecordRef,
  involvement: taxonomyCode('involvement-degrees').default('carried-out'),
});

/** An act: one violation against one victim — here a targeted group — inside the incident. */
export const ActInput = z.object({
  id: z.uuid().optional().meta({ description: "The act's id as read: it is updated in place. Without it the act is new; acts of the incident left out are deleted" }),
  violationType: taxonomyCode('violation-types'),
  groupId: RecordRef.nullish().meta({ description: 'The identity group targeted; null when the victim is not a group on record' }),
  identityBasis: taxonomyCode('identity-bases').nullish().meta({ description: "Why the victim was targeted; defaults to the group's basis" }),
  victims: VictimCounts.default(VictimCounts.parse({})),
  perpetrators: z.array(InvolvementInput).max(100).default([]),
});

export const IncidentSourceInput = z.object({
  sourceId: RecordRef,
  connection: taxonomyCode('source-connections'),
  materialType: taxonomyCode('material-types'),
  informationDate: DayText.nullish(),
  credibility: z.number().int().min(1).max(6).meta({ description: 'Credibility of this information, 1 (confirmed) to 6 (cannot be judged)' }),
  note: z.string().max(5000).default(''),
});

export const IncidentLinkInput = z.object({
  incidentId: z.uuid(),
  kind: taxonomyCode('incident-link-kinds'),
  note: z.string().max(5000).default(''),
});

const today = () => new Date().toISOString().slice(0, 10);

/** A team id (the accounts module names teams; a record may name a team of another installation). */
const TeamId = z.string().trim().min(1).max(100);

/** The fields an incident can withhold from readers below a confidentiality level (issue 15 §3). */
export const withholdableFields = ['place', 'date', 'reporter'] as const;
export type WithholdableField = (typeof withholdableFields)[number];

export const Withhold = z
  .object({
    place: taxonomyCode('confidentiality-levels').nullish().meta({ description: 'Below this level: no place id or coordinates (country and admin1 stay)' }),
    date: taxonomyCode('confidentiality-levels').nullish().meta({ description: 'Below this level: dates shown to the month; no report date' }),
    reporter: taxonomyCode('confidentiality-levels').nullish().meta({ description: "Below this level: no sources' information" }),
  })
  .meta({ description: 'Each a confidentiality level, or null: not withheld' });
export type Withhold = z.output<typeof Withhold>;

export const IncidentInput = z
  .object({
    title: z.string().trim().min(1, 'a title is required').max(500),
    narrative: z.string().max(200_000).default(''),
    startDate: EventDateText,
    endDate: EventDateText.nullish(),
    dateEstimated: z.boolean().default(false),
    reportDate: DayText.nullish().meta({ description: 'When the incident was reported (to the day), kept apart from when it happened' }),
    country: CountryCode.nullish().meta({ description: "Required unless placeId is given; taken from the place otherwise" }),
    admin1: z.string().trim().min(1).max(200).nullish(),
    placeId: RecordRef.nullish(),
    acts: z.array(ActInput).min(1, 'at least one act (a violation type) is required').max(500),
    pyramidLevelOverride: z
      .object({ level: z.number().int().min(1).max(5), reason: z.string().trim().min(1, 'an override needs a reason').max(5000) })
      .nullish(),
    verificationStatus: taxonomyCode('verification-statuses').default('not-yet-verified'),
    confidentiality: taxonomyCode('confidentiality-levels').default('internal'),
    teams: z
      .array(TeamId)
      .max(50)
      .optional()
      .meta({
        description:
          'Team ids the incident is restricted to: only their members (and administrators) read it. Empty: the confidentiality level alone decides. Left out: none on a new incident, kept as stored on an update',
      }),
    withhold: Withhold.optional().meta({
      description:
        'Fields withheld from readers whose clearance is below the level given. Left out of an update: kept as stored (a save by someone who cannot see them never erases them)',
    }),
    monitoringStatus: taxonomyCode('monitoring-statuses').default('open'),
    sources: z.array(IncidentSourceInput).max(200).default([]),
    evidenceIds: z.array(z.uuid()).max(500).default([]),
    links: z.array(IncidentLinkInput).max(200).default([]),
    newRecords: NewRecordsInput.optional(),
  })
  .superRefine((inc, ctx) => {
    const start = parseEventDate(inc.startDate);
    if (!start) return;
    if (start.date > today()) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'the start date is in the future', params: problem('date-in-future') });
    if (inc.endDate) {
      const end = parseEventDate(inc.endDate);
      if (end && periodEnd(end) < start.date) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'the end date is before the start date', params: problem('end-before-start') });
    }
    if (!inc.country && !inc.placeId) ctx.addIssue({ code: 'custom', path: ['country'], message: 'a country (or a placeId) is required', params: problem('required') });
    const seen = new Set<string>();
    inc.sources.forEach((s, i) => {
      if (seen.has(s.sourceId)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'sourceId'], message: 'the same source is listed twice', params: problem('duplicate') });
      seen.add(s.sourceId);
    });
  });
export type IncidentInput = z.output<typeof IncidentInput>;

export const IncidentUpdate = z
  .object({
    version: z.number().int().min(1).meta({ description: 'The version you read (and edited)' }),
    merge: z.boolean().default(false).meta({
      description:
        'When the version is stale: merge your changes with those saved meanwhile (three-way, against the version you read). No conflict: saved, 200 with `merged`. Conflicts: 409 with `merge` (the merged document and each conflict); nothing is saved',
    }),
    resolvedMergeOf: z.number().int().min(1).optional().meta({
      description: "Send with a merge you resolved (the 409's `merge.merged` with each conflict decided, `version` = its `theirsVersion`): the base version it was merged from; the save is audited as incident.merge",
    }),
  })
  .and(IncidentInput);

/** What a merge took from the other side, answered with the saved record. */
export const MergeReport = z.object({
  baseVersion: z.number().int(),
  theirsVersion: z.number().int(),
  fromTheirs: z.array(z.string()).meta({ description: 'Paths whose value came from the version saved meanwhile: narrative, acts.<actId>.victims.killed, sources.<sourceId>.credibility…' }),
});
export type MergeReport = z.infer<typeof MergeReport>;

/** The whole incident as stored, with what is derived from its acts. */
export const Incident = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  narrative: z.string(),
  startDate: z.string(),
  startPrecision: z.enum(['day', 'month', 'year']),
  endDate: z.string().nullable(),
  endPrecision: z.enum(['day', 'month', 'year']).nullable(),
  dateEstimated: z.boolean(),
  reportDate: z.string().nullable(),
  country: z.string(),
  admin1: z.string().nullable(),
  placeId: z.uuid().nullable(),
  place: Place.nullable(),
  pyramidLevel: z.number().int(),
  derivedPyramidLevel: z.number().int(),
  pyramidLevelOverride: z.object({ level: z.number().int(), reason: z.string() }).nullable(),
  verificationStatus: z.string(),
  confidentiality: z.string(),
  teams: z.array(z.string()),
  withhold: z.object({ place: z.string().nullable(), date: z.string().nullable(), reporter: z.string().nullable() }),
  withheld: z
    .array(z.enum(withholdableFields))
    .meta({ description: 'The fields withheld from you in this answer (your clearance is below their level): place, dates to the month, sources' }),
  monitoringStatus: z.string(),
  victims: TotalVictims,
  violationTypes: z.array(z.string()),
  targetedGroupIds: z.array(z.uuid()),
  identityBases: z.array(z.string()),
  perpetratorIds: z.array(z.uuid()),
  acts: z.array(
    z.object({
      id: z.uuid(),
      violationType: z.string(),
      pyramidLevel: z.number().int(),
      groupId: z.uuid().nullable(),
      identityBasis: z.string().nullable(),
      victims: VictimCounts,
      perpetrators: z.array(z.object({ actorId: z.uuid(), involvement: z.string() })),
    }),
  ),
  sources: z.array(
    z.object({
      sourceId: z.uuid(),
      connection: z.string(),
      materialType: z.string(),
      informationDate: z.string().nullable(),
      credibility: z.number().int(),
      note: z.string(),
    }),
  ),
  evidenceIds: z.array(z.uuid()),
  links: z.array(z.object({ incidentId: z.uuid(), kind: z.string(), note: z.string(), direction: z.enum(['outgoing', 'incoming']) })),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  deletedAt: z.string().nullable(),
});
export type Incident = z.infer<typeof Incident>;

/** One row of a list: enough to show and sort, without the acts. */
export const IncidentSummary = Incident.pick({
  id: true,
  version: true,
  title: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  country: true,
  admin1: true,
  placeId: true,
  pyramidLevel: true,
  verificationStatus: true,
  confidentiality: true,
  teams: true,
  victims: true,
  violationTypes: true,
  targetedGroupIds: true,
  perpetratorIds: true,
  updatedAt: true,
  deletedAt: true,
});
export type IncidentSummary = z.infer<typeof IncidentSummary>;

/** Query parameters may repeat (`?level=3&level=4`) or hold a comma list (`?level=3,4`). */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean)),
    z.array(item).max(200).optional(),
  );

export const IncidentFilterQuery = z
  .object({
    q: z.string().trim().min(1).max(500).optional().meta({ description: 'Full-text search of title and narrative (web search syntax: "quoted phrase", or, -not)' }),
    id: list(z.uuid()).meta({ description: 'Only these incidents (for a page that names several linked incidents at once)' }),
    country: list(CountryCode),
    admin1: list(z.string().min(1).max(200)),
    group: list(z.uuid()).meta({ description: 'Targeted group ids' }),
    basis: list(taxonomyCode('identity-bases')),
    type: list(taxonomyCode('violation-types')).meta({ description: 'Violation type codes' }),
    perpetrator: list(z.uuid()),
    source: list(z.uuid()).meta({ description: "Source ids: incidents whose sources' information names one of them" }),
    team: list(TeamId).meta({ description: 'Team ids: incidents restricted to one of these teams (what the caller may read of them)' }),
    level: list(z.coerce.number().int().min(1).max(5)).meta({ description: 'Pyramid levels' }),
    verification: list(taxonomyCode('verification-statuses')),
    confidentiality: list(taxonomyCode('confidentiality-levels')),
    from: EventDateText.optional().meta({
      description: "Incidents whose dated range overlaps the period: it ends on or after the first day of this date (an incident dated 2025 is kept by from=2025-03)",
    }),
    to: EventDateText.optional().meta({ description: 'Incidents whose dated range overlaps the period: it begins on or before the last day of this date' }),
    deleted: z.enum(['exclude', 'include', 'only']).default('exclude'),
  })
  .superRefine((f, ctx) => {
    const from = f.from && parseEventDate(f.from);
    const to = f.to && parseEventDate(f.to);
    if (from && to && periodEnd(to) < from.date) ctx.addIssue({ code: 'custom', path: ['to'], message: "'to' is before 'from'", params: problem('end-before-start') });
  });
export type IncidentFilterQuery = z.output<typeof IncidentFilterQuery>;

export const incidentSorts = ['date:desc', 'date:asc', 'level:desc', 'updated:desc', 'relevance'] as const;
export type IncidentSort = (typeof incidentSorts)[number];

export const IncidentListQuery = z
  .object({
    sort: z.enum(incidentSorts).optional().meta({ description: 'Default: date:desc (newest first), a text search too; relevance ranks the newest 1,000 matches of a text search' }),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().max(1000).optional(),
  })
  .and(IncidentFilterQuery);
export type IncidentListQuery = z.output<typeof IncidentListQuery>;

export const statsDimensions = ['month', 'year', 'level', 'country', 'admin1', 'place', 'group', 'basis', 'type', 'perpetrator', 'verification'] as const;
export type StatsDimension = (typeof statsDimensions)[number];

export const StatsQuery = z
  .object({
    by: list(z.enum(statsDimensions)).meta({ description: 'Dimensions to count by; default month,level,group,country' }),
  })
  .and(IncidentFilterQuery);
export type StatsQuery = z.output<typeof StatsQuery>;

export const StatsCell = z
  .object({
    month: z
      .string()
      .optional()
      .meta({
        description:
          "The month the incident began, YYYY-MM; YYYY-?? for incidents known only to the year (that year's month-unknown bucket, never January). By month, YYYY-MM and YYYY-?? cells add up to the year's count",
        example: '2025-03',
      }),
    year: z.string().optional().meta({ description: 'The year the incident began, YYYY, whatever its date precision' }),
    level: z.number().int().optional(),
    country: z.string().optional(),
    admin1: z.string().nullable().optional(),
    place: z.uuid().nullable().optional(),
    group: z.uuid().nullable().optional(),
    basis: z.string().nullable().optional(),
    type: z.string().optional(),
    perpetrator: z.uuid().nullable().optional(),
    verification: z.string().optional(),
    incidents: z.number().int(),
  })
  .extend(Object.fromEntries(victimKinds.map((k) => [k, z.number().int()])) as Record<(typeof victimKinds)[number], z.ZodNumber>);
export type StatsCell = z.infer<typeof StatsCell>;

/** The filters of /api/stats without a period: the extent is the period the data covers. */
export const StatsExtentQuery = z.object({
  ...IncidentFilterQuery.shape,
  from: z.never({ error: 'the extent covers every date: leave out from and to' }).optional(),
  to: z.never({ error: 'the extent covers every date: leave out from and to' }).optional(),
});
export type StatsExtentQuery = z.output<typeof StatsExtentQuery>;

export const StatsExtent = z.object({
  first: z.string().nullable().meta({ description: 'First month (YYYY-MM) with an incident dated to the day or month; null if none' }),
  last: z.string().nullable().meta({ description: 'Last month (YYYY-MM) with an incident dated to the day or month; null if none' }),
});
export type StatsExtent = z.infer<typeof StatsExtent>;
