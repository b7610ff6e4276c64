/**
 * Load benchmark: many clients at once on the two requests every page of the web app makes.
 *
 *   npx tsx bench/load.ts [--connections 32] [--duration 15] [--data-dir DIR]
 *
 * Starts `precursor serve --demo` on the embedded database in a fresh data directory (or an
 * existing one), then runs autocannon against `/api/stats` (the dashboard's default counts) and
 * `/api/incidents?limit=50` (the list's first page), one after the other. Reports p50/p99
 * latency, requests per second, errors and timeouts (autocannon's 10 s timeout), with the
 * machine's load average beside them: other work on a shared machine stretches every figure.
 * Results: bench/results/load.json. Target (issue 15): no errors or timeouts, p99 ≤ 500 ms.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '15' },
    'data-dir': { type: 'string' },
    label: { type: 'string', default: 'now' },
  },
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const dataDir = args['data-dir'] ?? mkdtempSync(join(os.tmpdir(), 'precursor-load-'));
const port = await freePort();
const child = spawn(process.execPath, ['bin/precursor.js', 'serve', '--demo'], {
  cwd: root,
  // No write limit: this measures reads; the limit only counts writes anyway.
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PRECURSOR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('Precursor is running at')) resolve();
  });
  child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
});

const url = `http://127.0.0.1:${port}`;
const results: Record<string, unknown>[] = [];
try {
  for (const path of ['/api/stats', '/api/incidents?limit=50']) {
    // One request first, so that the first client does not also pay for the first plan and cache.
    await fetch(`${url}${path}`).then((r) => r.arrayBuffer());
    const loadBefore = os.loadavg()[0]!;
    const r = await autocannon({ url: `${url}${path}`, connections: Number(args.connections), duration: Number(args.duration), timeout: 10 });
    const row = {
      path,
      connections: Number(args.connections),
      seconds: Number(args.duration),
      requests: r.requests.total,
      perSecond: Math.round(r.requests.average * 10) / 10,
      p50ms: r.latency.p50,
      p99ms: r.latency.p99,
      maxMs: r.latency.max,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
      loadAverage: [Math.round(loadBefore * 10) / 10, Math.round(os.loadavg()[0]! * 10) / 10],
    };
    results.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  child.kill('SIGTERM');
  if (!args['data-dir']) setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 2000);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
const file = join(root, 'bench/results/load.json');
let previous: Record<string, unknown> = {};
try {
  previous = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
} catch {
  previous = {};
}
writeFileSync(file, `${JSON.stringify({ ...previous, [args.label]: { at: new Date().toISOString(), machine, results } }, null, 2)}\n`);
