import { randomUUID } from 'node:crypto';
import { requirePermission } from '../access/permissions.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import { DomainError, invalid } from '../errors.js';
import { incidentPages } from '../incidents/pages.js';
import { readableIncidentIds } from '../incidents/read.js';
import { IncidentFilterQuery } from '../incidents/schema.js';
import { getRecords } from '../registry/service.js';
import type { Assessment, AssessmentInput, AssessmentStatus, ConfirmInput, Scorecard, SuggestionOut } from './schema.js';
import { type AssessmentRow, insertAssessment, selectAssessedCountries, selectCurrentAssessments } from './store.js';
import { type SuggestIncident, suggestIndicators } from './suggest.js';
import { type Framework, indicatorIndex, loadFramework } from './taxonomy.js';

/**
 * The Framework of Analysis scorecard: analysts' assessments of each indicator per country
 * (append-only, audited), the current scorecard with what changed since a day, and suggestions
 * from the recorded incidents that only an analyst's confirmation turns into assessments.
 * Evidence passes the access door: a reader sees only the incident ids it may read.
 */

/** The Framework itself: factors and indicators, with the citation. */
export function getFramework(ctx: RequestContext): Framework {
  requirePermission(ctx.actor.scope, 'framework.read');
  return loadFramework();
}

export const withheldReason = 'withheld: it counts incidents you may not read';

async function toAssessments(ctx: RequestContext, rows: AssessmentRow[]): Promise<Assessment[]> {
  const readable = await readableIncidentIds(ctx, [...new Set(rows.flatMap((r) => r.incident_ids))]);
  return rows.map((r) => ({
    id: r.id,
    country: r.country,
    indicator: r.indicator,
    status: r.status as AssessmentStatus,
    assessedOn: r.assessed_on,
    note: r.note,
    incidentIds: r.incident_ids.filter((id) => readable.has(id)),
    // A confirmed suggestion's reason counts the incidents its confirmer could read: a reader who
    // may not read them all does not get those counts.
    suggestion: r.suggestion && (r.incident_ids.every((id) => readable.has(id)) ? r.suggestion : { id: r.suggestion.id, reason: withheldReason }),
    assessedBy: r.assessed_by,
    recordedAt: r.recorded_at,
  }));
}

/** A factor's status from its indicators': the strongest present, absent only when all are. */
function factorStatus(statuses: AssessmentStatus[]): AssessmentStatus {
  if (statuses.includes('present')) return 'present';
  if (statuses.includes('partly')) return 'partly';
  if (statuses.length > 0 && statuses.every((s) => s === 'absent')) return 'absent';
  return 'unknown';
}

/** The countries that have a scorecard (at least one indicator assessed). */
export async function listAssessedCountries(ctx: RequestContext): Promise<string[]> {
  requirePermission(ctx.actor.scope, 'framework.read');
  return selectAssessedCountries(ctx.db);
}

/** The current scorecard of a country, per factor, and (with `since`) what changed since that day. */
export async function getScorecard(ctx: RequestContext, country: string, since?: string): Promise<Scorecard> {
  requirePermission(ctx.actor.scope, 'framework.read');
  const framework = loadFramework();
  const [rows, before] = await Promise.all([selectCurrentAssessments(ctx.db, country), since ? selectCurrentAssessments(ctx.db, country, since) : Promise.resolve([])]);
  const current = new Map((await toAssessments(ctx, rows)).map((a) => [a.indicator, a]));
  const then = new Map(before.map((r) => [r.indicator, r.status as AssessmentStatus]));
  const changes: Scorecard['changes'] = [];
  const factors = framework.factors.map((factor) => {
    const indicators = factor.indicators.map((ind) => {
      const a = current.get(ind.code) ?? null;
      const status = a?.status ?? 'unknown';
      const statusSince = since ? (then.get(ind.code) ?? 'unknown') : null;
      if (statusSince !== null && statusSince !== status) changes.push({ indicator: ind.code, from: statusSince, to: status, assessedOn: a!.assessedOn });
      return { code: ind.code, number: ind.number, text: ind.text, status, current: a, statusSince };
    });
    const counts = { present: 0, partly: 0, absent: 0, unknown: 0 };
    for (const i of indicators) counts[i.status] += 1;
    return {
      code: factor.code,
      number: factor.number,
      name: factor.name,
      crimes: factor.crimes,
      status: factorStatus(indicators.filter((i) => i.current).map((i) => i.status)),
      counts,
      assessed: indicators.filter((i) => i.current).length,
      changedSince: since ? indicators.filter((i) => i.statusSince !== i.status).length : null,
      indicators,
    };
  });
  return { country, frameworkVersion: framework.version, since: since ?? null, factors, changes };
}

async function record(ctx: RequestContext, country: string, input: AssessmentInput, suggestion: { id: string; reason: string } | null): Promise<Assessment> {
  const readable = await readableIncidentIds(ctx, input.incidentIds);
  const unreadable = input.incidentIds.map((id, i) => [id, i] as const).filter(([id]) => !readable.has(id));
  if (unreadable.length) {
    throw invalid(unreadable.map(([id, i]) => ({ field: `incidentIds.${i}`, code: 'not-found' as const, message: `incident ${id} does not exist`, params: { entity: 'incident', id } })));
  }
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await insertAssessment(tx, {
      id: randomUUID(),
      country,
      indicator: input.indicator,
      status: input.status,
      assessed_on: input.assessedOn,
      note: input.note,
      incident_ids: [...new Set(input.incidentIds)],
      suggestion,
      assessed_by: ctx.actor.id,
    });
    // The audit document counts the evidence rather than naming it: an audit reader may not
    // read every incident an analyst linked (the assessment row keeps the ids, read through the door).
    // The suggestion's reason is left out for the same cause (its counts), its id kept.
    const { incident_ids, suggestion: confirmed, ...rest } = inserted;
    const after = { ...rest, suggestion: confirmed?.id ?? null, evidence: incident_ids.length };
    await recordAudit(tx, ctx, [{ action: 'framework-assessment.create', entity: 'framework-assessment', entityId: inserted.id, before: null, after }]);
    return inserted;
  });
  return (await toAssessments(ctx, [row]))[0]!;
}

/** Records an analyst's assessment of one indicator for a country (a new row: history is kept). */
export async function recordAssessment(ctx: RequestContext, country: string, input: AssessmentInput): Promise<Assessment> {
  requirePermission(ctx.actor.scope, 'framework.write');
  return record(ctx, country, input, null);
}

/** The incidents of a country the caller may read, in the plain shape the suggestion rules take. */
async function suggestInput(ctx: RequestContext, country: string): Promise<SuggestIncident[]> {
  const out: SuggestIncident[] = [];
  for await (const page of incidentPages(ctx, IncidentFilterQuery.parse({ country }), 1000)) {
    for (const i of page) out.push({ id: i.id, startDate: i.startDate, startPrecision: i.startPrecision, acts: i.acts.map((a) => ({ violationType: a.violationType, pyramidLevel: a.pyramidLevel, groupId: a.groupId, victims: a.victims })) });
  }
  return out;
}

/** What the recorded incidents suggest for a country's scorecard, to confirm or pass over. */
export async function listSuggestions(ctx: RequestContext, country: string): Promise<SuggestionOut[]> {
  requirePermission(ctx.actor.scope, 'framework.read');
  const incidents = await suggestInput(ctx, country);
  const groupIds = [...new Set(incidents.flatMap((i) => i.acts.flatMap((a) => (a.groupId ? [a.groupId] : []))))];
  const names = new Map((await getRecords(ctx.db, 'groups', groupIds)).map((g) => [g.id, (g as { name: string }).name]));
  const suggestions = suggestIndicators(incidents, (id) => names.get(id) ?? id);
  const current = new Map((await selectCurrentAssessments(ctx.db, country)).map((r) => [r.indicator, r.status as AssessmentStatus]));
  const index = indicatorIndex(loadFramework());
  return suggestions.map((s) => ({ ...s, factor: index.get(s.indicator)!.factor.number, currentStatus: current.get(s.indicator) ?? 'unknown' }));
}

/**
 * Confirms a suggestion: records it as an assessment (the analyst's status if given, else the
 * suggested one), with its incidents as evidence and its reason kept beside the analyst's note.
 * The suggestion is recomputed from the data now: one the data no longer supports is refused.
 */
export async function confirmSuggestion(ctx: RequestContext, country: string, suggestionId: string, input: ConfirmInput): Promise<Assessment> {
  requirePermission(ctx.actor.scope, 'framework.write');
  const found = (await listSuggestions(ctx, country)).find((s) => s.id === suggestionId);
  if (!found) throw new DomainError('not-found', `no suggestion ${suggestionId} for ${country} in the data as it is now`);
  return record(ctx, country, { indicator: found.indicator, status: input.status ?? found.status, assessedOn: input.assessedOn, note: input.note, incidentIds: found.incidentIds }, { id: found.id, reason: found.reason });
}
