import { z } from 'zod';
import type { ExchangeIncident } from '../export/exchange.js';
import { precursorExportMarker, restoreText } from '../export/neutralise.js';
import { readXlsx } from '../readers/xlsx.js';
import type { FormatProfile, ImportedIncident, RowProblem, SourceRecord, SourceTable } from '../types.js';
import { elementsPerLine, headOf, isPrecursorCsvHead, LayoutError, ndjsonElements, precursorCsvRecords } from './precursor.read.js';

/**
 * Precursor's own exports (src/ingest/export) read back: CSV and HXL (marked by the
 * `precursor_export` column; neutralised cells restored), JSON, NDJSON and GeoJSON. Each
 * record is an exchange document (export/exchange.ts) — a CSV row carries the same in its
 * readable and JSON columns — turned straight into an ImportedIncident: no mapping, our codes
 * as they are, our incident id as the key (and as the id, kept on import into an empty
 * instance), links by the other incident's id; act ids, teams, withholding levels, a level
 * override and evidence records (not the files) as exported.
 */

const nullableText = z.string().nullish().transform((v) => v ?? null);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const Victims = z.record(z.string(), z.number().int().min(0)).default({});

const ExchangeRecord = z.object({
  id: z.uuid(),
  title: z.string().min(1),
  narrative: z.string().default(''),
  startDate: z.string().min(4),
  endDate: nullableText,
  dateEstimated: z.boolean().default(false),
  reportDate: nullableText,
  country: z.string().length(3),
  admin1: nullableText,
  place: z
    .object({
      name: z.string(),
      country: z.string().length(3),
      admin1: nullableText,
      admin2: nullableText,
      latitude: z.number().nullish(),
      longitude: z.number().nullish(),
      precision: nullableText,
    })
    .nullish(),
  verificationStatus: z.string().optional(),
  confidentiality: z.string().optional(),
  monitoringStatus: z.string().optional(),
  pyramidLevelOverride: z.object({ level: z.number().int(), reason: z.string() }).nullish(),
  teams: z.array(z.string()).optional(),
  withhold: z.object({ place: nullableText, date: nullableText, reporter: nullableText }).optional(),
  evidence: z
    .array(z.object({ id: z.string().optional(), sha256: z.string().regex(/^[0-9a-f]{64}$/), filename: z.string(), mediaType: z.string(), sizeBytes: z.number().int().min(0), description: z.string().default('') }))
    .optional(),
  acts: z
    .array(
      z.object({
        id: z.string().optional(),
        violationType: z.string().min(1),
        group: z.object({ name: z.string().min(1), basis: nullableText, country: nullableText }).nullish(),
        identityBasis: nullableText,
        victims: Victims,
        perpetrators: z.array(z.object({ actor: z.object({ name: z.string().min(1), kind: nullableText, country: nullableText }), involvement: nullableText })).default([]),
      }),
    )
    .min(1),
  sources: z
    .array(
      z.object({
        source: z.object({ name: z.string().min(1), kind: nullableText, reliability: nullableText, url: nullableText }),
        connection: nullableText,
        materialType: nullableText,
        informationDate: nullableText,
        credibility: z.number().int().nullish(),
        note: nullableText,
      }),
    )
    .default([]),
  links: z.array(z.object({ incidentId: z.string().min(1), kind: z.string().min(1), note: z.string().default('') })).default([]),
});

/** An exchange document (JSON, NDJSON, GeoJSON properties, or one rebuilt from a CSV row) as an ImportedIncident. */
export function exchangeToIncident(value: unknown, origin: SourceRecord): { incident?: ImportedIncident; problems: RowProblem[] } {
  const parsed = ExchangeRecord.safeParse(value);
  const where = { row: origin.row, file: origin.file, sheet: origin.sheet };
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({ ...where, field: i.path.join('.') || undefined, code: 'malformed-row', message: i.message })),
    };
  }
  const d = parsed.data;
  const victims = (v: Record<string, number>) => Object.fromEntries(Object.entries(v).filter(([, n]) => n > 0));
  return {
    problems: [],
    incident: {
      origin: where,
      key: d.id,
      id: d.id,
      title: d.title,
      narrative: d.narrative,
      startDate: d.startDate,
      endDate: d.endDate,
      dateEstimated: d.dateEstimated,
      reportDate: d.reportDate,
      place: d.place
        ? { name: d.place.name, country: d.place.country, admin1: d.place.admin1, admin2: d.place.admin2, latitude: d.place.latitude ?? null, longitude: d.place.longitude ?? null, precision: d.place.precision }
        : { country: d.country, admin1: d.admin1 },
      acts: d.acts.map((a) => ({
        ...(a.id && uuidPattern.test(a.id) ? { id: a.id } : {}),
        violationType: a.violationType,
        group: a.group ? { name: a.group.name, basis: a.group.basis, country: a.group.country } : null,
        identityBasis: a.identityBasis,
        victims: victims(a.victims),
        perpetrators: a.perpetrators.map((p) => ({ actor: { name: p.actor.name, kind: p.actor.kind, country: p.actor.country }, involvement: p.involvement })),
      })),
      verificationStatus: d.verificationStatus,
      confidentiality: d.confidentiality,
      monitoringStatus: d.monitoringStatus,
      sources: d.sources.map((s) => ({
        source: { name: s.source.name, kind: s.source.kind, reliability: s.source.reliability, url: s.source.url },
        connection: s.connection,
        materialType: s.materialType,
        informationDate: s.informationDate,
        credibility: s.credibility ?? null,
        note: s.note,
      })),
      links: d.links.map((l) => ({ key: l.incidentId, kind: l.kind, note: l.note })),
      ...(d.pyramidLevelOverride ? { pyramidLevelOverride: d.pyramidLevelOverride } : {}),
      ...(d.teams ? { teams: d.teams } : {}),
      ...(d.withhold ? { withhold: d.withhold } : {}),
      ...(d.evidence?.length ? { evidence: d.evidence.map((e) => ({ ...(e.id && uuidPattern.test(e.id) ? { id: e.id } : {}), sha256: e.sha256, filename: e.filename, mediaType: e.mediaType, sizeBytes: e.sizeBytes, description: e.description })) } : {}),
    },
  };
}

const json = (text: unknown, column: string): unknown => {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`the column ${column} is not JSON`);
  }
};
const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** A row of a Precursor CSV/HXL/XLSX export (cells restored) as the exchange document it was written from. */
export function csvRowToExchange(f: Record<string, unknown>): Partial<ExchangeIncident> {
  const record = (json(f.record_json, 'record_json') ?? {}) as Omit<Partial<ExchangeIncident>, 'place'> & { place?: { id: string } | null };
  const hasPlace = f.place !== '' && f.place !== undefined;
  const coordinate = (v: unknown) => (v === '' || v === undefined || v === null ? null : Number(v));
  return {
    id: f.id as string,
    title: f.title as string,
    narrative: (f.narrative as string) ?? '',
    startDate: f.start_date as string,
    endDate: orNull(f.end_date) as string | null,
    dateEstimated: String(f.date_estimated).toLowerCase() === 'true',
    reportDate: orNull(f.report_date) as string | null,
    country: f.country as string,
    admin1: orNull(f.admin1) as string | null,
    place: hasPlace
      ? {
          id: record.place?.id ?? '',
          name: f.place as string,
          country: f.country as string,
          admin1: orNull(f.admin1) as string | null,
          admin2: orNull(f.admin2) as string | null,
          latitude: coordinate(f.latitude),
          longitude: coordinate(f.longitude),
          precision: (orNull(f.location_precision) as string) ?? 'exact',
        }
      : null,
    verificationStatus: f.verification_status as string,
    confidentiality: f.confidentiality as string,
    monitoringStatus: f.monitoring_status as string,
    acts: json(f.acts_json, 'acts_json') as ExchangeIncident['acts'],
    sources: (json(f.sources_json, 'sources_json') ?? []) as ExchangeIncident['sources'],
    links: (json(f.links_json, 'links_json') ?? []) as ExchangeIncident['links'],
    pyramidLevelOverride: record.pyramidLevelOverride ?? null,
    ...(record.teams ? { teams: record.teams } : {}),
    ...(record.withhold ? { withhold: record.withhold } : {}),
    ...(record.evidence ? { evidence: record.evidence } : {}),
  };
}

function problem(origin: SourceRecord, message: string, field?: string): RowProblem {
  return { row: origin.row, file: origin.file, sheet: origin.sheet, field, code: 'malformed-row', message };
}

/** A record of any of our layouts to an incident. */
export function precursorToIncident(record: SourceRecord): { incident?: ImportedIncident; problems: RowProblem[] } {
  const f = record.fields;
  if (record.problems?.length) return { problems: record.problems };
  if (precursorExportMarker in f) {
    try {
      return exchangeToIncident(csvRowToExchange(f), record);
    } catch (err) {
      return { problems: [problem(record, (err as Error).message)] };
    }
  }
  // A GeoJSON feature carries the document as its properties.
  const doc = f.type === 'Feature' && f.properties && typeof f.properties === 'object' ? f.properties : f;
  return exchangeToIncident(doc, record);
}

type Layout = 'csv' | 'json' | 'geojson' | 'ndjson';

function layoutOf(head: string): Layout | undefined {
  if (isPrecursorCsvHead(head)) return 'csv';
  if (/^\{"type":"FeatureCollection","precursorExport":/.test(head)) return 'geojson';
  if (/^\{"precursorExport":/.test(head)) return 'json';
  const first = head.split('\n', 1)[0] ?? '';
  try {
    const doc = JSON.parse(first) as Record<string, unknown>;
    if (doc && typeof doc.id === 'string' && Array.isArray(doc.acts) && Array.isArray(doc.withheld) && 'violationTypes' in doc) return 'ndjson';
  } catch {
    // not one JSON document on the first line
  }
  return undefined;
}

/** A record the reader could not read: rejected with its problem (SourceRecord.problems). */
export const unreadable = (row: number, message: string): SourceRecord => ({ row, fields: {}, problems: [{ row, code: 'malformed-row', message }] });

async function* jsonRecords(elements: AsyncIterable<{ value: unknown; line: number } | { error: string; line: number }>): AsyncGenerator<SourceRecord> {
  for await (const e of elements) {
    if ('error' in e) yield unreadable(e.line, e.error);
    else if (!e.value || typeof e.value !== 'object' || Array.isArray(e.value)) yield unreadable(e.line, 'not a JSON object');
    else yield { row: e.line, fields: e.value as Record<string, unknown> };
  }
}

/** An XLSX export of ours: a workbook whose sheet is named `incidents` (its precursor_export column is checked on opening). */
const isOurWorkbook = (members: string[] | undefined) => Boolean(members?.includes('xl/workbook.xml') && members.includes('incidents'));

/** The rows of our XLSX export, through the XLSX reader, with their neutralised cells restored. */
async function* restoredRows(records: AsyncIterable<SourceRecord>): AsyncGenerator<SourceRecord> {
  for await (const r of records) yield { ...r, fields: Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k, typeof v === 'string' ? restoreText(v) : v])) };
}

export const precursorProfile: FormatProfile = {
  format: 'precursor',
  detect(sample) {
    // Above the generic XLSX profile (0.5): the column marker is checked when the file is opened.
    if (isOurWorkbook(sample.members)) return 0.6;
    const head = sample.head.toString('utf8').replace(/^\ufeff/, '');
    const layout = layoutOf(head);
    return layout === 'ndjson' ? 0.9 : layout ? 1 : 0;
  },
  async open(file, options): Promise<SourceTable> {
    const head = await headOf(file.path);
    if (head.startsWith('PK')) {
      const table = await readXlsx(file, { sheet: options.sheet ?? 'incidents' });
      if (!table.columns.includes(precursorExportMarker)) throw new LayoutError(`${file.name} is not one of Precursor's own exports (no precursor_export column)`);
      return { ...table, notes: ['Precursor export (xlsx); neutralised cells restored', ...table.notes], records: restoredRows(table.records) };
    }
    const layout = layoutOf(head);
    if (!layout) throw new LayoutError(`${file.name} is not one of Precursor's own exports (no precursor_export column, no precursorExport header)`);
    const notes = [`Precursor export (${layout}); neutralised cells restored where the layout has them`];
    if (layout === 'csv') {
      const columns = { value: [] as string[] };
      const records = precursorCsvRecords(file.path, columns);
      // The column names are known once the header is read: read it before answering.
      const first = await records.next();
      const all = (async function* () {
        if (!first.done) yield first.value;
        yield* records;
      })();
      return { columns: columns.value, notes, records: all };
    }
    const records = jsonRecords(layout === 'ndjson' ? ndjsonElements(file.path) : elementsPerLine(file.path));
    return { columns: [], notes, records };
  },
  defaultMapping: null,
  toIncident: precursorToIncident,
};
