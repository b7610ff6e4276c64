import type { Readable } from 'node:stream';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { DomainError, notFound } from '../errors.js';
import type { EvidenceFiles } from './files.js';
import type { Evidence } from './schema.js';
import * as store from './store.js';

/**
 * Evidence: files kept by their SHA-256 with an append-only chain of custody. Every
 * upload, repeated upload and download is a custody event, so the chain shows who handled
 * the file and when.
 */

export interface Upload {
  content: Readable;
  filename: string;
  description: string;
}

export async function uploadEvidence(ctx: RequestContext, files: EvidenceFiles, upload: Upload): Promise<{ evidence: Evidence; created: boolean }> {
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
  return { evidence: await withCustody(ctx.db, row), created };
}

export async function getEvidence(ctx: RequestContext, id: string): Promise<Evidence> {
  const row = await store.selectEvidence(ctx.db, id);
  if (!row) throw notFound('evidence', id);
  return withCustody(ctx.db, row);
}

/**
 * Several records with their chains of custody in two queries, in the order asked; ids
 * that name nothing are left out (a page naming the evidence of a history shows what exists).
 */
export async function getEvidenceMany(ctx: RequestContext, ids: readonly string[]): Promise<Evidence[]> {
  const unique = [...new Set(ids)];
  const [rows, custody] = await Promise.all([store.selectEvidenceByIds(ctx.db, unique), store.selectCustodyOfMany(ctx.db, unique)]);
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
  const row = await store.selectEvidence(ctx.db, id);
  if (!row) throw notFound('evidence', id);
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
  const row = await store.selectEvidence(ctx.db, id);
  if (!row) throw notFound('evidence', id);
  const intact = await files.verify(row.sha256.trim()).catch(() => false);
  await store.insertCustodyEvent(ctx.db, {
    evidence_id: id,
    actor: ctx.actor.id,
    action: 'verified',
    note: intact ? 'the stored bytes match the SHA-256' : 'the stored file is missing or does not match the SHA-256',
  });
  return { evidence: await withCustody(ctx.db, row), intact };
}

/** The ids among `ids` that name stored evidence (evidence is never deleted). */
export function liveEvidenceIds(sql: Sql, ids: readonly string[]): Promise<Set<string>> {
  return store.selectExistingEvidenceIds(sql, [...new Set(ids)]);
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
