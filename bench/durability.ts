/**
 * Durability benchmark: what fsync costs the embedded database.
 *
 * PGlite runs PostgreSQL with fsync off, and its NODEFS drops fsync calls anyway; Precursor
 * turns fsync on with a NODEFS that syncs (src/db/durable.ts). This measures, on a data
 * directory on disk, for fsync off (PGlite's default) and on (Precursor's default):
 *   - a write burst of single-incident commits (one incident, 2 acts, audited, per transaction,
 *     as the web form and the API write): incidents/s and ms per commit;
 *   - the bulk path, 500 incidents per commit (imports, the demo): incidents/s;
 *   - fsync calls that reached the disk.
 * Results: bench/results/durability.json and a table.
 *
 *   npx tsx bench/durability.ts [--single 300] [--bulk 2000] [--rounds 2] [--dir /path/on/the/disk/to/test]
 */
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { IncidentInput } from '../src/incidents/schema.js';
import { createIncidents } from '../src/incidents/service.js';
import { createRecord } from '../src/registry/service.js';

const { values: args } = parseArgs({ options: { single: { type: 'string', default: '300' }, bulk: { type: 'string', default: '2000' }, dir: { type: 'string' }, rounds: { type: 'string', default: '2' } } });
const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, Node ${process.version}`;
const types = ['harassment', 'arson', 'killing', 'forced-eviction', 'hate-propaganda'];

async function run(fsync: boolean) {
  const root = mkdtempSync(join(args.dir ?? os.tmpdir(), 'precursor-durability-'));
  try {
    const db = await openPglite(join(root, 'pgdata'), { fsync, cacheMb: 128 });
    await migrate(db);
    const ctx = createContext(db);
    const groups = await Promise.all([0, 1, 2].map((i) => createRecord(ctx, 'groups', { name: `Group ${i}`, basis: 'ethnicity', aliases: [], description: '', countingUnit: 'people-in-general' } as never)));
    const actor = await createRecord(ctx, 'actors', { name: 'Militia', kind: 'militia', description: '' } as never);
    const incident = (n: number): IncidentInput =>
      IncidentInput.parse({
        title: `Incident ${n}`,
        narrative: `Narrative of incident ${n}, long enough to be indexed like a real account of what happened.`,
        startDate: `2023-${String((n % 12) + 1).padStart(2, '0')}-14`,
        country: 'XVR',
        admin1: `Region ${n % 7}`,
        acts: [0, 1].map((a) => ({
          violationType: types[(n + a) % types.length],
          groupId: (groups[(n + a) % groups.length] as { id: string }).id,
          victims: { affected: (n + a) % 9 },
          perpetrators: [{ actorId: (actor as { id: string }).id }],
        })),
      });
    const single = Number(args.single);
    const commits: number[] = [];
    const t0 = performance.now();
    for (let i = 0; i < single; i++) {
      const c0 = performance.now();
      await createIncidents(ctx, [incident(i)]);
      commits.push(performance.now() - c0);
    }
    const singleSeconds = (performance.now() - t0) / 1000;
    const bulk = Number(args.bulk);
    const t1 = performance.now();
    for (let i = 0; i < bulk; i += 500) await createIncidents(ctx, Array.from({ length: Math.min(500, bulk - i) }, (_, k) => incident(single + i + k)));
    const bulkSeconds = (performance.now() - t1) / 1000;
    await db.close();
    commits.sort((a, b) => a - b);
    return {
      fsync,
      singleCommitsPerSecond: Math.round(single / singleSeconds),
      commitMsP50: Number(commits[Math.floor(commits.length / 2)]!.toFixed(1)),
      commitMsP95: Number(commits[Math.floor(commits.length * 0.95)]!.toFixed(1)),
      bulkIncidentsPerSecond: Math.round(bulk / bulkSeconds),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** What one fsync of a small write costs on this disk: the least a synced commit adds. */
function fsyncLatencyMs(rounds = 200): { p50: number; p95: number } {
  const root = mkdtempSync(join(args.dir ?? os.tmpdir(), 'precursor-fsync-'));
  try {
    const fd = openSync(join(root, 'probe'), 'w');
    const page = Buffer.alloc(8192, 1);
    const ms: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      writeSync(fd, page, 0, page.length, (i % 16) * 8192);
      fsyncSync(fd);
      ms.push(performance.now() - t0);
    }
    closeSync(fd);
    ms.sort((a, b) => a - b);
    return { p50: Number(ms[Math.floor(rounds / 2)]!.toFixed(2)), p95: Number(ms[Math.floor(rounds * 0.95)]!.toFixed(2)) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// Alternating rounds, best of each: a shared machine's load moves between runs more than fsync does.
const runs: Awaited<ReturnType<typeof run>>[] = [];
for (let round = 0; round < Number(args.rounds); round++) for (const fsync of round % 2 ? [true, false] : [false, true]) runs.push(await run(fsync));
const best = (fsync: boolean) => {
  const mine = runs.filter((r) => r.fsync === fsync);
  return {
    fsync,
    singleCommitsPerSecond: Math.max(...mine.map((r) => r.singleCommitsPerSecond)),
    commitMsP50: Math.min(...mine.map((r) => r.commitMsP50)),
    commitMsP95: Math.min(...mine.map((r) => r.commitMsP95)),
    bulkIncidentsPerSecond: Math.max(...mine.map((r) => r.bulkIncidentsPerSecond)),
  };
};
const results = [best(false), best(true)];
const report = {
  machine,
  disk: args.dir ?? os.tmpdir(),
  loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
  at: new Date().toISOString(),
  single: Number(args.single),
  bulk: Number(args.bulk),
  fsyncLatencyMs: fsyncLatencyMs(),
  results,
  runs,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/durability.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(`${machine}; disk: ${report.disk}; load ${report.loadAverage.join(' ')}; one 8 kB write + fsync: p50 ${report.fsyncLatencyMs.p50} ms, p95 ${report.fsyncLatencyMs.p95} ms`);
console.log('| fsync | single-incident commits/s | commit p50 / p95 | bulk incidents/s (500 per commit) |');
console.log('|---|---:|---:|---:|');
for (const r of results) console.log(`| ${r.fsync ? 'on' : 'off'} | ${r.singleCommitsPerSecond} | ${r.commitMsP50} / ${r.commitMsP95} ms | ${r.bulkIncidentsPerSecond} |`);
