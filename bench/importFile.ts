/**
 * A whole import, file to database (issue 16 §2): a generated spreadsheet CSV of N rows read,
 * mapped (data/mappings/example-spreadsheet.yaml) and written by `runImport` with the real
 * writer into a fresh database — the figure a person importing a file sees. bench/ingestRead.ts
 * times the reading side alone, bench/ingest.ts the writer alone; this one shows what
 * overlapping them (the pipeline reads the next batch while the writer writes) is worth.
 *
 *   npx tsx bench/importFile.ts [--engine postgres|pglite] [--rows 100000] [--label after]
 *
 * The machine is shared: the load average is recorded before and after, with this process's
 * CPU and (on PostgreSQL) the server's, which move less with the load than the wall clock.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fullScope } from '../src/access/scope.js';
import { createContext } from '../src/context.js';
import { Random } from '../src/demo/random.js';
import { runImport } from '../src/ingest/pipeline.js';
import { importWriter } from '../src/ingest/write/index.js';
import { countryWeights, makeWorldShape, pickName, vocabulary } from './generate.js';
import { openScratchDatabase } from './scratchDatabase.js';
import { serverCpuSeconds } from './serverCpu.js';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    rows: { type: 'string', default: '100000' },
    label: { type: 'string', default: '' },
    // Rows per writer call (runImport's batchSize; its default when not given).
    batch: { type: 'string' },
  },
});
const rows = Number(args.rows);
const engine = args.engine!;
const dir = mkdtempSync(join(os.tmpdir(), 'precursor-bench-import-'));
const path = join(dir, 'incidents.csv');
const loadavg = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The spreadsheet a monitor keeps, with the store benchmark's countries, regions, groups and actors (bench/generate.ts). */
async function generate() {
  const rnd = new Random(16);
  const world = makeWorldShape(rnd);
  const types = ['attack', 'murder', 'hate speech', 'arson', 'eviction', 'graffiti'];
  const out = createWriteStream(path);
  out.write('Ref,Title,Description,Date,Approximate date,Reported on,Country,Province,Town,GPS,Type,Targeted community,Basis,Perpetrator,Killed,Injured,Displaced,Source,Material\n');
  for (let i = 0; i < rows; i++) {
    const country = rnd.weighted(countryWeights);
    const words = Array.from({ length: rnd.int(40, 80) }, () => (rnd.chance(0.08) ? pickName(rnd) : rnd.pick(vocabulary)));
    const group = rnd.int(1, 2);
    const line = [
      `B-${i}`,
      `${words.slice(0, 6).join(' ')} (${i})`,
      words.join(' '),
      `${String(rnd.int(1, 28)).padStart(2, '0')}/${String(rnd.int(1, 12)).padStart(2, '0')}/${rnd.int(2016, 2025)}`,
      rnd.chance(0.1) ? 'yes' : 'no',
      '',
      country,
      rnd.pick(world.regions.get(country)!),
      pickName(rnd),
      rnd.chance(0.3) ? `${(rnd.float() * 40 - 20).toFixed(4)}, ${(rnd.float() * 80 - 40).toFixed(4)}` : '',
      rnd.chance(0.15) ? `${rnd.pick(types)};${rnd.pick(types)}` : rnd.pick(types),
      `${country} group ${group}`,
      group === 1 ? 'ethnic' : 'religious',
      `${country} actor ${rnd.int(1, 5)}`,
      String(rnd.chance(0.1) ? rnd.int(1, 20) : 0),
      String(rnd.chance(0.2) ? rnd.int(1, 30) : 0),
      '',
      `Source ${rnd.int(1, 20)}`,
      rnd.chance(0.5) ? 'interview' : 'news',
    ];
    if (!out.write(`${line.map(cell).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

await generate();
const dbName = `precursor_bench_import_${rows}`;
const { db, dispose } = await openScratchDatabase(engine, dbName);
const ctx = createContext(db, { id: 'bench', name: 'Benchmark', scope: fullScope });
const size = statSync(path).size;
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const loadBefore = loadavg();
const server0 = engine === 'postgres' ? serverCpuSeconds(dbName) : 0;
const cpu0 = process.cpuUsage();
const started = performance.now();
const report = await runImport(ctx, { path, name: 'incidents.csv', size }, { mapping: 'example-spreadsheet', writer: importWriter, today: '2026-11-30', ...(args.batch ? { batchSize: Number(args.batch) } : {}) });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
const serverCpu = engine === 'postgres' ? serverCpuSeconds(dbName) - server0 : null;
clearInterval(sampler);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const result = {
  bench: 'import-file',
  label: args.label || null,
  date: new Date().toISOString(),
  engine,
  machine: `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, Node ${process.version}`,
  loadavgBefore: loadBefore,
  loadavgAfter: loadavg(),
  rows,
  batchSize: args.batch ? Number(args.batch) : 'default',
  fileBytes: size,
  imported: report.imported,
  rejected: report.rejectedCount,
  seconds: round(seconds, 2),
  rowsPerSecond: Math.round(rows / seconds),
  processCpuSeconds: round((cpu.user + cpu.system) / 1e6),
  serverCpuSeconds: serverCpu === null ? null : round(serverCpu),
  peakRssMiB: Math.round(peak / 1024 ** 2),
};
console.log(JSON.stringify(result, null, 2));
writeFileSync(join('bench/results', `import-file-${engine}-${rows}${args.label ? `-${args.label}` : ''}.json`), `${JSON.stringify(result, null, 2)}\n`);
await dispose();
rmSync(dir, { recursive: true, force: true });
