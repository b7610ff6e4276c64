import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, describeViolations, openSession, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

// From web/src/i18n/ar.ts (not imported: the e2e build resolves modules as Node does).
const monthUnknownAr = 'الشهر غير معروف';

/**
 * The dashboard timeline draws incidents known only to their year apart (issue 17 §0, the
 * counting rule of src/incidents/counting.ts): one band per year under its months, with the
 * year's month-unknown count from /api/stats, and never in January. The demo data holds such
 * incidents in Veridia (XVR).
 */
describe.skipIf(!available)('month unknown on the dashboard timeline', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openSession());
  });
  afterAll(() => closeSession({ server, browser }));

  const drawn = (p: Page) => p.waitForSelector('[data-testid="dashboard"][data-drawn="true"]', { timeout: 60_000 });
  type Cell = { month: string; incidents: number };
  const byMonth = async (): Promise<Cell[]> => ((await (await fetch(`${server.url}/api/stats?country=XVR&by=month`)).json()) as { cells: Cell[] }).cells;

  it('shows each year’s month-unknown count as a band of its own, not in January', async () => {
    const cells = await byMonth();
    const unknown = Object.fromEntries(cells.filter((c) => c.month.endsWith('-??')).map((c) => [c.month.slice(0, 4), c.incidents]));
    expect(Object.keys(unknown).length).toBeGreaterThan(0);

    await page.goto(`${server.url}/?country=XVR`);
    await drawn(page);
    const bands = page.getByTestId('timeline-unknown');
    await expect.poll(() => bands.count()).toBe(Object.keys(unknown).length);
    const drawnCounts = Object.fromEntries(
      await bands.evaluateAll((els) => els.map((el) => [el.getAttribute('data-year')!, Number(el.getAttribute('data-count'))] as const)),
    );
    expect(drawnCounts).toEqual(unknown);
    expect(await page.getByTestId('timeline-unknown-note').innerText()).toContain('Month unknown');

    // The table beside the chart: January holds only January's incidents; the year's unknown month has its own row.
    await page.locator('[data-testid="timeline-table"] summary').click();
    const year = Object.keys(unknown).sort().at(-1)!;
    const rows = page.locator('[data-testid="timeline-table"] tbody tr');
    const rowTotal = async (label: string) => {
      const row = rows.filter({ has: page.locator('th', { hasText: label }) });
      return Number((await row.locator('td').last().innerText()).replace(/[^\d]/g, ''));
    };
    expect(await rowTotal(`${year} · month unknown`)).toBe(unknown[year]);
    const january = cells.find((c) => c.month === `${year}-01`)?.incidents ?? 0;
    const januaryLabel = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${year}-01-01T00:00:00Z`));
    expect(await rowTotal(januaryLabel)).toBe(january);
    await screenshot(page, 'month-unknown');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('labels the bands in Arabic', async () => {
    await page.goto(`${server.url}/?country=XVR&lang=ar`);
    await drawn(page);
    await expect.poll(() => page.getByTestId('timeline-unknown-note').innerText()).toContain(monthUnknownAr);
    const title = await page.getByTestId('timeline-unknown').first().locator('title').textContent();
    expect(title).toContain(monthUnknownAr);
    await screenshot(page, 'month-unknown-ar');
  });
});
