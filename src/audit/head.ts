import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalEncoding } from './chain.js';

/**
 * The chain head as a partner keeps it: the newest entry's sequence and hash, its time and the
 * number of entries, signed with an Ed25519 key (Node's crypto). Whoever holds the head and the
 * public key can later ask whether the trail still contains that entry unchanged — and since
 * each hash covers the one before, whether anything before it was rewritten. Pure: no database.
 */

export const headFormat = 'precursor-audit-head/1';

export const ChainHead = z.object({
  format: z.literal(headFormat),
  seq: z.number().int().min(0),
  /** SHA-256 hex of the newest entry; 64 zeros for an empty trail. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'),
  /** The newest entry's time (UTC, microseconds); null for an empty trail. */
  at: z.string().nullable(),
  count: z.number().int().min(0),
  exportedAt: z.string(),
});
export type ChainHead = z.infer<typeof ChainHead>;

export const SignedHead = ChainHead.extend({
  signature: z
    .object({
      algorithm: z.literal('ed25519'),
      /** SHA-256 (hex, first 16 characters) of the public key in SPKI DER: which key signed. */
      keyId: z.string(),
      /** Base64. */
      value: z.string().min(1),
    })
    .optional(),
});
export type SignedHead = z.infer<typeof SignedHead>;

/** The bytes a signature covers: every field of the head, canonically encoded. */
export function headPayload(head: ChainHead): Buffer {
  return Buffer.from(canonicalEncoding(headFormat, [String(head.seq), head.hash, head.at, String(head.count), head.exportedAt]), 'utf8');
}

export function keyId(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/** A new Ed25519 key pair, both in PEM: the private key as PKCS #8, the public one as SPKI. */
export function generateHeadKeys(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function signHead(head: ChainHead, privateKeyPem: string): SignedHead {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the signing key is ${key.asymmetricKeyType ?? 'not an asymmetric key'}, not Ed25519`);
  const value = sign(null, headPayload(head), key).toString('base64');
  return { ...head, signature: { algorithm: 'ed25519', keyId: keyId(createPublicKey(key)), value } };
}

/** Whether the head carries a signature by this public key over exactly its fields. */
export function headSignatureValid(head: SignedHead, publicKeyPem: string): boolean {
  if (!head.signature) return false;
  const key = createPublicKey(publicKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the public key is ${key.asymmetricKeyType ?? 'not an asymmetric key'}, not Ed25519`);
  const { signature, ...fields } = head;
  return verify(null, headPayload(fields), key, Buffer.from(signature.value, 'base64'));
}
