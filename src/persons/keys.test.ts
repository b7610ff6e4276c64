import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type RequestContext } from '../context.js';
import { IncidentInput } from '../incidents/schema.js';
import { createIncident } from '../incidents/service.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { incidentBody } from '../../test/api.js';
import { IntegrityError } from './crypto.js';
import { checkMasterKey, fixedKeyring, keyringFor, useKeyring } from './keys.js';
import { MasterKeyError } from './masterKey.js';
import { keyStatus, rotateDataKey, rotateMasterKey } from './rotation.js';
import { PersonInput } from './schema.js';
import { createPerson, findPersonsByName, getPerson, listPersons } from './service.js';

/**
 * The keys and what they protect, on each engine: a changed or moved ciphertext is refused
 * with an integrity error naming person and field; a wrong master key is refused plainly;
 * rotating either key keeps every person readable.
 */
describe.each(engines)('encrypted identities (%s)', (engine) => {
  let database: TestDatabase;
  let ctx: RequestContext;
  let master = randomBytes(32);
  const ids: string[] = [];
  const names = ['Amina Hassan', 'Omar Said', 'Lena Petrova'];

  const flipByte = async (id: string, column: string, at: number) => {
    const [row] = await database.db.query<{ blob: Uint8Array }>(`select ${column} as blob from persons where id = $1`, [id]);
    const blob = Buffer.from(row!.blob);
    blob[at] = blob[at]! ^ 0xff;
    await database.db.query(`update persons set ${column} = $2 where id = $1`, [id, blob]);
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    useKeyring(database.db, fixedKeyring(master));
    ctx = createContext(database.db);
    const incident = await createIncident(ctx, IncidentInput.parse(incidentBody()));
    for (const name of names) {
      ids.push((await createPerson(ctx, PersonInput.parse({ incidentId: incident.id, role: 'witness', name, contacts: [`tel ${name}`] }))).id);
    }
  });
  afterAll(async () => database?.dispose());

  it('refuses a ciphertext with one byte changed, naming person and field', async () => {
    const [row] = await database.db.query<{ blob: Uint8Array }>('select contacts_enc as blob from persons where id = $1', [ids[0]]);
    const original = Buffer.from(row!.blob);
    await flipByte(ids[0]!, 'contacts_enc', original.length - 20);
    const err = await getPerson(ctx, ids[0]!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toBe(`the encrypted field contacts of person ${ids[0]} failed its integrity check: it was altered, or belongs to another person or field`);
    const status = await keyStatus(ctx, { verify: true });
    expect(status.verified?.failure).toContain(ids[0]);
    await database.db.query('update persons set contacts_enc = $2 where id = $1', [ids[0], original]);
    expect((await getPerson(ctx, ids[0]!)).identity?.contacts).toEqual(['tel Amina Hassan']);
  });

  it('detects two rows’ ciphertexts swapped', async () => {
    await database.db.query(
      `update persons p set name_enc = q.name_enc from persons q
       where (p.id, q.id) in (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`,
      [ids[0], ids[1]],
    );
    await expect(getPerson(ctx, ids[0]!)).rejects.toThrow(IntegrityError);
    await expect(getPerson(ctx, ids[1]!)).rejects.toThrow(/name of person .* failed its integrity check/);
    await database.db.query(
      `update persons p set name_enc = q.name_enc from persons q
       where (p.id, q.id) in (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`,
      [ids[0], ids[1]],
    );
    expect((await getPerson(ctx, ids[1]!)).identity?.name).toBe('Omar Said');
  });

  it('refuses a wrong master key with a clear error, at start and at use', async () => {
    useKeyring(database.db, fixedKeyring(randomBytes(32)));
    await expect(checkMasterKey(database.db)).rejects.toThrow(MasterKeyError);
    await expect(checkMasterKey(database.db)).rejects.toThrow(/^wrong master key: the key from PRECURSOR_MASTER_KEY \(fingerprint [0-9a-f]{16}\) is not the one/);
    await expect(getPerson(ctx, ids[0]!)).rejects.toThrow(/wrong master key/);
    useKeyring(database.db, fixedKeyring(master));
    expect(await checkMasterKey(database.db)).toBe('ok');
  });

  it('keeps every person readable after the master key is rotated; the old key no longer opens', async () => {
    const next = randomBytes(32);
    await rotateMasterKey(ctx, { key: next, source: 'PRECURSOR_MASTER_KEY' });
    expect((await getPerson(ctx, ids[2]!)).identity?.name).toBe('Lena Petrova');
    useKeyring(database.db, fixedKeyring(master));
    await expect(checkMasterKey(database.db)).rejects.toThrow(/wrong master key/);
    master = next;
    useKeyring(database.db, fixedKeyring(master));
    for (const [i, id] of ids.entries()) expect((await getPerson(ctx, id)).identity?.name).toBe(names[i]);
  });

  it('re-encrypts every field and name hash under a new data key, in one transaction', async () => {
    const before = await database.db.query<{ id: string; name_enc: Uint8Array; name_hashes: string[] }>('select id, name_enc, name_hashes from persons order by id');
    const oldKey = (await keyStatus(ctx)).dataKey!.id;
    const result = await rotateDataKey(ctx);
    expect(result).toMatchObject({ from: oldKey, persons: 3 });
    const after = await database.db.query<{ id: string; name_enc: Uint8Array; name_hashes: string[] }>('select id, name_enc, name_hashes from persons order by id');
    for (const [i, row] of after.entries()) {
      expect(Buffer.from(row.name_enc).equals(Buffer.from(before[i]!.name_enc))).toBe(false);
      expect(row.name_hashes).not.toEqual(before[i]!.name_hashes);
    }
    // A fresh process (no key in memory) reads them all, and finds them by name.
    useKeyring(database.db, fixedKeyring(master));
    for (const [i, id] of ids.entries()) expect((await getPerson(ctx, id)).identity?.name).toBe(names[i]);
    expect((await findPersonsByName(ctx, 'omar  SAÏD')).map((p) => p.id)).toEqual([ids[1]]);
    expect((await keyStatus(ctx, { verify: true })).verified).toEqual({ persons: 3, failure: null });
    const [audit] = await database.db.query<{ action: string }>("select action from audit_entries where entity = 'person-keys' order by id desc limit 1");
    expect(audit!.action).toBe('person-keys.rotate');
  });

  it('leaves everything as it was when a data key rotation fails midway', async () => {
    const keyBefore = (await keyStatus(ctx)).dataKey!.id;
    const [row] = await database.db.query<{ blob: Uint8Array }>('select notes_enc as blob from persons where id = $1', [ids[2]]);
    await flipByte(ids[2]!, 'notes_enc', 30);
    await expect(rotateDataKey(ctx)).rejects.toThrow(IntegrityError);
    expect((await keyStatus(ctx)).dataKey!.id).toBe(keyBefore);
    keyringFor(database.db).forget();
    expect((await getPerson(ctx, ids[0]!)).identity?.name).toBe('Amina Hassan');
    await database.db.query('update persons set notes_enc = $2 where id = $1', [ids[2], Buffer.from(row!.blob)]);
    expect((await listPersons(ctx, (await getPerson(ctx, ids[0]!)).incidentId)).length).toBe(3);
  });
});
