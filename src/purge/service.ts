import { rm } from 'node:fs/promises';
import { requirePermission } from '../access/permissions.js';
import { sha256Hex } from '../audit/chain.js';
import { eraseAuditContents } from '../audit/chain.store.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import { DomainError, invalid, notFound } from '../errors.js';
import type { EvidenceFiles } from '../evidence/files.js';
import { deleteEvidenceRecords } from '../evidence/purge.store.js';
import { lockIncidentForPurge, removeIncidents, selectEvidenceOnlyOf } from '../incidents/purge.store.js';
import { deletePersonsOfIncident } from '../persons/store.js';
import { insertTombstones, selectTombstones, vacuumPurgedTables } from './store.js';
import type { Tombstone } from './tombstones.js';

/**
 * Purge (issue 15 §7, erasure): for the case where a record endangers someone, an administrator
 * removes it for good — where every other delete is soft — and leaves a tombstone that says
 * what was purged, when and by whom, and nothing of what it said.
 */

export const maxReasonLength = 2000;

export interface PurgeReport {
  tombstone: Tombstone;
  /** Evidence records (and files) removed with the incident: those no other incident links to. */
  evidencePurged: string[];
  /** Audit entries whose before, after and detail were erased (their digests stay in the chain). */
  auditEntriesErased: number;
  /** Whether the tables were vacuumed afterwards, pruning the removed rows' old versions from their pages. */
  vacuumed: boolean;
}

const reasonDigest = (entity: string, id: string, reason: string) => sha256Hex(`${entity}\n${id}\n${reason}`);

/**
 * Removes an incident for good, in one transaction: the incident (taken out of the rollup) and
 * everything that hangs from it, its persons, the evidence only it links to (record, custody and
 * file), the documents of its audit entries; then writes tombstones and an `incident.purge`
 * audit entry without content. The evidence files are removed last, inside the transaction: if
 * one cannot be, nothing is committed and the purge can be run again.
 */
export async function purgeIncident(ctx: RequestContext, files: EvidenceFiles, id: string, reason: string): Promise<PurgeReport> {
  requirePermission(ctx.actor.scope, 'records.purge');
  const why = reason.trim();
  if (!why) throw invalid([{ field: 'reason', code: 'required', message: 'say why the incident is purged' }]);
  if (why.length > maxReasonLength) throw invalid([{ field: 'reason', code: 'too-long', message: `at most ${maxReasonLength} characters`, params: { maximum: maxReasonLength } }]);
  const report = await ctx.db.transaction(async (tx) => {
    const incident = await lockIncidentForPurge(tx, id);
    if (!incident) {
      const [purged] = await selectTombstones(tx, 'incident', [id]);
      if (purged) throw new DomainError('not-found', `incident ${id} was already purged (at ${purged.purged_at})`);
      throw notFound('incident', id);
    }
    const evidenceIds = await selectEvidenceOnlyOf(tx, id);

    // The persons (victims, witnesses) of the incident go with it, ciphertexts and all.
    const persons = await deletePersonsOfIncident(tx, id);

    await removeIncidents(tx, [id], ctx.actor.id);
    const evidence = await deleteEvidenceRecords(tx, evidenceIds);
    const auditEntriesErased =
      (await eraseAuditContents(tx, 'incident', [id])) + (await eraseAuditContents(tx, 'evidence', evidenceIds)) + (await eraseAuditContents(tx, 'person', persons));
    const digest = reasonDigest('incident', id, why);
    await insertTombstones(tx, [
      { entity: 'incident', entity_id: id, purged_by: ctx.actor.id, reason_digest: digest },
      ...evidence.map((e) => ({ entity: 'evidence', entity_id: e.id, purged_by: ctx.actor.id, reason_digest: reasonDigest('evidence', e.id, why) })),
    ]);
    await recordAudit(tx, ctx, [
      { action: 'incident.purge', entity: 'incident', entityId: id, before: null, after: null, detail: { reasonDigest: digest, evidencePurged: evidence.length, auditEntriesErased } },
      ...evidence.map((e) => ({ action: 'evidence.purge', entity: 'evidence', entityId: e.id, before: null, after: null, detail: { withIncident: id } })),
    ]);
    const [tombstone] = await selectTombstones(tx, 'incident', [id]);
    for (const e of evidence) await rm(files.pathOf(e.sha256), { force: true });
    return {
      tombstone: { entity: 'incident', id, purgedAt: tombstone!.purged_at, purgedBy: tombstone!.purged_by, reasonDigest: tombstone!.reason_digest },
      evidencePurged: evidence.map((e) => e.id),
      auditEntriesErased,
    };
  });
  // After the commit (a vacuum cannot run inside a transaction); the purge stands if it fails.
  const vacuumed = await vacuumPurgedTables(ctx.db).then(
    () => true,
    () => false,
  );
  return { ...report, vacuumed };
}
