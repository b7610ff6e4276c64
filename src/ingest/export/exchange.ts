import type { Actor, Group, Place, Source } from '../../registry/schema.js';
import type { Incident } from '../../incidents/schema.js';

/**
 * The incident as Precursor exchanges it (JSON, NDJSON, GeoJSON properties, and the source of
 * every other format): the stored document with the records it points at written out by name
 * — a partner's instance has none of our ids for places, groups, actors or sources, and its
 * importer finds or creates them by name (src/ingest/types.ts, ImportedIncident). Our ids stay
 * beside the names so a re-import into an empty instance keeps them.
 */
export interface ExchangeIncident {
  id: string;
  version: number;
  title: string;
  narrative: string;
  startDate: string;
  endDate: string | null;
  dateEstimated: boolean;
  reportDate: string | null;
  country: string;
  admin1: string | null;
  place: ExchangePlace | null;
  pyramidLevel: number;
  pyramidLevelOverride: { level: number; reason: string } | null;
  verificationStatus: string;
  confidentiality: string;
  monitoringStatus: string;
  /** Left out of a public export (they name our teams and withholding levels). */
  teams?: string[];
  withhold?: Incident['withhold'];
  /** The fields withheld from the exporter (its clearance): place, dates to the month, sources. */
  withheld: string[];
  victims: Incident['victims'];
  violationTypes: string[];
  acts: ExchangeAct[];
  sources: ExchangeInformation[];
  evidenceIds: string[];
  /**
   * The evidence records (never the files) of the incident the exporter may read: our importer
   * links each by SHA-256 to the same file when it is on record, or records it without its file.
   * Left out of a public export and for a reader who may not read evidence.
   */
  evidence?: ExchangeEvidence[];
  /** The incident's own (outgoing) chain-of-events links; an incoming one is the other incident's. */
  links: { incidentId: string; kind: string; note: string }[];
  createdAt: string;
  updatedAt: string;
  /** Left out of a public export: they name our staff. */
  createdBy?: string;
  updatedBy?: string;
  deletedAt: string | null;
}

export interface ExchangeEvidence {
  id: string;
  sha256: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  description: string;
}

export interface ExchangePlace {
  id: string;
  name: string;
  country: string;
  admin1: string | null;
  admin2: string | null;
  latitude: number | null;
  longitude: number | null;
  precision: string;
}

export interface ExchangeAct {
  id: string;
  violationType: string;
  pyramidLevel: number;
  group: { id: string; name: string; basis: string; country: string | null } | null;
  identityBasis: string | null;
  victims: Incident['acts'][number]['victims'];
  perpetrators: { actor: { id: string; name: string; kind: string; country: string | null }; involvement: string }[];
}

export interface ExchangeInformation {
  source: { id: string; name: string; kind: string; reliability: string; url: string | null };
  connection: string;
  materialType: string;
  informationDate: string | null;
  credibility: number;
  note: string;
}

/** The registry records a page of incidents names, by id. */
export interface NamedRecords {
  places: ReadonlyMap<string, Place>;
  groups: ReadonlyMap<string, Group>;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** The evidence records the exporter may read, by id (absent: the reader may not read evidence). */
  evidence?: ReadonlyMap<string, ExchangeEvidence>;
}

const unknownName = (id: string) => `(unknown ${id})`;

/** The stored incident as exchanged: names beside ids, outgoing links only. Pure. */
export function toExchange(incident: Incident, names: NamedRecords): ExchangeIncident {
  const place = incident.place ?? (incident.placeId ? names.places.get(incident.placeId) : undefined) ?? null;
  return {
    id: incident.id,
    version: incident.version,
    title: incident.title,
    narrative: incident.narrative,
    startDate: incident.startDate,
    endDate: incident.endDate,
    dateEstimated: incident.dateEstimated,
    reportDate: incident.reportDate,
    country: incident.country,
    admin1: incident.admin1,
    place: place
      ? {
          id: place.id,
          name: place.name,
          country: place.country,
          admin1: place.admin1,
          admin2: place.admin2,
          latitude: place.latitude,
          longitude: place.longitude,
          precision: place.locationPrecision,
        }
      : null,
    pyramidLevel: incident.pyramidLevel,
    pyramidLevelOverride: incident.pyramidLevelOverride,
    verificationStatus: incident.verificationStatus,
    confidentiality: incident.confidentiality,
    monitoringStatus: incident.monitoringStatus,
    teams: incident.teams,
    withhold: incident.withhold,
    withheld: incident.withheld,
    victims: incident.victims,
    violationTypes: incident.violationTypes,
    acts: incident.acts.map((a) => {
      const group = a.groupId ? names.groups.get(a.groupId) : undefined;
      return {
        id: a.id,
        violationType: a.violationType,
        pyramidLevel: a.pyramidLevel,
        group: a.groupId ? { id: a.groupId, name: group?.name ?? unknownName(a.groupId), basis: group?.basis ?? 'other', country: group?.country ?? null } : null,
        identityBasis: a.identityBasis,
        victims: a.victims,
        perpetrators: a.perpetrators.map((p) => {
          const actor = names.actors.get(p.actorId);
          return { actor: { id: p.actorId, name: actor?.name ?? unknownName(p.actorId), kind: actor?.kind ?? 'unknown', country: actor?.country ?? null }, involvement: p.involvement };
        }),
      };
    }),
    sources: incident.sources.map((s) => {
      const source = names.sources.get(s.sourceId);
      return {
        source: { id: s.sourceId, name: source?.name ?? unknownName(s.sourceId), kind: source?.kind ?? 'other', reliability: source?.reliability ?? 'F', url: source?.url ?? null },
        connection: s.connection,
        materialType: s.materialType,
        informationDate: s.informationDate,
        credibility: s.credibility,
        note: s.note,
      };
    }),
    evidenceIds: incident.evidenceIds,
    ...(names.evidence ? { evidence: incident.evidenceIds.flatMap((id) => (names.evidence!.has(id) ? [names.evidence!.get(id)!] : [])) } : {}),
    links: incident.links.filter((l) => l.direction === 'outgoing').map((l) => ({ incidentId: l.incidentId, kind: l.kind, note: l.note })),
    createdAt: incident.createdAt,
    updatedAt: incident.updatedAt,
    createdBy: incident.createdBy,
    updatedBy: incident.updatedBy,
    deletedAt: incident.deletedAt,
  };
}
