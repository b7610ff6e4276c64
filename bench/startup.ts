/**
 * Start-up benchmark: how long a person waits for the command line and the server.
 *
 *   npm run bench:startup [-- --runs 7] [-- --fresh-runs 1] [-- --no-fresh]
 *
 * - `precursor --help`, `incidents list` and `stats` on the demo data (a data directory under
 *   .bench/ loaded once), each as its own process, as a person runs them;
 * - `npm start` on this already-built tree until GET /api/health answers (demo already loaded);
 * - a fresh clone of this repository's committed HEAD (`git clone` into a temporary
 *   directory), `npm ci`, then `npm start` until healthy — the first start, which loads the demo.
 *
 * Medians over the runs; the load average is recorded beside them, since other work on the
 * machine stretches every figure. Results: bench/results/startup.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from '../test/server.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'fresh-runs': { type: 'string', default: '1' },
    'no-fresh': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const freshRuns = args['no-fresh'] ? 0 : Number(args['fresh-runs']);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => Math.round(ms) / 1000;
const load = () => os.loadavg().map((n) => Math.round(n * 100) / 100);


/**
 * Runs a command to its end and returns its wall time in ms, and the CPU time (user + system)
 * it used when /usr/bin/time can tell: on a shared machine the wall time stretches with the
 * others' load, the CPU time much less. A non-zero exit is an error.
 */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
function timed(command: string, commandArgs: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ wall: number; cpu: number | undefined }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const [file, argv] = gnuTime ? [gnuTime, ['-f', 'cpu %U %S', command, ...commandArgs]] : [command, commandArgs];
    const child = spawn(file, argv, { cwd: options.cwd ?? root, env: { ...process.env, ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      const wall = performance.now() - started;
      if (code !== 0) return reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}: ${stderr}`));
      const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      resolve({ wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined });
    });
  });
}

/**
 * `npm start` in `cwd` until GET /api/health answers 200: the time a person waits for the app.
 * The whole process group is stopped afterwards (npm, its shell and the server).
 */
async function startUntilHealthy(cwd: string, dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PRECURSOR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  try {
    for (;;) {
      if (exited) throw new Error(`npm start exited before it was healthy: ${stderr}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
      if (healthy) return performance.now() - started;
      if (performance.now() - started > 300_000) throw new Error('npm start was not healthy in 5 minutes');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    if (!exited) {
      process.kill(-child.pid!, 'SIGTERM');
      await exit;
    }
  }
}

async function series(name: string, n: number, run: () => Promise<number | { wall: number; cpu: number | undefined }>) {
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = await run();
    times.push(typeof t === 'number' ? t : t.wall);
    if (typeof t !== 'number' && t.cpu !== undefined) cpus.push(t.cpu);
  }
  const result = {
    medianSeconds: seconds(median(times)),
    runsSeconds: times.map(seconds),
    ...(cpus.length ? { medianCpuSeconds: seconds(median(cpus)) } : {}),
  };
  const cpu = cpus.length ? `, CPU ${seconds(median(cpus)).toFixed(2)} s` : '';
  process.stdout.write(`${name.padEnd(40)} median ${result.medianSeconds.toFixed(2)} s${cpu}  (${result.runsSeconds.join(', ')})\n`);
  return result;
}

const cli = (cliArgs: string[], env: NodeJS.ProcessEnv = {}) => timed(process.execPath, ['bin/precursor.js', ...cliArgs], { env });

const loadBefore = load();
process.stdout.write(`${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, load average ${loadBefore.join(' ')}\n`);

// The tree as `npm start` leaves it: server and web app built.
execFileSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit' });

const demoDir = join(root, '.bench', 'startup-demo');
if (!existsSync(join(demoDir, 'pgdata'))) {
  mkdirSync(demoDir, { recursive: true });
  execFileSync(process.execPath, ['bin/precursor.js', 'demo', 'load'], { cwd: root, env: { ...process.env, PRECURSOR_DATA_DIR: demoDir, DATABASE_URL: '' }, stdio: 'inherit' });
}
const demo = { PRECURSOR_DATA_DIR: demoDir, DATABASE_URL: '' };

const results: Record<string, unknown> = {};
results.help = await series('precursor --help', runs, () => cli(['--help']));
results.list = await series('precursor incidents list (demo)', runs, () => cli(['incidents', 'list'], demo));
results.stats = await series('precursor stats (demo)', runs, () => cli(['stats'], demo));
results.startBuilt = await series('npm start, built tree, to healthy', Math.min(runs, 5), () => startUntilHealthy(root, demoDir));

const fresh: { npmCiSeconds: number; npmStartSeconds: number; totalSeconds: number }[] = [];
for (let i = 0; i < freshRuns; i++) {
  const dir = mkdtempSync(join(os.tmpdir(), 'precursor-fresh-'));
  try {
    execFileSync('git', ['clone', '--quiet', root, join(dir, 'precursor')]);
    const clone = join(dir, 'precursor');
    const npmCi = (await timed('npm', ['ci', '--no-audit', '--no-fund'], { cwd: clone })).wall;
    const npmStart = await startUntilHealthy(clone, join(dir, 'data'));
    fresh.push({ npmCiSeconds: seconds(npmCi), npmStartSeconds: seconds(npmStart), totalSeconds: seconds(npmCi + npmStart) });
    process.stdout.write(`fresh clone: npm ci ${seconds(npmCi)} s, then npm start to healthy ${seconds(npmStart)} s\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (fresh.length) {
  results.freshClone = {
    npmCiMedianSeconds: median(fresh.map((f) => f.npmCiSeconds)),
    npmStartMedianSeconds: median(fresh.map((f) => f.npmStartSeconds)),
    totalMedianSeconds: median(fresh.map((f) => f.totalSeconds)),
    runs: fresh,
  };
}

const targets = { helpSeconds: 0.5, listSeconds: 1.5, statsSeconds: 1.5, startBuiltSeconds: 5, freshTotalSeconds: 90, freshNpmStartSeconds: 30 };
type Series = { medianSeconds: number };
const freshClone = results.freshClone as { totalMedianSeconds: number; npmStartMedianSeconds: number } | undefined;
/** Whether each median met its target (issue 14); undefined when not measured. */
const met = {
  help: (results.help as Series).medianSeconds <= targets.helpSeconds,
  list: (results.list as Series).medianSeconds <= targets.listSeconds,
  stats: (results.stats as Series).medianSeconds <= targets.statsSeconds,
  startBuilt: (results.startBuilt as Series).medianSeconds <= targets.startBuiltSeconds,
  freshTotal: freshClone && freshClone.totalMedianSeconds <= targets.freshTotalSeconds,
  freshNpmStart: freshClone && freshClone.npmStartMedianSeconds <= targets.freshNpmStartSeconds,
};
const report = {
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
  loadAverage: { before: loadBefore, after: load() },
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
  measuredAt: new Date().toISOString(),
  runs,
  targets,
  met,
  results,
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'startup.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`targets met: ${JSON.stringify(met)}\nload average after: ${report.loadAverage.after.join(' ')}\nwritten bench/results/startup.json\n`);
