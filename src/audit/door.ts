import { alertVisibility, visibilityPredicate } from '../access/door.js';
import { can, type Action } from '../access/permissions.js';
import type { Scope } from '../access/scope.js';
import { caseDocumentsShownTo, caseVisibility } from '../cases/service.js';
import type { RequestContext } from '../context.js';
import { evidenceVisibility, readableEvidenceIds } from '../evidence/service.js';
import type { AuditEntry } from './service.js';
import { entryDocumentsReadable, importEntryVisibility, incidentEntryVisibility, personEntryVisibility, selectReadableIncidentIds, type AuditVisibility } from './store.js';

/*
 * The audit trail through the access door (issue 15 §5): a reader sees the entries about
 * records it may read, and in those, nothing that names a record it may not read. The entries
 * are chosen in SQL (so pages stay full and counts honest); what remains inside a chosen
 * entry's documents is trimmed here.
 */

/**
 * Who may read entries about each kind of record besides incidents, evidence, persons, alerts and
 * cases (which follow their records, below). A module that audits a new kind of record adds its rule here; until
 * then its entries are shown only to a scope that reads everything.
 */
const entityRules: Record<string, Action> = {
  place: 'registry.read',
  // Saved import mappings (src/ingest/jobs): for those who read imports.
  'import-mapping': 'imports.read',
  group: 'registry.read',
  actor: 'registry.read',
  region: 'registry.read',
  // Sources are who tells us: their entries are for those who may read sources.
  source: 'sources.read',
  // Scorecard assessments (src/framework): their documents count the evidence, never name it.
  'framework-assessment': 'framework.read',
  // Saved forecast runs (src/forecast): public predictors, read by who reads forecasts.
  'forecast-run': 'forecasts.read',
};

const readsEverything = (scope: Scope) => visibilityPredicate(scope, () => '') === undefined;

/**
 * The entries a scope may see, as SQL: about an incident it may read (now, and as the entry's
 * documents show it), about evidence it may read (linked to such an incident), about a person
 * of such an incident (with `persons.read`), about a case it may read (with `cases.read`; now, and as
 * the entry's documents show it), or about a record whose kind its role may read. Undefined for a
 * scope that reads everything.
 */
export function auditVisibility(scope: Scope): AuditVisibility | undefined {
  const entities = Object.entries(entityRules)
    .filter(([, action]) => can(scope, action))
    .map(([entity]) => entity);
  if (readsEverything(scope) && can(scope, 'evidence.read') && can(scope, 'alerts.read') && can(scope, 'cases.read') && evidenceVisibility(scope, () => '', 'e.entity_id') === undefined && entities.length === Object.keys(entityRules).length) {
    return undefined;
  }
  return (add) => {
    const incidents = incidentEntryVisibility((columns) => visibilityPredicate(scope, add, columns));
    const clauses = [`(e.entity = 'incident' and ${incidents})`];
    if (can(scope, 'evidence.read')) {
      const evidence = evidenceVisibility(scope, add, 'e.entity_id');
      clauses.push(evidence ? `(e.entity = 'evidence' and ${evidence})` : `e.entity = 'evidence'`);
    }
    // Persons are seen in the incidents they belong to (their entries never hold identities).
    if (can(scope, 'persons.read')) clauses.push(`(e.entity = 'person' and ${personEntryVisibility((columns) => visibilityPredicate(scope, add, columns))})`);
    // An import's rows are seen, as its incidents are, by who may read them (trimmed below).
    clauses.push(`(e.entity = 'import-batch' and e.action = 'import.write' and ${importEntryVisibility((columns) => visibilityPredicate(scope, add, columns))})`);
    // An alert's entries (status changes, withdrawals) follow the alert: seen by who may read all its incidents.
    // The door's own rule for alerts (alertVisibility, src/access/door.ts): the alert's columns, then each incident behind it.
    if (can(scope, 'alerts.read')) clauses.push(`(e.entity = 'alert' and exists (select 1 from alerts a where a.id = e.entity_id and ${alertVisibility(scope, add, 'a') ?? 'true'}))`);
    // A case's entries follow the case, through the cases module's door, read like an incident's:
    // at the case's level now and at the level each document had (a case once restricted to a team
    // keeps that history from readers outside it). What the documents name is trimmed below.
    if (can(scope, 'cases.read')) {
      clauses.push(`(e.entity = 'case' and ${caseVisibility(scope, add, 'e.entity_id', (columns) => entryDocumentsReadable((c) => visibilityPredicate(scope, add, c), columns))})`);
    }
    if (entities.length) clauses.push(`e.entity = any(${add(entities)}::text[])`);
    return clauses.join(' or ');
  };
}

/**
 * What an entry the scope may see can still hold that the scope may not: in an incident's
 * documents, links to incidents and evidence it may not read, and the sources (for a role
 * without `sources.read`); in a region merge, the incidents moved (ids and a count that include
 * records the scope may not read); in a case's documents, whatever GET /api/cases/:id would not
 * show the reader (incidents, evidence and persons it may not read, victims' identities without
 * `persons.read-identity`). Those are left out of the documents.
 */
export async function withoutWhatScopeMayNotSee(ctx: RequestContext, entries: AuditEntry[]): Promise<AuditEntry[]> {
  return withoutUnreadableNames(ctx, await casesAsShown(ctx, entries));
}

/**
 * Case entries' documents as the cases module shows the case to this reader (for every reader:
 * even an administrator's view of a case leaves out what no longer exists, as GET does).
 */
async function casesAsShown(ctx: RequestContext, entries: AuditEntry[]): Promise<AuditEntry[]> {
  const ofCases = entries.filter((e) => e.entity === 'case');
  if (ofCases.length === 0) return entries;
  const docs = await caseDocumentsShownTo(ctx, ofCases.flatMap((e) => [e.before, e.after]));
  const shown = new Map(ofCases.map((e, i) => [e.id, { ...e, before: docs[2 * i], after: docs[2 * i + 1] }]));
  return entries.map((e) => (e.entity === 'case' ? shown.get(e.id)! : e));
}

async function withoutUnreadableNames(ctx: RequestContext, entries: AuditEntry[]): Promise<AuditEntry[]> {
  const { scope } = ctx.actor;
  if (readsEverything(scope) && can(scope, 'sources.read')) return entries;
  const docs = (e: AuditEntry) => [e.before, e.after].filter((d): d is IncidentDocument => !!d && typeof d === 'object' && !Array.isArray(d));
  const incidentDocs = entries.filter((e) => e.entity === 'incident').flatMap(docs);
  const linked = incidentDocs.flatMap((d) => (Array.isArray(d.links) ? d.links.map((l) => l?.incidentId).filter((id): id is string => typeof id === 'string') : []));
  const files = incidentDocs.flatMap((d) => (Array.isArray(d.evidenceIds) ? d.evidenceIds.filter((id): id is string => typeof id === 'string') : []));
  const imported = entries.filter((e) => e.entity === 'import-batch').flatMap((e) => importedRows(e).map((r) => r.incidentId));
  const [readableIncidents, readableFiles] = await Promise.all([
    selectReadableIncidentIds(ctx.db, [...new Set([...linked, ...imported])], (add, columns) => visibilityPredicate(scope, add, columns)),
    can(scope, 'evidence.read') ? readableEvidenceIds(ctx, files) : new Set<string>(),
  ]);
  const redact = (entry: AuditEntry, doc: unknown): unknown => {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return doc;
    const copy: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
    if (entry.entity === 'region' && !readsEverything(scope)) {
      delete copy.incidentIds;
      delete copy.incidents;
    }
    if (entry.entity === 'incident') {
      const d = copy as IncidentDocument;
      if (!can(scope, 'sources.read')) delete copy.sources;
      if (Array.isArray(d.links)) copy.links = d.links.filter((l) => readableIncidents.has(l?.incidentId as string));
      if (Array.isArray(d.evidenceIds)) copy.evidenceIds = d.evidenceIds.filter((id) => readableFiles.has(id as string));
    }
    return copy;
  };
  return entries.map((e) => {
    if (e.entity === 'import-batch' && importedRows(e).length) {
      // An import's entry names only the rows of incidents the reader may read.
      return { ...e, detail: { ...(e.detail as object), rows: importedRows(e).filter((r) => readableIncidents.has(r.incidentId)) } };
    }
    return e.entity === 'incident' || e.entity === 'region' ? { ...e, before: redact(e, e.before), after: redact(e, e.after) } : e;
  });
}

/** The rows an import's entry names (src/ingest/write: `detail.rows`). */
function importedRows(e: AuditEntry): { incidentId: string }[] {
  const rows = (e.detail as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? rows.filter((r): r is { incidentId: string } => typeof r?.incidentId === 'string') : [];
}

/** The parts of an incident's document (incidents/document.ts) that name other records. */
interface IncidentDocument {
  links?: { incidentId?: unknown }[];
  evidenceIds?: unknown[];
  sources?: unknown[];
}
