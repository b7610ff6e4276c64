import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/database.js';
import { EvidenceFiles } from '../../src/evidence/files.js';
import { buildApp, type App } from '../../src/http/app.js';
import { ImportFiles } from '../../src/ingest/jobs/files.js';
import { launchBrowser, root } from './harness.js';

/**
 * The app run in the test's own process on `db` (no demo data to load), with evidence and import
 * files under `dir` and the built web app, and a Chromium page at desktop size: for tests that
 * set the data up through the services before the browser looks at it.
 */
export async function openInProcessSession(db: Database, dir: string): Promise<{ app: App; url: string; browser: Browser; page: Page }> {
  const app = await buildApp({
    db,
    files: new EvidenceFiles(join(dir, 'evidence'), 1024 * 1024),
    version: 'e2e',
    web: { root: join(root, 'web', 'dist') },
    imports: { files: new ImportFiles(join(dir, 'imports'), 1024 * 1024) },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  return { app, url, browser, page };
}
