import { z } from 'zod';
import { alertRules, alertSeverities, alertStatuses, type AlertStatus } from './types.js';

/** The warning module's shapes at the edges (API and CLI), checked by zod. */

/** The statuses an analyst may set; `withdrawn` is the scans' alone. */
export const settableStatuses = ['new', 'acknowledged', 'escalated', 'dismissed'] as const satisfies readonly AlertStatus[];

const countryCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM');

export const AlertListQuery = z.object({
  country: countryCode.optional(),
  admin1: z.string().trim().min(1).max(200).optional().meta({ description: 'The region, by its name as shown' }),
  groupId: z.uuid().optional(),
  rule: z.enum(alertRules).optional(),
  status: z.enum(alertStatuses).optional(),
  from: month.optional().meta({ description: 'First month, inclusive (YYYY-MM)' }),
  to: month.optional().meta({ description: 'Last month, inclusive (YYYY-MM)' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const AlertScanInput = z
  .object({ country: countryCode.optional().meta({ description: 'Scan only this country; all when left out' }) })
  .strict();

export const AlertScanResult = z.object({
  countries: z.array(z.string()).nullable(),
  incidents: z.number().int(),
  series: z.number().int().meta({ description: 'Place-group series scanned (region × group and country × group)' }),
  findings: z.number().int().meta({ description: 'What the rules found over the whole history (that the caller may read)' }),
  raised: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  withdrawn: z.number().int(),
  reinstated: z.number().int(),
  durationMs: z.number().int(),
});

export const AlertStatusInput = z
  .object({
    status: z.enum(settableStatuses).meta({ description: '`withdrawn` is set by scans alone' }),
    reason: z.string().trim().max(2000).nullish().meta({ description: 'Why; required to dismiss' }),
  })
  .strict();

export const AlertParams = z.object({ id: z.uuid() });

const Figure = z.union([z.number(), z.string(), z.null()]);

export const AlertSchema = z.object({
  id: z.uuid(),
  rule: z.enum(alertRules),
  severity: z.enum(alertSeverities),
  level: z.number().int().min(1).max(5).meta({ description: 'The pyramid level concerned' }),
  status: z.enum(alertStatuses),
  statusReason: z.string().nullable(),
  month: z.string().meta({ description: 'The month it concerns, YYYY-MM' }),
  country: z.string(),
  admin1: z.string().nullable().meta({ description: 'The region as shown; null for the country as a whole' }),
  groupId: z.string().nullable(),
  explanation: z.string().meta({ description: 'One English sentence with the numbers behind it' }),
  figures: z.record(z.string(), Figure).meta({ description: 'The numbers the explanation cites, for a translated sentence' }),
  parameters: z.record(z.string(), z.union([z.number(), z.string()])).meta({ description: 'The configuration that fired' }),
  incidentIds: z.array(z.string()),
  confidentiality: z.string(),
  teams: z.array(z.string()),
  firstRaisedAt: z.string(),
  updatedAt: z.string(),
});

export const AlertList = z.object({ items: z.array(AlertSchema), nextCursor: z.string().nullable() });
