import type { Place } from '../registry/schema.js';
import { violationLevels } from '../taxonomies/codes.js';
import { formatEventDate } from './dates.js';
import { victimKinds, type Incident, type IncidentInput, type IncidentSummary, type VictimCounts } from './schema.js';
import type { IncidentChildren, IncidentRow, VictimColumns } from './store/index.js';
import { withholdOf } from './withhold.js';

/** Turns stored rows into the incident document the API returns and the audit trail keeps. */
export function toIncident(row: IncidentRow, c: IncidentChildren, places: ReadonlyMap<string, Place>): Incident {
  const levels = violationLevels();
  const own = <T extends { incident_id: string }>(rows: T[]) => rows.filter((r) => r.incident_id === row.id);
  const acts = own(c.acts).sort((a, b) => a.position - b.position);
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    narrative: row.narrative,
    startDate: formatEventDate(row.start_date, row.start_precision),
    startPrecision: row.start_precision,
    endDate: row.end_date && row.end_precision ? formatEventDate(row.end_date, row.end_precision) : null,
    endPrecision: row.end_precision,
    dateEstimated: row.date_estimated,
    reportDate: row.report_date,
    country: row.country.trim(),
    admin1: row.admin1,
    placeId: row.place_id,
    place: (row.place_id && places.get(row.place_id)) || null,
    pyramidLevel: row.pyramid_level,
    derivedPyramidLevel: row.derived_level,
    pyramidLevelOverride: row.level_override ? { level: row.level_override, reason: row.level_override_reason ?? '' } : null,
    verificationStatus: row.verification_status,
    confidentiality: row.confidentiality,
    teams: row.teams,
    withhold: withholdOf(row),
    // What the reader is not shown is decided by redactIncident (withhold.ts), not here.
    withheld: [],
    monitoringStatus: row.monitoring_status,
    victims: victimsOf(row),
    violationTypes: row.violation_types,
    targetedGroupIds: row.group_ids,
    identityBases: row.identity_bases,
    perpetratorIds: row.perpetrator_ids,
    acts: acts.map((a) => ({
      id: a.id,
      violationType: a.violation_type,
      pyramidLevel: levels.get(a.violation_type) ?? 0,
      groupId: a.group_id,
      identityBasis: a.identity_basis,
      victims: victimsOf(a),
      perpetrators: c.involvements
        .filter((v) => v.act_id === a.id)
        .map((v) => ({ actorId: v.actor_id, involvement: v.degree }))
        .sort((x, y) => byText(x.actorId, y.actorId) || byText(x.involvement, y.involvement)),
    })),
    // Children are listed in one stable order (by id) whether the document comes from a
    // write or a read, so the audit trail never shows a reordering that did not happen.
    sources: own(c.sources)
      .sort((x, y) => byText(x.source_id, y.source_id))
      .map((s) => ({
      sourceId: s.source_id,
      connection: s.connection,
      materialType: s.material_type,
      informationDate: s.information_date,
      credibility: s.credibility,
      note: s.note,
    })),
    evidenceIds: own(c.evidence)
      .map((e) => e.evidence_id)
      .sort(byText),
    links: c.links
      .filter((l) => l.from_incident === row.id || l.to_incident === row.id)
      .map((l) => ({
        incidentId: l.from_incident === row.id ? l.to_incident : l.from_incident,
        kind: l.kind,
        note: l.note,
        direction: l.from_incident === row.id ? ('outgoing' as const) : ('incoming' as const),
      }))
      .sort((x, y) => byText(x.incidentId, y.incidentId) || byText(x.kind, y.kind) || byText(x.direction, y.direction)),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deletedAt: row.deleted_at,
  };
}

export function toSummary(row: Omit<IncidentRow, 'narrative'>): IncidentSummary {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    startDate: formatEventDate(row.start_date, row.start_precision),
    startPrecision: row.start_precision,
    endDate: row.end_date && row.end_precision ? formatEventDate(row.end_date, row.end_precision) : null,
    country: row.country.trim(),
    admin1: row.admin1,
    placeId: row.place_id,
    pyramidLevel: row.pyramid_level,
    verificationStatus: row.verification_status,
    confidentiality: row.confidentiality,
    teams: row.teams,
    victims: victimsOf(row),
    violationTypes: row.violation_types,
    targetedGroupIds: row.group_ids,
    perpetratorIds: row.perpetrator_ids,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function victimsOf(r: VictimColumns): VictimCounts {
  return Object.fromEntries(victimKinds.map((k) => [k, r[k]])) as VictimCounts;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The input that would save `incident` as it is: the shape a merge compares (acts keep their
 * ids; links are the outgoing ones, the only ones an incident's own edit writes).
 */
export function inputOf(incident: Incident): IncidentInput {
  return {
    title: incident.title,
    narrative: incident.narrative,
    startDate: incident.startDate,
    endDate: incident.endDate,
    dateEstimated: incident.dateEstimated,
    reportDate: incident.reportDate,
    country: incident.country,
    admin1: incident.admin1,
    placeId: incident.placeId,
    pyramidLevelOverride: incident.pyramidLevelOverride,
    verificationStatus: incident.verificationStatus,
    confidentiality: incident.confidentiality,
    teams: [...incident.teams],
    withhold: { ...incident.withhold },
    monitoringStatus: incident.monitoringStatus,
    acts: incident.acts.map((a) => ({
      id: a.id,
      violationType: a.violationType,
      groupId: a.groupId,
      identityBasis: a.identityBasis,
      victims: { ...a.victims },
      perpetrators: a.perpetrators.map((p) => ({ ...p })),
    })),
    sources: incident.sources.map((s) => ({ ...s })),
    evidenceIds: [...incident.evidenceIds],
    links: incident.links.filter((l) => l.direction === 'outgoing').map((l) => ({ incidentId: l.incidentId, kind: l.kind, note: l.note })),
  };
}
