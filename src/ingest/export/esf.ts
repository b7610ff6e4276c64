import type { ExchangeIncident } from './exchange.js';
import type { ExportHeader } from './json.js';

/**
 * HURIDOCS Events Standard Formats (ESF) as JSON. ESF describes a violation as a small network
 * of records of different formats linked by record numbers — Event, Act (one victim, one type
 * of act), Involvement (one perpetrator's part in one act), Person (victims, perpetrators and
 * sources alike, individuals or groups), Information (one source's account of the event) and
 * Chain of events (how two events relate) — rather than one flat form. We write each record
 * as one JSON object with its `recordType`, field names after ESF's field titles, record
 * numbers our stable ids, and the values our vocabularies' stable codes (named in the
 * header's `vocabularies`, so a partner can map them to the HURIDOCS micro-thesauri).
 *
 * Records are written in an order a reader can stream: every Person before the first record
 * that names it, then each Event followed by its Acts, Involvements, Information and Chain of
 * events records. One record per line (see json.ts).
 */

export type EsfRecord = Record<string, unknown> & { recordType: 'person' | 'event' | 'act' | 'involvement' | 'information' | 'chainOfEvents' };

export const esfVocabularies = {
  typeOfAct: 'precursor:violation-types',
  statedReason: 'precursor:identity-bases',
  degreeOfInvolvement: 'precursor:involvement-degrees',
  typeOfPerpetrator: 'precursor:actor-kinds',
  groupBasis: 'precursor:identity-bases',
  connectionOfSourceToInformation: 'precursor:source-connections',
  typeOfSourceMaterial: 'precursor:material-types',
  reliabilityOfSource: 'precursor:source-reliability',
  reliabilityOfInformation: 'precursor:information-credibility',
  typeOfChainOfEvents: 'precursor:incident-link-kinds',
  locationPrecision: 'precursor:location-precisions',
  verificationStatus: 'precursor:verification-statuses',
  confidentiality: 'precursor:confidentiality-levels',
  monitoringStatus: 'precursor:monitoring-statuses',
};

const precisionOf = (date: string | null) => (date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year');

/**
 * The ESF records of one incident, persons first — those not yet in `written` (person record
 * numbers already written by this export; the set grows with the registry records named, not
 * with the incidents).
 */
export function esfRecords(i: ExchangeIncident, written: Set<string>): EsfRecord[] {
  const persons: EsfRecord[] = [];
  const person = (id: string, record: () => EsfRecord) => {
    if (written.has(id)) return;
    written.add(id);
    persons.push(record());
  };
  for (const a of i.acts) {
    if (a.group) {
      const g = a.group;
      person(g.id, () => ({ recordType: 'person', personRecordNumber: g.id, name: g.name, counting: 'group', groupBasis: g.basis, country: g.country }));
    }
    for (const p of a.perpetrators) {
      person(p.actor.id, () => ({ recordType: 'person', personRecordNumber: p.actor.id, name: p.actor.name, counting: 'group', typeOfPerpetrator: p.actor.kind, country: p.actor.country }));
    }
  }
  for (const s of i.sources) {
    person(s.source.id, () => ({
      recordType: 'person',
      personRecordNumber: s.source.id,
      name: s.source.name,
      counting: 'group',
      typeOfSource: s.source.kind,
      reliabilityOfSource: s.source.reliability,
      url: s.source.url,
    }));
  }
  const event: EsfRecord = {
    recordType: 'event',
    eventRecordNumber: i.id,
    eventTitle: i.title,
    initialDate: i.startDate,
    initialDatePrecision: precisionOf(i.startDate),
    finalDate: i.endDate,
    finalDatePrecision: precisionOf(i.endDate),
    dateEstimated: i.dateEstimated,
    dateReceived: i.reportDate,
    geographicalTerm: i.country,
    localGeographicalArea: i.admin1,
    location: i.place,
    eventDescription: i.narrative,
    violationTypes: i.violationTypes,
    pyramidLevel: i.pyramidLevel,
    pyramidLevelOverride: i.pyramidLevelOverride,
    verificationStatus: i.verificationStatus,
    confidentiality: i.confidentiality,
    monitoringStatus: i.monitoringStatus,
    victimTotals: i.victims,
    // What ESF has no field for, kept so that Precursor reads the record back whole.
    precursor: {
      version: i.version,
      teams: i.teams,
      withhold: i.withhold,
      withheld: i.withheld,
      evidenceIds: i.evidenceIds,
      evidence: i.evidence,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      createdBy: i.createdBy,
      updatedBy: i.updatedBy,
      deletedAt: i.deletedAt,
    },
  };
  const acts: EsfRecord[] = i.acts.map((a) => ({
    recordType: 'act',
    actRecordNumber: a.id,
    eventRecordNumber: i.id,
    victimRecordNumber: a.group?.id ?? null,
    typeOfAct: a.violationType,
    statedReason: a.identityBasis,
    victimCounts: a.victims,
    pyramidLevel: a.pyramidLevel,
  }));
  const involvements: EsfRecord[] = i.acts.flatMap((a) =>
    a.perpetrators.map((p) => ({
      recordType: 'involvement' as const,
      involvementRecordNumber: `${a.id}/${p.actor.id}/${p.involvement}`,
      eventRecordNumber: i.id,
      actRecordNumber: a.id,
      perpetratorRecordNumber: p.actor.id,
      degreeOfInvolvement: p.involvement,
      typeOfPerpetrator: p.actor.kind,
    })),
  );
  const information: EsfRecord[] = i.sources.map((s) => ({
    recordType: 'information',
    informationRecordNumber: `${i.id}/${s.source.id}`,
    eventRecordNumber: i.id,
    sourceRecordNumber: s.source.id,
    connectionOfSourceToInformation: s.connection,
    typeOfSourceMaterial: s.materialType,
    dateOfSourceMaterial: s.informationDate,
    reliabilityOfInformation: s.credibility,
    remarks: s.note,
  }));
  const chains: EsfRecord[] = i.links.map((l) => ({
    recordType: 'chainOfEvents',
    chainOfEventsRecordNumber: `${i.id}/${l.incidentId}/${l.kind}`,
    eventRecordNumber: i.id,
    relatedEventRecordNumber: l.incidentId,
    typeOfChainOfEvents: l.kind,
    remarks: l.note,
  }));
  return [...persons, event, ...acts, ...involvements, ...information, ...chains];
}

export async function* esfChunks(pages: AsyncIterable<ExchangeIncident[]>, header: ExportHeader): AsyncGenerator<string> {
  const esf = { standard: 'HURIDOCS Events Standard Formats', encoding: 'precursor-esf-json', ...header, vocabularies: esfVocabularies };
  yield `{"esf":${JSON.stringify(esf)},"records":[\n`;
  const written = new Set<string>();
  let first = true;
  for await (const page of pages) {
    const lines = page.flatMap((i) => esfRecords(i, written)).map((r) => JSON.stringify(r));
    if (lines.length === 0) continue;
    yield `${first ? '' : ',\n'}${lines.join(',\n')}`;
    first = false;
  }
  yield `${first ? '' : '\n'}]}\n`;
}
