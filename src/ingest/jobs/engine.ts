import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { ImportFile, ImportFormat, ImportProgress, ImportReport, ImportWriter, ImportedIncident, Mapping, RecordOrigin, RowProblem } from '../types.js';

/**
 * What the import routes need from the rest of the ingest module: the pipeline (core's
 * src/ingest/pipeline.ts), the writer (src/ingest/write/) and the shipped mappings. The routes
 * take it as a dependency so their tests can pass a fake and the app passes the real one
 * (`ingestEngine` in engine.real.ts).
 */
export interface ImportEngine {
  /** Detects the format, reads the first rows and maps them, writing nothing. */
  previewImport(ctx: RequestContext, file: ImportFile, options: { format?: ImportFormat; mapping?: string | Mapping; sheet?: string; rows: number }): Promise<ImportPreview>;
  /** Reads, maps and writes the whole file through `writer`; reports progress as it goes. */
  runImport(
    ctx: RequestContext,
    file: ImportFile,
    options: { format?: ImportFormat; mapping?: string | Mapping; sheet?: string; dryRun: boolean; writer: ImportWriter; onProgress: (progress: ImportProgress) => void; errorFilePath: string },
  ): Promise<ImportReport>;
  writer: ImportWriter;
  /** The fields a mapping may fill (core's `mappingTargets`), for the column mapper. */
  mappingTargets: readonly string[];
  /** The mappings shipped in data/mappings/. */
  shippedMappings(): Promise<ShippedMapping[]>;
  /** A mapping document checked as a mapping file is (misspelt keys, unknown targets or codes: `invalid` naming the path). */
  checkMapping(document: unknown): Mapping;
}

export interface ShippedMapping {
  name: string;
  description: string;
  format: ImportFormat;
}

/** One previewed row: the incident as it would be recorded, or why it would be rejected. */
export interface PreviewRow {
  origin: RecordOrigin;
  /** The record as read (column → raw value), for the column mapper's first values. */
  fields?: Record<string, unknown>;
  incident: ImportedIncident | null;
  problems: RowProblem[];
}

export interface ImportPreview {
  format: ImportFormat;
  /** How the file was read (encoding, delimiter, sheet, tag row). */
  notes: string[];
  columns: string[];
  /** The mapping applied, as a document a person can copy and edit; null for self-describing formats. */
  mapping: Mapping | null;
  rows: PreviewRow[];
  unknownCodes: ImportReport['unknownCodes'];
}

/** The engine of an app built before the pipeline and writer exist: every use says so. */
export const unavailableEngine: ImportEngine = {
  previewImport: unavailable,
  runImport: unavailable,
  mappingTargets: [],
  shippedMappings: async () => [],
  checkMapping: unavailable,
  writer: {
    beginBatch: unavailable,
    writeIncidents: unavailable,
    planIncidents: unavailable,
    finishBatch: unavailable,
    rollbackBatch: unavailable,
    listBatches: async () => [],
    getBatch: unavailable,
  },
};

function unavailable(): never {
  throw new DomainError('conflict', 'imports are not available in this build: the import pipeline is missing');
}
