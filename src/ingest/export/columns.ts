import { victimKinds } from '../../incidents/schema.js';
import type { ExchangeIncident } from './exchange.js';
import { exportFormatVersion, precursorExportMarker } from './neutralise.js';

/**
 * The columns of the flat exports (CSV, XLSX, HXL): one row per incident. Readable columns
 * first (names joined with `; `), then the acts, sources' information and links as JSON, so
 * that Precursor's importer reads a row back whole (src/ingest/formats/precursor.ts) while a
 * spreadsheet reader still sees plain columns. `kind` decides how a cell is written: text is
 * neutralised against formulas, numbers and coordinates never.
 */
export type CellKind = 'text' | 'number' | 'coordinate' | 'boolean';
export type Cell = string | number | boolean | null;

export interface FlatColumn {
  header: string;
  /** HXL hashtag with attributes (HXL 1.1 core hashtags; attributes are free). */
  hxl: string;
  kind: CellKind;
  value: (i: ExchangeIncident) => Cell;
}

const joined = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].join('; ');

const victimTags: Record<(typeof victimKinds)[number], string> = {
  killed: '#affected+killed',
  injured: '#affected+injured',
  detained: '#affected+detained',
  disappeared: '#affected+missing',
  displaced: '#affected+displaced',
  affected: '#affected+other',
};

export const flatColumns: FlatColumn[] = [
  { header: 'id', hxl: '#event+id', kind: 'text', value: (i) => i.id },
  { header: 'title', hxl: '#event+name', kind: 'text', value: (i) => i.title },
  { header: 'narrative', hxl: '#description+narrative', kind: 'text', value: (i) => i.narrative },
  { header: 'start_date', hxl: '#date+start', kind: 'text', value: (i) => i.startDate },
  { header: 'end_date', hxl: '#date+end', kind: 'text', value: (i) => i.endDate },
  { header: 'date_estimated', hxl: '#date+estimated', kind: 'boolean', value: (i) => i.dateEstimated },
  { header: 'report_date', hxl: '#date+reported', kind: 'text', value: (i) => i.reportDate },
  { header: 'country', hxl: '#country+code', kind: 'text', value: (i) => i.country },
  { header: 'admin1', hxl: '#adm1+name', kind: 'text', value: (i) => i.admin1 },
  { header: 'admin2', hxl: '#adm2+name', kind: 'text', value: (i) => i.place?.admin2 ?? null },
  { header: 'place', hxl: '#loc+name', kind: 'text', value: (i) => i.place?.name ?? null },
  { header: 'latitude', hxl: '#geo+lat', kind: 'coordinate', value: (i) => i.place?.latitude ?? null },
  { header: 'longitude', hxl: '#geo+lon', kind: 'coordinate', value: (i) => i.place?.longitude ?? null },
  { header: 'location_precision', hxl: '#geo+precision', kind: 'text', value: (i) => i.place?.precision ?? null },
  { header: 'pyramid_level', hxl: '#severity+pyramid', kind: 'number', value: (i) => i.pyramidLevel },
  { header: 'violation_types', hxl: '#event+type+code', kind: 'text', value: (i) => joined(i.violationTypes) },
  { header: 'targeted_groups', hxl: '#group+targeted+name', kind: 'text', value: (i) => joined(i.acts.map((a) => a.group?.name)) },
  { header: 'identity_bases', hxl: '#group+targeted+basis', kind: 'text', value: (i) => joined(i.acts.map((a) => a.identityBasis ?? a.group?.basis)) },
  { header: 'perpetrators', hxl: '#org+perpetrator+name', kind: 'text', value: (i) => joined(i.acts.flatMap((a) => a.perpetrators.map((p) => p.actor.name))) },
  ...victimKinds.map((k): FlatColumn => ({ header: k, hxl: victimTags[k], kind: 'number', value: (i) => i.victims[k] })),
  { header: 'sources', hxl: '#org+source+name', kind: 'text', value: (i) => joined(i.sources.map((s) => s.source.name)) },
  { header: 'verification_status', hxl: '#status+verification', kind: 'text', value: (i) => i.verificationStatus },
  { header: 'confidentiality', hxl: '#status+confidentiality', kind: 'text', value: (i) => i.confidentiality },
  { header: 'monitoring_status', hxl: '#status+monitoring', kind: 'text', value: (i) => i.monitoringStatus },
  { header: 'created_at', hxl: '#date+created', kind: 'text', value: (i) => i.createdAt },
  { header: 'updated_at', hxl: '#date+updated', kind: 'text', value: (i) => i.updatedAt },
  { header: 'acts_json', hxl: '#meta+acts+json', kind: 'text', value: (i) => JSON.stringify(i.acts) },
  { header: 'sources_json', hxl: '#meta+sources+json', kind: 'text', value: (i) => JSON.stringify(i.sources) },
  { header: 'links_json', hxl: '#meta+links+json', kind: 'text', value: (i) => JSON.stringify(i.links) },
  {
    header: 'record_json',
    hxl: '#meta+record+json',
    kind: 'text',
    // What no other column carries (override, withholding, teams, evidence, version, authors), for a lossless re-import.
    value: (i) =>
      JSON.stringify({
        version: i.version,
        pyramidLevelOverride: i.pyramidLevelOverride,
        teams: i.teams,
        withhold: i.withhold,
        withheld: i.withheld,
        evidenceIds: i.evidenceIds,
        evidence: i.evidence,
        createdBy: i.createdBy,
        updatedBy: i.updatedBy,
        deletedAt: i.deletedAt,
        place: i.place ? { id: i.place.id } : null,
      }),
  },
  { header: precursorExportMarker, hxl: '#meta+precursor_export', kind: 'text', value: () => exportFormatVersion },
];
