import { rm } from 'node:fs/promises';
import { eraseAuditContents } from '../audit/chain.store.js';
import type { Sql } from '../db/database.js';
import { DomainError } from '../errors.js';
import { deleteEvidenceRecords, selectPresentEvidenceIds } from '../evidence/purge.store.js';
import type { EvidenceFiles } from '../evidence/files.js';
import { removeIncidents, selectPresentIncidentIds } from '../incidents/purge.store.js';
import { insertCarriedTombstones, selectTombstones, type TombstoneRow } from './store.js';

/**
 * Tombstones keep a purged record from coming back: an import or create that brings a purged
 * id is refused, and after the restore of an older backup `reapplyTombstones` removes again
 * every purged record the backup still held.
 */

export type PurgeableEntity = 'incident' | 'evidence';

export interface Tombstone {
  entity: string;
  id: string;
  purgedAt: string;
  purgedBy: string;
  /** SHA-256 (hex) of `<entity>\n<id>\n<reason>`: who knows the reason can show it was this one; the reason is not kept. */
  reasonDigest: string;
}

const toTombstone = (r: TombstoneRow): Tombstone => ({ entity: r.entity, id: r.entity_id, purgedAt: r.purged_at, purgedBy: r.purged_by, reasonDigest: r.reason_digest });

/** The ids among `ids` that were purged. */
export async function isTombstoned(sql: Sql, entity: PurgeableEntity, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await selectTombstones(sql, entity, [...new Set(ids)])).map((r) => r.entity_id));
}

/** Refuses (409 conflict, CLI exit 4) to record anything under an id that was purged. */
export async function refuseTombstoned(sql: Sql, entity: PurgeableEntity, ids: readonly string[]): Promise<void> {
  const purged = await isTombstoned(sql, entity, ids);
  if (purged.size === 0) return;
  const list = [...purged];
  throw new DomainError(
    'conflict',
    `${entity} ${list.slice(0, 5).join(', ')}${list.length > 5 ? ` and ${list.length - 5} more` : ''} ${list.length === 1 ? 'was' : 'were'} purged: a purged ${entity} cannot be recorded again under its id`,
    [],
    { purged: list },
  );
}

/** Every tombstone, oldest first: what a restore carries over from the database it replaces. */
export async function readTombstones(sql: Sql): Promise<Tombstone[]> {
  return (await selectTombstones(sql)).map(toTombstone);
}

export interface Reapplied {
  incidents: string[];
  evidence: string[];
  /** Audit entries whose documents were erased again. */
  auditEntriesErased: number;
}

/**
 * Removes again every purged record present — for the restore of a backup made before a purge.
 * Inside the restore's transaction: first the tombstones read from the database being replaced
 * (`carried`, from readTombstones) are written back, since an older backup does not hold them;
 * then every tombstoned incident and evidence record is removed (the rollup adjusted), their audit
 * entries' documents erased (the chain still verifies), and with `files` the evidence files too.
 */
export async function reapplyTombstones(tx: Sql, options: { carried?: readonly Tombstone[]; files?: EvidenceFiles } = {}): Promise<Reapplied> {
  await insertCarriedTombstones(
    tx,
    (options.carried ?? []).map((t) => ({ entity: t.entity, entity_id: t.id, purged_at: t.purgedAt, purged_by: t.purgedBy, reason_digest: t.reasonDigest })),
  );
  const all = await selectTombstones(tx);
  const ids = (entity: PurgeableEntity) => all.filter((t) => t.entity === entity).map((t) => t.entity_id);
  const incidents = await removeIncidents(tx, await selectPresentIncidentIds(tx, ids('incident')), 'purge');
  const evidence = await deleteEvidenceRecords(tx, await selectPresentEvidenceIds(tx, ids('evidence')));
  const auditEntriesErased = (await eraseAuditContents(tx, 'incident', ids('incident'))) + (await eraseAuditContents(tx, 'evidence', ids('evidence')));
  if (options.files) for (const e of evidence) await rm(options.files.pathOf(e.sha256), { force: true });
  return { incidents, evidence: evidence.map((e) => e.id), auditEntriesErased };
}
