import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { createContext } from '../context.js';
import { listMigrations } from '../db/migrate.js';
import { generateDemo } from '../demo/generate.js';
import { loadDemo } from '../demo/load.js';
import { EvidenceFiles } from '../evidence/files.js';
import { uploadEvidence } from '../evidence/service.js';
import { IncidentInput } from '../incidents/schema.js';
import { createIncident, getIncident, updateIncident } from '../incidents/service.js';
import { purgeIncident } from '../purge/service.js';
import { fixedKeyring, useKeyring } from '../persons/keys.js';
import { PersonInput } from '../persons/schema.js';
import { createPerson, getPerson } from '../persons/service.js';
import { verifyChain } from '../audit/verify.js';
import type { BackupSecret } from './archive.js';
import { restoreBackup } from './restore.js';
import { listTables } from './store.js';
import { writeBackup } from './write.js';

/**
 * Backup → restore round trips on each engine and across them (PGlite → PostgreSQL), then
 * every way a backup can be wrong: each must be refused before the target is touched.
 */
const migrations = listMigrations();
const masterKey = randomBytes(32);

interface Instance {
  t: TestDatabase;
  dir: string;
  runtime: { config: { dataDir: string }; db: TestDatabase['db']; files: EvidenceFiles };
  dispose(): Promise<void>;
}

async function openInstance(engine: 'pglite' | 'postgres'): Promise<Instance> {
  const t = await openTestDatabase(engine, { migrations });
  const dir = mkdtempSync(join(tmpdir(), 'precursor-backup-'));
  const files = new EvidenceFiles(join(dir, 'evidence'), 10 * 2 ** 20);
  return {
    t,
    dir,
    runtime: { config: { dataDir: dir }, db: t.db, files },
    dispose: async () => {
      await t.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A few hundred incidents with the demo's registry, evidence files attached, and their audit entries. */
async function fill(instance: Instance) {
  const demo = generateDemo(7);
  await loadDemo(instance.runtime, () => {}, { ...demo, incidents: demo.incidents.filter((i) => i.links.length === 0).slice(0, 300) });
  const ctx = createContext(instance.t.db);
  const evidence = [];
  for (const [name, content] of [
    ['statement.txt', 'A witness statement, ünïcode and all.\n'],
    ['photo.bin', Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256))],
  ] as const) {
    evidence.push((await uploadEvidence(ctx, instance.runtime.files, { content: Readable.from([Buffer.from(content)]), filename: name, description: name })).evidence);
  }
  const target = demo.incidents.find((i) => i.links.length === 0)!;
  const current = await getIncident(ctx, target.id);
  const { id: _id, ...input } = target;
  await updateIncident(ctx, target.id, current.version, { ...input, evidenceIds: evidence.map((e) => e.id) });
  // A witness, whose identity is encrypted under a data key wrapped by the master key.
  useKeyring(instance.t.db, fixedKeyring(masterKey));
  const witness = await createPerson(ctx, PersonInput.parse({ incidentId: demo.incidents[5]!.id, role: 'witness', name: 'Amira K.', contacts: ['+000 555 0100'] }));
  // A purge made before the backup: its tombstone travels in the backup.
  await instance.t.db.query(`insert into tombstones (entity, entity_id, purged_by, reason_digest) values ('incident', gen_random_uuid(), 'test', 'before the backup')`);
  return { withEvidence: target.id, evidence, witness: witness.id };
}

/** Every table's rows as JSON text in UTC, sorted: equal snapshots mean equal databases. */
async function snapshot(instance: Instance): Promise<Record<string, string[]>> {
  return instance.t.db.transaction(async (tx) => {
    await tx.query(`set local timezone = 'UTC'`);
    const out: Record<string, string[]> = {};
    for (const table of await listTables(tx)) {
      out[table.name] = (await tx.query<{ row: string }>(`select row_to_json(t)::text as row from "${table.name}" t`)).map((r) => r.row).sort();
    }
    return out;
  });
}

async function backupTo(instance: Instance, path: string, secret?: BackupSecret) {
  return writeBackup(instance.runtime, createWriteStream(path), { secret, scryptWorkFactor: 10 });
}

const restore = (instance: Instance, path: string, options: { secret?: BackupSecret; replace?: boolean } = {}) =>
  restoreBackup(instance.runtime, () => createReadStream(path), { ...options, migrations });

const pairs = [
  ...engines.map((engine) => [engine, engine] as const),
  ...(engines.includes('postgres') ? [['pglite', 'postgres'] as const] : []),
];

describe.each(pairs)('backup of %s restored into %s', (from, to) => {
  let source: Instance;
  let target: Instance;
  let file: string;
  let work: string;
  let filled: Awaited<ReturnType<typeof fill>>;

  beforeAll(async () => {
    [source, target] = await Promise.all([openInstance(from), openInstance(to)]);
    filled = await fill(source);
    work = mkdtempSync(join(tmpdir(), 'precursor-backup-file-'));
    file = join(work, 'backup.tar.gz');
  }, 240_000);
  afterAll(async () => {
    await Promise.all([source?.dispose(), target?.dispose()]);
    rmSync(work, { recursive: true, force: true });
  });

  it('restores every row, every evidence file and the audit trail into an empty instance', async () => {
    const manifest = await backupTo(source, file);
    expect(manifest.rowCounts.incidents).toBe(300);
    expect(manifest.rowCounts.audit_entries).toBeGreaterThan(300);
    expect(manifest.parts.filter((p) => p.path.startsWith('evidence/'))).toHaveLength(2);

    await restore(target, file);
    // Every row, the audit chain's seq, digests and hashes included: the chain is the backup's,
    // not a new one, so a head signed before the backup still checks.
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await verifyChain(target.t.db)).toMatchObject({ ok: true });
    // The witness's identity opens with the same master key: the wrapped data key came along.
    useKeyring(target.t.db, fixedKeyring(masterKey));
    expect((await getPerson(createContext(target.t.db), filled.witness)).identity).toMatchObject({ name: 'Amira K.' });
    for (const row of await source.t.db.query<{ sha256: string }>('select sha256 from evidence')) {
      expect(readFileSync(target.runtime.files.pathOf(row.sha256))).toEqual(readFileSync(source.runtime.files.pathOf(row.sha256)));
      expect(await target.runtime.files.verify(row.sha256)).toBe(true);
    }
    // New rows get new ids after the restored ones.
    const [{ max }] = (await target.t.db.query<{ max: number }>('select max(id) as max from audit_entries')) as [{ max: number }];
    await target.t.db.query(`insert into audit_entries (actor, action, entity) values ('test', 'test.write', 'incident')`);
    const [{ next }] = (await target.t.db.query<{ next: number }>('select max(id) as next from audit_entries')) as [{ next: number }];
    expect(next).toBeGreaterThan(max);
  }, 240_000);

  it('refuses to restore over data without --replace; with it, replaces the data and keeps purged what was purged after the backup', async () => {
    // Purged in the target after the backup was made: an incident with its evidence files.
    const purged = await purgeIncident(createContext(target.t.db), target.runtime.files, filled.withEvidence, 'names a witness');
    expect(purged.evidencePurged.sort()).toEqual(filled.evidence.map((e) => e.id).sort());
    await expect(restore(target, file)).rejects.toThrow(/already holds data.*--replace/);
    await restore(target, file, { replace: true });

    expect(await target.t.db.query('select id from incidents where id = $1', [filled.withEvidence])).toEqual([]);
    expect(await target.t.db.query('select count(*)::int as n from tombstones')).toEqual([{ n: 2 + filled.evidence.length }]);
    for (const e of filled.evidence) {
      expect(await target.t.db.query('select id from evidence where id = $1', [e.id])).toEqual([]);
      expect(existsSync(target.runtime.files.pathOf(e.sha256))).toBe(false);
    }
    // The rest is the backup's, and the audit chain still verifies.
    const [{ n }] = (await target.t.db.query('select count(*)::int as n from incidents')) as [{ n: number }];
    expect(n).toBe(299);
    expect(await verifyChain(target.t.db)).toMatchObject({ ok: true });
  }, 240_000);
});

describe('a backup that is wrong is refused before anything is touched', () => {
  let source: Instance;
  let target: Instance;
  let work: string;
  let file: string;
  let before: Record<string, string[]>;

  beforeAll(async () => {
    [source, target] = await Promise.all([openInstance('pglite'), openInstance('pglite')]);
    await fill(source);
    await target.t.db.query(`insert into app_settings (key, value) values ('target.marker', '"kept"')`);
    before = await snapshot(target);
    work = mkdtempSync(join(tmpdir(), 'precursor-backup-bad-'));
    file = join(work, 'backup.tar.gz');
    await backupTo(source, file);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([source?.dispose(), target?.dispose()]);
    rmSync(work, { recursive: true, force: true });
  });

  const refused = async (path: string, message: RegExp, options: { secret?: BackupSecret } = {}) => {
    await expect(restore(target, path, { ...options, replace: true })).rejects.toThrow(message);
    expect(await snapshot(target)).toEqual(before);
  };

  /** Rewrites the archive's entries (decompressed), then compresses it again: only our digests can catch the change. */
  async function rewrite(name: string, change: (entries: { name: string; content: Buffer }[]) => void): Promise<string> {
    const entries: { name: string; content: Buffer }[] = [];
    const extract = tar.extract();
    Readable.from([gunzipSync(readFileSync(file))]).pipe(extract as unknown as NodeJS.WritableStream);
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      entries.push({ name: entry.header.name, content: Buffer.concat(chunks) });
    }
    change(entries);
    const pack = tar.pack();
    for (const e of entries) pack.entry({ name: e.name }, e.content);
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const chunk of pack) chunks.push(chunk as Buffer);
    const path = join(work, name);
    writeFileSync(path, gzipSync(Buffer.concat(chunks)));
    return path;
  }

  it('one byte of the file changed', async () => {
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(join(work, 'flipped.tar.gz'), bytes);
    await refused(join(work, 'flipped.tar.gz'), /damaged/);
  });

  it('one byte of an evidence file inside the archive changed', async () => {
    const path = await rewrite('evidence.tar.gz', (entries) => {
      const e = entries.find((x) => x.name.startsWith('evidence/'))!;
      e.content[10]! ^= 0x01;
    });
    await refused(path, /evidence\/[0-9a-f]{64} does not match its SHA-256/);
  });

  it('one byte of a table part changed', async () => {
    const path = await rewrite('table.tar.gz', (entries) => {
      const e = entries.find((x) => x.name.startsWith('tables/incidents/'))!;
      e.content[e.content.indexOf('"title":"') + 10]! ^= 0x01;
    });
    await refused(path, /tables\/incidents\/000001\.ndjson does not match its SHA-256/);
  });

  it('the manifest altered', async () => {
    const path = await rewrite('manifest.tar.gz', (entries) => {
      const e = entries.find((x) => x.name === 'manifest.json')!;
      e.content = Buffer.from(e.content.toString().replace(/"incidents": 300/, '"incidents": 301'));
    });
    await refused(path, /incidents has 300 rows, the manifest says 301/);
  });

  it('a part left out, and a file cut short', async () => {
    await refused(await rewrite('missing.tar.gz', (entries) => entries.splice(entries.findIndex((x) => x.name.startsWith('evidence/')), 1)), /evidence\/[0-9a-f]{64} is missing/);
    const bytes = readFileSync(file);
    writeFileSync(join(work, 'cut.tar.gz'), bytes.subarray(0, Math.floor(bytes.length * 0.9)));
    await refused(join(work, 'cut.tar.gz'), /damaged/);
  });

  it('a foreign archive, and one from a newer schema', async () => {
    await refused(await rewrite('foreign.tar.gz', (entries) => entries.splice(0, entries.length, { name: 'README', content: Buffer.from('hello') })), /not a Precursor backup.*does not start with backup\.json/);
    const newer = await rewrite('newer.tar.gz', (entries) => {
      for (const e of entries.filter((x) => x.name.endsWith('.json'))) {
        const doc = JSON.parse(e.content.toString());
        doc.migrations.push('999_from_the_future');
        e.content = Buffer.from(JSON.stringify(doc));
      }
    });
    await refused(newer, /newer schema \(999_from_the_future\).*upgrade Precursor/);
  });

  it('an encrypted backup: restored with its passphrase; refused with a wrong one or none', async () => {
    const encrypted = join(work, 'encrypted.age');
    await backupTo(source, encrypted, { passphrase: 'correct horse battery staple' });
    expect(readFileSync(encrypted).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    await refused(encrypted, /wrong passphrase or key/, { secret: { passphrase: 'wrong horse' } });
    await refused(encrypted, /encrypted: give its passphrase/);
    const bytes = readFileSync(encrypted);
    bytes[bytes.length - 100]! ^= 0x01;
    writeFileSync(join(work, 'encrypted-flipped.age'), bytes);
    await refused(join(work, 'encrypted-flipped.age'), /damaged/, { secret: { passphrase: 'correct horse battery staple' } });

    const fresh = await openInstance('pglite');
    try {
      await restoreBackup(fresh.runtime, () => createReadStream(encrypted), { secret: { passphrase: 'correct horse battery staple' }, migrations });
      expect(await snapshot(fresh)).toEqual(await snapshot(source));
    } finally {
      await fresh.dispose();
    }
  }, 120_000);
});

describe('a backup made before a migration this version has', () => {
  it('is restored at its own schema, then brought up to date (a later-numbered migration may have landed first)', async () => {
    const all = listMigrations();
    const without = all.filter((m) => m.id !== '007_persons');
    const t = await openTestDatabase('pglite', { migrations: without });
    const dir = mkdtempSync(join(tmpdir(), 'precursor-backup-older-'));
    const older = { t, dir, runtime: { config: { dataDir: dir }, db: t.db, files: new EvidenceFiles(join(dir, 'evidence'), 2 ** 20) }, dispose: async () => {} };
    const target = await openInstance('pglite');
    try {
      await createIncident(createContext(t.db), IncidentInput.parse({ title: 'Before persons', startDate: '2024-02', country: 'XVR', acts: [{ violationType: 'hate-speech' }] }));
      const file = join(dir, 'older.tar.gz');
      const manifest = await backupTo(older, file);
      expect(manifest.migrations).not.toContain('007_persons');
      await restore(target, file);
      expect((await target.t.db.query<{ id: string }>('select id from schema_migrations order by id')).map((r) => r.id)).toEqual(all.map((m) => m.id));
      expect(await target.t.db.query('select title from incidents')).toEqual([{ title: 'Before persons' }]);
      expect(await verifyChain(target.t.db)).toMatchObject({ ok: true });
    } finally {
      await t.dispose();
      await target.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
