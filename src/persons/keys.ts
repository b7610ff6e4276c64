import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import type { Database, Sql } from '../db/database.js';
import { keyFingerprint, newDataKey, unwrapKey, wrapKey, type DataKey } from './crypto.js';
import { MasterKeyError, resolveMasterKey, type MasterKey, type MasterKeySettings } from './masterKey.js';
import * as store from './store.js';

/**
 * The keys of one database: the master key (from the environment or a key file, resolved on
 * first use) and the data key, read wrapped from `person_keys` and kept open in memory. A
 * key rotation by another process is noticed: every encrypting write reads the key row
 * (locked `for share`), and a ciphertext naming a key not in memory re-reads it.
 */
export class Keyring {
  private master?: MasterKey;
  private readonly open = new Map<string, DataKey>();

  constructor(
    private readonly settings: () => MasterKeySettings,
    /** Told once when a key file is made, so the person who runs it knows it exists. */
    private readonly notice: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  /** The master key; `mayGenerate` when no data key exists yet. */
  masterKey(mayGenerate = false): MasterKey {
    if (!this.master) {
      this.master = resolveMasterKey(this.settings(), mayGenerate);
      if (this.master.generated) {
        this.notice(
          `Precursor made a master key for persons' identities at ${this.master.path} (readable by you only). ` +
            'Keep a copy apart from this directory and from its backups: without it, identities cannot be read.',
        );
      }
    }
    return this.master;
  }

  /**
   * The current data key, for sealing; made and stored (wrapped) on first use. Call it in the
   * write's transaction: the key row stays locked `for share` until it ends.
   */
  async current(tx: Sql): Promise<DataKey> {
    let row = await store.selectKey(tx, 'share');
    if (!row) {
      const master = this.masterKey(true);
      const made = newDataKey(randomUUID());
      await store.insertKeyIfNone(tx, made.id, wrapKey(master.key, made), keyFingerprint(master.key));
      row = await store.selectKey(tx, 'share');
    }
    return this.unwrap(row!);
  }

  /** The data key with this id, for opening a field sealed under it. */
  async byId(sql: Sql, id: string): Promise<DataKey | undefined> {
    const cached = this.open.get(id);
    if (cached) return cached;
    const row = await store.selectKey(sql);
    return row && row.id === id ? this.unwrap(row) : undefined;
  }

  /** Opens a wrapped data key with the master key, or says plainly that the master key is not the one. */
  unwrap(row: store.KeyRow): DataKey {
    const cached = this.open.get(row.id);
    if (cached) return cached;
    const master = this.masterKey();
    const key = unwrapKey(master.key, row.id, row.wrapped);
    if (!key) {
      const given = keyFingerprint(master.key);
      throw new MasterKeyError(
        given === row.master_fingerprint
          ? "the stored data key failed its integrity check: the person_keys row was altered; restore it from a backup"
          : `wrong master key: the key from ${master.source} (fingerprint ${given}) is not the one this database's data key is wrapped under (fingerprint ${row.master_fingerprint})` +
              (master.path && existsSync(`${master.path}.new`) ? `; a key rotation was interrupted: the key in ${master.path}.new may be the one — move it to ${master.path}` : ''),
      );
    }
    const dataKey = { id: row.id, key };
    this.open.clear(); // only one data key is live at a time: drop a rotated one
    this.open.set(row.id, dataKey);
    return dataKey;
  }

  /** After a master key rotation: use the new key from now on. */
  useMaster(master: MasterKey) {
    this.master = master;
  }

  /** Forgets the keys held in memory (after a data key rotation). */
  forget() {
    this.open.clear();
  }
}

const keyrings = new WeakMap<Database, Keyring>();

/**
 * The keyring of a database: one per open database in this process, set when the runtime
 * opens it (`keyringForConfig`). A database opened otherwise (a script, a test) has a keyring
 * that reads the key from the environment only and never makes a key file.
 */
export function keyringFor(db: Database): Keyring {
  let keyring = keyrings.get(db);
  if (!keyring) {
    keyring = new Keyring(() => ({ env: process.env }));
    keyrings.set(db, keyring);
  }
  return keyring;
}

/**
 * The keyring of the configured database: the master key from the environment, and in local
 * mode on the embedded database from a key file in its data directory (made on first use).
 */
export function keyringForConfig(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Keyring {
  return new Keyring(() => ({ env: process.env, dataDir: config.databaseUrl ? undefined : config.dataDir }));
}

/** Gives a database its own keyring (tests, and the CLI after a rotation). */
export function useKeyring(db: Database, keyring: Keyring): Keyring {
  keyrings.set(db, keyring);
  return keyring;
}

/** A keyring over a fixed master key (tests; scripts that hold the key themselves). */
export function fixedKeyring(key: Buffer): Keyring {
  return new Keyring(() => ({ env: { PRECURSOR_MASTER_KEY: key.toString('base64') } }));
}

/**
 * At start: when persons are stored, the master key must open their data key — a wrong or
 * missing key stops the start with a clear message rather than failing at a later request.
 */
export async function checkMasterKey(db: Database): Promise<'no-data-key' | 'ok'> {
  const row = await store.selectKey(db);
  if (!row) return 'no-data-key';
  keyringFor(db).unwrap(row);
  return 'ok';
}

export { MasterKeyError };
