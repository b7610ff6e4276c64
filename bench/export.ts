/**
 * Export speed per format (issue 16 §5): `npx tsx bench/export.ts --size 100000 [--formats csv,json,…]`.
 *
 * Loads the store benchmark's synthetic incidents (bench/generate.ts) into an embedded database
 * (PGlite, in memory), then writes each export format to a file under .bench/ through
 * `exportStream` — what `precursor export` and `GET /api/exports` run — timing incidents/s,
 * the peak RSS of the process, and the heap still in use after a full collection every 5,000
 * incidents (retained heap: flat when the export streams). One format at a time, in one process.
 *
 * Results: bench/results/export-<size>.json, with the machine and the load average before and
 * after (the machine is shared: other work stretches every figure).
 */
import { createWriteStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { fullScope } from '../src/access/scope.js';
import { createContext } from '../src/context.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { Random } from '../src/demo/random.js';
import { IncidentInput } from '../src/incidents/schema.js';
import { createIncidents } from '../src/incidents/service.js';
import { exportFormats, exportStream, type ExportFormat } from '../src/ingest/export/index.js';
import { retainedHeap } from '../src/ingest/export/retainedHeap.js';
import { wireModules } from '../src/wiring.js';
import { benchIncidents, makeWorldShape } from './generate.js';
import { createWorldRecords } from './world.js';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    formats: { type: 'string', default: exportFormats.join(',') },
  },
});
const size = Number(args.size);
const formats = args.formats!.split(',') as ExportFormat[];
for (const f of formats) if (!exportFormats.includes(f)) throw new Error(`--formats: unknown format ${f} (${exportFormats.join(', ')})`);
const seed = 16;
const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const loadavg = () => os.loadavg().map((x) => Math.round(x * 100) / 100);
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const outDir = resolve('.bench', 'export');

interface FormatResult {
  format: ExportFormat;
  incidents: number;
  seconds: number;
  cpuSeconds: number;
  incidentsPerSecond: number;
  incidentsPerCpuSecond: number;
  fileMiB: number;
  /** RSS when the export began (the in-memory database's pages are in it) and its peak while writing. */
  rssBeforeMiB: number;
  peakRssMiB: number;
  /** Retained heap (after a full GC) at each 5,000 incidents written: flat when the export streams. */
  retainedHeapMiB: number[];
  loadBefore: number[];
  loadAfter: number[];
}

async function main() {
  wireModules();
  const started = loadavg();
  const db = await openPglite(undefined);
  await migrate(db);
  const ctx = createContext(db, { id: 'bench', name: 'Benchmark', scope: fullScope });
  const world = makeWorldShape(new Random(seed));
  await createWorldRecords(ctx, world);
  const loadStart = performance.now();
  let loaded = 0;
  for (const batch of benchIncidents(world, seed, size, 1000)) {
    await createIncidents(ctx, batch.map((b) => IncidentInput.parse(b)));
    loaded += batch.length;
    if (loaded % 10_000 === 0) process.stdout.write(`  loaded ${loaded} incidents (${Math.round(loaded / ((performance.now() - loadStart) / 1000))}/s)\n`);
  }
  await db.exec('vacuum analyze');
  mkdirSync(outDir, { recursive: true });
  const heap = retainedHeap();
  const results: FormatResult[] = [];
  for (const format of formats) {
    const loadBefore = loadavg();
    const path = join(outDir, `export-${size}.${format}`);
    const samples: number[] = [];
    let incidents = 0;
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const peakTimer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    // Counts incidents as pages are read: the export's own onPage hook.
    const stream = exportStream(ctx, format, { deleted: 'exclude' } as never, {
      public: false,
      onPage: (n) => {
        const before = Math.floor(incidents / 5000);
        incidents += n;
        if (Math.floor(incidents / 5000) > before) samples.push(mib(heap()));
      },
    });
    await pipeline(stream, new Transform({ transform: (chunk, _e, done) => done(null, chunk) }), createWriteStream(path));
    const seconds = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu);
    clearInterval(peakTimer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const result: FormatResult = {
      format,
      incidents,
      seconds: Math.round(seconds * 10) / 10,
      cpuSeconds: Math.round(cpuSeconds * 10) / 10,
      incidentsPerSecond: Math.round(incidents / seconds),
      incidentsPerCpuSecond: Math.round(incidents / cpuSeconds),
      fileMiB: mib(statSync(path).size),
      rssBeforeMiB: mib(rssBefore),
      peakRssMiB: mib(peak),
      retainedHeapMiB: samples,
      loadBefore,
      loadAfter: loadavg(),
    };
    results.push(result);
    process.stdout.write(`${format}: ${result.incidents} incidents in ${result.seconds} s (${result.incidentsPerSecond}/s wall, ${result.incidentsPerCpuSecond}/CPU-s), ${result.fileMiB} MiB, RSS ${result.rssBeforeMiB} → peak ${result.peakRssMiB} MiB, retained heap ${samples[0] ?? '-'}…${samples.at(-1) ?? '-'} MiB\n`);
  }
  await db.close();
  mkdirSync(resolve('bench', 'results'), { recursive: true });
  const out = resolve('bench', 'results', `export-${size}.json`);
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), machine, engine: 'pglite (in memory)', size, loadBefore: started, loadAfter: loadavg(), loadSeconds: Math.round((performance.now() - loadStart) / 1000), results }, null, 2)}\n`);
  process.stdout.write(`results: ${out}\n`);
}

await main();
