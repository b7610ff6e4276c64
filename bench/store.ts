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
import { visibilityPredicate } from '../src/access/door.js';
import { fullScope, scopeFor, type Scope } from '../src/access/scope.js';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { Random } from '../src/demo/random.js';
import { EvidenceFiles } from '../src/evidence/files.js';
import { buildApp } from '../src/http/app.js';
import { IncidentInput, IncidentListQuery } from '../src/incidents/schema.js';
import { countIncidentMatches, createIncidents, listIncidents } from '../src/incidents/service.js';
import { benchCountries, benchIncidents, benchTeams, countryWeights, makeWorldShape, pickName, vocabulary, type WorldShape } from './generate.js';
import { runPlain } from './plain.js';
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
  /** Set when bench/multiply.ts made the database: then there is no load figure. */
  madeBy?: string;
  loadSeconds: number | null;
  insertRowsPerSecond: number | null;
  /** The share of all incidents the restricted user may read. */
  restrictedShare: number;
  restrictedScope: string;
  administrator: Measured;
  restricted: Measured;
  /** The hand-written SQL of each shape (bench/plain.ts): no total, no access predicate, date order, LIMIT 50. */
  plain: Record<string, Summary>;
  /** Per shape: the administrator's app p95 over the plain SQL's p95. */
  appOverPlainP95: Record<string, number>;
}

interface Measured {
  filtered: Summary;
  filteredByShape: Record<string, Summary>;
  fullText: Summary;
  fullTextByShape: Record<string, Summary>;
  fullTextCommonWord: Summary;
  /** The same searches: their count asked apart, and the relevance order. */
  fullTextCommonWordCount: Summary;
  fullTextCommonWordRelevance: Summary;
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
  if (reuse) {
    // Migrations run when a reused database is opened may rewrite rows (migration 017 added a
    // column to every incident), which leaves the visibility map and the statistics behind:
    // measured as autovacuum would leave it, not in the minutes before it runs.
    await db.exec('vacuum analyze');
  }
  const multiplied = await multipliedFrom(db);
  if (multiplied) process.stdout.write(`  made by bench/multiply.ts: ${multiplied}\n`);
  const share = await visibleShare(db, restrictedScope);
  process.stdout.write(`  the restricted user (${describeScope(restrictedScope)}) sees ${(share * 100).toFixed(1)}% of the incidents\n`);
  // The same queries, in the same order, for each reader: each pass draws from its own copy of the seed.
  const admin = await measure(db, world, fullScope, true);
  const restricted = await measure(db, world, restrictedScope, false);
  await db.close();

  // A reused database keeps the load figures of the run that loaded it.
  const previous = resultPath(engine, size);
  const loaded = multiplied ? null : (loadSeconds ?? (existsSync(previous) ? (JSON.parse(readFileSync(previous, 'utf8')) as Result).loadSeconds : null));
  return {
    engine,
    size,
    machine,
    ...(multiplied ? { madeBy: `bench/multiply.ts: ${multiplied}` } : {}),
    loadSeconds: loaded && Math.round(loaded),
    insertRowsPerSecond: loaded && Math.round(size / loaded),
    restrictedShare: Math.round(share * 1000) / 1000,
    restrictedScope: describeScope(restrictedScope),
    administrator: admin.measured,
    restricted: restricted.measured,
    plain: admin.plain,
    appOverPlainP95: Object.fromEntries(
      Object.entries(admin.plain).map(([shape, p]) => {
        const app = admin.measured.filteredByShape[shape] ?? admin.measured.fullTextByShape[shape] ?? admin.measured.fullTextCommonWord;
        return [shape, Math.round((app.p95 / Math.max(p.p95, 0.1)) * 100) / 100];
      }),
    ),
  };
}

/** How bench/multiply.ts made this database (copies of a smaller one), or null when it was loaded. */
async function multipliedFrom(db: Database): Promise<string | null> {
  const [exists] = await db.query<{ t: string | null }>(`select to_regclass('bench_multiplied')::text as t`);
  if (!exists?.t) return null;
  const [row] = await db.query<{ source_size: number; times: number }>('select source_size, times from bench_multiplied');
  return row ? `${row.source_size} incidents loaded through the write path, copied ${row.times} times` : null;
}

/**
 * The restricted reader: an analyst of one team with clearance confidential. With the mix in
 * generate.ts (a fifth strictly confidential, half restricted to one of four teams) that is
 * 0.8 × (0.5 + 0.5 / 4) = 50% of the incidents; the run prints the share it measured.
 */
const restrictedScope = scopeFor('analyst', { clearance: 'confidential', teams: [benchTeams[0]!] });

function describeScope(scope: Scope) {
  return `${scope.role}, clearance ${scope.clearance}, teams ${scope.allTeams ? 'all' : scope.teams.join(', ') || 'none'}`;
}

async function visibleShare(db: Database, scope: Scope): Promise<number> {
  const values: unknown[] = [];
  const predicate = visibilityPredicate(scope, (v) => (values.push(v), `$${values.length}`));
  const [row] = await db.query<{ seen: number; all: number }>(
    `select count(*) filter (where ${predicate ?? 'true'})::int as seen, count(*)::int as "all" from incidents where deleted_at is null`,
    values,
  );
  return row!.seen / Math.max(1, row!.all);
}

const shapeNames = ['country+levels+from', 'group+from', 'country+type', 'country+admin1+verification', 'level 5 by level', 'country+years'];
const commonWordShape = 'common word + country';
const fullTextAllShapes = 'full-text, all shapes';

/** Every query shape as `scope` sees it through the service and /api/stats; with `plain`, the plain SQL of each query too, right after it. */
async function measure(db: Database, world: WorldShape, scope: Scope, plain: boolean) {
  const rnd = new Random(seed);
  const actor = { id: 'bench', name: 'Benchmark', scope };
  const ctx = createContext(db, actor);
  const queries = Number(args.queries);
  const groupsOf = (c: string) => world.groups.filter((g) => g.country === c).map((g) => g.id);
  const types = ['hate-speech', 'arbitrary-detention', 'killing', 'discrimination-education', 'forced-displacement', 'torture'];
  const year = () => String(rnd.int(2016, 2025));
  const plainTimes: Record<string, number[]> = {};
  const timePlain = async (shape: string, q: IncidentListQuery, pooled?: string) => {
    if (!plain) return;
    const ms = await time(() => runPlain(db, q));
    (plainTimes[shape] ??= []).push(ms);
    if (pooled) (plainTimes[pooled] ??= []).push(ms);
  };

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
    await timePlain(shapeNames[i % filteredQueries.length]!, q);
  }
  const filteredByShape = Object.fromEntries(byShape.map((t, i) => [shapeNames[i]!, summarise(t)]));

  const ftsTimes: number[] = [];
  const ftsShapes: Record<string, number[]> = {};
  for (let i = 0; i < queries; i++) {
    const shape = `${['name + word', 'name', '"name" -word'][i % 3]!}${i % 2 ? '' : ' + country'}`;
    const text = i % 3 === 0 ? `${pickName(rnd)} ${rnd.pick(vocabulary)}` : i % 3 === 1 ? pickName(rnd) : `"${pickName(rnd)}" -${rnd.pick(vocabulary)}`;
    const q = IncidentListQuery.parse(i % 2 ? { q: text } : { q: text, country: [rnd.weighted(countryWeights)] });
    const ms = await time(() => listIncidents(ctx, q));
    ftsTimes.push(ms);
    (ftsShapes[shape] ??= []).push(ms);
    await timePlain(shape, q, fullTextAllShapes);
  }
  const fullTextByShape = Object.fromEntries(Object.entries(ftsShapes).map(([k, t]) => [k, summarise(t)]));
  // A common word matches a large share of all incidents: the worst case for ranking and for the total.
  // The list answers a full page of such a search without counting; the count asked apart
  // (GET /api/incidents/count) and the relevance order are what a reader may also ask for.
  const commonTimes: number[] = [];
  const commonCountTimes: number[] = [];
  const commonRelevanceTimes: number[] = [];
  for (let i = 0; i < Math.min(queries, 40); i++) {
    const q = IncidentListQuery.parse({ q: rnd.pick(vocabulary), country: [rnd.weighted(countryWeights)] });
    commonTimes.push(await time(() => listIncidents(ctx, q)));
    await timePlain(commonWordShape, q);
    commonCountTimes.push(await time(() => countIncidentMatches(ctx, q)));
    commonRelevanceTimes.push(await time(() => listIncidents(ctx, { ...q, sort: 'relevance' })));
  }

  const app = await buildApp({
    db,
    files: new EvidenceFiles(join(os.tmpdir(), 'precursor-bench-evidence'), 1024),
    version: 'bench',
    authenticate: async () => actor,
  });
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
  return {
    measured: {
      filtered: summarise(filteredTimes),
      filteredByShape,
      fullText: summarise(ftsTimes),
      fullTextByShape,
      fullTextCommonWord: summarise(commonTimes),
      fullTextCommonWordCount: summarise(commonCountTimes),
      fullTextCommonWordRelevance: summarise(commonRelevanceTimes),
      statsLargestCountry,
      statsMedianCountry,
    } satisfies Measured,
    plain: Object.fromEntries(Object.entries(plainTimes).map(([k, t]) => [k, summarise(t)])),
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

process.stdout.write(`\nMachine: ${machine}\n`);
for (const r of results) {
  process.stdout.write(`\n${r.engine}, ${r.size.toLocaleString('en')} incidents; insert ${r.insertRowsPerSecond?.toLocaleString('en') ?? '(reused)'} rows/s; the restricted user sees ${(r.restrictedShare * 100).toFixed(1)}%\n\n`);
  process.stdout.write('| query shape | administrator p50 / p95 | restricted p50 / p95 | plain SQL p50 / p95 | app ÷ plain (p95) |\n|---|---:|---:|---:|---:|\n');
  const a = r.administrator;
  const rows: [string, Summary, Summary, Summary | undefined][] = [
    ['filtered, all shapes', a.filtered, r.restricted.filtered, undefined],
    ...Object.keys(a.filteredByShape).map((k) => [k, a.filteredByShape[k]!, r.restricted.filteredByShape[k]!, r.plain[k]] as [string, Summary, Summary, Summary | undefined]),
    ['full-text, all shapes', a.fullText, r.restricted.fullText, r.plain[fullTextAllShapes]],
    ...Object.keys(a.fullTextByShape).map((k) => [`full-text: ${k}`, a.fullTextByShape[k]!, r.restricted.fullTextByShape[k]!, r.plain[k]] as [string, Summary, Summary, Summary | undefined]),
    [`full-text: ${commonWordShape}`, a.fullTextCommonWord, r.restricted.fullTextCommonWord, r.plain[commonWordShape]],
    [`full-text: ${commonWordShape}, its count (/api/incidents/count)`, a.fullTextCommonWordCount, r.restricted.fullTextCommonWordCount, undefined],
    [`full-text: ${commonWordShape}, by relevance`, a.fullTextCommonWordRelevance, r.restricted.fullTextCommonWordRelevance, undefined],
    ['/api/stats, largest country', a.statsLargestCountry, r.restricted.statsLargestCountry, undefined],
    ['/api/stats, median country', a.statsMedianCountry, r.restricted.statsMedianCountry, undefined],
  ];
  for (const [name, adm, res, pl] of rows) {
    const ratio = pl ? (adm.p95 / Math.max(pl.p95, 0.1)).toFixed(2) : '';
    process.stdout.write(`| ${name} | ${adm.p50} / ${adm.p95} ms | ${res.p50} / ${res.p95} ms | ${pl ? `${pl.p50} / ${pl.p95} ms` : ''} | ${ratio} |\n`);
  }
}
