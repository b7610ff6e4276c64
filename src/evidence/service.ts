import type { Readable } from 'node:stream';
import { requirePermission } from '../access/permissions.js';
import type { Scope } from '../access/scope.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { DomainError, notFound } from '../errors.js';
import type { EvidenceFiles, StoredFile } from './files.js';
import type { Evidence } from './schema.js';
import * as store from './store.js';

/**
 * Evidence: files kept by their SHA-256 with an append-only chain of custody. Every
 * upload, repeated upload and download is a custody event, so the chain shows who handled
 * the file and when.
 *
 * Through the door: a file is read (metadata, custody, content, verification) only by a
 * caller who may read at least one live incident it is linked to, or — for roles that may add
 * evidence — when it is linked to none yet (store.evidenceVisibility). Anyone else is told it
 * does not exist, as for a missing one, so an id does not confirm that a file is on record.
 */

export interface Upload {
  content: Readable;
  filename: string;
  description: string;
}

export async function uploadEvidence(ctx: RequestContext, files: EvidenceFiles, upload: Upload): Promise<{ evidence: Evidence; created: boolean }> {
  requirePermission(ctx.actor.scope, 'evidence.write');
  const stored = await files.store(upload.content);
  const created = await ctx.db.transaction(async (tx) => {
    const row = await store.insertEvidence(tx, {
      sha256: stored.sha256,
      size_bytes: stored.sizeBytes,
      media_type: stored.mediaType,
      filename: upload.filename,
      description: upload.description,
      created_by: ctx.actor.id,
    });
    if (!row) {
      // The same file is already on record (perhaps uploaded a moment ago by someone else).
      const existing = (await store.selectEvidenceBySha(tx, stored.sha256))!;
      // Their name and description are kept on their own custody event, the record keeps the first's.
      await store.insertCustodyEvent(tx, {
        evidence_id: existing.id,
        actor: ctx.actor.id,
        action: 'uploaded-again',
        note: `as ${upload.filename}`,
        filename: upload.filename,
        description: upload.description,
      });
      return false;
    }
    await store.insertCustodyEvent(tx, {
      evidence_id: row.id,
      actor: ctx.actor.id,
      action: 'uploaded',
      note: `as ${upload.filename}`,
      filename: upload.filename,
      description: upload.description,
    });
    await recordAudit(tx, ctx, [{ action: 'evidence.create', entity: 'evidence', entityId: row.id, before: null, after: row }]);
    return true;
  });
  const row = (await store.selectEvidenceBySha(ctx.db, stored.sha256))!;
  if (created || (await store.selectEvidence(ctx.db, row.id, ctx.actor.scope))) return { evidence: await withCustody(ctx.db, row), created };
  // The uploader holds the bytes, so may know the file is on record (and needs its id to link
  // it), but not what others named it, said of it or did with it: those belong to incidents
  // this caller may not read.
  const own = (await store.selectCustody(ctx.db, row.id)).filter((c) => c.actor === ctx.actor.id);
  return { evidence: toEvidence({ ...row, filename: upload.filename, description: upload.description, created_by: ctx.actor.id }, own), created };
}

/**
 * A file brought in by an import (an ODK submission's media, a capture app's bundle) rather than
 * uploaded by hand: stored like an upload, with an `imported` custody event saying where it came
 * from, then the events `custody` returns once the bytes are stored and hashed (a capture proof
 * verified against the stored file, metadata kept with it). Written in `tx` when given (the
 * importer's transaction), so the record and its chain land with the incident or not at all.
 * The same bytes already on record get `imported-again` and the new events on their chain.
 */
export async function importEvidence(
  ctx: RequestContext,
  files: EvidenceFiles,
  input: Upload & {
    note: string;
    custody?: (stored: StoredFile) => Promise<{ action: string; note: string }[]>;
    /** A re-import: when these bytes are already linked to this incident, nothing is added (no second record, no custody event). */
    linkedTo?: string;
    /** Told of the stored bytes before any record is written: an import keeps the files it put on disk, to remove them if it refuses the row. */
    onStored?: (stored: StoredFile) => void;
  },
  tx?: Sql,
): Promise<{ id: string; sha256: string; created: boolean; alreadyLinked?: boolean }> {
  requirePermission(ctx.actor.scope, 'evidence.write');
  const stored = await files.store(input.content);
  input.onStored?.(stored);
  if (input.linkedTo) {
    const linked = await store.selectEvidenceLinkedBySha(tx ?? ctx.db, stored.sha256, input.linkedTo);
    if (linked) return { id: linked, sha256: stored.sha256, created: false, alreadyLinked: true };
  }
  const events = (await input.custody?.(stored)) ?? [];
  const write = async (sql: Sql) => {
    const row = await store.insertEvidence(sql, {
      sha256: stored.sha256,
      size_bytes: stored.sizeBytes,
      media_type: stored.mediaType,
      filename: input.filename,
      description: input.description,
      created_by: ctx.actor.id,
    });
    const id = row?.id ?? (await store.selectEvidenceBySha(sql, stored.sha256))!.id;
    await store.insertCustodyEvent(sql, { evidence_id: id, actor: ctx.actor.id, action: row ? 'imported' : 'imported-again', note: input.note, filename: input.filename, description: input.description });
    for (const e of events) await store.insertCustodyEvent(sql, { evidence_id: id, actor: ctx.actor.id, action: e.action, note: e.note });
    if (row) await recordAudit(sql, ctx, [{ action: 'evidence.create', entity: 'evidence', entityId: row.id, before: null, after: row }]);
    return { id, sha256: stored.sha256, created: Boolean(row) };
  };
  return tx ? write(tx) : ctx.db.transaction(write);
}

/**
 * Removes stored files that no evidence record names — bytes an import put on disk for a row
 * it then refused, or in a transaction that was rolled back. `sql` is where the records are
 * looked for: inside the import's transaction after its savepoint was rolled back (so records
 * of the transaction's other rows still count), or the database once the transaction is gone.
 * Returns the SHA-256s removed.
 *
 * Bytes are content-addressed, so the same file may be named by a record written meanwhile by
 * another transaction not yet committed: that record's file would be missing (a download says
 * so and the chain of custody records it). The window is the few milliseconds between the
 * other store and its commit, for the very same bytes.
 */
export async function removeUnrecordedFiles(sql: Sql, files: EvidenceFiles, sha256s: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const sha256 of new Set(sha256s)) {
    if (await store.selectEvidenceBySha(sql, sha256)) continue;
    await files.remove(sha256);
    removed.push(sha256);
  }
  return removed;
}

/**
 * An evidence record described by an export of ours (a JSON document carries the record, not the
 * file): the record with these bytes when one is on record here, else a new one — under the
 * exported id when it is free — with an `imported` custody event saying the file did not come
 * with it. Downloading it says the file is missing until the same bytes are uploaded (same
 * SHA-256: `uploaded-again` on this record, and the file is served from then on).
 */
export async function importEvidenceRecord(
  ctx: RequestContext,
  tx: Sql,
  record: { id?: string; sha256: string; sizeBytes: number; mediaType: string; filename: string; description: string },
  note: string,
): Promise<{ id: string; created: boolean }> {
  requirePermission(ctx.actor.scope, 'evidence.write');
  const existing = await store.selectEvidenceBySha(tx, record.sha256);
  if (existing) return { id: existing.id, created: false };
  const values = { sha256: record.sha256, size_bytes: record.sizeBytes, media_type: record.mediaType, filename: record.filename, description: record.description, created_by: ctx.actor.id };
  const row = (record.id ? await store.insertEvidenceWithId(tx, { id: record.id, ...values }) : undefined) ?? (await store.insertEvidence(tx, values))!;
  await store.insertCustodyEvent(tx, { evidence_id: row.id, actor: ctx.actor.id, action: 'imported', note: `${note}; the file itself was not in the export: upload the same file to restore it`, filename: record.filename, description: record.description });
  await recordAudit(tx, ctx, [{ action: 'evidence.create', entity: 'evidence', entityId: row.id, before: null, after: row }]);
  return { id: row.id, created: true };
}

export async function getEvidence(ctx: RequestContext, id: string): Promise<Evidence> {
  return withCustody(ctx.db, await readableEvidence(ctx, id));
}

/** The record if the caller may read it; `not-found` otherwise, as for a missing one. */
async function readableEvidence(ctx: RequestContext, id: string): Promise<store.EvidenceRow> {
  requirePermission(ctx.actor.scope, 'evidence.read');
  const row = await store.selectEvidence(ctx.db, id, ctx.actor.scope);
  if (!row) throw notFound('evidence', id);
  return row;
}

/**
 * Several records with their chains of custody in two queries, in the order asked; ids
 * that name nothing are left out (a page naming the evidence of a history shows what exists).
 */
export async function getEvidenceMany(ctx: RequestContext, ids: readonly string[]): Promise<Evidence[]> {
  requirePermission(ctx.actor.scope, 'evidence.read');
  const unique = [...new Set(ids)];
  // Custody is fetched for every id asked, but joined only to the records the caller may read.
  const [rows, custody] = await Promise.all([store.selectEvidenceByIds(ctx.db, unique, ctx.actor.scope), store.selectCustodyOfMany(ctx.db, unique)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const chains = new Map<string, store.CustodyRow[]>();
  for (const c of custody) chains.set(c.evidence_id, [...(chains.get(c.evidence_id) ?? []), c]);
  return unique.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toEvidence(row, chains.get(id) ?? [])] : [];
  });
}

/**
 * Opens the file for download and records the download in the chain of custody; `headOnly`
 * (an HTTP HEAD) opens and records nothing. A file missing from disk, or whose size is not
 * the recorded one, is refused and the refusal joins the chain; a file whose bytes changed
 * but not its size fails while streaming (see EvidenceFiles.openVerified), recorded likewise.
 */
export async function downloadEvidence(ctx: RequestContext, files: EvidenceFiles, id: string, options: { headOnly?: boolean } = {}) {
  const row = await readableEvidence(ctx, id);
  const sha256 = row.sha256.trim();
  const checked = await files.check(sha256, Number(row.size_bytes));
  const record = (action: string, note: string) => store.insertCustodyEvent(ctx.db, { evidence_id: id, actor: ctx.actor.id, action, note });
  if (checked.state === 'missing') {
    await record('missing', 'a download found no stored file');
    throw new DomainError('gone', `the stored file of evidence ${id} is missing; its record and chain of custody remain`);
  }
  if (checked.state === 'changed') {
    await record('integrity-failed', 'a download found the stored file changed (its size is not the recorded size); it was not served');
    throw new DomainError('integrity', `the stored file of evidence ${id} no longer matches its SHA-256; it is not served`);
  }
  if (options.headOnly) return { stream: undefined, sizeBytes: checked.sizeBytes, evidence: row };
  await record('downloaded', '');
  const stream = files.openVerified(sha256, () => {
    // The response is already under way: the failure is recorded after it, never silently.
    record('integrity-failed', 'a download found the stored bytes changed; the transfer was cut before its end').catch(() => undefined);
  });
  return { stream, sizeBytes: checked.sizeBytes, evidence: row };
}

/**
 * Re-reads the stored file and checks that its bytes still hash to the SHA-256 taken at
 * upload; the check and its result join the chain of custody (a lawyer can show when the
 * file was last proved intact).
 */
export async function verifyEvidence(ctx: RequestContext, files: EvidenceFiles, id: string): Promise<{ evidence: Evidence; intact: boolean }> {
  const row = await readableEvidence(ctx, id);
  const intact = await files.verify(row.sha256.trim()).catch(() => false);
  await store.insertCustodyEvent(ctx.db, {
    evidence_id: id,
    actor: ctx.actor.id,
    action: 'verified',
    note: intact ? 'the stored bytes match the SHA-256' : 'the stored file is missing or does not match the SHA-256',
  });
  return { evidence: await withCustody(ctx.db, row), intact };
}

/**
 * The ids among `ids` that name stored evidence (evidence is never deleted) — given a scope,
 * only files it may read, so that nobody links a file they may not read to a record of their
 * own to reach it.
 */
export function liveEvidenceIds(sql: Sql, ids: readonly string[], scope?: Scope): Promise<Set<string>> {
  return store.selectExistingEvidenceIds(sql, [...new Set(ids)], scope);
}

async function withCustody(sql: Sql, row: store.EvidenceRow): Promise<Evidence> {
  return toEvidence(row, await store.selectCustody(sql, row.id));
}

function toEvidence(row: store.EvidenceRow, custody: store.CustodyRow[]): Evidence {
  return {
    id: row.id,
    sha256: row.sha256.trim(),
    sizeBytes: row.size_bytes,
    mediaType: row.media_type,
    filename: row.filename,
    description: row.description,
    createdAt: row.created_at,
    createdBy: row.created_by,
    custody: custody.map((c) => ({ at: c.at, actor: c.actor, action: c.action, note: c.note, filename: c.filename ?? null, description: c.description ?? null })),
  };
}

/** The ids among `ids` of files the caller may read. */
export async function readableEvidenceIds(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await store.selectEvidenceByIds(ctx.db, [...new Set(ids)], ctx.actor.scope)).map((r) => r.id));
}

/** The SQL rule of which evidence a scope may read, for the audit trail's entries about evidence. */
export const evidenceVisibility = store.evidenceVisibility;
