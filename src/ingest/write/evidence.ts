import { can } from '../../access/permissions.js';
import type { RequestContext } from '../../context.js';
import type { Sql } from '../../db/database.js';
import type { EvidenceFiles } from '../../evidence/files.js';
import { importEvidenceRecord } from '../../evidence/service.js';
import { storeAttachment } from '../proof/attachments.js';
import type { ImportedIncident } from '../types.js';

/**
 * The evidence of the rows a writer call saves: each attachment (ODK media, a ProofMode bundle)
 * stored by storeAttachment — its proof verified into the chain of custody, its side files kept
 * beside it — and each evidence record our own exports describe, found by SHA-256 or recorded.
 * Every id goes on the incident, so the evidence is linked in the same transaction as the row.
 * On a re-import the row's incident is given (`incidentId`): bytes already linked to it add nothing.
 */

export type RowEvidence = { ok: true; evidenceIds: string[] } | { ok: false; field: string; message: string };

export async function evidenceOfRow(tx: Sql, ctx: RequestContext, files: EvidenceFiles | undefined, row: ImportedIncident, incidentId: string | null, fileName: string, dryRun = false): Promise<RowEvidence> {
  const attachments = row.attachments ?? [];
  const records = row.evidence ?? [];
  if (attachments.length + records.length === 0) return { ok: true, evidenceIds: [] };
  if (!can(ctx.actor.scope, 'evidence.write')) return { ok: false, field: 'evidence', message: 'this row brings evidence, and your role may not add evidence' };
  if (attachments.length && !files && !dryRun) return { ok: false, field: 'attachments', message: `this row brings files (${attachments.map((a) => a.name).join(', ')}) and this import has no evidence store to keep them in` };
  const ids: string[] = [];
  // A dry run stores no file (not even content-addressed bytes on disk): its transaction is undone anyway.
  for (const attachment of dryRun ? [] : attachments) {
    try {
      const stored = await storeAttachment(ctx, files!, attachment, { tx, ...(incidentId ? { linkedTo: incidentId } : {}) });
      ids.push(stored.evidenceId, ...stored.related);
    } catch (err) {
      // An empty, executable or oversized file refuses the row (its other files and records with it), naming the file.
      return { ok: false, field: 'attachments', message: `${attachment.name}: ${(err as Error).message}` };
    }
  }
  for (const record of records) ids.push((await importEvidenceRecord(ctx, tx, record, `recorded from ${fileName}`)).id);
  return { ok: true, evidenceIds: [...new Set(ids)].sort() };
}
