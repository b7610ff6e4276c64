import { can } from '../../access/permissions.js';
import type { RequestContext } from '../../context.js';
import type { Sql } from '../../db/database.js';
import type { EvidenceFiles } from '../../evidence/files.js';
import { importEvidenceRecord, removeUnrecordedFiles } from '../../evidence/service.js';
import { storeAttachment } from '../proof/attachments.js';
import type { ImportedIncident } from '../types.js';
import { releaseSavepoint, rollbackToSavepoint, savepoint } from './store.js';

/**
 * The evidence of the rows a writer call saves: each attachment (ODK media, a ProofMode bundle)
 * stored by storeAttachment — its proof verified into the chain of custody, its side files kept
 * beside it — and each evidence record our own exports describe, found by SHA-256 or recorded.
 * Every id goes on the incident, so the evidence is linked in the same transaction as the row.
 * On a re-import the row's incident is given (`incidentId`): bytes already linked to it add nothing.
 * A row refused for one of its files leaves nothing behind: no record, no custody event, no bytes
 * on disk that no record names (issue 16: a refused ProofMode photo used to leave its side files).
 * A changed row refused later, for its merge, is undone the same way by the writer (./rows.ts).
 */

export type RowEvidence = { ok: true; evidenceIds: string[] } | { ok: false; field: string; message: string };

export async function evidenceOfRow(
  tx: Sql,
  ctx: RequestContext,
  files: EvidenceFiles | undefined,
  row: ImportedIncident,
  incidentId: string | null,
  fileName: string,
  options: { dryRun?: boolean; storedFiles?: string[] } = {},
): Promise<RowEvidence> {
  const { dryRun = false } = options;
  const attachments = row.attachments ?? [];
  const records = row.evidence ?? [];
  if (attachments.length + records.length === 0) return { ok: true, evidenceIds: [] };
  if (!can(ctx.actor.scope, 'evidence.write')) return { ok: false, field: 'evidence', message: 'this row brings evidence, and your role may not add evidence' };
  if (attachments.length && !files && !dryRun) return { ok: false, field: 'attachments', message: `this row brings files (${attachments.map((a) => a.name).join(', ')}) and this import has no evidence store to keep them in` };
  const ids: string[] = [];
  // A dry run stores no file (not even content-addressed bytes on disk): its transaction is undone anyway.
  if (!dryRun && attachments.length) {
    // A refused file refuses the row with everything it brought: the records its other files
    // (a ProofMode bundle's side files, stored first) wrote go with the savepoint, and the bytes
    // this row put on disk go with them unless a record still names them.
    const created: string[] = [];
    await savepoint(tx, 'import_row_evidence');
    for (const attachment of attachments) {
      try {
        const stored = await storeAttachment(ctx, files!, attachment, {
          tx,
          ...(incidentId ? { linkedTo: incidentId } : {}),
          onStored: (file) => {
            if (file.created) created.push(file.sha256);
          },
        });
        ids.push(stored.evidenceId, ...stored.related);
      } catch (err) {
        await rollbackToSavepoint(tx, 'import_row_evidence');
        await removeUnrecordedFiles(tx, files!, created);
        // An empty, executable or oversized file refuses the row, naming the file.
        return { ok: false, field: 'attachments', message: `${attachment.name}: ${(err as Error).message}` };
      }
    }
    await releaseSavepoint(tx, 'import_row_evidence');
    // Kept by the writer: if its transaction is undone, bytes no committed record names are removed.
    options.storedFiles?.push(...created);
  }
  for (const record of records) ids.push((await importEvidenceRecord(ctx, tx, record, `recorded from ${fileName}`)).id);
  return { ok: true, evidenceIds: [...new Set(ids)].sort() };
}
