import { fullScope } from '../src/access/scope.js';
/**
 * Registry usage benchmark: where groups, actors and sources are used (the counts the
 * registry pages show) and the incident list and stats filtered by a source, over HTTP on
 * synthetic incidents loaded through the bulk write path into the embedded PGlite.
 *
 *   npx tsx bench/usage.ts [--size 100000] [--queries 100] [--reuse]
 *
 * Data goes to .bench/usage-pglite-<size>/; results: bench/results/usage-pglite-<size>.json.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { Random } from '../src/demo/random.js';
import { EvidenceFiles } from '../src/evidence/files.js';
import { buildApp } from '../src/http/app.js';
import { IncidentInput } from '../src/incidents/schema.js';
import { createIncidents } from '../src/incidents/service.js';
import { benchIncidents, makeWorldShape } from './generate.js';
import { createWorldRecords } from './world.js';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '100000' }, queries: { type: 'string', default: '100' }, reuse: { type: 'boolean', default: false } } });
const size = Number(args.size);
const queries = Number(args.queries);
const seed = 7;
const dir = join('.bench', `usage-pglite-${size}`);
const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

const reuse = args.reuse && existsSync(join(dir, 'pgdata'));
if (!reuse) rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let db = await openPglite(join(dir, 'pgdata'));
await migrate(db);
const world = makeWorldShape(new Random(seed));
if (!reuse) {
  const ctx = createContext(db, { id: 'bench', name: 'Benchmark', scope: fullScope });
  await createWorldRecords(ctx, world);
  const started = performance.now();
  for (const batch of benchIncidents(world, seed, size, 2000)) await createIncidents(ctx, batch.map((b) => IncidentInput.parse(b)));
  process.stdout.write(`loaded ${size} incidents in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  await db.exec('vacuum analyze');
  await db.close();
  db = await openPglite(join(dir, 'pgdata'));
}

const app = await buildApp({ db, files: new EvidenceFiles(join(dir, 'evidence'), 1024), version: 'bench' });
await app.ready();
const timeGet = async (url: string) => {
  const t = performance.now();
  const res = await app.inject({ method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return performance.now() - t;
};
const summarise = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95) };
};
const measure = async (urls: () => string) => {
  await timeGet(urls()); // warm the page cache once
  const times: number[] = [];
  for (let i = 0; i < queries; i++) times.push(await timeGet(urls()));
  return summarise(times);
};
const rnd = new Random(11);
const ids = (records: { id: string }[]) => records.map((r) => r.id);
// The largest group: the first country's, named by the most incidents.
const [biggest] = await db.query<{ id: string; n: number }>('select g as id, count(*)::int as n from incidents, unnest(group_ids) g group by g order by 2 desc limit 1');
const loadBefore = os.loadavg()[0]!;
const results = {
  size,
  machine,
  // The machine is shared: the 1-minute load average says how busy it was while measuring.
  loadAverage: { before: Math.round(loadBefore * 10) / 10, after: 0 },
  biggestGroupIncidents: biggest!.n,
  'groups/usage, one page of 100 groups': await measure(() => `/api/groups/usage?id=${ids(world.groups.slice(0, 100)).join(',')}`),
  'groups/:id/usage, the largest group': await measure(() => `/api/groups/${biggest!.id}/usage`),
  'actors/usage, one page of 100 actors': await measure(() => `/api/actors/usage?id=${ids(world.actors.slice(0, 100)).join(',')}`),
  'sources/usage, all 20 sources': await measure(() => `/api/sources/usage?id=${ids(world.sources).join(',')}`),
  'incidents?source=, first page of 50 with the total': await measure(() => `/api/incidents?source=${rnd.pick(world.sources).id}&limit=50`),
  'stats?source=&by=month': await measure(() => `/api/stats?source=${rnd.pick(world.sources).id}&by=month`),
};
results.loadAverage.after = Math.round(os.loadavg()[0]! * 10) / 10;
await app.close();
await db.close();
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/usage-pglite-${size}.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(results);
