import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The cipher work behind protected identities, as pure functions over keys and bytes (no
 * database, no environment): AES-256-GCM from Node's crypto, an authenticated cipher, so a
 * changed byte is refused instead of decrypted into garbage.
 *
 * A field's ciphertext is `[format 1][data key id 16][nonce 12][ciphertext][tag 16]`. Its
 * associated data binds it to the person and the field (and to the header), so a ciphertext
 * copied to another row or another field fails to open.
 */

const fieldFormat = 1;
const wrapFormat = 1;
const nonceBytes = 12;
const tagBytes = 16;
const keyIdBytes = 16;
const headerBytes = 1 + keyIdBytes;

export const keyBytes = 32;

/** A data key with its id (a uuid: the id of its row in person_keys). */
export interface DataKey {
  id: string;
  key: Buffer;
}

/**
 * A stored ciphertext that does not open: a fault of the stored data, not of the request (so
 * HTTP answers 500 and logs it). It says where — person and field — never what: no plaintext
 * ever reaches an error.
 */
export class IntegrityError extends Error {
  constructor(
    message: string,
    readonly where: { personId?: string; field?: string } = {},
  ) {
    super(message);
    this.name = 'IntegrityError';
  }

  /** Its message names a person's id and a field only, never content: the request log may show it (src/http/logging.ts). */
  readonly logSafe = true;
}

const uuidBytes = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
const uuidOf = (bytes: Buffer) => {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** What a ciphertext belongs to, bound into it: `person:<id>:<field>`, `user:<id>:totp`. */
const ownerAad = (owner: string, header: Buffer) => Buffer.concat([Buffer.from(`precursor:${owner}:`), header]);
const fieldOwner = (personId: string, field: string) => `person:${personId}:${field}`;

/**
 * Encrypts a value (any JSON value) for one owner under the data key. The same cipher and
 * format seal persons' fields and, under `user:<id>:totp`, the accounts' TOTP secrets: one
 * keyring, one rotation.
 */
export function sealFor(dataKey: DataKey, owner: string, value: unknown): Buffer {
  const header = Buffer.concat([Buffer.from([fieldFormat]), uuidBytes(dataKey.id)]);
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', dataKey.key, nonce);
  cipher.setAAD(ownerAad(owner, header));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([header, nonce, body, cipher.getAuthTag()]);
}

/** Opens what `sealFor` sealed for the same owner; undefined when any byte changed, the owner differs or the key is not the one. */
export function openFor(dataKey: DataKey, owner: string, blob: Buffer): { value: unknown } | undefined {
  if (sealedKeyId(blob) !== dataKey.id) return undefined;
  const header = blob.subarray(0, headerBytes);
  const nonce = blob.subarray(headerBytes, headerBytes + nonceBytes);
  const body = blob.subarray(headerBytes + nonceBytes, blob.length - tagBytes);
  const decipher = createDecipheriv('aes-256-gcm', dataKey.key, nonce);
  decipher.setAAD(ownerAad(owner, header));
  decipher.setAuthTag(blob.subarray(blob.length - tagBytes));
  try {
    return { value: JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) };
  } catch {
    return undefined;
  }
}

/** Encrypts one field's value (any JSON value) for one person. */
export function sealField(dataKey: DataKey, personId: string, field: string, value: unknown): Buffer {
  return sealFor(dataKey, fieldOwner(personId, field), value);
}

/** The id of the data key a field was sealed with (to fetch that key), or undefined for a malformed blob. */
export function sealedKeyId(blob: Buffer): string | undefined {
  if (blob.length < headerBytes + nonceBytes + tagBytes || blob[0] !== fieldFormat) return undefined;
  return uuidOf(blob.subarray(1, headerBytes));
}

/**
 * Opens a field sealed by `sealField` for the same person and field. Any changed byte, a
 * ciphertext moved from another row or field, or the wrong key gives an IntegrityError.
 */
export function openField(dataKey: DataKey, personId: string, field: string, blob: Buffer): unknown {
  const where = { personId, field };
  if (sealedKeyId(blob) === undefined) throw new IntegrityError(`the encrypted field ${field} of person ${personId} is malformed: it was altered or truncated`, where);
  if (sealedKeyId(blob) !== dataKey.id) throw new IntegrityError(`the encrypted field ${field} of person ${personId} names a data key this database does not hold`, where);
  const opened = openFor(dataKey, fieldOwner(personId, field), blob);
  if (!opened) {
    throw new IntegrityError(
      `the encrypted field ${field} of person ${personId} failed its integrity check: it was altered, or belongs to another person or field`,
      where,
    );
  }
  return opened.value;
}

const wrapAad = (keyId: string) => Buffer.from(`precursor:data-key:${keyId}`);

/** Encrypts a data key under the master key: `[format 1][nonce 12][key 32][tag 16]`. */
export function wrapKey(masterKey: Buffer, dataKey: DataKey): Buffer {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', masterKey, nonce);
  cipher.setAAD(wrapAad(dataKey.id));
  const body = Buffer.concat([cipher.update(dataKey.key), cipher.final()]);
  return Buffer.concat([Buffer.from([wrapFormat]), nonce, body, cipher.getAuthTag()]);
}

/** Opens a wrapped data key; undefined when this master key does not open it (wrong key, or altered). */
export function unwrapKey(masterKey: Buffer, keyId: string, wrapped: Buffer): Buffer | undefined {
  if (wrapped.length !== 1 + nonceBytes + keyBytes + tagBytes || wrapped[0] !== wrapFormat) return undefined;
  const decipher = createDecipheriv('aes-256-gcm', masterKey, wrapped.subarray(1, 1 + nonceBytes));
  decipher.setAAD(wrapAad(keyId));
  decipher.setAuthTag(wrapped.subarray(wrapped.length - tagBytes));
  try {
    return Buffer.concat([decipher.update(wrapped.subarray(1 + nonceBytes, wrapped.length - tagBytes)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/**
 * A short public name for a master key, to tell which key wrapped the data key without
 * revealing it (an HMAC under the key itself: only its holder can produce it).
 */
export function keyFingerprint(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update('precursor master key fingerprint').digest('hex').slice(0, 16);
}

/** A key for one purpose, derived from the data key (HKDF-SHA256), so no key serves two purposes. */
function derived(dataKey: DataKey, purpose: 'name-index' | 'audit-digest'): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey.key, Buffer.alloc(0), `precursor:${purpose}`, keyBytes));
}

/**
 * A name as people write it in many ways: case, spacing and diacritics folded ("  Amína
 * HASSAN " and "amina hassan" are one name). Letters of other scripts are kept as they are.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/\s+/gu, ' ').trim().normalize('NFC');
}

/** The keyed hash of a name for exact-match lookup: without the data key, it tells nothing and cannot be guessed at. */
export function nameDigest(dataKey: DataKey, name: string): string {
  return createHmac('sha256', derived(dataKey, 'name-index')).update(normalizeName(name)).digest('hex');
}

/**
 * A digest of a person's identifying fields for the audit trail: it shows that they changed
 * (and when they did not) without holding them. Keyed, so names cannot be found by guessing.
 */
export function identityDigest(dataKey: DataKey, identity: unknown): string {
  return createHmac('sha256', derived(dataKey, 'audit-digest')).update(JSON.stringify(identity)).digest('hex');
}

export function newDataKey(id: string): DataKey {
  return { id, key: randomBytes(keyBytes) };
}
