import { z } from 'zod';

/**
 * A Precursor backup is a gzip-compressed tar archive, optionally encrypted with age
 * (age-encryption.org/v1). Its entries, in order:
 *
 *   backup.json                    who made it: format, versions, migrations, engine, time
 *   tables/<table>/<n>.ndjson      rows, one `row_to_json` text per line, in parts of ≤ 8 MB
 *   evidence/<sha256>              each evidence file the database names
 *   manifest.json                  backup.json again, plus every part's SHA-256, size and rows
 *
 * The manifest comes last because the parts' digests are known only once they are written
 * (nothing is held whole in memory or spooled to disk); backup.json comes first so that a
 * restore refuses a foreign or newer archive before reading further. A restore reads the
 * whole archive once to check every digest against the manifest, and only then a second
 * time to load it.
 */
export const formatId = 'precursor-backup';
export const formatVersion = 1;

export const headerEntry = 'backup.json';
export const manifestEntry = 'manifest.json';
export const tablePart = (table: string, n: number) => `tables/${table}/${String(n).padStart(6, '0')}.ndjson`;
export const evidenceEntry = (sha256: string) => `evidence/${sha256}`;

/** A table part's path, read back: `tables/<table>/<n>.ndjson`. */
export function parseTablePart(path: string): { table: string } | undefined {
  const match = /^tables\/([a-z_][a-z0-9_]*)\/\d{6}\.ndjson$/.exec(path);
  return match ? { table: match[1]! } : undefined;
}

export function parseEvidenceEntry(path: string): { sha256: string } | undefined {
  const match = /^evidence\/([0-9a-f]{64})$/.exec(path);
  return match ? { sha256: match[1]! } : undefined;
}

export const BackupHeader = z.object({
  format: z.literal(formatId),
  formatVersion: z.number().int().positive(),
  precursorVersion: z.string(),
  createdAt: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  /** The schema migrations applied to the database the backup was made from, in order. */
  migrations: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const BackupPart = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** For a table part: how many rows it holds. */
  rows: z.number().int().nonnegative().optional(),
});
export type BackupPart = z.infer<typeof BackupPart>;

export const BackupManifest = BackupHeader.extend({
  /** Rows per table, as the snapshot held them. */
  rowCounts: z.record(z.string(), z.number().int().nonnegative()),
  /** Every entry of the archive but the manifest itself, in archive order. */
  parts: z.array(BackupPart),
  /** Evidence files the database names that were not on disk when the backup was made. */
  missingEvidence: z.array(z.string()),
});
export type BackupManifest = z.infer<typeof BackupManifest>;
