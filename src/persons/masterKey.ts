import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { keyBytes } from './crypto.js';

/**
 * Where the master key comes from — the key that wraps the data key and never enters the
 * database: `PRECURSOR_MASTER_KEY` (base64 of 32 bytes), else the file named by
 * `PRECURSOR_MASTER_KEY_FILE`, else — only in local mode on the embedded database — a key
 * file in the data directory, made with mode 0600 on first use.
 */
export interface MasterKey {
  key: Buffer;
  /** Said in `keys status` and in errors: which setting the key came from (never the key). */
  source: 'PRECURSOR_MASTER_KEY' | 'PRECURSOR_MASTER_KEY_FILE' | 'data directory key file';
  /** The file the key was read from, if any. */
  path?: string;
  /** True when this call made the key file. */
  generated?: boolean;
}

/** A key or key-file problem: a setting to fix, said so plainly (no key material in it). */
export class MasterKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MasterKeyError';
  }
}

export interface MasterKeySettings {
  env: NodeJS.ProcessEnv;
  /** The embedded database's data directory; undefined on a PostgreSQL server. */
  dataDir?: string;
}

/** The key file made in the data directory in local mode. */
export const localKeyFile = (dataDir: string) => join(dataDir, 'master.key');

/** Decodes a key written as base64 of 32 bytes (e.g. `openssl rand -base64 32`). */
export function decodeKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (key.length !== keyBytes) {
    throw new MasterKeyError(`${where} must hold a key of 32 bytes written in base64 (e.g. the output of \`openssl rand -base64 32\`); it ${key.length ? `decodes to ${key.length} bytes` : 'is not base64'}`);
  }
  return key;
}

export function readKeyFile(path: string, setting: string): Buffer {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new MasterKeyError(`the master key file ${path} (${setting}) cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return decodeKey(text, `the master key file ${path}`);
}

/** Writes a new random key file readable by its owner only; refuses to overwrite one. */
export function writeNewKeyFile(path: string): Buffer {
  const key = randomBytes(keyBytes);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

/**
 * Finds the master key. `mayGenerate`: no data key exists yet, so a missing local key file
 * may be made; once a data key is wrapped under a key file, a missing file is an error (a new
 * key would open nothing).
 */
export function resolveMasterKey(settings: MasterKeySettings, mayGenerate: boolean): MasterKey {
  const { env } = settings;
  if (env.PRECURSOR_MASTER_KEY) return { key: decodeKey(env.PRECURSOR_MASTER_KEY, 'PRECURSOR_MASTER_KEY'), source: 'PRECURSOR_MASTER_KEY' };
  if (env.PRECURSOR_MASTER_KEY_FILE) {
    const path = resolve(env.PRECURSOR_MASTER_KEY_FILE);
    return { key: readKeyFile(path, 'PRECURSOR_MASTER_KEY_FILE'), source: 'PRECURSOR_MASTER_KEY_FILE', path };
  }
  if (!settings.dataDir) {
    throw new MasterKeyError(
      'persons are encrypted under a master key that this server does not have: set PRECURSOR_MASTER_KEY (base64 of 32 bytes) or PRECURSOR_MASTER_KEY_FILE (a file holding it)',
    );
  }
  const path = localKeyFile(settings.dataDir);
  if (existsSync(path)) return { key: readKeyFile(path, 'data directory key file'), source: 'data directory key file', path };
  if (!mayGenerate) {
    throw new MasterKeyError(
      `the master key file ${path} is missing, and this database's persons are encrypted under it: put the file back (from where you keep a copy), or set PRECURSOR_MASTER_KEY / PRECURSOR_MASTER_KEY_FILE`,
    );
  }
  return { key: writeNewKeyFile(path), source: 'data directory key file', path, generated: true };
}
