import { can, requirePermission } from '../../access/permissions.js';
import type { RequestContext } from '../../context.js';
import { invalid } from '../../errors.js';
import { getEvidenceMany } from '../../evidence/service.js';
import { countingMonthKey } from '../../incidents/counting.js';
import { formatEventDate } from '../../incidents/dates.js';
import type { Incident } from '../../incidents/schema.js';
import { getIncidents } from '../../incidents/service.js';
import { placesFor } from '../../registry/placeCoordinates.js';
import type { Place } from '../../registry/schema.js';
import { getRecords } from '../../registry/service.js';
import { listRegions } from '../../regions/service.js';
import { countryName } from '../../taxonomies/countries.js';
import { loadTaxonomy } from '../../taxonomies/load.js';
import { submissionKinds, type CaseRecord, type RequestedMeasureKind, type SubmissionInput, type SubmissionKind } from '../types.js';
import { countryOutline } from './outline.js';
import { mechanismsFor, templateFor } from './template.js';

/**
 * Everything a submission shows, read through the access door as the requester may see it: the
 * incidents they may read (a confidential one is left out, with its evidence unless another readable
 * incident carries it), each as `getIncident` answers it (withheld places and days removed), places
 * at the coordinates the requester may see (rounded where any incident naming them is hidden from
 * them), evidence the evidence door lets them read, and the pattern by the one counting rule.
 * Renderers never query: they draw what this returns.
 */
export interface AssembleOptions {
  indicators?: SubmissionInput['indicators'];
  /** When the document is generated (default: now). */
  now?: Date;
}

/** The kinds of harm a victim count adds up; `affected` is a broad count that would count people twice. */
const victimKinds = ['killed', 'injured', 'detained', 'disappeared', 'displaced'] as const;

export async function assembleSubmission(ctx: RequestContext, caseRecord: CaseRecord, kind: SubmissionKind, mechanismCode: string, options: AssembleOptions = {}): Promise<SubmissionInput> {
  const scope = ctx.actor.scope;
  requirePermission(scope, 'cases.read');
  if (!submissionKinds.includes(kind)) throw invalid([{ field: 'kind', code: 'invalid-enum', message: `kind must be one of ${submissionKinds.join(', ')}`, params: { options: [...submissionKinds] } }]);
  const template = templateFor(kind, mechanismCode);
  if (!template) {
    const options = mechanismsFor(kind);
    throw invalid([{ field: 'mechanism', code: 'invalid-enum', message: `no ${kind} template for mechanism ${mechanismCode}: one of ${options.join(', ')}`, params: { options } }]);
  }
  const mechanism = template.mechanisms.find((m) => m.code === mechanismCode)!;

  const incidents = await readIncidents(ctx, caseRecord.incidentIds);
  const places = await visiblePlaces(ctx, incidents);
  const violationLabels = new Map(loadTaxonomy('violation-types').terms.map((t) => [t.code, t.label.en]));

  const groupIds = caseRecord.targetedGroupIds.length ? caseRecord.targetedGroupIds : [...new Set(incidents.flatMap((i) => i.targetedGroupIds))];
  const groups = groupIds.length ? await getRecords(ctx.db, 'groups', groupIds) : [];

  const evidenceIds = [...new Set([...caseRecord.evidenceIds, ...incidents.flatMap((i) => i.evidenceIds)])];
  const evidence = evidenceIds.length && can(scope, 'evidence.read') ? await getEvidenceMany(ctx, evidenceIds) : [];

  return {
    kind,
    mechanism: { code: mechanism.code, name: mechanism.name },
    case: {
      id: caseRecord.id,
      title: caseRecord.title,
      country: caseRecord.country,
      summary: caseRecord.summary,
      provisions: caseRecord.provisions,
      remedies: caseRecord.remedies,
      procedures: caseRecord.procedures,
      victims: caseRecord.victims,
    },
    countryName: countryName(caseRecord.country) ?? caseRecord.country,
    targetedGroups: groups.map((g) => ({ id: g.id, name: g.name })),
    chronology: incidents.map((i) => ({
      incidentId: i.id,
      date: formatEventDate(i.startDate, i.startPrecision),
      place: placeLabel(i, places.byId),
      title: i.title,
      violationTypes: [...new Set(i.violationTypes)].map((v) => violationLabels.get(v) ?? v),
      level: i.pyramidLevel,
    })),
    pattern: patternOf(incidents),
    places: places.points,
    mapShapes: await mapShapes(ctx, caseRecord.country),
    requestedMeasures: measuresOf(caseRecord, 'final'),
    interimMeasures: measuresOf(caseRecord, 'interim'),
    indicators: options.indicators ?? [],
    annex: evidence.map((e) => ({
      id: e.id,
      sha256: e.sha256,
      type: e.mediaType,
      date: e.createdAt.slice(0, 10),
      title: e.description ? `${e.filename} — ${e.description}` : e.filename,
      custody: e.custody.map((c) => ({ at: c.at, by: c.actor, action: c.action })),
    })),
    wordLimit: template.wordLimit?.limit ?? null,
    generatedAt: (options.now ?? new Date()).toISOString(),
  };
}

/** The case's requested measures of a kind, as the document prints them; a withdrawn one is left out. */
export function measuresOf(caseRecord: Pick<CaseRecord, 'requestedMeasures'>, kind: RequestedMeasureKind): string[] {
  return caseRecord.requestedMeasures.filter((m) => m.kind === kind && m.status !== 'withdrawn').map((m) => (m.addressedTo ? `${m.text} (addressed to: ${m.addressedTo})` : m.text));
}

/** The case's incidents the requester may read, as they may see them, oldest first; deleted ones left out. */
async function readIncidents(ctx: RequestContext, ids: readonly string[]): Promise<Incident[]> {
  const incidents = await getIncidents(ctx, ids);
  return incidents.filter((i) => !i.deletedAt).sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
}

/** The incidents' places at the coordinates the requester may see, and how many incidents name each. */
async function visiblePlaces(ctx: RequestContext, incidents: readonly Incident[]) {
  const named = new Map<string, Place>();
  const counts = new Map<string, number>();
  for (const i of incidents) {
    if (!i.place) continue;
    named.set(i.place.id, i.place);
    counts.set(i.place.id, (counts.get(i.place.id) ?? 0) + 1);
  }
  const shown = await placesFor(ctx.db, ctx.actor.scope, [...named.values()]);
  const byId = new Map(shown.map((p) => [p.id, p]));
  const points = shown
    .filter((p) => p.latitude !== null && p.longitude !== null)
    .map((p) => ({ name: p.name, lat: p.latitude!, lon: p.longitude!, incidents: counts.get(p.id) ?? 0 }))
    .sort((a, b) => b.incidents - a.incidents || a.name.localeCompare(b.name));
  return { byId, points };
}

/** A place withheld from the reader leaves its admin1, which counts as usual (src/incidents/withhold.ts). */
function placeLabel(incident: Incident, places: Map<string, Place>): string {
  const place = incident.place ? places.get(incident.place.id) : undefined;
  return place?.name ?? incident.admin1 ?? '';
}

/** Incidents and victims by counting month (src/incidents/counting.ts) and pyramid level. */
export function patternOf(incidents: readonly Pick<Incident, 'startDate' | 'startPrecision' | 'pyramidLevel' | 'victims'>[]): SubmissionInput['pattern'] {
  const byMonth = new Map<string, SubmissionInput['pattern'][number]>();
  for (const i of incidents) {
    const month = countingMonthKey({ date: i.startDate, precision: i.startPrecision });
    const row = byMonth.get(month) ?? { month, byLevel: [0, 0, 0, 0, 0], victims: 0 };
    const level = Math.min(5, Math.max(1, i.pyramidLevel));
    row.byLevel[level - 1] = (row.byLevel[level - 1] ?? 0) + 1;
    row.victims += victimKinds.reduce((s, k) => s + (i.victims[k] ?? 0), 0);
    byMonth.set(month, row);
  }
  // Code-point order puts a year's month-unknown bucket (`YYYY-??`) after its months.
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** The country's region boundaries when stored (the demo's Veridia, imported shapes), else its outline. */
async function mapShapes(ctx: RequestContext, country: string): Promise<NonNullable<SubmissionInput['mapShapes']>> {
  if (can(ctx.actor.scope, 'registry.read')) {
    const { items } = await listRegions(ctx, { country, level: 'admin1', boundaries: true });
    const shapes = items.filter((r) => r.boundary).map((r) => ({ name: r.name, boundary: r.boundary as NonNullable<SubmissionInput['mapShapes']>[number]['boundary'] }));
    if (shapes.length) return shapes;
  }
  const outline = countryOutline(country);
  return outline ? [outline] : [];
}
