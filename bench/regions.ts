import { fullScope } from '../src/access/scope.js';
/**
 * Regions benchmark: what resolving region spellings costs the bulk write path, and how fast
 * the region list (suggestions), the region at a point and a merge answer.
 *
 *   npx tsx bench/regions.ts [--engine pglite|postgres] [--batches 10]
 *
 * Loads batches of 2,000 incidents into a fresh database with admin1 written in 200 regions ×
 * 3 spellings (case and spacing), times the spelling resolution of a batch alone, then the
 * service calls behind the routes over 200 regions with boundaries and 2,000 places.
 * BENCH_DATABASE_URL names the server for --engine postgres (a database is created and
 * dropped). Results: bench/results/regions-<engine>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { migrate } from '../src/db/migrate.js';
import { IncidentInput } from '../src/incidents/schema.js';
import { createIncidents } from '../src/incidents/service.js';
import { createRecord } from '../src/registry/service.js';
import { canonicalAdmin1 } from '../src/regions/resolve.js';
import { defineRegionShapes, listRegions, mergeRegions, regionAt } from '../src/regions/service.js';
import { openScratchDatabase } from './scratchDatabase.js';

const { values: args } = parseArgs({ options: { engine: { type: 'string', default: 'pglite' }, batches: { type: 'string', default: '10' } } });
const batches = Number(args.batches);
const batchSize = 2000;
const regionCount = 200;


const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const summary = (xs: number[]) => ({ n: xs.length, p50: Math.round(percentile(xs, 50) * 10) / 10, p95: Math.round(percentile(xs, 95) * 10) / 10 });
async function timed(n: number, run: (i: number) => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    ms.push(performance.now() - start);
  }
  return summary(ms);
}

const regionName = (i: number) => `Region ${String(i).padStart(3, '0')}`;
const spellings = (i: number) => [regionName(i), regionName(i).toLowerCase(), ` ${regionName(i).toUpperCase().replace(' ', '  ')}`];
// Regions on a 20 × 10 grid of 0.1° cells around 0,0.
const cell = (i: number) => ({ lon: (i % 20) * 0.1, lat: Math.floor(i / 20) * 0.1 });

async function main() {
  const { db, dispose } = await openScratchDatabase(args.engine, `precursor_bench_regions`);
  await migrate(db);
  const ctx = createContext(db, { id: 'bench', name: 'Benchmark', scope: fullScope });
  const incident = (k: number, admin1: string | null) =>
    IncidentInput.parse({ title: `Bench ${k}`, narrative: '', startDate: `202${k % 5}-0${1 + (k % 9)}`, country: 'XVR', admin1, acts: [{ violationType: 'harassment' }] });

  const batchOf = (b: number) =>
    Array.from({ length: batchSize }, (_, i) => {
      const k = b * batchSize + i;
      return incident(k, spellings(k % regionCount)[k % 3]!);
    });
  // Warm up once, so the first plans and caches are not counted; the regions exist after it.
  await createIncidents(ctx, batchOf(batches));
  // Interleaved, so both see the same machine: resolving a batch's spellings alone, and
  // writing the whole batch (which includes resolving them).
  const resolveMs: number[] = [];
  const writeMs: number[] = [];
  let rows = 0;
  for (let b = 0; b < batches; b++) {
    const inputs = batchOf(b);
    let start = performance.now();
    await db.transaction((tx) => canonicalAdmin1(tx, ctx, inputs));
    resolveMs.push(performance.now() - start);
    start = performance.now();
    rows += (await createIncidents(ctx, inputs)).length;
    writeMs.push(performance.now() - start);
  }
  const insertRowsPerSecond = Math.round(rows / (writeMs.reduce((a, b) => a + b, 0) / 1000));
  const resolve = { ...summary(resolveMs), shareOfBatchWritePercent: Math.round((resolveMs.reduce((a, b) => a + b, 0) / writeMs.reduce((a, b) => a + b, 0)) * 1000) / 10 };
  const batchWrite = summary(writeMs);

  await defineRegionShapes(
    ctx,
    'XVR',
    Array.from({ length: regionCount }, (_, i) => {
      const { lon, lat } = cell(i);
      return { name: regionName(i), boundary: { type: 'Polygon' as const, coordinates: [[[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1], [lon, lat + 0.1], [lon, lat]]] } };
    }),
  );
  for (let p = 0; p < 2000; p++) {
    const { lon, lat } = cell(p % regionCount);
    await createRecord(ctx, 'places', { name: `Place ${p}`, country: 'XVR', admin1: regionName(p % regionCount), latitude: lat + 0.05, longitude: lon + 0.05, locationPrecision: 'exact' });
  }
  const list = await timed(30, () => listRegions(ctx, { country: 'XVR', level: 'admin1', boundaries: false }));
  const suggest = await timed(30, () => listRegions(ctx, { country: 'XVR', q: 'region 1', boundaries: false }));
  const atBoundary = await timed(30, (i) => regionAt(ctx, { country: 'XVR', lon: cell(i).lon + 0.03, lat: cell(i).lat + 0.03 }));
  const atNearestPlace = await timed(30, () => regionAt(ctx, { country: 'XVR', lon: 2.05, lat: 0.05 }));
  const merge = await timed(5, (i) => mergeRegions(ctx, { country: 'XVR', level: 'admin1', from: regionName(2 * i + 1), into: regionName(2 * i) }));

  const result = {
    engine: db.engine,
    machine: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}`,
    batchSize,
    incidentsPerMode: batches * batchSize,
    insertRowsPerSecond,
    writeBatchMs: batchWrite,
    resolveBatchMs: resolve,
    regions: regionCount,
    places: 2000,
    listMs: list,
    suggestMs: suggest,
    regionAtBoundaryMs: atBoundary,
    regionAtNearestPlaceMs: atNearestPlace,
    mergeMs: { ...merge, incidentsPerRegion: (batches * batchSize) / regionCount },
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/regions-${db.engine}.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  await dispose();
}

await main();
