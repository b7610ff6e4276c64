import { z } from 'zod';
import { importFormats } from '../types.js';

/** Request and response shapes of the import API (src/ingest/routes.ts), checked at the edge. */

export const ImportFormat = z.enum(importFormats);

export const Upload = z.object({
  id: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  createdAt: z.string(),
});

/** Which mapping to read the file with: a shipped one by name, or one saved by a person. Neither: the format's default. */
const mappingChoice = {
  format: ImportFormat.optional().meta({ description: 'The format, when detection should be overruled' }),
  mappingName: z.string().min(1).max(100).optional().meta({ description: 'A shipped mapping (GET /api/imports/mappings)' }),
  userMappingId: z.uuid().optional().meta({ description: 'A mapping saved by a person (GET /api/imports/mappings)' }),
  sheet: z.string().min(1).max(100).optional().meta({ description: 'The XLSX sheet to read' }),
};
const oneMapping = (o: { mappingName?: string; userMappingId?: string; mapping?: unknown }) => [o.mappingName, o.userMappingId, o.mapping].filter((m) => m !== undefined).length <= 1;
const oneMappingMessage = { message: 'name at most one of mappingName, userMappingId and mapping', path: ['mappingName'] };

export const PreviewBody = z
  .object({
    ...mappingChoice,
    mapping: z.record(z.string(), z.unknown()).optional().meta({ description: 'A mapping document not saved yet (as a data/mappings/*.yaml file holds), to try before saving' }),
    rows: z.number().int().min(1).max(200).default(20),
  })
  .strict()
  .refine(oneMapping, oneMappingMessage);

export const StartJobBody = z
  .object({
    uploadId: z.uuid(),
    ...mappingChoice,
    dryRun: z.boolean().default(false).meta({ description: 'Report what would happen, write nothing' }),
  })
  .strict()
  .refine(oneMapping, oneMappingMessage);

const Problem = z.object({
  row: z.number().int(),
  file: z.string().optional(),
  sheet: z.string().optional(),
  field: z.string().optional(),
  target: z.string().optional(),
  code: z.string(),
  message: z.string(),
});

const UnknownCode = z.object({ target: z.string(), value: z.string(), count: z.number().int() });

export const Preview = z.object({
  uploadId: z.uuid(),
  format: ImportFormat,
  notes: z.array(z.string()),
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.unknown()).nullable().meta({ description: 'The mapping applied, to copy and adjust' }),
  rows: z.array(
    z.object({
      row: z.number().int().meta({ description: 'Physical line where the record starts, header included' }),
      file: z.string().optional(),
      sheet: z.string().optional(),
      fields: z.record(z.string(), z.unknown()).optional().meta({ description: 'The record as read: column → raw value' }),
      incident: z.record(z.string(), z.unknown()).nullable().meta({ description: 'The incident as it would be recorded (names, not ids); null when rejected' }),
      problems: z.array(Problem),
    }),
  ),
  unknownCodes: z.array(UnknownCode),
});

export const Progress = z.object({
  rowsRead: z.number().int(),
  rowsWritten: z.number().int(),
  rejected: z.number().int(),
  bytesRead: z.number().nullable(),
  bytesTotal: z.number().nullable(),
  rowsPerSecond: z.number(),
  percent: z.number().nullable(),
  etaSeconds: z.number().nullable(),
});

export const Report = z.object({
  batch: z.string().nullable(),
  dryRun: z.boolean(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  conflicts: z.number().int(),
  rejectedCount: z.number().int(),
  rejected: z.array(Problem).meta({ description: 'The first 1,000 problems of the rows rejected, each with its row, column, Precursor field, code and reason' }),
  unknownCodes: z.array(UnknownCode),
  errorFile: z.string().nullable().meta({ description: 'Where to download the error file (the rejected rows with a reason column), when there is one' }),
});

export const JobStatus = z.enum(['queued', 'running', 'finished', 'failed', 'interrupted']);

export const Job = z.object({
  id: z.uuid(),
  uploadId: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  format: ImportFormat.nullable(),
  mappingName: z.string().nullable(),
  userMappingId: z.uuid().nullable(),
  sheet: z.string().nullable(),
  dryRun: z.boolean(),
  status: JobStatus,
  progress: Progress,
  report: Report.nullable(),
  batchId: z.string().nullable(),
  error: z.string().nullable(),
  startedBy: z.string(),
  startedByName: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const JobList = z.object({ items: z.array(Job) });

export const ShippedMapping = z.object({ name: z.string(), description: z.string(), format: ImportFormat });

export const UserMapping = z.object({
  id: z.uuid(),
  name: z.string(),
  sourceSystem: z.string(),
  mapping: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

export const MappingList = z.object({
  shipped: z.array(ShippedMapping),
  saved: z.array(UserMapping),
  targets: z.array(z.string()).meta({ description: 'The fields a mapping may fill' }),
});

export const SaveMappingBody = z.object({ mapping: z.record(z.string(), z.unknown()).meta({ description: 'A mapping document (the Mapping interface of src/ingest/types.ts); its name and sourceSystem name the saved mapping' }) }).strict();
export const UpdateMappingBody = SaveMappingBody.extend({ version: z.number().int().min(1) }).strict();

export const Batch = z.object({
  id: z.string(),
  sourceSystem: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  format: z.string(),
  mappingName: z.string().nullable(),
  startedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.enum(['running', 'finished', 'failed', 'rolled-back']),
  counts: z.object({ imported: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), skipped: z.number().int(), conflicts: z.number().int(), rejected: z.number().int() }),
});

export const BatchList = z.object({ items: z.array(Batch) });
export const BatchParams = z.object({ id: z.uuid().meta({ description: "The batch's id" }) });
