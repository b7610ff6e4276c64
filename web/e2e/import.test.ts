import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/databases.js';
import type { App } from '../../src/http/app.js';
import { browserAvailable, buildWebApp, describeViolations, screenshot, seriousViolations } from './harness.js';
import { openInProcessSession } from './inProcess.js';

const available = browserAvailable();

/** A monitor's own small spreadsheet: no mapping names its columns, one date is impossible, one code is the sheet's own. */
const csv = [
  'title,when,country,type',
  'Shrine defaced in Mirrow,2026-02-10,XVR,harassment',
  'Teral market stalls closed,2026-03,XVR,harassment',
  'Teacher dismissed,2026-31-02,XVR,harassment',
  'Slur painted on the school,2026-04-01,XVR,graffiti',
  'Curfew for Teral quarter,2026,XVR,harassment',
].join('\n');

/**
 * The import wizard in Chromium: upload a CSV, see the format and the preview, map a column,
 * map an unknown code (saved as one's own mapping), run, follow the progress to the report
 * with its rejected row and error file; then the batches page, inspect and roll back.
 *
 * The app runs in this process (no demo data to load) with the real pipeline and writer.
 */
describe.skipIf(!available)('the import page in Chromium', () => {
  let database: TestDatabase;
  let app: App;
  let url: string;
  let dir: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildWebApp();
    dir = mkdtempSync(join(tmpdir(), 'precursor-import-e2e-'));
    database = await openTestDatabase('pglite');
    ({ app, url, browser, page } = await openInProcessSession(database.db, dir));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const expectAccessible = async () => {
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  };
  const previewRow = (row: number) => page.locator(`[data-testid="preview"] tbody tr[data-row="${row}"]`);

  it('uploads a CSV, shows the format and the first rows as they will be recorded, with each row’s problems', async () => {
    await page.goto(`${url}/`);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.waitForURL(/\/import$/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Import records');
    await page.setInputFiles('#import-file', { name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByTestId('upload').innerText()).toContain('events.csv uploaded');
    await expect.poll(() => page.getByTestId('format').innerText()).toBe('csv');
    await expect.poll(() => page.locator('[data-testid="preview"] tbody tr').count()).toBe(5);
    // A generic CSV has no mapping of its own: the rows show their values until columns are mapped.
    expect(await page.getByTestId('unmapped').isVisible()).toBe(true);
    expect(await previewRow(2).locator('td').first().innerText()).toBe('Shrine defaced in Mirrow · 2026-02-10 · XVR · harassment');
  });

  it('maps columns to fields and previews again with them', async () => {
    const select = page.getByLabel('when', { exact: true });
    expect(await select.inputValue()).toBe('');
    for (const [column, target] of [['title', 'title'], ['when', 'startDate'], ['country', 'country'], ['type', 'violationType']] as const) {
      await page.getByLabel(column, { exact: true }).selectOption(target);
      await expect.poll(() => page.getByLabel(column, { exact: true }).inputValue()).toBe(target);
    }
    await expect.poll(() => previewRow(2).locator('td').nth(1).innerText()).toBe('2026-02-10');
    expect(await previewRow(2).locator('td').last().innerText()).toBe('Ready');
    expect(await previewRow(3).locator('td').nth(3).innerText()).toBe('Harassment and intimidation');
    expect(await previewRow(4).locator('td').last().innerText()).toMatch(/when: .*2026-31-02/);
    expect(await previewRow(5).locator('td').last().innerText()).toMatch(/type: .*graffiti/);
    expect(await page.getByText('The preview uses your changes; they are not saved yet.').isVisible()).toBe(true);
    await screenshot(page, 'import-preview');
    await expectAccessible();
  });

  it('maps an unknown code with its reason, saved as a mapping of one’s own', async () => {
    const mapper = page.getByTestId('value-mapper');
    await expect.poll(() => mapper.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Our code for graffiti').selectOption('hate-speech');
    await page.getByLabel('Why graffiti means that').fill('Slurs painted on walls are hate speech (our codebook, §2).');
    await page.fill('#own-name', 'Eastern monitors');
    expect(await page.locator('#own-name-hint').innerText()).toBe('Saved as “eastern-monitors” (lower-case letters, digits and -).');
    await page.getByTestId('save-values').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toBe('Mapping “eastern-monitors” saved; the preview uses it.');
    await expect.poll(() => previewRow(5).locator('td').nth(3).innerText()).toBe('Hate speech');
    expect(await page.locator('#import-mapping option:checked').innerText()).toBe('eastern-monitors (events)');
    await expect.poll(() => page.getByTestId('value-mapper').count()).toBe(0);
  });

  it('runs the import with a progress bar, then shows the report with the rejected row and its error file', async () => {
    await page.getByTestId('run').click();
    const job = page.getByTestId('job');
    // Five rows import in well under a second: the page may see the job running, or already finished.
    await expect.poll(() => job.getAttribute('data-status')).toMatch(/queued|running|finished/);
    await expect.poll(() => job.getAttribute('data-status'), { timeout: 30_000 }).toBe('finished');
    const report = page.getByTestId('report');
    expect(await report.locator('[data-count="imported"] dd').innerText()).toBe('4');
    expect(await report.locator('[data-count="rejected"] dd').innerText()).toBe('1');
    const rejected = page.getByTestId('rejected').locator('tbody tr');
    expect(await rejected.count()).toBe(1);
    // Row, column, Precursor field, the problem's own code, the reason.
    expect(await rejected.first().innerText()).toMatch(/^4\s+when\s+startDate\s+invalid-date\s+when: .*2026-31-02/);
    const href = await page.getByTestId('error-file').getAttribute('href');
    const errors = await page.request.get(`${url}${href}`);
    expect(errors.status()).toBe(200);
    expect((await errors.text()).split(/\r?\n/)[0]).toBe('title,when,country,type,reason');
    expect(await errors.text()).toContain('Teacher dismissed,2026-31-02,XVR,harassment,when:');
    await screenshot(page, 'import-report');
    await expectAccessible();
  });

  it('lists the batch, inspects it and rolls it back after confirming', async () => {
    await page.getByRole('link', { name: 'See the import batches' }).click();
    await page.waitForURL(/\/import\/batches$/);
    const rows = page.locator('[data-testid="batches"] tbody tr[data-batch]');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/events\.csv\s+csv\s+Finished\s+4\s+0\s+1/);
    await rows.first().getByRole('button', { name: 'Inspect' }).click();
    await expect.poll(() => page.locator('.batch-detail').innerText()).toContain('eastern-monitors');
    await screenshot(page, 'import-batches');
    await expectAccessible();

    await rows.first().getByRole('button', { name: 'Roll back' }).click();
    const dialog = page.getByTestId('rollback-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Focus starts on Cancel, the safe choice; Escape closes without rolling back.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await rows.first().innerText()).toContain('Finished');
    await rows.first().getByRole('button', { name: 'Roll back' }).click();
    await dialog.getByRole('button', { name: 'Roll back' }).click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toBe('The import of events.csv was rolled back.');
    await expect.poll(() => rows.first().innerText()).toContain('Rolled back');
  });
});
