/// <reference lib="dom" />
/**
 * End-to-end harness: builds the web app, starts `precursor serve --demo` on the embedded
 * database in a temporary data directory and a free port, and drives Debian's Chromium
 * through playwright-core. Screenshots go to screenshots/ (ignored by git).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshots = join(root, 'screenshots');
export const chromiumPath = process.env.PRECURSOR_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  // WebGL for the map through the software renderer.
  '--use-gl=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium is required in CI: a missing browser fails the suite loudly, since a skipped e2e run
 * would pass CI without testing the web app. Elsewhere its absence skips the tests with a warning.
 * CI is any value of `CI` but empty, `false` or `0` (CI services set `true`, `1` or their name).
 */
export function browserAvailable(path: string = chromiumPath, env: NodeJS.ProcessEnv = process.env): boolean {
  if (existsSync(path)) return true;
  const message = `Chromium not found at ${path}: install it (apt-get install chromium) or set PRECURSOR_CHROMIUM. The end-to-end tests did not run.`;
  const ci = (env.CI ?? '').trim().toLowerCase();
  if (ci !== '' && ci !== 'false' && ci !== '0') throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
  return false;
}

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

/**
 * Builds the web app when its sources changed since the last build (scripts/build.js), and the
 * server likewise; with PRECURSOR_E2E_NO_BUILD set, any existing web build is used as it is.
 */
export function buildWebApp() {
  if (process.env.PRECURSOR_E2E_NO_BUILD && existsSync(join(root, 'web/dist/index.html'))) return;
  execFileSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit' });
}

export interface Server {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

/**
 * `node bin/precursor.js serve --demo` in a fresh data directory, once it says it is running.
 * With an existing data directory (the benchmark's), no demo data is loaded and nothing is removed.
 */
export async function startServer(existingDataDir?: string): Promise<Server> {
  const dataDir = existingDataDir ?? mkdtempSync(join(tmpdir(), 'precursor-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['bin/precursor.js', 'serve', ...(existingDataDir ? [] : ['--demo'])], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PRECURSOR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Precursor is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    stop: async () => {
      child.removeAllListeners('exit');
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      }
      if (!existingDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export interface Session {
  server: Server;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * What most test files start with: the web app built, a server with the demo data in its own
 * data directory, a browser and one page whose script errors are printed.
 */
export async function openSession(contextOptions: Parameters<Browser['newContext']>[0] = {}): Promise<Session> {
  buildWebApp();
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  return { server, browser, context, page };
}

/** Closes what `openSession` opened; safe when it failed half-way. */
export async function closeSession(session: Partial<Session>): Promise<void> {
  await session.browser?.close();
  await session.server?.stop();
}

/**
 * The session of one describe block: opened before its tests (the web app built, the demo server,
 * Chromium) and closed after them. Its page, server and JSON API helper are read through getters,
 * which hold once the block's tests run.
 */
export function demoSession(timeoutMs?: number) {
  let session: Partial<Session> = {};
  beforeAll(async () => {
    session = await openSession();
  }, timeoutMs);
  afterAll(() => closeSession(session));
  return {
    get server(): Server {
      return session.server!;
    },
    get page(): Page {
      return session.page!;
    },
    api: (method: 'get' | 'post', path: string, data?: unknown) => requestJson(session.page!, method, `${session.server!.url}${path}`, data),
  };
}

export async function screenshot(page: Page, name: string, fullPage = true) {
  mkdirSync(screenshots, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the app's
  // Content-Security-Policy allows no inline script (src/http/headers.ts).
  await page.evaluate(axeSource);
  // From the top of the page, so the sticky header does not "obscure" what was scrolled under it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable report of violations for a failing assertion. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `   ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');
}

/**
 * A JSON request made with the page's own cookies: `method` to `url` with `data` as the body.
 * A call that does not answer 2xx fails the test with the server's answer in the message.
 */
export async function requestJson(page: Page, method: 'get' | 'post', url: string, data?: unknown): Promise<any> {
  const res = await page.request[method](url, data === undefined ? undefined : { data });
  expect(res.ok(), await res.text()).toBe(true);
  return res.json();
}
