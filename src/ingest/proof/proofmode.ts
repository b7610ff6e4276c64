import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parse } from 'csv-parse/sync';
import * as openpgp from 'openpgp';

/**
 * Verifies a ProofMode bundle on the way in (ProofMode's own "how to verify proof" steps):
 * 1. the media file's SHA-256 is the one its proof (`.proof.csv`) states;
 * 2. the media's detached OpenPGP signature (`<media>.asc`) is good under the bundle's key;
 * 3. the proof's signature (`<media>.proof.csv.asc`) is good under the same key.
 * The key (`pubkey.asc`) travels in the bundle, so a good result proves the bundle is whole and
 * was signed by that key — not whose key it is: the fingerprint is recorded so that a person can
 * compare it with the one the monitor's device showed.
 */
export type ProofCheckName = 'proof' | 'key' | 'hash' | 'media-signature' | 'proof-signature';

export interface ProofCheck {
  check: ProofCheckName;
  ok: boolean;
  message: string;
}

export interface ProofResult {
  kind: 'proofmode';
  /** Every check passed. */
  verified: boolean;
  checks: ProofCheck[];
  /** The signing key's fingerprint (hex, upper case), when the bundle's key could be read. */
  fingerprint: string | null;
  /** The proof file used. */
  proofFile: string | null;
  /** The proof's row for this media (device, time, location readings…), as written. */
  metadata: Record<string, string>;
}

export interface ProofInput {
  mediaName: string;
  /** The media's SHA-256 as computed on the way in (lower-case hex). */
  sha256: string;
  /** Opens the media's bytes again, for its signature (streamed: media can be large). */
  openMedia: () => Readable;
  /** Side files by name (pubkey.asc, <media>.proof.csv, <media>.asc, …). */
  files: Record<string, Buffer>;
}

/** Whether the side files hold a ProofMode proof for this media at all. */
export function hasProofMode(mediaName: string, sha256: string, names: string[]): boolean {
  return proofName(mediaName, sha256, names) !== null;
}

function proofName(mediaName: string, sha256: string, names: string[]): string | null {
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  return lower.get(`${mediaName.toLowerCase()}.proof.csv`) ?? lower.get(`${sha256}.proof.csv`) ?? null;
}

function pick(files: Record<string, Buffer>, ...candidates: string[]): [string, Buffer] | null {
  const lower = new Map(Object.keys(files).map((n) => [n.toLowerCase(), n]));
  for (const c of candidates) {
    const name = lower.get(c.toLowerCase());
    if (name) return [name, files[name]!];
  }
  return null;
}

export async function verifyProofMode(input: ProofInput): Promise<ProofResult> {
  const checks: ProofCheck[] = [];
  const result = (fingerprint: string | null, proofFile: string | null, metadata: Record<string, string>): ProofResult => ({
    kind: 'proofmode',
    verified: checks.length > 0 && checks.every((c) => c.ok),
    checks,
    fingerprint,
    proofFile,
    metadata,
  });
  const { mediaName, sha256, files } = input;

  const proof = pick(files, `${mediaName}.proof.csv`, `${sha256}.proof.csv`);
  if (!proof) {
    checks.push({ check: 'proof', ok: false, message: `no ${mediaName}.proof.csv in the bundle` });
    return result(null, null, {});
  }
  const [proofFile, proofBytes] = proof;
  const metadata = proofRow(proofBytes, sha256);
  if (!metadata.row) checks.push({ check: 'hash', ok: false, message: metadata.message });
  else checks.push({ check: 'hash', ok: true, message: `the file's SHA-256 ${sha256} is the one in ${proofFile}` });

  const keyFile = pick(files, 'pubkey.asc');
  let key: openpgp.Key | null = null;
  if (!keyFile) checks.push({ check: 'key', ok: false, message: 'no public key (pubkey.asc) in the bundle: the signatures cannot be checked' });
  else {
    try {
      key = await openpgp.readKey({ armoredKey: keyFile[1].toString('utf8') });
    } catch (err) {
      checks.push({ check: 'key', ok: false, message: `pubkey.asc is not an OpenPGP public key (${(err as Error).message})` });
    }
  }
  const fingerprint = key ? key.getFingerprint().toUpperCase() : null;

  const mediaSig = pick(files, `${mediaName}.asc`, `${sha256}.asc`);
  checks.push(
    !mediaSig
      ? { check: 'media-signature', ok: false, message: `no signature of the file (${mediaName}.asc) in the bundle` }
      : key
        ? await verifyDetached('media-signature', Readable.toWeb(input.openMedia()) as WebReadableStream<Uint8Array>, mediaSig, key)
        : { check: 'media-signature', ok: false, message: 'not checked: no usable public key' },
  );
  const proofSig = pick(files, `${proofFile}.asc`);
  checks.push(
    !proofSig
      ? { check: 'proof-signature', ok: false, message: `no signature of the proof (${proofFile}.asc) in the bundle` }
      : key
        ? await verifyDetached('proof-signature', new Uint8Array(proofBytes), proofSig, key)
        : { check: 'proof-signature', ok: false, message: 'not checked: no usable public key' },
  );
  return result(fingerprint, proofFile, metadata.row ?? {});
}

async function verifyDetached(
  check: 'media-signature' | 'proof-signature',
  data: Uint8Array | WebReadableStream<Uint8Array>,
  [sigName, sigBytes]: [string, Buffer],
  key: openpgp.Key,
): Promise<ProofCheck> {
  try {
    const signature = await openpgp.readSignature({ armoredSignature: sigBytes.toString('utf8') }).catch(async () => openpgp.readSignature({ binarySignature: new Uint8Array(sigBytes) }));
    const message = await openpgp.createMessage({ binary: data as Uint8Array });
    const verification = await openpgp.verify({ message, signature, verificationKeys: key, format: 'binary' });
    // A streamed message is verified only once its data has been read to the end.
    const out = verification.data as unknown;
    if (out && typeof (out as WebReadableStream).getReader === 'function') {
      const reader = (out as WebReadableStream).getReader();
      while (!(await reader.read()).done);
    }
    const [first] = verification.signatures;
    if (!first) return { check, ok: false, message: `${sigName} holds no signature` };
    await first.verified;
    return { check, ok: true, message: `${sigName}: good signature by key ${key.getFingerprint().toUpperCase()}` };
  } catch (err) {
    return { check, ok: false, message: `${sigName}: ${(err as Error).message}` };
  }
}

/** The proof CSV's row for this hash: ProofMode writes a header and one row per media file, the hash in "File Hash SHA256". */
function proofRow(bytes: Buffer, sha256: string): { row?: Record<string, string>; message: string } {
  let rows: Record<string, string>[];
  try {
    rows = parse(bytes, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as Record<string, string>[];
  } catch (err) {
    return { message: `the proof is not a readable CSV (${(err as Error).message})` };
  }
  const hashColumn = rows[0] && Object.keys(rows[0]).find((k) => /sha.?256/i.test(k) || /^file hash$/i.test(k));
  if (!hashColumn) return { message: 'the proof names no SHA-256 (no "File Hash SHA256" column)' };
  const row = rows.find((r) => (r[hashColumn] ?? '').toLowerCase() === sha256);
  if (!row) return { message: `the file's SHA-256 ${sha256} is not the one in the proof (${rows.map((r) => r[hashColumn]).join(', ')}): the file was changed after it was signed, or is another file` };
  return { row, message: '' };
}
