/**
 * The API's shapes as the web app reads them. They mirror the zod schemas in
 * src/incidents/schema.ts, src/registry/schema.ts and src/evidence/schema.ts (the source of
 * truth, published at /api/openapi.json); only the fields the app uses are listed.
 */
import type { FieldProblemCode } from './problemCodes';

export type Precision = 'day' | 'month' | 'year';

export interface VictimCounts {
  killed: number;
  injured: number;
  detained: number;
  disappeared: number;
  displaced: number;
  affected: number;
}
export const victimKinds = ['killed', 'injured', 'detained', 'disappeared', 'displaced', 'affected'] as const;
export type VictimKind = (typeof victimKinds)[number];

export interface RecordMeta {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
export interface Place extends RecordMeta {
  name: string;
  country: string;
  admin1: string | null;
  admin2: string | null;
  latitude: number | null;
  longitude: number | null;
  locationPrecision: string;
}
export interface Group extends RecordMeta {
  name: string;
  basis: string;
  aliases: string[];
  country: string | null;
  description: string;
  countingUnit: string;
  sizeEstimate: number | null;
}
export interface Actor extends RecordMeta {
  name: string;
  kind: string;
  country: string | null;
  description: string;
}
export interface Source extends RecordMeta {
  name: string;
  kind: string;
  reliability: string;
  url: string | null;
  description: string;
}
/** GET /api/{groups,actors,sources}/usage?id=…: how many live incidents name each record. */
export interface RecordUsage {
  items: { id: string; incidents: number }[];
}

export interface Act {
  id?: string;
  violationType: string;
  pyramidLevel?: number;
  groupId: string | null;
  identityBasis: string | null;
  victims: VictimCounts;
  perpetrators: { actorId: string; involvement: string }[];
}
export interface IncidentSourceRef {
  sourceId: string;
  connection: string;
  materialType: string;
  informationDate: string | null;
  credibility: number;
  note: string;
}
export interface IncidentLink {
  incidentId: string;
  kind: string;
  note: string;
  direction?: 'outgoing' | 'incoming';
}

export type WithholdableField = 'place' | 'date' | 'reporter';
export type Withhold = Record<WithholdableField, string | null>;

export interface Incident extends RecordMeta {
  title: string;
  narrative: string;
  startDate: string;
  startPrecision: Precision;
  endDate: string | null;
  endPrecision: Precision | null;
  dateEstimated: boolean;
  reportDate: string | null;
  country: string;
  admin1: string | null;
  placeId: string | null;
  place: Place | null;
  pyramidLevel: number;
  derivedPyramidLevel: number;
  pyramidLevelOverride: { level: number; reason: string } | null;
  verificationStatus: string;
  confidentiality: string;
  /** Team ids the incident is restricted to (empty: none). */
  teams?: string[];
  /** Per field, the confidentiality level below which readers do not see it (null: not withheld). */
  withhold?: Withhold;
  /** The fields withheld from you in this answer. */
  withheld?: WithholdableField[];
  monitoringStatus: string;
  victims: VictimCounts;
  violationTypes: string[];
  targetedGroupIds: string[];
  identityBases: string[];
  perpetratorIds: string[];
  acts: Act[];
  sources: IncidentSourceRef[];
  evidenceIds: string[];
  links: IncidentLink[];
  createdBy: string;
  updatedBy: string;
}

export type IncidentSummary = Pick<
  Incident,
  | 'id'
  | 'version'
  | 'title'
  | 'startDate'
  | 'startPrecision'
  | 'endDate'
  | 'country'
  | 'admin1'
  | 'placeId'
  | 'pyramidLevel'
  | 'verificationStatus'
  | 'confidentiality'
  | 'victims'
  | 'violationTypes'
  | 'targetedGroupIds'
  | 'perpetratorIds'
  | 'updatedAt'
  | 'deletedAt'
>;

export interface IncidentPage {
  items: IncidentSummary[];
  total: number;
  /** A text search matched more than `total`: show it as "10,000+". */
  totalIsLowerBound: boolean;
  nextCursor: string | null;
}

export type StatsDimension = 'month' | 'year' | 'level' | 'country' | 'admin1' | 'place' | 'group' | 'basis' | 'type' | 'perpetrator' | 'verification';
export interface StatsCell extends VictimCounts {
  month?: string;
  year?: string;
  level?: number;
  country?: string;
  admin1?: string | null;
  place?: string | null;
  group?: string | null;
  basis?: string | null;
  type?: string;
  perpetrator?: string | null;
  verification?: string;
  incidents: number;
}
export interface Stats {
  by: StatsDimension[];
  cells: StatsCell[];
  totals: StatsCell;
}

export interface Evidence {
  id: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
  filename: string;
  description: string;
  createdAt: string;
  createdBy: string;
  custody: { at: string; actor: string; action: string; note: string }[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  requestId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface TaxonomyTerm {
  code: string;
  label: Record<string, string>;
  definition?: Record<string, string>;
  pyramidLevel?: number;
  parent?: string;
  /** Violation types: the treaty articles the conduct engages. */
  provisions?: { instrument: string; article: string }[];
}
export interface Taxonomy {
  id: string;
  terms: TaxonomyTerm[];
}

export interface FieldProblem {
  field: string;
  /** What is wrong, to translate (web/src/i18n/problems.ts); `message` is the API's English. */
  code: FieldProblemCode;
  params?: Record<string, string | number | string[]>;
  message: string;
  in?: 'body' | 'query' | 'path' | 'header';
  pointer?: string;
}
/** RFC 9457 problem details, as every API error is sent. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
  current?: unknown;
}

/** GET /api/stats/extent: the first and last month with incidents dated to the day or month. */
export interface StatsExtent {
  first: string | null;
  last: string | null;
}

/** A region of a country (GET /api/regions). */
export interface Region {
  id: string;
  country: string;
  level: 'admin1' | 'admin2';
  name: string;
  parentId: string | null;
  parentName: string | null;
  aliases: string[];
  centroid: { latitude: number; longitude: number } | null;
  hasBoundary: boolean;
  places: number;
  incidents: number;
}

/** The region at a point (GET /api/regions/at). */
export interface RegionAt {
  admin1: string | null;
  admin2: string | null;
  regionId: string | null;
  matchedBy: 'boundary' | 'nearest-place' | null;
  nearestPlace: { id: string; name: string; distanceKm: number } | null;
}
