/**
 * The import write path at scale (issue 16 §2): `npm run bench:ingest -- --engines pglite,postgres --size 1000000`.
 *
 * Generates the store benchmark's synthetic incidents (bench/generate.ts) as an import would
 * see them — names of groups, actors and sources, not ids — and writes them through
 * `importWriter.writeIncidents` in batches of 1,000, timing rows/s and reporting the peak RSS.
 * On PostgreSQL it then copies the very incidents and acts written, as CSV, into the same
 * tables (with their indexes) of a fresh database by `psql \copy`, timed in the same run: the
 * plain-COPY yardstick the writer is held to (≥ 50% of its speed).
 *
 * The machine is shared: the load average is recorded before and after each run.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { fullScope } from '../src/access/scope.js';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { Random } from '../src/demo/random.js';
import type { RowOutcome } from '../src/ingest/types.js';
import { importWriter } from '../src/ingest/write/index.js';
import { makeWorldShape } from './generate.js';
import { serverCpuSeconds } from './serverCpu.js';
import { importedRows } from './ingestRows.js';
import { copyText } from '../src/db/copyText.js';

const { values: args } = parseArgs({
  options: {
    engines: { type: 'string', default: 'pglite,postgres' },
    size: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '5000' },
  },
});
const size = Number(args.size);
const batchSize = Number(args.batch);
const seed = 16;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const loadavg = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

async function openEngine(engine: string, name: string): Promise<{ db: Database; url?: string }> {
  if (engine === 'pglite') {
    const dir = join('.bench', name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const db = await openPglite(join(dir, 'pgdata'));
    await migrate(db);
    return { db };
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  await migrate(db);
  return { db, url: url.toString() };
}

const incidentCopyColumns = `id, title, start_date, start_precision, end_date, end_precision, date_estimated, report_date, place_id, country, admin1,
  derived_level, level_override, level_override_reason, verification_status, confidentiality, teams, withhold_place, withhold_date, withhold_reporter,
  monitoring_status, killed, injured, detained, disappeared, displaced, affected, group_ids, identity_bases, violation_types, perpetrator_ids,
  version, created_at, created_by, updated_at, updated_by, deleted_at`.replace(/\s+/g, ' ');
const actCopyColumns = 'id, incident_id, position, violation_type, group_id, identity_basis, killed, injured, detained, disappeared, displaced, affected';

const psql = (url: string, command: string) => execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], { stdio: ['ignore', 'ignore', 'inherit'] });

/** `psql \copy` of the incidents and acts the writer wrote, into the same tables of a fresh database; seconds. */
async function plainCopy(fromUrl: string) {
  const dir = resolve('.bench', 'ingest-copy');
  mkdirSync(dir, { recursive: true });
  const files = { incidents: join(dir, 'incidents.csv'), acts: join(dir, 'acts.csv'), groups: join(dir, 'groups.csv') };
  psql(fromUrl, `\\copy (select ${incidentCopyColumns} from incidents) to '${files.incidents}' csv`);
  psql(fromUrl, `\\copy (select ${actCopyColumns} from acts) to '${files.acts}' csv`);
  psql(fromUrl, `\\copy (select id, name, basis, country from groups) to '${files.groups}' csv`);
  const { db, url } = await openEngine('postgres', `precursor_bench_copy_${size}`);
  await db.close();
  psql(url!, `\\copy groups (id, name, basis, country) from '${files.groups}' csv`);
  const t0 = performance.now();
  psql(url!, `\\copy incidents (${incidentCopyColumns}) from '${files.incidents}' csv`);
  const t1 = performance.now();
  psql(url!, `\\copy acts (${actCopyColumns}) from '${files.acts}' csv`);
  const t2 = performance.now();
  const acts = Number(execFileSync('psql', [url!, '-At', '-c', 'select count(*) from acts']).toString().trim());
  const csvBytes = statSync(files.incidents).size + statSync(files.acts).size;
  // The same COPY again over one connection of this process, for its server CPU (psql's backend
  // is gone, with its CPU figures, when psql exits): on a shared machine, CPU per row is the
  // comparison that does not move with the load.
  psql(url!, 'set client_min_messages to warning; truncate incidents cascade');
  const client = new pg.Client({ connectionString: url! });
  await client.connect();
  const name = new URL(url!).pathname.slice(1);
  const cpu0 = serverCpuSeconds(name);
  const c0 = performance.now();
  await pipeline(createReadStream(files.incidents), client.query(copyFrom(`copy incidents (${incidentCopyColumns}) from stdin csv`)));
  await pipeline(createReadStream(files.acts), client.query(copyFrom(`copy acts (${actCopyColumns}) from stdin csv`)));
  const inProcessSeconds = (performance.now() - c0) / 1000;
  const serverCpu = serverCpuSeconds(name) - cpu0;
  await client.end();
  rmSync(dir, { recursive: true, force: true });
  return {
    seconds: (t2 - t0) / 1000,
    incidentsSeconds: (t1 - t0) / 1000,
    actsSeconds: (t2 - t1) / 1000,
    acts,
    csvBytes,
    inProcessSeconds: Math.round(inProcessSeconds * 10) / 10,
    serverCpuSeconds: Math.round(serverCpu * 10) / 10,
    rowsPerCpuSecond: Math.round(size / serverCpu),
  };
}

/**
 * The same yardstick in the embedded engine: the incidents and acts the writer wrote, copied by
 * `COPY … FROM '/dev/blob'` into the same tables (with their indexes) of a fresh PGlite, in
 * chunks of 50,000 rows as psql streams them; only the COPY statements are timed. PGlite runs in
 * this process, so its CPU time is the COPY's own cost.
 */
async function plainCopyPglite(from: Database) {
  const chunk = 50_000;
  const { db } = await openEngine('pglite', `ingest-copy-${size}`);
  const asText = (columns: string) => columns.split(',').map((c) => `${c.trim()}::text`).join(', ');
  const copyTable = async (table: string, columns: string) => {
    let seconds = 0;
    let cpu = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await from.query<Record<string, string | null>>(`select ${asText(columns)} from ${table} where id > $1::uuid order by id limit ${chunk}`, [after]);
      if (rows.length === 0) return { seconds, cpu };
      const data = copyText(rows.map((r) => Object.values(r)));
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await db.copyFrom(`${table} (${columns})`, data);
      seconds += (performance.now() - t0) / 1000;
      const c = process.cpuUsage(c0);
      cpu += (c.user + c.system) / 1e6;
      after = rows[rows.length - 1]!.id!;
    }
  };
  await copyTable('groups', 'id, name, basis, country');
  const incidents = await copyTable('incidents', incidentCopyColumns);
  const acts = await copyTable('acts', actCopyColumns);
  await db.close();
  rmSync(join('.bench', `ingest-copy-${size}`), { recursive: true, force: true });
  const seconds = incidents.seconds + acts.seconds;
  return {
    seconds: Math.round(seconds * 10) / 10,
    incidentsSeconds: Math.round(incidents.seconds * 10) / 10,
    actsSeconds: Math.round(acts.seconds * 10) / 10,
    rowsPerSecond: Math.round(size / seconds),
    rowsPerCpuSecond: Math.round(size / (incidents.cpu + acts.cpu)),
  };
}

async function run(engine: string) {
  const { db, url } = await openEngine(engine, `precursor_bench_ingest_${size}`);
  const ctx = createContext(db, { id: 'bench', name: 'Benchmark', scope: fullScope });
  const world = makeWorldShape(new Random(seed));
  const loadBefore = loadavg();
  const batch = await importWriter.beginBatch(ctx, { sourceSystem: 'bench', fileName: `bench-${size}.csv`, fileSha256: 'b'.repeat(64), format: 'csv', mappingName: null, mapping: null });
  const dbName = `precursor_bench_ingest_${size}`;
  const server0 = engine === 'postgres' ? serverCpuSeconds(dbName) : 0;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  let done = 0;
  // Sampled after every call: the process's own maxRSS would carry an earlier engine's peak into this one.
  let peakRss = process.memoryUsage().rss;
  const counts: Record<string, number> = {};
  for (const rows of importedRows(world, size, batchSize, seed)) {
    const outcomes: RowOutcome[] = await importWriter.writeIncidents(ctx, batch, rows);
    for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
    done += rows.length;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (done % 50_000 === 0) process.stdout.write(`  ${engine}: ${done} rows, ${(done / ((performance.now() - started) / 1000)).toFixed(0)} rows/s, RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB\n`);
  }
  const written = (performance.now() - started) / 1000;
  const f0 = performance.now();
  await importWriter.finishBatch(ctx, batch, { batch: batch.id, dryRun: false, imported: counts.imported ?? 0, updated: 0, unchanged: 0, skipped: 0, conflicts: 0, rejectedCount: counts.rejected ?? 0, rejected: [], errorFile: null, unknownCodes: [] }, 'finished');
  const finishing = (performance.now() - f0) / 1000;
  // The import is done when the batch is finished: its search vectors built (searchVector.ts).
  const seconds = written + finishing;
  const cpu = process.cpuUsage(cpu0);
  const serverCpu = engine === 'postgres' ? serverCpuSeconds(dbName) - server0 : 0;
  const loadAfter = loadavg();
  // Re-import of the first 10,000 rows: all unchanged (the idempotent path's speed).
  const again = await importWriter.beginBatch(ctx, { sourceSystem: 'bench', fileName: `bench-${size}-again.csv`, fileSha256: 'c'.repeat(64), format: 'csv', mappingName: null, mapping: null });
  const r0 = performance.now();
  let unchanged = 0;
  let reread = 0;
  for (const rows of importedRows(world, size, batchSize, seed)) {
    if (reread >= 10_000) break;
    unchanged += (await importWriter.writeIncidents(ctx, again, rows)).filter((o) => o.status === 'unchanged').length;
    reread += rows.length;
  }
  const reimportRowsPerSecond = Math.round(reread / ((performance.now() - r0) / 1000));
  await importWriter.finishBatch(ctx, again, { batch: again.id, dryRun: false, imported: 0, updated: 0, unchanged, skipped: 0, conflicts: 0, rejectedCount: 0, rejected: [], errorFile: null, unknownCodes: [] }, 'finished');
  // Re-import of the first 10,000 rows changed at the source (a new title and killed count): all
  // updated in place by the three-way merge, in bulk.
  const revised = await importWriter.beginBatch(ctx, { sourceSystem: 'bench', fileName: `bench-${size}-revised.csv`, fileSha256: 'e'.repeat(64), format: 'csv', mappingName: null, mapping: null });
  const u0 = performance.now();
  let updated = 0;
  let rewritten = 0;
  for (const rows of importedRows(world, size, batchSize, seed)) {
    if (rewritten >= 10_000) break;
    const changed = rows.map((r) => ({ ...r, title: `${r.title} (revised)`, acts: r.acts.map((a, k) => (k === 0 ? { ...a, victims: { ...a.victims, killed: (a.victims?.killed ?? 0) + 1 } } : a)) }));
    updated += (await importWriter.writeIncidents(ctx, revised, changed)).filter((o) => o.status === 'updated').length;
    rewritten += rows.length;
  }
  await importWriter.finishBatch(ctx, revised, { batch: revised.id, dryRun: false, imported: 0, updated, unchanged: 0, skipped: 0, conflicts: 0, rejectedCount: 0, rejected: [], errorFile: null, unknownCodes: [] }, 'finished');
  const updateRowsPerSecond = Math.round(rewritten / ((performance.now() - u0) / 1000));
  const pgliteCopy = engine === 'pglite' ? await plainCopyPglite(db) : undefined;
  await db.close();
  const result = {
    engine,
    size,
    batchSize,
    date: new Date().toISOString(),
    machine,
    loadavgBefore: loadBefore,
    loadavgAfter: loadAfter,
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round(size / seconds),
    // The rows written (committed, in every list and count) and the batch's finish (search vectors built).
    writeSeconds: Math.round(written * 10) / 10,
    finishSeconds: Math.round(finishing * 10) / 10,
    writeRowsPerSecond: Math.round(size / written),
    // PGlite runs in this process: its CPU time is the writer's whole cost, whatever else the shared machine runs.
    processCpuSeconds: Math.round(((cpu.user + cpu.system) / 1e6) * 10) / 10,
    rowsPerProcessCpuSecond: Math.round(size / ((cpu.user + cpu.system) / 1e6)),
    ...(engine === 'postgres' ? { serverCpuSeconds: Math.round(serverCpu * 10) / 10, rowsPerCpuSecond: Math.round(size / ((cpu.user + cpu.system) / 1e6 + serverCpu)) } : {}),
    peakRssMiB: Math.round(peakRss / 2 ** 20),
    processPeakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    outcomes: counts,
    reimport: { rows: reread, unchanged, rowsPerSecond: reimportRowsPerSecond },
    changedReimport: { rows: rewritten, updated, rowsPerSecond: updateRowsPerSecond },
    copy: undefined as undefined | (Awaited<ReturnType<typeof plainCopy>> & { rowsPerSecond: number; writerShareOfCopy: number; writerShareOfCopyByCpu: number; loadavg: number[] }),
    // The embedded engine's own ceiling: a plain COPY of the same incidents and acts into it.
    pgliteCopy: pgliteCopy && { ...pgliteCopy, writerShareOfCopy: Math.round((size / seconds / pgliteCopy.rowsPerSecond) * 1000) / 1000 },
  };
  if (engine === 'postgres' && url) {
    const copy = await plainCopy(url);
    const rowsPerSecond = Math.round(size / copy.seconds);
    result.copy = {
      ...copy,
      rowsPerSecond,
      writerShareOfCopy: Math.round((result.rowsPerSecond / rowsPerSecond) * 1000) / 1000,
      // Rows per CPU-second (the writer's Node and server CPU; COPY's server CPU) compared: the share that holds on a loaded machine.
      writerShareOfCopyByCpu: Math.round(((result.rowsPerCpuSecond ?? 0) / copy.rowsPerCpuSecond) * 1000) / 1000,
      loadavg: loadavg(),
    };
  }
  return result;
}

mkdirSync('bench/results', { recursive: true });
for (const engine of args.engines!.split(',')) {
  const result = await run(engine);
  writeFileSync(`bench/results/ingest-${engine}-${size}.json`, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stdout.write(
    `\n${engine}, ${size.toLocaleString('en')} rows in batches of ${batchSize}: ${result.rowsPerSecond.toLocaleString('en')} rows/s (${result.rowsPerProcessCpuSecond.toLocaleString('en')} per CPU-second of this process), peak RSS ${result.peakRssMiB} MiB, load ${result.loadavgBefore.join(' ')} → ${result.loadavgAfter.join(' ')}` +
      (result.pgliteCopy ? `; COPY of the same incidents and acts into a fresh PGlite: ${result.pgliteCopy.rowsPerSecond.toLocaleString('en')} rows/s — the writer at ${(result.pgliteCopy.writerShareOfCopy * 100).toFixed(0)}% of it` : '') +
      (result.copy ? `; psql \\copy of the same incidents and acts: ${result.copy.rowsPerSecond.toLocaleString('en')} rows/s — the writer at ${(result.copy.writerShareOfCopy * 100).toFixed(0)}% of it; by CPU (rows per CPU-second) ${(result.copy.writerShareOfCopyByCpu * 100).toFixed(0)}%` : '') +
      `\nMachine: ${machine}\n`,
  );
}
