import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localKeyFile, MasterKeyError, resolveMasterKey } from './masterKey.js';

const dir = mkdtempSync(join(tmpdir(), 'precursor-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the master key', () => {
  it('comes from PRECURSOR_MASTER_KEY first, and must be 32 bytes in base64', () => {
    const key = randomBytes(32);
    expect(resolveMasterKey({ env: { PRECURSOR_MASTER_KEY: key.toString('base64') }, dataDir: dir }, true).key).toEqual(key);
    expect(() => resolveMasterKey({ env: { PRECURSOR_MASTER_KEY: randomBytes(16).toString('base64') } }, true)).toThrow(
      /PRECURSOR_MASTER_KEY must hold a key of 32 bytes written in base64 .* decodes to 16 bytes/,
    );
    expect(() => resolveMasterKey({ env: { PRECURSOR_MASTER_KEY: 'not a key!' } }, true)).toThrow(/is not base64/);
  });

  it('comes from PRECURSOR_MASTER_KEY_FILE next', () => {
    const key = randomBytes(32);
    const file = join(dir, 'given.key');
    writeFileSync(file, `${key.toString('base64')}\n`);
    expect(resolveMasterKey({ env: { PRECURSOR_MASTER_KEY_FILE: file } }, true)).toMatchObject({ key, source: 'PRECURSOR_MASTER_KEY_FILE', path: file });
    expect(() => resolveMasterKey({ env: { PRECURSOR_MASTER_KEY_FILE: join(dir, 'missing.key') } }, true)).toThrow(/cannot be read: ENOENT/);
  });

  it('is made in the data directory with mode 0600 in local mode, once, and never remade for a database that needs the old one', () => {
    const made = resolveMasterKey({ env: {}, dataDir: dir }, true);
    expect(made.generated).toBe(true);
    expect(statSync(localKeyFile(dir)).mode & 0o777).toBe(0o600);
    const again = resolveMasterKey({ env: {}, dataDir: dir }, true);
    expect(again.generated).toBeUndefined();
    expect(again.key).toEqual(made.key);
    rmSync(localKeyFile(dir));
    expect(() => resolveMasterKey({ env: {}, dataDir: dir }, false)).toThrow(/master key file .* is missing, and this database's persons are encrypted under it/);
  });

  it('must be configured on a PostgreSQL server', () => {
    expect(() => resolveMasterKey({ env: {} }, true)).toThrow(MasterKeyError);
  });
});
