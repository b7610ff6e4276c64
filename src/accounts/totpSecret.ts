import type { Database, Sql } from '../db/database.js';
import { IntegrityError, openFor, sealFor, sealedKeyId, type DataKey } from '../persons/crypto.js';
import { keyringFor } from '../persons/keys.js';
import * as store from './store.js';

/**
 * TOTP secrets at rest (issue 15 §2, §4): sealed with the keyring that protects persons'
 * identities — AES-256-GCM under the data key, bound to the account (`user:<id>:totp`), so a
 * ciphertext copied to another account does not open — and opened only to check a code. A copy
 * of the database or of a backup without the master key gives no second factor.
 */

const owner = (userId: string) => `user:${userId}:totp`;

/** Seals a secret for an account; in the write's transaction (the data key row stays locked `for share`). */
export async function sealTotpSecret(db: Database, tx: Sql, userId: string, secret: string): Promise<Buffer> {
  return sealFor(await keyringFor(db).current(tx), owner(userId), secret);
}

/**
 * The account's TOTP secret, opened; undefined when it has none. A sealed secret that does not
 * open (altered, moved from another account, or under a key this database does not hold) is an
 * IntegrityError: the sign-in is refused and the fault logged (its message names the account only).
 */
export async function totpSecretOf(db: Database, user: Pick<store.UserRow, 'id' | 'totp_secret' | 'totp_sealed'>): Promise<string | undefined> {
  if (user.totp_sealed) {
    const blob = store.bytes(user.totp_sealed);
    const keyId = sealedKeyId(blob);
    const key = keyId ? await keyringFor(db).byId(db, keyId) : undefined;
    const opened = key && openFor(key, owner(user.id), blob);
    if (!opened || typeof opened.value !== 'string') throw new IntegrityError(`the sealed TOTP secret of account ${user.id} failed its integrity check: it was altered, or belongs to another account`);
    return opened.value;
  }
  // Stored before migration 012 and not yet sealed (the server seals these at start).
  return user.totp_secret ?? undefined;
}

/**
 * At start: seals the secrets stored in plain text before migration 012 (SQL cannot reach the
 * key, so the migration only adds the column). Returns how many were sealed.
 */
export async function sealPlainTotpSecrets(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const plain = await store.selectPlainTotpSecrets(tx);
    for (const row of plain) await store.resealTotp(tx, row.id, await sealTotpSecret(db, tx, row.id, row.totp_secret));
    return plain.length;
  });
}

/** A data key rotation (persons/rotation.ts): every sealed secret opened with the old key and sealed with the new one, in its transaction. */
export async function resealTotpSecrets(tx: Sql, old: DataKey, fresh: DataKey): Promise<number> {
  const rows = await store.selectSealedTotpSecrets(tx);
  for (const row of rows) {
    const opened = openFor(old, owner(row.id), row.totp_sealed);
    if (!opened) throw new IntegrityError(`the sealed TOTP secret of account ${row.id} failed its integrity check: it was altered, or belongs to another account`);
    await store.resealTotp(tx, row.id, sealFor(fresh, owner(row.id), opened.value));
  }
  return rows.length;
}
