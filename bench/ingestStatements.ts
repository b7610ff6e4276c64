/**
 * Where the import writer's time goes, statement by statement (issue 16 §2):
 * `npx tsx bench/ingestStatements.ts --engine pglite --size 10000`.
 *
 * Runs the write path of bench/ingest.ts on a fresh database with every statement timed
 * (wall-clock, per statement text), and prints the statements that took the most time with
 * their share and ms per row, and the time spent outside the database (JavaScript).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { fullScope } from '../src/access/scope.js';
import { createContext } from '../src/context.js';
import type { Database, Sql } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { Random } from '../src/demo/random.js';
import { importWriter } from '../src/ingest/write/index.js';
import { makeWorldShape } from './generate.js';
import { importedRows } from './ingestRows.js';
import { serverCpuSeconds } from './serverCpu.js';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    size: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '1000' },
    // Time a re-import of the same rows changed at the source (all updated) instead of the first import.
    changed: { type: 'boolean', default: false },
    // Also written to bench/results/ingest-statements-<engine>-<size>[-<label>].json (e.g. `--label before`).
    label: { type: 'string' },
  },
});
const size = Number(args.size);
const batchSize = Number(args.batch);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Wall-clock ms, this process's CPU ms and (on a server) the backend's CPU ms per statement
 * text. PGlite runs a statement synchronously in this process, so its CPU ms is the
 * statement's own cost whatever else the shared machine runs; on PostgreSQL the backend's own
 * CPU time (/proc/<pid>/schedstat, in nanoseconds) is, and the wall-clock time is not.
 */
const timings = new Map<string, { ms: number; cpuMs: number; serverMs: number; calls: number }>();
const backendNs = (pid: number | null) => (pid === null ? 0 : Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]));
async function time<T>(text: string, pid: number | null, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const s0 = backendNs(pid);
  try {
    return await run();
  } finally {
    const c = process.cpuUsage(c0);
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 100);
    const t = timings.get(key) ?? { ms: 0, cpuMs: 0, serverMs: 0, calls: 0 };
    t.ms += performance.now() - t0;
    t.cpuMs += (c.user + c.system) / 1000;
    t.serverMs += (backendNs(pid) - s0) / 1e6;
    t.calls += 1;
    timings.set(key, t);
  }
}
function timed(sql: Sql, pid: number | null = null): Sql {
  return {
    query: (text, params) => time(text, pid, () => sql.query(text, params)),
    copyFrom: (target, data) => time(`copy ${target}`, pid, () => sql.copyFrom(target, data)),
  } as Sql;
}

async function open(): Promise<Database> {
  if (args.engine === 'pglite') {
    const dir = join('.bench', 'ingest-statements');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const db = await openPglite(join(dir, 'pgdata'));
    await migrate(db);
    return db;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('drop database if exists precursor_bench_statements with (force)');
  await admin.query('create database precursor_bench_statements');
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = '/precursor_bench_statements';
  const db = await openPostgres(url.toString());
  await migrate(db);
  return db;
}

const loadBefore = os.loadavg();
const db = await open();
// On a server (on this machine), each transaction's statements are timed on its backend's CPU too.
const backendOf = async (tx: Sql) => (db.engine === 'postgres' ? (await tx.query<{ pid: number }>('select pg_backend_pid() as pid'))[0]!.pid : null);
const wrapped: Database = { ...db, ...timed(db), transaction: (work) => db.transaction(async (tx) => work(timed(tx, await backendOf(tx)))) };
const ctx = createContext(wrapped, { id: 'bench', name: 'Benchmark', scope: fullScope });
const world = makeWorldShape(new Random(16));
const report = { dryRun: false, imported: size, updated: 0, unchanged: 0, skipped: 0, conflicts: 0, rejectedCount: 0, rejected: [], errorFile: null, unknownCodes: [] };
let batch = await importWriter.beginBatch(ctx, { sourceSystem: 'bench', fileName: 'profile.csv', fileSha256: 'd'.repeat(64), format: 'csv', mappingName: null, mapping: null });
if (args.changed) {
  for (const rows of importedRows(world, size, batchSize)) await importWriter.writeIncidents(ctx, batch, rows);
  await importWriter.finishBatch(ctx, batch, { batch: batch.id, ...report }, 'finished');
  batch = await importWriter.beginBatch(ctx, { sourceSystem: 'bench', fileName: 'profile-changed.csv', fileSha256: 'e'.repeat(64), format: 'csv', mappingName: null, mapping: null });
}
const server0 = args.engine === 'postgres' ? serverCpuSeconds('precursor_bench_statements') : 0;
const cpu0 = process.cpuUsage();
timings.clear();
const t0 = performance.now();
for (const rows of importedRows(world, size, batchSize)) {
  await importWriter.writeIncidents(ctx, batch, args.changed ? rows.map((r) => ({ ...r, title: `${r.title} (revised)` })) : rows);
}
const total = performance.now() - t0;
const f0 = performance.now();
await importWriter.finishBatch(ctx, batch, { batch: batch.id, ...report }, 'finished');
const cpu = process.cpuUsage(cpu0);
// On a server, its backends' CPU (the statements' own cost there, whatever the load).
const serverMs = args.engine === 'postgres' ? (serverCpuSeconds('precursor_bench_statements') - server0) * 1000 : 0;
const finish = performance.now() - f0;
const inDb = [...timings.values()].reduce((s, t) => s + t.ms, 0);
const cpuInDb = [...timings.values()].reduce((s, t) => s + t.cpuMs, 0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const rows = [...timings.entries()].sort((a, b) => b[1].cpuMs + b[1].serverMs - (a[1].cpuMs + a[1].serverMs));
process.stdout.write(`${args.engine}, ${size} rows: ${Math.round(size / (total / 1000))} rows/s, ${(total / size).toFixed(3)} ms/row; database ${(inDb / size).toFixed(3)} ms/row, outside ${((total - inDb) / size).toFixed(3)} ms/row\n`);
process.stdout.write(`CPU of this process: ${(cpuMs / size).toFixed(3)} ms/row, of which in statements ${(cpuInDb / size).toFixed(3)}, outside them (JavaScript) ${((cpuMs - cpuInDb) / size).toFixed(3)}\n`);
if (args.engine === 'postgres') process.stdout.write(`CPU of the server's backends: ${(serverMs / size).toFixed(3)} ms/row\n`);
process.stdout.write(`finishing the batch (search vectors built after the import): ${(finish / size).toFixed(3)} ms/row\n`);
process.stdout.write('CPU ms/row  share  wall ms/row  server CPU ms/row  calls  statement\n');
for (const [text, t] of rows.slice(0, 25)) {
  process.stdout.write(`${(t.cpuMs / size).toFixed(4).padStart(10)} ${((t.cpuMs / cpuMs) * 100).toFixed(1).padStart(5)}% ${(t.ms / size).toFixed(4).padStart(11)} ${(t.serverMs / size).toFixed(4).padStart(18)} ${String(t.calls).padStart(6)}  ${text}\n`);
}
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  `bench/results/ingest-statements-${args.engine}-${size}${args.label ? `-${args.label}` : ''}.json`,
  `${JSON.stringify(
    {
      engine: args.engine,
      size,
      batchSize,
      changed: args.changed,
      date: new Date().toISOString(),
      machine: `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, Node ${process.version}`,
      loadavgBefore: loadBefore.map((x) => round(x, 2)),
      loadavgAfter: os.loadavg().map((x) => round(x, 2)),
      rowsPerSecond: Math.round(size / (total / 1000)),
      wallMsPerRow: round(total / size),
      finishWallMsPerRow: round(finish / size),
      cpuMsPerRow: round(cpuMs / size),
      cpuMsPerRowInStatements: round(cpuInDb / size),
      cpuMsPerRowOutside: round((cpuMs - cpuInDb) / size),
      ...(args.engine === 'postgres' ? { serverCpuMsPerRow: round(serverMs / size) } : {}),
      statements: rows.slice(0, 25).map(([text, t]) => ({ statement: text, cpuMsPerRow: round(t.cpuMs / size), share: round(t.cpuMs / cpuMs, 3), wallMsPerRow: round(t.ms / size), ...(args.engine === 'postgres' ? { serverCpuMsPerRow: round(t.serverMs / size) } : {}), calls: t.calls })),
    },
    null,
    2,
  )}\n`,
);
await db.close();
