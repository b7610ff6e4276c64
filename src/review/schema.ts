import { z } from 'zod';
import { IncidentFilterQuery, IncidentSummary } from '../incidents/schema.js';
import { taxonomyCode } from '../taxonomies/codes.js';

/** The review queue's requests and answers (issue 16 §4). */

export const ReviewSummary = z.object({
  notYetVerified: z.number().int().meta({ description: 'Live incidents (readable by the caller) not yet verified' }),
  unverifiable: z.number().int().meta({ description: 'Live incidents judged unverifiable: kept apart from those not yet verified' }),
  assignedToMe: z.number().int(),
  openDuplicates: z.number().int().meta({ description: 'Likely duplicate pairs to review (both incidents readable); counted up to 1,000' }),
  openDuplicatesIsLowerBound: z.boolean(),
  rejectedRows: z.number().int().nullable().meta({ description: 'Rows imports rejected (imports not rolled back), counted up to 10,000; null for a caller who may not read imports' }),
});

export const RejectedRowListQuery = z.object({
  batch: z.uuid().optional().meta({ description: 'One import batch' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const RejectedRow = z.object({
  batchId: z.uuid(),
  fileName: z.string(),
  sourceSystem: z.string(),
  format: z.string(),
  batchStatus: z.string(),
  startedAt: z.string(),
  startedBy: z.string(),
  jobId: z.string().nullable().meta({ description: "The job whose error file holds the row (GET /api/imports/jobs/{jobId}/errors); null for an import run from the command line (its error file is beside the input)" }),
  row: z.number().int().meta({ description: 'The physical line where the record starts, header = 1 (XLSX: the sheet row)' }),
  file: z.string().nullable().meta({ description: 'The ZIP member, when the record came from one' }),
  sheet: z.string().nullable(),
  problems: z.array(z.object({ field: z.string().nullable(), target: z.string().nullable(), code: z.string(), message: z.string() })),
});

export const AssignInput = z.object({
  ids: z.array(z.uuid()).min(1).max(5000),
  assignee: z.string().trim().min(1).max(200).nullable().meta({ description: 'The reviewer (account name or id); null takes the incidents off anyone’s list' }),
  note: z.string().max(2000).default(''),
});

export const Assignment = z.object({
  incident: IncidentSummary,
  assignee: z.string(),
  assignedBy: z.string(),
  assignedAt: z.string(),
  note: z.string(),
});

export const AssignmentListQuery = z.object({
  assignee: z.string().trim().min(1).max(200).optional().meta({ description: 'One reviewer; `me` for the caller' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const BulkVerificationInput = z.object({
  filter: IncidentFilterQuery.meta({ description: 'The selection, as the incident list filters it' }),
  status: taxonomyCode('verification-statuses'),
  expected: z.number().int().nonnegative().optional().meta({ description: 'How many incidents the person was shown: refused (409) if the selection changed since' }),
});

export const BulkVerificationResult = z.object({ matched: z.number().int(), changed: z.number().int(), ids: z.array(z.uuid()) });
