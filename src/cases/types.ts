/**
 * The UN cases module's contract (issue 18): how a documented pattern becomes a complaint.
 *
 *   data/mechanisms/*.yaml ──load + validate (mechanisms.ts)──▶ Mechanism (rules as data, each cited)
 *   data/mechanisms/acceptance.csv ──load + validate──▶ AcceptanceRow (a state's ratification or declaration)
 *   CheckFacts (a stored case's facts, or JSON given to `precursor cases check`)
 *     ──admissibility engine (pure: no database, no clock; check/)──▶ CheckResult per mechanism
 *   CaseRecord (store: cases, their incidents, remedies, procedures, tasks, outcomes; audited)
 *     ──assemble (through the access door)──▶ SubmissionInput ──render (pure; documents/)──▶ DOCX / PDF
 *
 * Legal rules live in data with their citation; the engine only reads them. A date may be known
 * to the day, the month or the year (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`); where the precision decides
 * an answer the engine says `needs-information`, and a deadline is the earliest it could be.
 */

/** The treaty bodies that take individual communications, by the code the check command takes. */
export const treatyBodies = ['CCPR', 'CERD', 'CAT', 'CEDAW', 'CRPD', 'CED', 'CESCR', 'CRC'] as const;
export type TreatyBody = (typeof treatyBodies)[number];

/**
 * The instrument (or declaration) that opens each body's individual procedure to a state: the
 * `instrument` column of the acceptance table. CMW (ICRMW art. 77) is not in force and has none.
 */
export const acceptanceInstruments = {
  CCPR: 'ICCPR-OP1',
  CERD: 'ICERD-14',
  CAT: 'CAT-22',
  CEDAW: 'OP-CEDAW',
  CRPD: 'OP-CRPD',
  CED: 'ICPPED-31',
  CESCR: 'OP-ICESCR',
  CRC: 'OP3-CRC',
} as const satisfies Record<TreatyBody, string>;
export type AcceptanceInstrument = (typeof acceptanceInstruments)[TreatyBody];

/** Every mechanism the forum finder lists; `kind` says which rules apply. */
export const mechanismKinds = ['treaty-body', 'special-procedure', 'early-warning', 'upr', 'recipient', 'not-in-force'] as const;
export type MechanismKind = (typeof mechanismKinds)[number];

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a date at the precision it is known. */
export type PartialDate = string;

/** Where a rule comes from, so a lawyer can check it: "OP1 art. 5(2)(a)", with the text's title and an "as of" date. */
export interface Citation {
  /** Short form shown beside an answer: "ICERD art. 14(5); CERD rules of procedure, rule 91(f)". */
  rule: string;
  /** The document: "International Convention on the Elimination of All Forms of Racial Discrimination". */
  source: string;
  url?: string | null;
  /** The day the rule was read in that source (`YYYY-MM-DD`). */
  asOf: string;
}

/** The conditions the engine answers, in this order. */
export const conditionNames = [
  'competence',
  'ratione_temporis',
  'ratione_materiae',
  'ratione_personae',
  'victim_status',
  'anonymity',
  'non_exhaustion',
  'same_matter',
  'time_limit',
  'abuse_of_right',
] as const;
export type ConditionName = (typeof conditionNames)[number];

/** `met` = the requirement is satisfied (for `non_exhaustion`: remedies exhausted or excused; `same_matter`: no bar). */
export const conditionStatuses = ['met', 'not-met', 'needs-information', 'not-applicable'] as const;
export type ConditionStatus = (typeof conditionStatuses)[number];

export const checkOutcomes = ['admissible', 'inadmissible', 'needs-information'] as const;
export type CheckOutcome = (typeof checkOutcomes)[number];

export const remediesExceptions = ['unavailable', 'ineffective', 'prolonged'] as const;
export type RemediesException = (typeof remediesExceptions)[number];

/**
 * The facts the engine checks, as `precursor cases check FILE.json` reads them (issue 18 §3).
 * Fields may be null when unknown; unknown extra fields are ignored by the boundary schema.
 */
export interface CheckFacts {
  mechanism: TreatyBody;
  /** ISO 3166-1 alpha-3 of the state complained against. */
  state: string;
  submissionDate: PartialDate | null;
  violation: { start: PartialDate | null; end: PartialDate | null; continuing: boolean | null } | null;
  finalDomesticDecision: PartialDate | null;
  /** The day the final decision was served on the author, when it differs (the limits run from it). */
  finalDecisionNotified?: PartialDate | null;
  remedies: DomesticRemedy[] | null;
  remediesException: RemediesException | null;
  otherProcedure: OtherProcedure | null;
  authorIsVictim: boolean | null;
  authorAnonymous: boolean | null;
  actingForVictim?: { consent: boolean | null; justification: string | null } | null;
  delayJustification?: string | null;
  exceptionalCircumstances?: string | null;
  /** Whether the claim concerns rights the treaty protects; left out, the engine takes the claim as stated. */
  claimCompatible?: boolean | null;
  /** Whether the victim was within the state's jurisdiction; left out, taken as stated. */
  victimUnderJurisdiction?: boolean | null;
  /** Replaces the shipped acceptance row's fields for this state and instrument (the rest stay). */
  acceptance?: Partial<Pick<AcceptanceRow, 'inForce' | 'deposited' | 'withdrawn'>> & { reservations?: string[] | null } | null;
}

export interface DomesticRemedy {
  body: string | null;
  filed: PartialDate | null;
  decided: PartialDate | null;
  outcome: string | null;
  final: boolean | null;
}

export interface OtherProcedure {
  body: string | null;
  submitted: PartialDate | null;
  decided: PartialDate | null;
  status: 'pending' | 'decided' | null;
  /** False when the other body decided without examining the merits (e.g. an unreasoned inadmissibility). */
  examinedMerits: boolean | null;
}

export interface ConditionAnswer {
  condition: ConditionName;
  status: ConditionStatus;
  /** One sentence: why, with the dates that decided it. */
  reason: string;
  /** The rule cited, short form ("OP1 art. 5(2)(a); reservation of FRA"). */
  rule: string;
}

export interface Deadline {
  /** "Submit to CERD", "Comments on the State's observations" … */
  what: string;
  /** `YYYY-MM-DD`: the earliest it could be when a date it runs from is imprecise. */
  date: string;
  rule: string;
  /** Set when the date is the earliest possible because a date it runs from is known only to the month or year. */
  conservative?: boolean;
  note?: string;
}

/** What `precursor cases check --json` prints (issue 18 §3). */
export interface CheckResult {
  mechanism: TreatyBody;
  outcome: CheckOutcome;
  conditions: ConditionAnswer[];
  deadlines: Deadline[];
}

/**
 * One row of the acceptance table: a state's ratification, accession, succession or declaration
 * that opens a body's individual procedure, with its source. `verified` is false until the row
 * was compared with a source (UN Treaty Collection status page or a decision stating the date).
 */
export interface AcceptanceRow {
  state: string;
  instrument: AcceptanceInstrument;
  action: 'ratification' | 'accession' | 'succession' | 'declaration' | 'signature';
  deposited: string | null;
  /** Entry into force for that state (`YYYY-MM-DD`), or null when it is not (yet) in force. */
  inForce: string | null;
  /** Denunciation or withdrawal of the declaration, effective from that day. */
  withdrawn: string | null;
  /** Reservation or declaration text that bears on admissibility (same matter, ratione temporis …). */
  reservations: string[];
  source: string;
  sourceDate: string | null;
  verified: boolean;
}

/** A mechanism the forum finder lists: its answer for a case's facts. */
export interface ForumAnswer {
  code: string;
  name: string;
  kind: MechanismKind;
  /** Null when acceptance is unknown for the state; always true for special procedures, the recipient and UPR. */
  open: boolean | null;
  openReason: string;
  /** Treaty bodies only. */
  check: CheckResult | null;
  /** For the other kinds: the next dates that apply (a UPR session's stakeholder deadline …). */
  deadlines: Deadline[];
}

// ─── Case files (issue 18 §2, §5) ────────────────────────────────────────────────────────────────

export const caseStatuses = ['draft', 'preparing', 'submitted', 'registered', 'decided', 'follow-up', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** A victim as described before persons exist as records; `personId` once they do. Identities follow the persons' rules. */
export interface CaseVictim {
  id: string;
  description: string;
  personId: string | null;
  consent: boolean | null;
}

export interface CaseRemedy extends DomesticRemedy {
  id: string;
  /** A remedy not pursued, and why (unavailable, ineffective, prolonged, or words). */
  notPursuedReason: string | null;
}

export interface CaseProcedure extends OtherProcedure {
  id: string;
}

export interface CaseTask {
  id: string;
  title: string;
  due: string | null;
  done: boolean;
  assignee: string | null;
}

/** What a body did, as the case follows it: registration, observations due, interim measures, Views … */
export interface CaseOutcome {
  id: string;
  mechanism: string;
  kind: 'registration' | 'state-observations' | 'author-comments' | 'interim-measures' | 'admissibility' | 'views' | 'follow-up' | 'upr-recommendation' | 'concluding-observations';
  date: string | null;
  due: string | null;
  summary: string;
  /** For Views: whether a violation was found. */
  violationFound: boolean | null;
  /** Remedies ordered or recommendations, each trackable until implemented. */
  measures: { id: string; text: string; status: 'open' | 'partly' | 'implemented' | 'not-implemented' }[];
}

/** Whether a requested measure is asked for now (interim: to prevent irreparable harm while the body considers the case) or in the decision. */
export const requestedMeasureKinds = ['interim', 'final'] as const;
export type RequestedMeasureKind = (typeof requestedMeasureKinds)[number];

/**
 * Where a requested measure stands: `proposed` in the draft, `requested` of the body, `granted`
 * (the body asked the State for it, or recommended it), `refused`, or `withdrawn` by the author
 * (kept for the record, left out of the documents).
 */
export const requestedMeasureStatuses = ['proposed', 'requested', 'granted', 'refused', 'withdrawn'] as const;
export type RequestedMeasureStatus = (typeof requestedMeasureStatuses)[number];

/** A measure the author asks for (issue 18 §4 "requested measures (including interim measures)"). */
export interface CaseRequestedMeasure {
  id: string;
  text: string;
  kind: RequestedMeasureKind;
  /** Who is to act: "the State party", "the Committee" … */
  addressedTo: string | null;
  status: RequestedMeasureStatus;
}

/** A stored case as read through the access door: incidents the reader may not read are left out. */
export interface CaseRecord {
  id: string;
  title: string;
  status: CaseStatus;
  ownerId: string | null;
  /** The state complained against (ISO3). */
  country: string;
  targetedGroupIds: string[];
  summary: string;
  incidentIds: string[];
  victims: CaseVictim[];
  evidenceIds: string[];
  /** Provisions engaged, e.g. "ICCPR art. 7", "ICERD art. 5(b)". */
  provisions: string[];
  remedies: CaseRemedy[];
  remediesException: RemediesException | null;
  procedures: CaseProcedure[];
  targetMechanisms: string[];
  tasks: CaseTask[];
  outcomes: CaseOutcome[];
  requestedMeasures: CaseRequestedMeasure[];
  authorIsVictim: boolean | null;
  authorAnonymous: boolean | null;
  createdAt: string;
  updatedAt: string;
}

// ─── Submissions (issue 18 §4) ───────────────────────────────────────────────────────────────────

export const submissionKinds = ['individual', 'special-procedure', 'cerd-early-warning', 'upr'] as const;
export type SubmissionKind = (typeof submissionKinds)[number];

/** Everything a generated document shows, already filtered by the access door: renderers never query. */
export interface SubmissionInput {
  kind: SubmissionKind;
  mechanism: { code: string; name: string };
  case: Pick<CaseRecord, 'id' | 'title' | 'country' | 'summary' | 'provisions' | 'remedies' | 'procedures' | 'victims'>;
  countryName: string;
  targetedGroups: { id: string; name: string }[];
  /** The chronology, oldest first; `date` at the incident's precision. */
  chronology: { incidentId: string; date: PartialDate; place: string; title: string; violationTypes: string[]; level: number }[];
  /** The pattern: incidents per month (`YYYY-MM`) and pyramid level (index 0 = level 1). */
  pattern: { month: string; byLevel: [number, number, number, number, number]; victims: number }[];
  /** Points for the map (rounded as the reader may see them). */
  places: { name: string; lat: number; lon: number; incidents: number }[];
  requestedMeasures: string[];
  interimMeasures: string[];
  /** The evidence annex: each item with its hash and chain of custody. */
  annex: { id: string; sha256: string; type: string; date: string | null; title: string; custody: { at: string; by: string; action: string }[] }[];
  /** Word limits of the chosen form, checked and shown. */
  wordLimit: number | null;
  generatedAt: string;
  /** Shapes the map draws under the places: the country's regions, or its outline (`[lon, lat]` rings). */
  mapShapes?: { name: string; boundary: MapBoundary }[];
  /** Indicators the request shows (CERD early warning), each with the facts that show it, as the author states them. */
  indicators?: { indicator: string; facts: string }[];
}

export type MapBoundary = { type: 'Polygon'; coordinates: [number, number][][] } | { type: 'MultiPolygon'; coordinates: [number, number][][][] };
