import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { createContext } from '../context.js';
import type { Database, Sql } from '../db/database.js';
import { listMigrations, migrate } from '../db/migrate.js';
import { recordAudit } from './service.js';
import { verifyChain, type ChainReport } from './verify.js';

/** Writes `n` audit entries in one transaction (one multi-row insert, as a bulk write does). */
async function write(db: Database, n: number, over: { entity?: string; entityId?: string } = {}) {
  await db.transaction((tx) =>
    recordAudit(
      tx,
      createContext(db),
      Array.from({ length: n }, (_, i) => ({
        action: 'incident.update',
        entity: over.entity ?? 'incident',
        entityId: over.entityId ?? randomUUID(),
        before: { title: `before ${i}`, version: i },
        after: { title: `after ${i} — é 🙂`, version: i + 1, nested: { b: [1, 2.5, null], a: 'x' } },
        detail: i % 2 ? { baseVersion: i } : undefined,
      })),
    ),
  );
}

class Rollback extends Error {}

/**
 * Changes the trail behind the triggers' back (as someone with the database's files or a
 * superuser could), checks it inside the same transaction, and rolls the change back.
 */
async function tampered(db: Database, statements: string[]): Promise<ChainReport> {
  let report: ChainReport | undefined;
  await db
    .transaction(async (tx: Sql) => {
      await tx.query('set local session_replication_role = replica');
      for (const s of statements) await tx.query(s);
      report = await verifyChain(tx);
      throw new Rollback();
    })
    .catch((err) => {
      if (!(err instanceof Rollback)) throw err;
    });
  return report!;
}

describe.each(engines)('the audit hash chain on %s', (engine) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    await write(t.db, 5);
    await write(t.db, 1);
    await write(t.db, 4);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const seqOf = async (n: number) => (await t.db.query<{ id: number }>('select id from audit_entries where seq = $1', [n]))[0]!.id;

  it('numbers every entry in one line and verifies a clean chain', async () => {
    const rows = await t.db.query<{ seq: number; prev_hash: string; hash: string }>('select seq, prev_hash, hash from audit_entries order by seq');
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    rows.slice(1).forEach((r, i) => expect(r.prev_hash).toBe(rows[i]!.hash));
    const report = await verifyChain(t.db);
    expect(report).toMatchObject({ ok: true, checked: 10, problem: null, lastGood: { seq: 10, hash: rows[9]!.hash } });
  });

  it.each([
    ['actor', "actor = 'someone else'"],
    ['time', "at = at + interval '1 microsecond'"],
    ['action', "action = 'incident.create'"],
    ['entity', "entity = 'place'"],
    ['entity id', `entity_id = '${randomUUID()}'`],
    ['request id', "request_id = 'forged'"],
    ['digest of before', "before_digest = repeat('a', 64)"],
    ['hash', "hash = repeat('b', 64)"],
    ['previous hash', "prev_hash = repeat('c', 64)"],
  ])('names the entry whose %s was altered', async (_, change) => {
    const report = await tampered(t.db, [`update audit_entries set ${change} where seq = 4`]);
    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ seq: 4, id: await seqOf(4), kind: 'altered' });
    expect(report.lastGood?.seq).toBe(3);
  });

  it.each([
    ['before', `before = jsonb_set(before, '{title}', '"rewritten"')`],
    ['after', `after = after || '{"killed": 3}'`],
    ['detail', `detail = '{"baseVersion": 99}'`],
    ['before (removed without a purge)', 'before = null'],
  ])('names the entry whose %s document was altered', async (_, change) => {
    const report = await tampered(t.db, [`update audit_entries set ${change} where seq = 6`]);
    expect(report.problem).toMatchObject({ seq: 6, kind: 'content-altered' });
  });

  it('names the entry after a removed one', async () => {
    const report = await tampered(t.db, ['delete from audit_entries where seq = 7']);
    expect(report.problem).toMatchObject({ seq: 8, id: await seqOf(8), kind: 'missing' });
    expect(report.problem!.message).toMatch(/entry 7 is missing/);
  });

  it('notices the first entries removed', async () => {
    const report = await tampered(t.db, ['delete from audit_entries where seq <= 2']);
    expect(report.problem).toMatchObject({ seq: 3, kind: 'missing' });
  });

  it('names the first of two entries swapped in order', async () => {
    const swapSeq = await tampered(t.db, [
      'update audit_entries set seq = -1 where seq = 3',
      'update audit_entries set seq = 3 where seq = 4',
      'update audit_entries set seq = 4 where seq = -1',
    ]);
    expect(swapSeq.problem).toMatchObject({ seq: 3, id: await seqOf(4), kind: 'altered' });
    // Every column but the id swapped (ids are generated and cannot be updated): the order the trail is listed in.
    const [a, b] = [await seqOf(3), await seqOf(4)];
    const columns = ['seq', 'at', 'actor', 'request_id', 'action', 'entity', 'entity_id', 'before', 'after', 'detail', 'before_digest', 'after_digest', 'detail_digest', 'prev_hash', 'hash'];
    const swapIds = await tampered(t.db, [
      'update audit_entries set seq = -seq where seq in (3, 4)',
      `update audit_entries e set ${columns.map((c) => `${c} = ${c === 'seq' ? '-o.seq' : `o.${c}`}`).join(', ')}
       from audit_entries o where (e.id, o.id) in ((${a}, ${b}), (${b}, ${a}))`,
    ]);
    expect(swapIds.problem).toMatchObject({ seq: 3, kind: 'altered' });
  });

  it('notices entries rechained after a removal (recomputed hashes, the link before them broken)', async () => {
    // Entry 5 removed and 6.. renumbered, with entry 6's own hash recomputed over its new number
    // but the old previous hash: what a forger without the full chain can do.
    const report = await tampered(t.db, [
      'delete from audit_entries where seq = 5',
      'update audit_entries set seq = seq - 1 where seq > 5',
      `update audit_entries set hash = audit_entry_hash(id, seq, at, actor, request_id, action, entity, entity_id, before_digest, after_digest, detail_digest, prev_hash) where seq = 5`,
    ]);
    expect(report.problem).toMatchObject({ seq: 5, kind: 'broken-link' });
  });

  it('notices an entry inserted beside the chain with a copied sequence number', async () => {
    const report = await tampered(t.db, [
      'drop index audit_entries_seq',
      'insert into audit_entries (seq, prev_hash, hash, actor, action, entity) select seq, prev_hash, hash, actor, action, entity from audit_entries where seq = 5',
    ]);
    expect(report.problem?.seq).toBe(5);
    expect(['altered', 'out-of-order']).toContain(report.problem?.kind);
  });

  it('notices an entry written with the chaining trigger disabled', async () => {
    const report = await tampered(t.db, ["insert into audit_entries (actor, action, entity) values ('intruder', 'incident.create', 'incident')"]);
    expect(report.problem).toMatchObject({ kind: 'outside-chain', seq: null });
  });

  it('refuses to update, delete or truncate audit entries', async () => {
    await expect(t.db.query("update audit_entries set actor = 'x' where seq = 1")).rejects.toThrow(/append-only/);
    // Chaining happens once, at the commit: a chained entry cannot be chained again elsewhere.
    await expect(t.db.query("update audit_entries set seq = 99, hash = repeat('d', 64) where seq = 1")).rejects.toThrow(/append-only/);
    await expect(t.db.query('delete from audit_entries where seq = 1')).rejects.toThrow(/append-only/);
    await expect(t.db.query('truncate audit_entries')).rejects.toThrow(/append-only/);
    // Erasing a document without marking it erased is refused too: only a purge's erasure passes.
    await expect(t.db.query('update audit_entries set before = null where seq = 1')).rejects.toThrow(/append-only/);
    await expect(t.db.query("update audit_entries set before = '{}' , erased_at = now() where seq = 1")).rejects.toThrow(/append-only/);
  });

  it('verifies after a purge erased documents, keeping their digests', async () => {
    const [row] = await t.db.query<{ entity_id: string }>('select entity_id from audit_entries where seq = 2');
    await write(t.db, 2, { entityId: row!.entity_id });
    const { eraseAuditContents } = await import('./chain.store.js');
    expect(await t.db.transaction((tx) => eraseAuditContents(tx, 'incident', [row!.entity_id]))).toBe(3);
    const erased = await t.db.query<{ before: unknown; after: unknown; after_digest: string }>('select before, after, after_digest from audit_entries where entity_id = $1', [row!.entity_id]);
    expect(erased.every((e) => e.before === null && e.after === null && e.after_digest.length === 64)).toBe(true);
    expect(await verifyChain(t.db)).toMatchObject({ ok: true, checked: 12 });
  });
});

describe.each(engines)('chaining the entries written before migration 008 on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine, { migrations: listMigrations().filter((m) => m.id < '008') });
    await t.db.query(
      `insert into audit_entries (actor, request_id, action, entity, entity_id, before, after, detail)
       select 'local', 'r' || g, 'incident.create', 'incident', gen_random_uuid(), null, jsonb_build_object('title', 'old ' || g), null
       from generate_series(1, 25) g`,
    );
    await migrate(t.db);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('chains them in the order they were written, and new entries after them', async () => {
    await write(t.db, 3);
    const rows = await t.db.query<{ id: number; seq: number }>('select id, seq from audit_entries order by id');
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(await verifyChain(t.db)).toMatchObject({ ok: true, checked: 28 });
  });
});

describe.runIf(engines.includes('postgres'))('concurrent appends on a PostgreSQL server', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('postgres');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('form one linear chain', async () => {
    // Eight transactions at once (the pool's size), each writing entries in two statements with
    // a pause between, so their appends interleave unless the chain serialises them.
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        t.db.transaction(async (tx) => {
          const ctx = createContext(t.db);
          await recordAudit(tx, ctx, [{ action: 'incident.create', entity: 'incident', entityId: randomUUID(), before: null, after: { i } }]);
          await tx.query('select pg_sleep(0.01)');
          await recordAudit(tx, ctx, [
            { action: 'incident.update', entity: 'incident', entityId: randomUUID(), before: { i }, after: { i, v: 2 } },
            { action: 'incident.update', entity: 'incident', entityId: randomUUID(), before: { i }, after: { i, v: 3 } },
          ]);
        }),
      ),
    );
    const rows = await t.db.query<{ seq: number }>('select seq from audit_entries order by seq');
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 72 }, (_, i) => i + 1));
    expect(await verifyChain(t.db)).toMatchObject({ ok: true, checked: 72 });
  });

  it('cannot deadlock a writer that audits and then locks a row with one that locked it and then audits', async () => {
    await t.db.query('create table lock_probe (id int primary key, n int not null)');
    await t.db.query('insert into lock_probe values (1, 0)');
    const signal = () => {
      let done!: () => void;
      const reached = new Promise<void>((resolve) => (done = resolve));
      return { reached, done };
    };
    const audited = signal();
    const locked = signal();
    const change = (n: number) => [{ action: 'incident.update', entity: 'incident', entityId: randomUUID(), before: { n }, after: { n: n + 1 } }];
    const a = t.db.transaction(async (tx) => {
      await recordAudit(tx, createContext(t.db), change(1));
      audited.done();
      await locked.reached;
      await tx.query('update lock_probe set n = n + 1 where id = 1'); // waits for b's row lock
    });
    const b = t.db.transaction(async (tx) => {
      await audited.reached;
      await tx.query('update lock_probe set n = n + 1 where id = 1');
      locked.done();
      // Once a waits for the row, b audits: with the chain's lock taken at the append, this would deadlock.
      await expect.poll(async () => Number((await t.db.query<{ n: number }>('select count(*) as n from pg_locks where not granted'))[0]!.n), { timeout: 10_000 }).toBeGreaterThan(0);
      await recordAudit(tx, createContext(t.db), change(2));
    });
    await Promise.all([a, b]);
    expect(await verifyChain(t.db)).toMatchObject({ ok: true, checked: 74 });
  });
});
