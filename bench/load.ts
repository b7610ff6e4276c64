/**
 * Load benchmark: many people reading at once. Starts `precursor serve --demo` on the embedded
 * database (a data directory under .bench/, the demo loaded once), then drives it with
 * autocannon — 32 connections for 15 s per URL — and records latency p50/p99, requests per
 * second, errors and timeouts.
 *
 *   npx tsx bench/load.ts [--connections 32] [--seconds 15] [--profile] [--label after] [--mix]
 *
 * --mix asks for many different URLs instead of one: each request takes the next of a fixed,
 * seeded list of filters (levels, groups, regions, periods, dimensions, words, sorts), so the
 * in-flight sharing of identical reads (src/http/sharedReads.ts) rarely helps — the case of many
 * people each looking at their own question.
 *
 * --profile starts the server with --cpu-prof; the profiles land in .bench/load-profiles/
 * (open them in Chrome DevTools, or summarise with `npx tsx bench/profile.ts <file>`).
 * Results: bench/results/load[-<label>].json. The load average is recorded beside them:
 * on a shared machine other work stretches every figure.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Random } from '../src/demo/random.js';
import { freePort } from '../test/server.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '32' },
    seconds: { type: 'string', default: '15' },
    profile: { type: 'boolean', default: false },
    label: { type: 'string' },
    mix: { type: 'boolean', default: false },
  },
});
const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const urls = ['/api/stats', '/api/incidents?limit=50'];
const dataDir = join(root, '.bench', 'load-demo');
const profileDir = join(root, '.bench', 'load-profiles');


async function startServer(port: number) {
  mkdirSync(dataDir, { recursive: true });
  if (args.profile) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const nodeArgs = args.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child = spawn(process.execPath, [...nodeArgs, 'bin/precursor.js', 'serve', '--demo'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PRECURSOR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const started = performance.now();
  for (;;) {
    if (exited) throw new Error(`the server exited before it was healthy: ${stderr}`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) break;
    if (performance.now() - started > 600_000) throw new Error('the server was not healthy in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    /** CPU time (user + system) the server has used so far, in ms: what a request costs it, whatever else the machine runs. */
    cpuMs() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
    },
    async stop() {
      // SIGINT: the server closes the database and exits, so --cpu-prof writes its profile.
      if (!exited) child.kill('SIGINT');
      await exit;
    },
  };
}

/** `paths`: each request asks for the next of them in turn (a mix); without, every request asks for `url`. */
function run(url: string, paths?: readonly string[]): Promise<autocannon.Result> {
  let i = 0;
  const requests = paths ? [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }] : undefined;
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: Number(args.connections), duration: Number(args.seconds), timeout: 10, requests } as autocannon.Options, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

/**
 * A seeded mix of stats and list requests over the demo data: filters by level, group, region,
 * period, dimensions, text and sort drawn at random, few of them repeated.
 */
async function mixedPaths(base: string, count: number): Promise<{ stats: string[]; list: string[] }> {
  const rnd = new Random(11);
  const groups = ((await (await fetch(`${base}/api/groups?limit=200`)).json()) as { items: { id: string }[] }).items.map((g) => g.id);
  const regions = ((await (await fetch(`${base}/api/stats?by=admin1`)).json()) as { cells: { admin1: string | null }[] }).cells
    .map((c) => c.admin1)
    .filter((a): a is string => Boolean(a));
  const words = ['market', 'school', 'leaflets', 'police', 'village', 'speech', 'shrine', 'water', 'border', 'radio'];
  const dims = ['month,level,group,country', 'year,level', 'admin1', 'group', 'level,verification', 'type', 'month'];
  const filters = () => {
    const q = new URLSearchParams();
    if (rnd.chance(0.4)) q.set('level', rnd.pick(['1', '2', '3', '4', '5', '3,4', '4,5']));
    if (rnd.chance(0.4) && groups.length) q.set('group', rnd.pick(groups));
    if (rnd.chance(0.3) && regions.length) q.set('admin1', rnd.pick(regions));
    if (rnd.chance(0.5)) {
      const from = rnd.int(2018, 2024);
      q.set('from', String(from));
      if (rnd.chance(0.5)) q.set('to', String(from + rnd.int(0, 2)));
    }
    return q;
  };
  const stats = Array.from({ length: count }, () => {
    const q = filters();
    q.set('by', rnd.pick(dims));
    return `/api/stats?${q}`;
  });
  const list = Array.from({ length: count }, () => {
    const q = filters();
    q.set('limit', '50');
    if (rnd.chance(0.3)) q.set('q', rnd.pick(words));
    if (rnd.chance(0.3)) q.set('sort', rnd.pick(['date:asc', 'level:desc', 'updated:desc']));
    return `/api/incidents?${q}`;
  });
  return { stats, list };
}

const port = await freePort();
process.stdout.write(`starting the server on the demo data (${dataDir})\n`);
const server = await startServer(port);
const results: Record<string, unknown> = {};
try {
  const base = `http://127.0.0.1:${port}`;
  const mix = args.mix ? await mixedPaths(base, 500) : undefined;
  const runs: [string, string[] | undefined][] = mix
    ? [
        ['/api/stats (mix of 500 URLs)', mix.stats],
        ['/api/incidents?limit=50 (mix of 500 URLs)', mix.list],
        ['both (mix of 1,000 URLs)', mix.stats.flatMap((s, i) => [s, mix.list[i]!])],
      ]
    : urls.map((u) => [u, undefined]);
  for (const [path, paths] of runs) {
    const url = `${base}${paths ? paths[0] : path}`;
    for (const p of paths ?? [path]) {
      const res = await fetch(`${base}${p}`);
      if (!res.ok) throw new Error(`${p} answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
    const res = await fetch(url);
    const bytes = (await res.arrayBuffer()).byteLength;
    const cpuBefore = server.cpuMs();
    const r = await run(url, paths);
    const serverCpuMs = server.cpuMs() - cpuBefore;
    const non2xx = r.non2xx;
    results[path] = {
      responseBytes: bytes,
      requestsPerSecond: Math.round(r.requests.average),
      latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      requests: r.requests.total,
      serverCpuMsPerRequest: Math.round((serverCpuMs / Math.max(1, r.requests.total)) * 10) / 10,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx,
      loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    };
    process.stdout.write(`${path}: ${JSON.stringify(results[path])}\n`);
  }
} finally {
  await server.stop();
}

const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, Node ${process.version}`;
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const file = join(root, 'bench', 'results', `load${args.label ? `-${args.label}` : ''}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ machine, connections: Number(args.connections), seconds: Number(args.seconds), engine: 'pglite (embedded)', data: 'demo', results }, null, 2)}\n`,
);
process.stdout.write(`\n| URL | req/s | p50 | p99 | errors | timeouts | non-2xx | server CPU per request |\n|---|---:|---:|---:|---:|---:|---:|---:|\n`);
type Row = { requestsPerSecond: number; latencyMs: { p50: number; p99: number }; errors: number; timeouts: number; non2xx: number; serverCpuMsPerRequest: number };
for (const [path, r] of Object.entries(results) as [string, Row][]) {
  process.stdout.write(`| ${path} | ${r.requestsPerSecond} | ${r.latencyMs.p50} ms | ${r.latencyMs.p99} ms | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${r.serverCpuMsPerRequest} ms |\n`);
}
