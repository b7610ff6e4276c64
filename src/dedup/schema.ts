import { z } from 'zod';
import { IncidentSummary } from '../incidents/schema.js';

export const candidateStatuses = ['new', 'dismissed', 'merged'] as const;

export const DuplicateListQuery = z.object({
  status: z.enum(candidateStatuses).default('new'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const DuplicateScanInput = z.object({
  countries: z.array(z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code')).max(300).optional().meta({ description: 'Only these countries; all when left out' }),
  threshold: z.number().min(0.05).max(1).optional().meta({ description: 'Lowest score proposed (default 0.5)' }),
});

export const DuplicateScanSummary = z.object({
  countries: z.number().int(),
  incidents: z.number().int(),
  scored: z.number().int().meta({ description: 'Pairs the blocking let through and the scorer scored' }),
  capped: z.number().int().meta({ description: 'Records compared with fewer records than their window held (see the README)' }),
  proposed: z.number().int(),
  stored: z.number().int().meta({ description: 'Pairs new or re-scored; dismissed and merged pairs stay as decided' }),
  ms: z.number().int(),
});

const Features = z.record(z.string(), z.number()).meta({ description: 'Each feature in [0, 1]: date, sameDay, place, group, types, level, victims, text' });

export const DuplicateCandidate = z.object({
  a: IncidentSummary,
  b: IncidentSummary,
  score: z.number(),
  features: Features,
  status: z.enum(candidateStatuses),
  foundAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});

export const DuplicateList = z.object({ items: z.array(DuplicateCandidate), nextCursor: z.string().nullable() });

export const PairParams = z.object({ a: z.uuid(), b: z.uuid() });
export const DismissInput = z.object({ reason: z.string().trim().min(1, 'say why they are not one event').max(2000) });
export const MergeInput = z.object({ keep: z.uuid().meta({ description: 'The incident that stays (one of the pair); the other is merged into it and deleted' }) });
