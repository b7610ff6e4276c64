/**
 * The API's shapes as the web app reads them: names for the types generated from the server's
 * OpenAPI document (schema.d.ts, written by `npm run build:api` from the zod schemas of the
 * routes). Nothing here restates a field; a change on the server changes these types, and
 * web/scripts/api.test.ts fails until the generated file is regenerated.
 */
import type { components, operations } from './schema';

/** The JSON body of a response. */
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** What an operation answers with 200 (201 for a create). */
type Ok<Op extends keyof operations> = operations[Op]['responses'] extends { 200: infer R } ? Json<R> : Json<operations[Op]['responses'] extends { 201: infer R } ? R : never>;

export type Incident = Ok<'getIncident'>;
export type IncidentPage = Ok<'listIncidents'>;
export type IncidentCount = Ok<'countIncidents'>;
export type IncidentSummary = IncidentPage['items'][number];
/** PUT /api/incidents/{id} with `merge: true`: a clean merge's report, answered with the saved record. */
export type MergeReport = NonNullable<Ok<'updateIncident'>['merged']>;
/** Per field, the confidentiality level below which readers do not see it (null: not withheld). */
export type Withhold = NonNullable<Incident['withhold']>;
export type WithholdableField = keyof Withhold;
export type Act = Incident['acts'][number];
export type IncidentSourceRef = Incident['sources'][number];
type LinkAsRead = Incident['links'][number];
/** A link as read (with its `direction` from this incident) or as sent (without). */
export type IncidentLink = Omit<LinkAsRead, 'direction'> & Partial<Pick<LinkAsRead, 'direction'>>;
/** The body of POST /api/incidents (PUT adds `version`). */
export type IncidentInput = NonNullable<operations['createIncident']['requestBody']>['content']['application/json'];
export type Precision = Incident['startPrecision'];
export type VictimCounts = Incident['victims'];
export type VictimKind = keyof VictimCounts;
/** The victim counts in the order the app shows them. */
export const victimKinds = ['killed', 'injured', 'detained', 'disappeared', 'displaced', 'affected'] as const satisfies readonly VictimKind[];

export type Place = Ok<'getPlace'>;
export type Group = Ok<'getGroup'>;
export type Actor = Ok<'getActor'>;
export type Source = Ok<'getSource'>;
/** What every registry record carries. */
export type RecordMeta = Pick<Place, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
/** GET /api/{groups,actors,sources}/usage?id=…: how many live incidents name each record. */
export type RecordUsage = Ok<'getGroupsUsage'>;

export type Stats = Ok<'getStats'>;
export type StatsDimension = Stats['by'][number];
export type StatsCell = Stats['cells'][number];
/** GET /api/stats/extent: the first and last month with incidents dated to the day or month. */
export type StatsExtent = Ok<'getStatsExtent'>;

export type Evidence = Ok<'getEvidence'>;
export type AuditEntry = Ok<'listAudit'>['items'][number];

export type Taxonomy = Ok<'getTaxonomy'>;
/** The vocabularies GET /api/taxonomies/{name} serves. */
export type TaxonomyName = Ok<'listTaxonomies'>['items'][number]['name'];
export type TaxonomyTerm = Taxonomy['terms'][number];

/** A victim or witness (GET /api/persons/{id}); `identity` is null for roles that may not see it. */
export type Person = Ok<'getPerson'>;

/** A region of a country (GET /api/regions). */
export type Region = Ok<'listRegions'>['items'][number];
/** The region at a point (GET /api/regions/at). */
export type RegionAt = Ok<'getRegionAt'>;

type ProblemAsSent = components['schemas']['Problem'];
type FieldProblemAsSent = NonNullable<ProblemAsSent['errors']>[number];
/**
 * One invalid field; its `code` is translated (web/src/i18n/problems.ts), `message` is the API's
 * English. The app makes some of its own (a field checked before sending), without `in` or `pointer`.
 */
export type FieldProblem = Omit<FieldProblemAsSent, 'in' | 'pointer'> & Partial<Pick<FieldProblemAsSent, 'in' | 'pointer'>>;
/**
 * RFC 9457 problem details, as every API error is sent; a 409 adds `current`. The app makes some
 * of its own (the network failed, the answer was not JSON), without an `instance`.
 */
export type Problem = Pick<ProblemAsSent, 'type' | 'title' | 'status' | 'detail'> & { instance?: string; errors?: FieldProblem[]; current?: unknown };

// Imports (issue 16 §1): uploads, previews, jobs, saved mappings, batches.
export type ImportUpload = Ok<'uploadImportFile'>;
export type ImportPreview = Ok<'previewImport'>;
export type ImportPreviewRow = ImportPreview['rows'][number];
export type ImportJob = Json<operations['startImportJob']['responses'][202]>;
export type ImportReport = NonNullable<ImportJob['report']>;
export type ImportMappings = Ok<'listImportMappings'>;
export type SavedImportMapping = ImportMappings['saved'][number];
export type ImportBatch = Ok<'getImportBatch'>;
/** GET /api/watchlist (issue 17 §4) and a saved forecast run with its rows. */
export type Watchlist = Ok<'getWatchlist'>;
export type ForecastRun = Ok<'getForecastRun'>;
