import { mayRead } from '../../access/scope.js';
import { fullScope } from '../../access/scope.js';
import { recordAudit } from '../../audit/service.js';
import type { RequestContext } from '../../context.js';
import type { Sql } from '../../db/database.js';
import { DomainError, notFound } from '../../errors.js';
import { deleteImportedIncidents, foldImportedCounts, readIncidentsForImport, updateImportedIncidents } from '../../incidents/imported.js';
import type { IncidentInput } from '../../incidents/schema.js';
import { resolvedFor } from './rows.js';
import * as store from './store.js';

/**
 * Undoes a batch inside one transaction: what it created is deleted (soft, as every delete), what
 * it updated is put back as it was before (in place: acts keep their ids), its external ids
 * restored — refused, naming the records, when a person edited any of them since (their edit
 * would be lost). Purged records are left purged.
 */
export async function rollbackIn(tx: Sql, ctx: RequestContext, batchId: string): Promise<store.BatchRow> {
  const scope = ctx.actor.scope;
  const batch = await store.selectBatch(tx, batchId, true);
  if (!batch) throw notFound('import batch', batchId);
  if (batch.status === 'rolled-back') throw new DomainError('conflict', `import batch ${batchId} was rolled back already`);
  const rows = (await store.selectImportRows(tx, batchId)).filter((r) => r.version !== null);
  if (rows.some((r) => !mayRead(scope, { confidentiality: r.confidentiality!, teams: r.teams ?? [] }))) {
    throw new DomainError('forbidden', `import batch ${batchId} wrote records you may not read: ask someone who may read them all to roll it back`);
  }
  const edited = rows.filter((r) => r.version !== r.version_after);
  if (edited.length) {
    const named = edited.slice(0, 10).map((r) => `'${r.title}' (${r.incident_id}, row ${r.source_row})`);
    throw new DomainError(
      'conflict',
      `import batch ${batchId} cannot be rolled back: ${edited.length} of its records ${edited.length === 1 ? 'was' : 'were'} edited since: ${named.join(', ')}${edited.length > 10 ? ` and ${edited.length - 10} more` : ''}`,
      [],
      { edited: edited.map((r) => ({ incidentId: r.incident_id, title: r.title, row: r.source_row, version: r.version, importedVersion: r.version_after })) },
    );
  }
  // A killed batch's counts may still be set aside (migration 030): folded first, so the tables hold every count the deletes take away.
  await foldImportedCounts(tx);
  const created = rows.filter((r) => r.outcome === 'imported').map((r) => r.incident_id);
  const deleted = await deleteImportedIncidents(tx, ctx, created);
  const reverts = rows.filter((r) => r.outcome !== 'imported' && r.version_before !== r.version_after && r.incident_before);
  // In bulk, a thousand at a time (a batch may have updated a million).
  for (let at = 0; at < reverts.length; at += 1000) {
    const chunk = reverts.slice(at, at + 1000);
    const current = await readIncidentsForImport(tx, chunk.map((r) => r.incident_id));
    const inputs = chunk.map((r) => r.incident_before as IncidentInput);
    const resolved = await resolvedFor(tx, inputs);
    await updateImportedIncidents(
      tx,
      ctx,
      fullScope,
      chunk.map((r, k) => ({ before: current.get(r.incident_id)!, input: inputs[k]!, detail: { rollbackOf: batchId, row: r.source_row, key: r.key } })),
      resolved,
    );
  }
  const all = await store.selectImportRows(tx, batchId);
  await store.restoreExternalIds(
    tx,
    batch.source_system,
    all.filter((r) => r.outcome === 'imported').map((r) => r.key),
    all.flatMap((r) => (r.outcome !== 'imported' && r.previous_external ? [r.previous_external] : [])),
  );
  const after = await store.updateBatch(tx, batchId, 'rolled-back');
  await recordAudit(tx, ctx, [
    { action: 'import.rollback', entity: 'import-batch', entityId: batchId, before: { status: batch.status }, after: { status: 'rolled-back' }, detail: { deleted, reverted: reverts.map((r) => r.incident_id) } },
  ]);
  return after;
}
