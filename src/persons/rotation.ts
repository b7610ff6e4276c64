import { randomUUID } from 'node:crypto';
import { requirePermission } from '../access/permissions.js';
import { resealTotpSecrets } from '../accounts/totpSecret.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import { DomainError } from '../errors.js';
import { keyFingerprint, newDataKey, sealField, wrapKey } from './crypto.js';
import { keyringFor } from './keys.js';
import type { MasterKey } from './masterKey.js';
import { identityFields, type IdentityField } from './schema.js';
import { nameHashesOf, openRow } from './service.js';
import * as store from './store.js';

/**
 * Key rotation. A new master key re-wraps the data key (one row changes; nothing else is
 * re-encrypted). A new data key re-encrypts every identifying field and name hash, in one
 * transaction: it lands whole, or the old key and ciphertexts stay as they were.
 */

export interface KeyStatus {
  dataKey: { id: string; createdAt: string; rewrappedAt: string | null; masterFingerprint: string } | null;
  master: { source: string; path: string | null; fingerprint: string; opensDataKey: boolean } | null;
  persons: number;
  /** With `verify`: every person's fields were opened; the first that failed, if any. */
  verified?: { persons: number; failure: string | null };
}

const noDataKey = () => new DomainError('conflict', 'no person has been recorded yet, so there is no data key to rotate');

/** Wraps the data key under `next` instead of the current master key. */
export async function rotateMasterKey(ctx: RequestContext, next: MasterKey): Promise<{ keyId: string; from: string; to: string }> {
  requirePermission(ctx.actor.scope, 'persons.keys');
  const keyring = keyringFor(ctx.db);
  const result = await ctx.db.transaction(async (tx) => {
    const row = await store.selectKey(tx, 'update');
    if (!row) throw noDataKey();
    const dataKey = keyring.unwrap(row);
    const to = keyFingerprint(next.key);
    await store.rewrapKey(tx, row.id, wrapKey(next.key, dataKey), to);
    await recordAudit(tx, ctx, [
      { action: 'person-keys.rewrap', entity: 'person-keys', entityId: row.id, before: { masterFingerprint: row.master_fingerprint }, after: { masterFingerprint: to } },
    ]);
    return { keyId: row.id, from: row.master_fingerprint, to };
  });
  keyring.useMaster(next);
  return result;
}

/** A new data key: every person's fields re-encrypted under it, then the old key deleted. */
export async function rotateDataKey(ctx: RequestContext): Promise<{ from: string; to: string; persons: number }> {
  requirePermission(ctx.actor.scope, 'persons.keys');
  const keyring = keyringFor(ctx.db);
  const result = await ctx.db.transaction(async (tx) => {
    const row = await store.selectKey(tx, 'update');
    if (!row) throw noDataKey();
    const old = keyring.unwrap(row);
    const fresh = newDataKey(randomUUID());
    const persons = await store.selectAllPersonsForUpdate(tx);
    for (const person of persons) {
      const identity = await openRow(tx, async (id) => (id === old.id ? old : undefined), person);
      const sealed = {} as Record<IdentityField, Buffer>;
      for (const field of identityFields) sealed[field] = sealField(fresh, person.id, field, identity[field]);
      await store.resealPerson(tx, person.id, sealed, nameHashesOf(fresh, identity));
    }
    // The accounts' TOTP secrets are sealed under the same data key (accounts/totpSecret.ts).
    const totpSecrets = await resealTotpSecrets(tx, old, fresh);
    const master = keyring.masterKey();
    await store.replaceKey(tx, old.id, fresh.id, wrapKey(master.key, fresh), keyFingerprint(master.key));
    await recordAudit(tx, ctx, [{ action: 'person-keys.rotate', entity: 'person-keys', entityId: fresh.id, before: { dataKey: old.id }, after: { dataKey: fresh.id, persons: persons.length, totpSecrets } }]);
    return { from: old.id, to: fresh.id, persons: persons.length };
  });
  keyring.forget();
  return result;
}

/** Which keys are in use; with `verify`, opens every person's fields (an altered one is named). */
export async function keyStatus(ctx: RequestContext, options: { verify?: boolean } = {}): Promise<KeyStatus> {
  requirePermission(ctx.actor.scope, 'persons.keys');
  const keyring = keyringFor(ctx.db);
  const row = await store.selectKey(ctx.db);
  const status: KeyStatus = {
    dataKey: row ? { id: row.id, createdAt: row.created_at, rewrappedAt: row.rewrapped_at, masterFingerprint: row.master_fingerprint } : null,
    master: null,
    persons: await store.countPersons(ctx.db),
  };
  if (!row) return status;
  const master = keyring.masterKey();
  const fingerprint = keyFingerprint(master.key);
  status.master = { source: master.source, path: master.path ?? null, fingerprint, opensDataKey: fingerprint === row.master_fingerprint };
  if (options.verify) {
    const key = keyring.unwrap(row);
    let checked = 0;
    let failure: string | null = null;
    let after: string | null = null;
    for (;;) {
      const page = await store.selectPersonsPage(ctx.db, after, 500);
      if (page.length === 0 || failure) break;
      for (const person of page) {
        try {
          await openRow(ctx.db, async (id) => (id === key.id ? key : undefined), person);
          checked += 1;
        } catch (err) {
          failure = (err as Error).message;
          break;
        }
      }
      after = page.at(-1)!.id;
    }
    status.verified = { persons: checked, failure };
  }
  return status;
}
