import { z } from 'zod';

export const CustodyEvent = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string().meta({ description: 'uploaded, uploaded-again, imported, imported-again, proof-verified, proof-failed, metadata-kept, downloaded, verified, integrity-failed, missing' }),
  note: z.string(),
  filename: z.string().nullable().meta({ description: 'On an upload: the file name this uploader gave' }),
  description: z.string().nullable().meta({ description: 'On an upload: the description this uploader gave' }),
});

/** The text fields of an upload, checked as any other body is (a multipart body is read as a stream, outside the route's schema). */
export const UploadFields = z.object({
  filename: z.string().max(255),
  description: z.string().max(5000).default(''),
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
