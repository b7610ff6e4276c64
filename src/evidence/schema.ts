import { z } from 'zod';

export const CustodyEvent = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string().meta({ description: 'uploaded, uploaded-again, downloaded, verified' }),
  note: z.string(),
});

export const Evidence = z.object({
  id: z.uuid(),
  sha256: z.string().length(64),
  sizeBytes: z.number().int(),
  mediaType: z.string().meta({ description: 'Sniffed from the content, not taken from the upload' }),
  filename: z.string(),
  description: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  custody: z.array(CustodyEvent),
});
export type Evidence = z.infer<typeof Evidence>;
