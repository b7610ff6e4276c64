import { randomUUID } from 'node:crypto';
import { parseEventDate } from './dates.js';
import { deriveFacts } from './derive.js';
import type { Resolved } from './references.js';
import type { IncidentInput } from './schema.js';
import type * as store from './store/index.js';

export function toWrite(id: string, input: IncidentInput, r: Resolved, actor: string): { row: store.IncidentWrite; children: store.IncidentChildren } {
  const facts = deriveFacts(input.acts, r.levels, r.groupBasis);
  const start = parseEventDate(input.startDate)!;
  const end = input.endDate ? parseEventDate(input.endDate)! : null;
  const place = input.placeId ? r.places.get(input.placeId) : undefined;
  const acts = input.acts.map((act, position) => ({
    id: act.id ?? randomUUID(),
    incident_id: id,
    position,
    violation_type: act.violationType,
    group_id: act.groupId ?? null,
    identity_basis: act.identityBasis ?? (act.groupId ? (r.groupBasis.get(act.groupId) ?? null) : null),
    ...act.victims,
  }));
  const involvements = input.acts.flatMap((act, a) => {
    // The same actor named twice for one act with one degree is one involvement.
    const unique = new Map(act.perpetrators.map((p) => [`${p.actorId}|${p.involvement}`, p]));
    return [...unique.values()].map((p) => ({ act_id: acts[a]!.id, actor_id: p.actorId, degree: p.involvement }));
  });
  return {
    row: {
      id,
      title: input.title,
      narrative: input.narrative,
      start_date: start.date,
      start_precision: start.precision,
      end_date: end?.date ?? null,
      end_precision: end?.precision ?? null,
      date_estimated: input.dateEstimated,
      report_date: input.reportDate ? parseEventDate(input.reportDate)!.date : null,
      place_id: input.placeId ?? null,
      country: place?.country ?? input.country!,
      admin1: place ? place.admin1 : (input.admin1 ?? null),
      derived_level: facts.derivedLevel,
      level_override: input.pyramidLevelOverride?.level ?? null,
      level_override_reason: input.pyramidLevelOverride?.reason ?? null,
      verification_status: input.verificationStatus,
      confidentiality: input.confidentiality,
      teams: [...new Set(input.teams ?? [])].sort(),
      withhold_place: input.withhold?.place ?? null,
      withhold_date: input.withhold?.date ?? null,
      withhold_reporter: input.withhold?.reporter ?? null,
      monitoring_status: input.monitoringStatus,
      ...facts.victims,
      group_ids: facts.groupIds,
      identity_bases: facts.identityBases,
      violation_types: facts.violationTypes,
      perpetrator_ids: facts.perpetratorIds,
      created_by: actor,
      updated_by: actor,
    },
    children: {
      acts,
      involvements,
      sources: input.sources.map((s) => ({
        incident_id: id,
        source_id: s.sourceId,
        connection: s.connection,
        material_type: s.materialType,
        information_date: s.informationDate ? parseEventDate(s.informationDate)!.date : null,
        credibility: s.credibility,
        note: s.note,
      })),
      evidence: [...new Set(input.evidenceIds)].map((evidence_id) => ({ incident_id: id, evidence_id })),
      // One link per target and kind: a repeated one keeps the last note.
      links: [...new Map(input.links.map((l) => [`${l.incidentId}|${l.kind}`, l])).values()].map((l) => ({
        from_incident: id,
        to_incident: l.incidentId,
        kind: l.kind,
        note: l.note,
      })),
    },
  };
}

export function mergeChildren(all: store.IncidentChildren[]): store.IncidentChildren {
  return {
    acts: all.flatMap((c) => c.acts),
    involvements: all.flatMap((c) => c.involvements),
    sources: all.flatMap((c) => c.sources),
    evidence: all.flatMap((c) => c.evidence),
    links: all.flatMap((c) => c.links),
  };
}
