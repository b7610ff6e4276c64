/**
 * Duplicate scan at scale (issue 16 §3: `precursor dedup scan` over 1M incidents in ≤ 60 s).
 *
 *   npx tsx bench/dedup.ts --records 1000000                 # the pure scan (blocking + scoring) on generated reports
 *   npx tsx bench/dedup.ts --database-url postgres://…/db   # the whole scan on a database (reads through the door, stores pairs)
 *   npx tsx bench/dedup.ts --database-url postgres://…/db --read-only
 *       # the same scan reading its candidates from the database, storing nothing: for a database
 *       # that must not change (another benchmark's). No migration is run, and the connection is
 *       # opened read-only (default_transaction_read_only), so a write would fail, not land.
 *   npx tsx bench/dedup.ts --database-url … --read-only --countries AAA,BBB   # only those countries
 *
 * Reports wall and CPU time (the machine is shared: CPU time is what the scan itself costs),
 * peak RSS and the load average. Results in bench/results/dedup-*.json.
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { findDuplicates } from '../src/dedup/scan.js';
import { generateSet } from '../eval/dedup/generate.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/**
 * The URL with the session options a read-only scan needs: every transaction read-only (a write
 * fails instead of landing) and, as the app's own pool sets, no JIT (src/db/postgres.ts). A URL's
 * `options` replaces the pool's, so both are given here.
 */
function readOnlyUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.set('options', '-c jit=off -c default_transaction_read_only=on');
  return u.toString();
}

/** Names the bench's connections, so the server's CPU for them can be read (serverCpu). */
function namedUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', benchApplication);
  return u.toString();
}
const benchApplication = 'precursor-bench-dedup';

/**
 * CPU the PostgreSQL backends serving this bench's connections have used, in ms, read from
 * /proc while they are still open — when the server runs on this machine; null otherwise. The
 * bench's own CPU leaves out the server's work (planning, reading pages, sending rows).
 */
async function serverCpu(db: { query<R>(text: string, params?: readonly unknown[]): Promise<R[]> }): Promise<number | null> {
  try {
    const rows = await db.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1 and datname = current_database()', [benchApplication]);
    const ticks = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
    let total = 0;
    for (const { pid } of rows) {
      // Fields 14 and 15 of /proc/<pid>/stat (after the command name in parentheses): user and system ticks.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    }
    return rows.length ? Math.round((total / ticks) * 1000) : null;
  } catch {
    return null;
  }
}

async function main() {
  const machine = `${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`;
  const url = arg('database-url');
  if (url) {
    const { openDatabase } = await import('../src/db/open.js');
    const { createContext } = await import('../src/context.js');
    const { fullScope } = await import('../src/access/scope.js');
    const { scanDuplicates } = await import('../src/dedup/service.js');
    const readOnly = process.argv.includes('--read-only');
    const countries = arg('countries')?.split(',').filter(Boolean);
    const db = readOnly ? await openDatabase({ databaseUrl: namedUrl(readOnlyUrl(url)), dataDir: '' }, { migrate: false }) : await openDatabase({ databaseUrl: namedUrl(url), dataDir: '' });
    if (readOnly) {
      const [mode] = await db.query<{ default_transaction_read_only: string }>('show default_transaction_read_only');
      if (mode?.default_transaction_read_only !== 'on') throw new Error('the connection is not read-only: refusing to scan a database that must not change');
    }
    const load0 = loadavg();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const perCountry: { country: string; n: number; atMs: number }[] = [];
    const summary = await scanDuplicates(createContext(db, { id: 'bench', name: 'bench', scope: fullScope }), {
      dryRun: readOnly,
      ...(countries ? { countries } : {}),
      onCountry: (country, n) => perCountry.push({ country, n, atMs: Math.round(performance.now() - t0) }),
    });
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const serverCpuMs = await serverCpu(db);
    const result = {
      date: new Date().toISOString(),
      machine,
      engine: 'postgres',
      loadavg: [load0, loadavg()],
      kind: readOnly ? 'database-read-only' : 'database',
      summary,
      wallMs: Math.round(wallMs),
      // The bench process's CPU: reading rows (pg's parsing) and scoring. The server's own work is not in it.
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      // The server's CPU for this scan's connections (null when the server is not on this machine).
      serverCpuMs,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      perCountry,
    };
    console.log(JSON.stringify({ ...result, perCountry: `${perCountry.length} countries` }, null, 2));
    writeFileSync(new URL(`./results/dedup-${result.kind}-${summary.incidents}.json`, import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
    await db.close();
    return;
  }
  const records = Number(arg('records') ?? 1_000_000);
  // ~1.29 reports per event with the evaluation's duplicate share.
  // Spread as a monitoring database of that size is: 25 countries, 8 regions each, ten years.
  const set = generateSet(7, Math.round(records / 1.29), 0.25, { countries: 25, regions: 8, years: 10 });
  // Country by country, as the database hands them to the scan.
  const byCountry = new Map<string, (typeof set.records)[number][]>();
  for (const r of set.records) {
    const list = byCountry.get(r.country) ?? [];
    list.push(r);
    byCountry.set(r.country, list);
  }
  const load0 = loadavg();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // Country by country, as `precursor dedup scan` does (src/dedup/service.ts): blocking never pairs two countries.
  const stats = { scored: 0, capped: 0 };
  let proposed = 0;
  for (const records of byCountry.values()) {
    const result = findDuplicates(records);
    stats.scored += result.stats.scored;
    stats.capped += result.stats.capped;
    proposed += result.pairs.length;
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const result = {
    date: new Date().toISOString(),
    machine,
    loadavg: [load0, loadavg()],
    kind: 'pure',
    records: set.records.length,
    scored: stats.scored,
    capped: stats.capped,
    proposed,
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(result, null, 2));
  writeFileSync(new URL(`./results/dedup-pure-${set.records.length}.json`, import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
