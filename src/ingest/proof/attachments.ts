import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { RequestContext } from '../../context.js';
import type { Sql } from '../../db/database.js';
import type { EvidenceFiles, StoredFile } from '../../evidence/files.js';
import { importEvidence } from '../../evidence/service.js';
import type { Attachment } from '../types.js';
import { hasProofMode, verifyProofMode, type ProofResult } from './proofmode.js';
import { captureMetadata, type CaptureMetadata } from './sidecar.js';

/**
 * Stores an imported file as evidence (the writer calls this for each of an ImportedIncident's
 * attachments, then links the returned ids to the incident):
 * - the file, by its SHA-256, with an `imported` custody event saying where it came from
 *   (`imported from ODK submission uuid:…`);
 * - its ProofMode proof verified against the stored bytes — SHA-256 against the proof, each
 *   signature against the bundle's key — and the result (verified, or which check failed, and
 *   the key's fingerprint) as a `proof-verified` / `proof-failed` custody event;
 * - its side files (proof, signatures, key, Tella / eyeWitness metadata) stored as evidence too,
 *   named in a `metadata-kept` event, so the proof can be checked again later by anyone.
 *
 *   const stored = await storeAttachment(ctx, files, attachment, { tx });
 *   // link stored.evidenceId and stored.related to the incident
 */
export interface StoredAttachment {
  evidenceId: string;
  sha256: string;
  /** The side files' evidence ids (link them with the media). */
  related: string[];
  proof: ProofResult | null;
  metadata: CaptureMetadata[];
  /** The same bytes were already linked to the incident (`linkedTo`): nothing was added to their chain. */
  alreadyLinked: boolean;
}

/** Side files are small (a CSV, a key, signatures, a JSON): larger is not a proof. */
const maxSideFileBytes = 16 * 1024 * 1024;

/**
 * `linkedTo`: the incident the attachment belongs to, on a re-import — a file (or side file)
 * whose bytes are already linked to it is left as it is, so importing the same row again adds
 * no record and no custody event (the bytes are content-addressed: never a second copy).
 */
export async function storeAttachment(
  ctx: RequestContext,
  files: EvidenceFiles,
  attachment: Attachment,
  options: { tx?: Sql; linkedTo?: string; onStored?: (stored: StoredFile) => void } = {},
): Promise<StoredAttachment> {
  const origin = attachment.note ?? `imported with ${attachment.name}`;
  const side: Record<string, Buffer> = {};
  for (const [name, read] of Object.entries(attachment.proofFiles ?? {})) {
    const bytes = await read();
    if (bytes.length <= maxSideFileBytes) side[name] = bytes;
  }
  // Side files first: the media's custody then names them by evidence id.
  const related: { name: string; id: string }[] = [];
  for (const [name, bytes] of Object.entries(side)) {
    if (!bytes.length) continue;
    const stored = await importEvidence(
      ctx,
      files,
      { content: Readable.from([bytes]), filename: name, description: `capture proof or metadata of ${attachment.name}`, note: `${origin}, beside ${attachment.name}`, linkedTo: options.linkedTo, onStored: options.onStored },
      options.tx,
    );
    related.push({ name, id: stored.id });
  }
  let proof: ProofResult | null = null;
  const metadata = captureMetadata(side);
  const media = await importEvidence(
    ctx,
    files,
    {
      content: Readable.from(await attachment.open()),
      filename: attachment.name,
      description: '',
      note: origin,
      linkedTo: options.linkedTo,
      onStored: options.onStored,
      custody: async (stored) => {
        const events: { action: string; note: string }[] = [];
        if (hasProofMode(attachment.name, stored.sha256, Object.keys(side))) {
          proof = await verifyProofMode({ mediaName: attachment.name, sha256: stored.sha256, openMedia: () => createReadStream(files.pathOf(stored.sha256)), files: side });
          events.push({ action: proof.verified ? 'proof-verified' : 'proof-failed', note: describeProof(proof) });
        }
        const kept = related.filter((r) => r.name in side);
        if (kept.length) {
          const apps = metadata.map((m) => `${m.app} metadata ${m.file}${m.wellFormed ? '' : ' (not well-formed JSON, kept as is)'}`);
          events.push({ action: 'metadata-kept', note: `kept with this file: ${kept.map((r) => `${r.name} (evidence ${r.id})`).join(', ')}${apps.length ? `; ${apps.join('; ')}` : ''}` });
        }
        return events;
      },
    },
    options.tx,
  );
  return { evidenceId: media.id, sha256: media.sha256, related: related.map((r) => r.id), proof, metadata, alreadyLinked: Boolean(media.alreadyLinked) };
}

/** One line for the chain of custody: the outcome, each check, the key's fingerprint. */
export function describeProof(proof: ProofResult): string {
  const head = proof.verified ? 'ProofMode proof verified' : `ProofMode proof NOT verified (${proof.checks.filter((c) => !c.ok).map((c) => c.check).join(', ')} failed)`;
  return `${head}: ${proof.checks.map((c) => `${c.ok ? 'ok' : 'FAILED'} ${c.check}: ${c.message}`).join('; ')}; key fingerprint ${proof.fingerprint ?? 'unknown'}`;
}
