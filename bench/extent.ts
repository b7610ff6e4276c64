import { fullScope } from '../src/access/scope.js';
/**
 * Where the data ends: `GET /api/stats/extent` over synthetic incidents (bench/generate.ts,
 * the same generator and bulk write path as bench/store.ts), for the largest and a median
 * country, alone and with a group filter. The dashboard asks for it before it can draw the
 * pyramid, so it must stay small beside `/api/stats`.
 *
 *   npx tsx bench/extent.ts --engine pglite --size 100000
 *
 * A PostgreSQL server is used with --engine postgres (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres; database precursor_bench_extent_<size>,
 * dropped afterwards). Results: bench/results/extent-<engine>-<size>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { Random } from '../src/demo/random.js';
import { EvidenceFiles } from '../src/evidence/files.js';
import { buildApp } from '../src/http/app.js';
import { IncidentInput } from '../src/incidents/schema.js';
import { createIncidents } from '../src/incidents/service.js';
import { benchCountries, benchIncidents, makeWorldShape } from './generate.js';
import { createWorldRecords } from './world.js';
import { openScratchDatabase } from './scratchDatabase.js';

const { values: args } = parseArgs({ options: { engine: { type: 'string', default: 'pglite' }, size: { type: 'string', default: '100000' }, queries: { type: 'string', default: '100' } } });
const size = Number(args.size);
const seed = 7;
const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;


const summarise = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95) };
};

const { db, dispose } = await openScratchDatabase(args.engine, `precursor_bench_extent_${size}`);
const world = makeWorldShape(new Random(seed));
const ctx = createContext(db, { id: 'bench', name: 'Benchmark', scope: fullScope });
await createWorldRecords(ctx, world);
const started = performance.now();
for (const batch of benchIncidents(world, seed, size, 2000)) await createIncidents(ctx, batch.map((b) => IncidentInput.parse(b)));
process.stdout.write(`${args.engine}: loaded ${size} incidents in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
await db.exec('vacuum analyze');

const app = await buildApp({ db, files: new EvidenceFiles(join(os.tmpdir(), 'precursor-bench-evidence'), 1024), version: 'bench' });
async function measure(url: string) {
  const times: number[] = [];
  for (let i = 0; i < Number(args.queries) + 3; i++) {
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.body}`);
    times.push(performance.now() - t);
  }
  return summarise(times.slice(3)); // the first calls warm the caches
}
const largest = benchCountries[0]!;
const median = benchCountries[12]!;
const group = world.groups.find((g) => g.country === largest)!.id;
const result = {
  engine: args.engine,
  size,
  machine,
  extentLargestCountry: await measure(`/api/stats/extent?country=${largest}`),
  extentMedianCountry: await measure(`/api/stats/extent?country=${median}`),
  extentLargestCountryGroup: await measure(`/api/stats/extent?country=${largest}&group=${group}`),
  statsLargestCountryMonthLevel: await measure(`/api/stats?country=${largest}&by=month,level`),
};
await app.close();
await dispose();
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/extent-${args.engine}-${size}.json`, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result)}\n`);
