/**
 * Audit chain benchmark: what the hash chain (migration 008) costs.
 *   - appending: µs per audit entry with the chain and without it (the same rows, the digest
 *     and chaining triggers disabled), so the difference is the chain's own cost: digests at the
 *     insert, and at the commit the lock, the head, the hash and the entry's row rewritten;
 *   - verifying: µs per entry for `precursor audit verify` (documents hashed in the database,
 *     the chain recomputed in TypeScript), and the time a million entries would take at that rate.
 * Entries carry before and after documents of about 1 kB each, like an incident's update.
 * In-memory PGlite, one process. Results: bench/results/audit.json and a table.
 *
 *   npx tsx bench/audit.ts [--entries 50000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { verifyChain } from '../src/audit/verify.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';

const { values: args } = parseArgs({ options: { entries: { type: 'string', default: '50000' } } });
const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`;
const entries = Number(args.entries);
const batch = 5000;
const doc = JSON.stringify({ title: 'Incident', narrative: 'An account of what happened. '.repeat(30), acts: [{ id: crypto.randomUUID(), violationType: 'killing', victims: { killed: 1 } }], version: 1 });

const time = async (f: () => Promise<unknown>) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

const db = await openPglite(undefined);
await migrate(db);
const append = () =>
  time(async () => {
    for (let i = 0; i < entries; i += batch) {
      await db.query(
        `insert into audit_entries (actor, action, entity, entity_id, before, after)
         select 'bench', 'incident.update', 'incident', gen_random_uuid(), $1::jsonb, $1::jsonb from generate_series(1, $2::int)`,
        [doc, Math.min(batch, entries - i)],
      );
    }
  });

const chainedMs = await append();
let verified = false;
const verifyMs = await time(async () => {
  verified = (await verifyChain(db)).ok;
});
if (!verified) throw new Error('the chain did not verify');

// The same rows without the chain: a second database whose triggers are disabled.
const plain = await openPglite(undefined);
await migrate(plain);
await plain.exec('alter table audit_entries disable trigger audit_entries_digest; alter table audit_entries disable trigger audit_entries_chain');
const plainMs = await time(async () => {
  for (let i = 0; i < entries; i += batch) {
    await plain.query(
      `insert into audit_entries (actor, action, entity, entity_id, before, after)
       select 'bench', 'incident.update', 'incident', gen_random_uuid(), $1::jsonb, $1::jsonb from generate_series(1, $2::int)`,
      [doc, Math.min(batch, entries - i)],
    );
  }
});
await Promise.all([db.close(), plain.close()]);

const per = (ms: number) => Math.round((ms / entries) * 1000);
const result = {
  machine,
  at: new Date().toISOString(),
  entries,
  appendChainedUsPerEntry: per(chainedMs),
  appendPlainUsPerEntry: per(plainMs),
  verifyUsPerEntry: per(verifyMs),
  verifyMillionEntriesSeconds: Math.round((verifyMs / entries) * 1_000_000 / 1000),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/audit.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`audit chain, ${entries} entries of ~1 kB before/after (${machine})`);
console.table({
  'append, chained': `${result.appendChainedUsPerEntry} µs/entry`,
  'append, no chain': `${result.appendPlainUsPerEntry} µs/entry`,
  verify: `${result.verifyUsPerEntry} µs/entry (1M entries ≈ ${result.verifyMillionEntriesSeconds} s)`,
});
