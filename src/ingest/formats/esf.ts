import { readFile } from 'node:fs/promises';
import type { ExchangeIncident } from '../export/exchange.js';
import type { FormatProfile, ImportedIncident, RowProblem, SourceRecord, SourceTable } from '../types.js';
import { exchangeToIncident, unreadable } from './precursor.js';
import { elementsPerLine, headOf } from './precursor.read.js';

/**
 * HURIDOCS ESF JSON (as src/ingest/export/esf.ts writes it) read back: each Event record with
 * the Act, Involvement, Information and Chain of events records that name it, and the Person
 * records those name, becomes one source record (the event's fields; the others as its
 * children, each with the person it names under `victim`, `perpetrator` or `source`); then
 * one ImportedIncident, lossless with our export.
 *
 * Our layout (one record per line, persons first, each event followed by its records) is
 * streamed; an ESF JSON document laid out otherwise is read whole and grouped by event record
 * number.
 */

type Rec = Record<string, unknown> & { recordType?: string };

const childKinds = { act: 'acts', involvement: 'involvements', information: 'information', chainOfEvents: 'chainOfEvents' } as const;
type ChildKind = keyof typeof childKinds;

/** Groups ESF records into one source record per event; persons resolved as they come. */
export async function* groupEsfRecords(records: AsyncIterable<{ value: Rec; line: number } | { error: string; line: number }>): AsyncGenerator<SourceRecord> {
  const persons = new Map<string, Rec>();
  let current: SourceRecord | undefined;
  const withPerson = (r: Rec, idField: string, as: string): Rec => {
    const id = r[idField];
    return typeof id === 'string' && persons.has(id) ? { ...r, [as]: persons.get(id) } : r;
  };
  for await (const e of records) {
    if ('error' in e) {
      yield unreadable(e.line, e.error);
      continue;
    }
    const r = e.value;
    switch (r.recordType) {
      case 'person':
        if (typeof r.personRecordNumber === 'string') persons.set(r.personRecordNumber, r);
        break;
      case 'event':
        if (current) yield current;
        current = { row: e.line, fields: r, children: { acts: [], involvements: [], information: [], chainOfEvents: [] } };
        break;
      case 'act':
      case 'involvement':
      case 'information':
      case 'chainOfEvents': {
        // Each event's records follow it (our layout; wholeDocument puts another layout in this order).
        const owner = current && current.fields.eventRecordNumber === r.eventRecordNumber ? current : undefined;
        if (!owner) {
          yield unreadable(e.line, `a ${r.recordType} record names the event ${String(r.eventRecordNumber)}, which is not in the file before it`);
          break;
        }
        const resolved =
          r.recordType === 'act' ? withPerson(r, 'victimRecordNumber', 'victim')
          : r.recordType === 'involvement' ? withPerson(r, 'perpetratorRecordNumber', 'perpetrator')
          : r.recordType === 'information' ? withPerson(r, 'sourceRecordNumber', 'source')
          : r;
        owner.children![childKinds[r.recordType as ChildKind]]!.push({ row: e.line, fields: resolved });
        break;
      }
      default:
        yield unreadable(e.line, `an ESF record of unknown type '${String(r.recordType)}'`);
    }
  }
  if (current) yield current;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** One grouped event to the exchange document it was written from. */
export function esfEventToExchange(record: SourceRecord): Partial<ExchangeIncident> {
  const ev = record.fields as Rec;
  const children = record.children ?? {};
  const fieldsOf = (kind: string) => (children[kind] ?? []).map((c) => c.fields as Rec);
  const involvements = fieldsOf('involvements');
  const location = ev.location as ExchangeIncident['place'];
  const own = (ev.precursor && typeof ev.precursor === 'object' ? ev.precursor : {}) as Partial<ExchangeIncident>;
  return {
    id: text(ev.eventRecordNumber) ?? undefined,
    title: text(ev.eventTitle) ?? undefined,
    narrative: text(ev.eventDescription) ?? '',
    startDate: text(ev.initialDate) ?? undefined,
    endDate: text(ev.finalDate),
    dateEstimated: ev.dateEstimated === true,
    reportDate: text(ev.dateReceived),
    country: text(ev.geographicalTerm) ?? undefined,
    admin1: text(ev.localGeographicalArea),
    place: location ?? null,
    verificationStatus: text(ev.verificationStatus) ?? undefined,
    confidentiality: text(ev.confidentiality) ?? undefined,
    monitoringStatus: text(ev.monitoringStatus) ?? undefined,
    acts: fieldsOf('acts').map((a) => {
      const victim = a.victim as Rec | undefined;
      return {
        id: String(a.actRecordNumber),
        violationType: text(a.typeOfAct) ?? '',
        pyramidLevel: Number(a.pyramidLevel ?? 0),
        group: victim ? { id: String(victim.personRecordNumber), name: String(victim.name), basis: text(victim.groupBasis) ?? 'other', country: text(victim.country) } : null,
        identityBasis: text(a.statedReason),
        victims: (a.victimCounts ?? {}) as ExchangeIncident['acts'][number]['victims'],
        perpetrators: involvements
          .filter((v) => v.actRecordNumber === a.actRecordNumber)
          .map((v) => {
            const p = (v.perpetrator ?? {}) as Rec;
            return {
              actor: { id: String(v.perpetratorRecordNumber), name: String(p.name ?? v.perpetratorRecordNumber), kind: text(v.typeOfPerpetrator) ?? text(p.typeOfPerpetrator) ?? 'unknown', country: text(p.country) },
              involvement: text(v.degreeOfInvolvement) ?? 'carried-out',
            };
          }),
      };
    }),
    sources: fieldsOf('information').map((i) => {
      const s = (i.source ?? {}) as Rec;
      return {
        source: { id: String(i.sourceRecordNumber), name: String(s.name ?? i.sourceRecordNumber), kind: text(s.typeOfSource) ?? 'other', reliability: text(s.reliabilityOfSource) ?? 'F', url: text(s.url) },
        connection: text(i.connectionOfSourceToInformation) ?? '',
        materialType: text(i.typeOfSourceMaterial) ?? '',
        informationDate: text(i.dateOfSourceMaterial),
        credibility: Number(i.reliabilityOfInformation ?? 6),
        note: text(i.remarks) ?? '',
      };
    }),
    links: fieldsOf('chainOfEvents').map((c) => ({ incidentId: String(c.relatedEventRecordNumber), kind: text(c.typeOfChainOfEvents) ?? '', note: text(c.remarks) ?? '' })),
    pyramidLevelOverride: (ev.pyramidLevelOverride ?? null) as ExchangeIncident['pyramidLevelOverride'],
    // What ESF has no field for, from our export's `precursor` block when it is there.
    ...(own.teams ? { teams: own.teams } : {}),
    ...(own.withhold ? { withhold: own.withhold } : {}),
    ...(own.evidence ? { evidence: own.evidence } : {}),
  };
}

export function esfToIncident(record: SourceRecord): { incident?: ImportedIncident; problems: RowProblem[] } {
  if (record.problems?.length) return { problems: record.problems };
  return exchangeToIncident(esfEventToExchange(record), record);
}

const isOurLayout = (head: string) => /^\{"esf":\{[^\n]*\},"records":\[\s*$/m.test(head.split('\n', 1)[0] ?? '');

/** A whole ESF JSON document not in our layout: its records, in file order (row = 1-based index). */
async function* wholeDocument(path: string): AsyncGenerator<{ value: Rec; line: number }> {
  const doc = JSON.parse(await readFile(path, 'utf8')) as { records?: Rec[] };
  const records = Array.isArray(doc.records) ? doc.records : [];
  // Persons first, then each event followed by its records, whatever order the file has them in.
  const indexed = records.map((value, i) => ({ value, line: i + 1 }));
  const byEvent = new Map<unknown, { value: Rec; line: number }[]>();
  for (const r of indexed) {
    if (r.value.recordType === 'person' || r.value.recordType === 'event') continue;
    byEvent.set(r.value.eventRecordNumber, [...(byEvent.get(r.value.eventRecordNumber) ?? []), r]);
  }
  yield* indexed.filter((r) => r.value.recordType === 'person');
  for (const r of indexed) {
    if (r.value.recordType !== 'event') continue;
    yield r;
    yield* byEvent.get(r.value.eventRecordNumber) ?? [];
    byEvent.delete(r.value.eventRecordNumber);
  }
  for (const orphans of byEvent.values()) yield* orphans; // reported as naming no event
}

export const esfProfile: FormatProfile = {
  format: 'esf',
  detect(sample) {
    const head = sample.head.toString('utf8').replace(/^\ufeff/, '');
    if (isOurLayout(head)) return 1;
    return /"recordType"\s*:\s*"event"/.test(head) && /"eventRecordNumber"/.test(head) ? 0.8 : 0;
  },
  async open(file): Promise<SourceTable> {
    const head = await headOf(file.path);
    const streamed = isOurLayout(head);
    const records = streamed ? (elementsPerLine(file.path) as AsyncIterable<{ value: Rec; line: number } | { error: string; line: number }>) : wholeDocument(file.path);
    return {
      columns: [],
      notes: [streamed ? 'HURIDOCS ESF JSON in Precursor’s layout, streamed' : 'HURIDOCS ESF JSON, read whole and grouped by event record number'],
      records: groupEsfRecords(records),
    };
  },
  defaultMapping: null,
  toIncident: esfToIncident,
};
