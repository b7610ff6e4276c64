import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { createContext } from '../../src/context.js';
import type { App } from '../../src/http/app.js';
import { runImport } from '../../src/ingest/pipeline.js';
import { importWriter } from '../../src/ingest/write/index.js';
import { browserAvailable, buildWebApp, describeViolations, root, screenshot, seriousViolations } from './harness.js';
import { openInProcessSession } from './inProcess.js';

const available = browserAvailable();

/**
 * Rows imports rejected, on the review page in Chromium (issue 16 §4): an ODK export imported
 * from the command line rejects one submission (a choice no mapping names); the review page
 * counts it and lists it with the file, row, the problem's code, column and reason, linking to the
 * import batches.
 */
describe.skipIf(!available)('rejected import rows on the review page in Chromium', () => {
  let database: TestDatabase;
  let app: App;
  let url: string;
  let dir: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildWebApp();
    dir = mkdtempSync(join(tmpdir(), 'precursor-review-rejected-e2e-'));
    database = await openTestDatabase('pglite');
    const fixture = join(root, 'test', 'fixtures', 'odk', 'incident_report.csv');
    const run = await runImport(createContext(database.db), { path: fixture, name: 'incident_report.csv', size: statSync(fixture).size }, { writer: importWriter, mapping: 'odk-incident-form-csv', errorFilePath: null, today: '2026-01-01' });
    expect(run.rejectedCount).toBe(1);
    ({ app, url, browser, page } = await openInProcessSession(database.db, dir));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('counts the rejected row and lists it with its file, row, code, column and reason', async () => {
    await page.goto(`${url}/review`);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Review queue');
    await expect.poll(() => page.getByRole('link', { name: '1 row rejected by an import' }).count()).toBe(1);
    const table = page.getByTestId('rejected-rows');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const row = table.locator('tbody tr').first();
    expect(await row.locator('td').nth(0).innerText()).toContain('incident_report.csv');
    expect(await row.locator('td').nth(1).innerText()).toBe('4');
    expect(await row.locator('td').nth(2).innerText()).toContain("violation_type: 'relocation' is not a code");
    // The problem's own code, not a blanket 'rejected'.
    expect(await row.getByTestId('problem-code').allInnerTexts()).toEqual(['unknown-code']);
    expect(await row.getByRole('link', { name: 'incident_report.csv' }).getAttribute('href')).toBe('/import/batches');
    await screenshot(page, 'review-rejected-rows');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
