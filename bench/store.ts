import { fullScope } from '../src/access/scope.js';
/**
 * Store benchmark: loads 100k and 1M synthetic incidents through the bulk write path
 * (validation, derivation, audit) into the embedded PGlite and into a PostgreSQL server,
 * then measures filtered search, full-text search and /api/stats.
 *
 *   npm run bench -- --engines pglite,postgres --sizes 100000,1000000 [--reuse]
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the
 * server; a database precursor_bench_<size> is created on it. PGlite data goes to
 * .bench/pglite-<size>/. Results: bench/results/store-<engine>-<size>.json and a table.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { Random } from '../src/demo/random.js';
import { EvidenceFiles } from '../src/evidence/files.js';
import { buildApp } from '../src/http/app.js';
import { IncidentInput, IncidentListQuery } from '../src/incidents/schema.js';
import { createIncidents, listIncidents } from '../src/incidents/service.js';
import { benchCountries, benchIncidents, countryWeights, makeWorldShape, pickName, vocabulary, type WorldShape } from './generate.js';
import { createWorldRecords } from './world.js';

const { values: args } = parseArgs({
  options: {
    engines: { type: 'string', default: 'pglite,postgres' },
    sizes: { type: 'string', default: '100000,1000000' },
    queries: { type: 'string', default: '200' },
    reuse: { type: 'boolean', default: false },
  },
});
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seed = 7;
const batchSize = 2000;

interface Result {
  engine: string;
  size: number;
  machine: string;
  loadSeconds: number | null;
  insertRowsPerSecond: number | null;
  filtered: Summary;
  filteredByShape: Record<string, Summary>;
  fullText: Summary;
  fullTextByShape: Record<string, Summary>;
  fullTextCommonWord: Summary;
  statsLargestCountry: Summary;
  statsMedianCountry: Summary;
}

interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

async function openEngine(engine: string, size: number, fresh: boolean): Promise<Database> {
  if (engine === 'pglite') {
    const dir = join('.bench', `pglite-${size}`);
    if (fresh) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const db = await openPglite(join(dir, 'pgdata'));
    await migrate(db);
    return db;
  }
  const name = `precursor_bench_${size}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
  if (fresh && exists) await admin.query(`drop database ${name} with (force)`);
  if (fresh || !exists) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  await migrate(db);
  return db;
}

async function createWorld(db: Database, rnd: Random): Promise<WorldShape> {
  const world = makeWorldShape(rnd);
  const ctx = createContext(db, { id: 'bench', name: 'Benchmark', scope: fullScope });
  await createWorldRecords(ctx, world);
  return world;
}

async function load(db: Database, world: WorldShape, size: number): Promise<number> {
  const ctx = createContext(db, { id: 'bench', name: 'Benchmark', scope: fullScope });
  const started = performance.now();
  let done = 0;
  for (const batch of benchIncidents(world, seed, size, batchSize)) {
    // The import path validates every row at the boundary, as an import would.
    await createIncidents(ctx, batch.map((b) => IncidentInput.parse(b)));
    done += batch.length;
    if (done % 50_000 === 0) {
      const s = (performance.now() - started) / 1000;
      process.stdout.write(`  ${done} incidents, ${(done / s).toFixed(0)} rows/s\n`);
    }
  }
  return (performance.now() - started) / 1000;
}

function summarise(times: number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)!) };
}

async function time<T>(work: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await work();
  return performance.now() - t;
}

async function run(engine: string, size: number): Promise<Result> {
  const reuse = args.reuse && (engine === 'postgres' || existsSync(join('.bench', `pglite-${size}`, 'pgdata')));
  process.stdout.write(`\n${engine}, ${size} incidents${reuse ? ' (reusing the loaded database)' : ''}\n`);
  let db = await openEngine(engine, size, !reuse);
  const rnd = new Random(seed);
  let world = makeWorldShape(new Random(seed));
  let loadSeconds: number | null = null;
  const [{ n }] = (await db.query<{ n: number }>('select count(*)::int as n from incidents')) as [{ n: number }];
  if (n !== size) {
    if (n !== 0) throw new Error(`the ${engine} bench database holds ${n} incidents, not ${size}; run without --reuse`);
    world = await createWorld(db, new Random(seed));
    loadSeconds = await load(db, world, size);
    process.stdout.write(`  loaded in ${loadSeconds.toFixed(1)} s\n`);
    await db.exec('vacuum analyze');
    if (engine === 'pglite') {
      // Reopen so the queries run on a process state like a fresh server start.
      await db.close();
      db = await openEngine(engine, size, false);
    }
  }
  const ctx = createContext(db);
  const queries = Number(args.queries);
  const groupsOf = (c: string) => world.groups.filter((g) => g.country === c).map((g) => g.id);
  const types = ['hate-speech', 'arbitrary-detention', 'killing', 'discrimination-education', 'forced-displacement', 'torture'];
  const year = () => String(rnd.int(2016, 2025));

  const filteredQueries = [
    () => ({ country: [rnd.weighted(countryWeights)], level: ['3', '4'], from: year() }),
    () => {
      const c = rnd.weighted(countryWeights);
      return { group: [rnd.pick(groupsOf(c))], from: `${year()}-06` };
    },
    () => ({ country: [rnd.weighted(countryWeights)], type: [rnd.pick(types)] }),
    () => {
      const c = rnd.weighted(countryWeights);
      return { country: [c], admin1: [`${c} region ${rnd.int(1, 8)}`], verification: ['verified'] };
    },
    () => ({ level: ['5'], sort: 'level:desc' }),
    () => {
      const from = rnd.int(2016, 2024);
      return { country: [rnd.pick(benchCountries)], from: String(from), to: String(from + rnd.int(0, 1)) };
    },
  ];
  const filteredTimes: number[] = [];
  const byShape: number[][] = filteredQueries.map(() => []);
  for (let i = 0; i < queries; i++) {
    const q = IncidentListQuery.parse(filteredQueries[i % filteredQueries.length]!());
    const ms = await time(() => listIncidents(ctx, q));
    filteredTimes.push(ms);
    byShape[i % filteredQueries.length]!.push(ms);
  }
  const shapeNames = ['country+levels+from', 'group+from', 'country+type', 'country+admin1+verification', 'level 5 by level', 'country+years'];
  const filteredByShape = Object.fromEntries(byShape.map((t, i) => [shapeNames[i]!, summarise(t)]));

  const ftsTimes: number[] = [];
  const ftsShapes: Record<string, number[]> = {};
  for (let i = 0; i < queries; i++) {
    const shape = ['name + word', 'name', '"name" -word'][i % 3]!;
    const text = i % 3 === 0 ? `${pickName(rnd)} ${rnd.pick(vocabulary)}` : i % 3 === 1 ? pickName(rnd) : `"${pickName(rnd)}" -${rnd.pick(vocabulary)}`;
    const q = IncidentListQuery.parse(i % 2 ? { q: text } : { q: text, country: [rnd.weighted(countryWeights)] });
    const ms = await time(() => listIncidents(ctx, q));
    ftsTimes.push(ms);
    (ftsShapes[`${shape}${i % 2 ? '' : ' + country'}`] ??= []).push(ms);
  }
  const fullTextByShape = Object.fromEntries(Object.entries(ftsShapes).map(([k, t]) => [k, summarise(t)]));
  // A common word matches a large share of all incidents: the worst case for ranking.
  const commonTimes: number[] = [];
  for (let i = 0; i < Math.min(queries, 40); i++) {
    const q = IncidentListQuery.parse({ q: rnd.pick(vocabulary), country: [rnd.weighted(countryWeights)] });
    commonTimes.push(await time(() => listIncidents(ctx, q)));
  }

  const app = await buildApp({ db, files: new EvidenceFiles(join(os.tmpdir(), 'precursor-bench-evidence'), 1024), version: 'bench' });
  const statsTimes = async (country: string) => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      times.push(
        await time(async () => {
          const res = await app.inject({ method: 'GET', url: `/api/stats?country=${country}` });
          if (res.statusCode !== 200) throw new Error(`stats failed: ${res.body}`);
        }),
      );
    }
    return summarise(times.slice(2)); // the first calls warm the caches
  };
  const statsLargestCountry = await statsTimes(benchCountries[0]!);
  const statsMedianCountry = await statsTimes(benchCountries[12]!);
  await app.close();
  await db.close();

  // A reused database keeps the load figures of the run that loaded it.
  const previous = resultPath(engine, size);
  const loaded = loadSeconds ?? (existsSync(previous) ? (JSON.parse(readFileSync(previous, 'utf8')) as Result).loadSeconds : null);
  return {
    engine,
    size,
    machine,
    loadSeconds: loaded && Math.round(loaded),
    insertRowsPerSecond: loaded && Math.round(size / loaded),
    filtered: summarise(filteredTimes),
    filteredByShape,
    fullText: summarise(ftsTimes),
    fullTextByShape,
    fullTextCommonWord: summarise(commonTimes),
    statsLargestCountry,
    statsMedianCountry,
  };
}

function resultPath(engine: string, size: number) {
  return `bench/results/store-${engine}-${size}.json`;
}

const results: Result[] = [];
mkdirSync('bench/results', { recursive: true });
for (const size of args.sizes.split(',').map(Number)) {
  for (const engine of args.engines.split(',')) {
    const result = await run(engine, size);
    results.push(result);
    writeFileSync(resultPath(engine, size), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}

process.stdout.write(`\nMachine: ${machine}\n\n`);
process.stdout.write('| engine | incidents | insert rows/s | filtered search p50 / p95 | full-text p50 / p95 | full-text, common word p95 | stats, largest country p50 / p95 | stats, median country p95 |\n');
process.stdout.write('|---|---:|---:|---:|---:|---:|---:|---:|\n');
for (const r of results) {
  process.stdout.write(
    `| ${r.engine} | ${r.size.toLocaleString('en')} | ${r.insertRowsPerSecond?.toLocaleString('en') ?? '(reused)'} | ${r.filtered.p50} / ${r.filtered.p95} ms | ${r.fullText.p50} / ${r.fullText.p95} ms | ${r.fullTextCommonWord.p95} ms | ${r.statsLargestCountry.p50} / ${r.statsLargestCountry.p95} ms | ${r.statsMedianCountry.p95} ms |\n`,
  );
}
