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

/** `?id=a,b` or `?id=a&id=b`: the records a page needs at once. */
export const EvidenceIdsQuery = z.object({
  id: z.preprocess(
    (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean)),
    z.array(z.uuid()).min(1).max(500),
  ),
});
