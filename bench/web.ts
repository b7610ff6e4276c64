/// <reference lib="dom.iterable" />
/// <reference lib="dom" />
/**
 * Web app benchmark: time from navigation to the dashboard "fully drawn" (the dashboard sets
 * data-drawn="true" once the map has drawn its data and the timeline, pyramid and top lists
 * have theirs), list scrolling through keyset pages, and the gzipped size of the JavaScript.
 *
 *   npx tsx bench/web.ts [--data-dirs demo,.bench/pglite-100000,.bench/pglite-1000000] [--runs 7] [--no-build]
 *
 * Each data directory is served by `precursor serve` (embedded database) on a free port and
 * driven by headless Chromium (software WebGL). Results: bench/results/web-<incidents>.json.
 */
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildWebApp, launchBrowser, root, startServer, type Server } from '../web/e2e/harness.js';

const { values: args } = parseArgs({
  options: {
    'data-dirs': { type: 'string', default: ['demo', ...['.bench/pglite-100000', '.bench/pglite-1000000'].filter((d) => existsSync(join(d, 'pgdata')))].join(',') },
    runs: { type: 'string', default: '7' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? NaN;
const round = (n: number) => Math.round(n);
/** tsx (esbuild) wraps named functions in __name(); functions sent to the page need it defined there. */
const keepNames = 'globalThis.__name = (fn) => fn;';

/** Gzipped sizes of the built JavaScript: what the first page loads before the map, and the lazy chunks. */
function bundleSizes() {
  const dist = join(root, 'web/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstPage = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(m?js|css)$/.test(f));
  const js = (files: string[]) => files.filter((f) => /\.m?js$/.test(f));
  return {
    firstPageJsGzipBytes: js(firstPage).reduce((n, f) => n + gz(f), 0),
    firstPageCssGzipBytes: firstPage.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), 0),
    mapChunkGzipBytes: assets.filter((f) => /^(baseMap|IncidentMap)-.*\.js$/.test(f)).reduce((n, f) => n + gz(`assets/${f}`), 0),
    mapWorkerGzipBytes: assets.filter((f) => /worker.*\.mjs$/.test(f)).reduce((n, f) => n + gz(`assets/${f}`), 0),
    allJsGzipBytes: assets.filter((f) => /\.m?js$/.test(f)).reduce((n, f) => n + gz(`assets/${f}`), 0),
  };
}

async function largestCountry(server: Server): Promise<{ country: string; incidents: number; total: number }> {
  const stats = (await (await fetch(`${server.url}/api/stats?by=country`)).json()) as { cells: { country: string; incidents: number }[]; totals: { incidents: number } };
  const top = [...stats.cells].sort((a, b) => b.incidents - a.incidents)[0]!;
  return { country: top.country, incidents: top.incidents, total: stats.totals.incidents };
}

async function measure(dataDir: string) {
  // 'demo' is a fresh data directory with the demo data set (towns with coordinates, so the map counts by place).
  const server = await startServer(dataDir === 'demo' ? undefined : resolve(dataDir));
  const browser = await launchBrowser();
  try {
    const { country, incidents, total } = await largestCountry(server);
    const url = `${server.url}/?country=${country}`;
    const drawnTimes: number[] = [];
    const transfer: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh context each time: nothing cached in the browser, as on a first visit.
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      await context.addInitScript(keepNames);
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver(() => {
          const el = document.querySelector('[data-drawn="true"]');
          const w = window as unknown as { __drawnAt?: number };
          if (el && w.__drawnAt === undefined) w.__drawnAt = performance.now();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'], childList: true });
      });
      await page.goto(url);
      await page.waitForSelector('[data-drawn="true"]', { timeout: 60_000 });
      drawnTimes.push(await page.evaluate(() => (window as unknown as { __drawnAt: number }).__drawnAt));
      transfer.push(
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((e) => /\.m?js(\?|$)/.test(e.name))
            .reduce((n, e) => n + (e as PerformanceResourceTiming).transferSize, 0),
        ),
      );
      await context.close();
    }

    // List: scroll to the end again and again, each time loading the next keyset page of 100.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript(keepNames);
    const page = await context.newPage();
    await page.goto(`${server.url}/incidents?country=${country}`);
    await page.waitForSelector('.row-title', { timeout: 60_000 });
    const scroll = await page.evaluate(async () => {
      const scroller = document.querySelector('[data-testid="incident-scroller"]') as HTMLElement;
      const gaps: number[] = [];
      let last = performance.now();
      let running = true;
      const frame = () => {
        const now = performance.now();
        gaps.push(now - last);
        last = now;
        if (running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const maxRow = () => Math.max(...[...document.querySelectorAll('.row[aria-posinset]')].map((r) => Number(r.getAttribute('aria-posinset'))));
      const pageTimes: number[] = [];
      const start = performance.now();
      const total = Number(document.querySelector('[data-testid="result-count"]')?.textContent?.replace(/\D/g, '') ?? '0');
      for (let i = 0; i < 30 && maxRow() < total; i++) {
        const before = maxRow();
        const t0 = performance.now();
        scroller.scrollTop = scroller.scrollHeight;
        while (maxRow() <= Math.min(before + 50, total - 1) && performance.now() - t0 < 10_000) {
          await new Promise((r) => setTimeout(r, 5));
          scroller.scrollTop = scroller.scrollHeight;
        }
        pageTimes.push(performance.now() - t0);
      }
      running = false;
      return { rows: maxRow(), seconds: (performance.now() - start) / 1000, pageTimes, gaps };
    });
    await context.close();

    return {
      dataDir,
      incidents: total,
      country,
      countryIncidents: incidents,
      dashboardDrawnMs: { runs: drawnTimes.map(round), first: round(drawnTimes[0]!), median: round(median(drawnTimes)), p95: round(p95(drawnTimes)) },
      dashboardJsTransferBytes: median(transfer),
      listScroll: {
        rowsReached: scroll.rows,
        nextPageMedianMs: round(median(scroll.pageTimes)),
        nextPageP95Ms: round(p95(scroll.pageTimes)),
        frameGapP95Ms: round(p95(scroll.gaps)),
        frameGapMaxMs: round(Math.max(...scroll.gaps)),
      },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (!args['no-build']) buildWebApp();
const bundle = bundleSizes();
const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`JS gzipped: first page ${(bundle.firstPageJsGzipBytes / 1024).toFixed(1)} kB; map chunk (lazy) ${(bundle.mapChunkGzipBytes / 1024).toFixed(1)} kB + worker ${(bundle.mapWorkerGzipBytes / 1024).toFixed(1)} kB`);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/web-bundle.json'), `${JSON.stringify({ machine, ...bundle }, null, 2)}\n`);

const rows: string[] = [];
for (const dir of (args['data-dirs'] ?? '').split(',').filter(Boolean)) {
  try {
    const r = await measure(dir);
    writeFileSync(join(root, `bench/results/web-${r.incidents}.json`), `${JSON.stringify({ machine, ...r }, null, 2)}\n`);
    rows.push(
      `| ${r.incidents.toLocaleString('en')} | ${r.country} (${r.countryIncidents.toLocaleString('en')}) | ${r.dashboardDrawnMs.median} ms (p95 ${r.dashboardDrawnMs.p95}, first ${r.dashboardDrawnMs.first}) | ${r.listScroll.nextPageMedianMs} ms (p95 ${r.listScroll.nextPageP95Ms}) | ${r.listScroll.frameGapP95Ms} ms (max ${r.listScroll.frameGapMaxMs}) |`,
    );
    console.log(JSON.stringify(r));
  } catch (err) {
    console.error(`${dir}: ${(err as Error).message.split('\n')[0]}`);
  }
}
console.log(`\nMachine: ${machine}\n`);
console.log('| incidents | dashboard country | navigation → dashboard drawn (median of runs) | list: next page of 100 while scrolling | list: frame gap p95 |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(row);
