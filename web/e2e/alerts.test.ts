import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, describeViolations, openSession, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

/**
 * Early-warning alerts in Chromium, on the demo data (whose load scans its history): the alerts
 * page with its explanations and filters, a status change, the dashboard's open alerts, and the
 * Arabic sentence built from the figures.
 */
describe.skipIf(!available)('early-warning alerts in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, context, page } = await openSession());
  });
  afterAll(() => closeSession({ server, browser }));

  it('lists the demo’s alerts with their explanations, filters them and changes a status', async () => {
    await page.goto(`${server.url}/alerts?rule=severity`);
    await page.getByRole('heading', { name: 'Early-warning alerts' }).waitFor();
    const first = page.getByTestId('alert').first();
    await first.waitFor();
    await expect.poll(() => page.getByTestId('alert').count()).toBeGreaterThan(3);
    const texts = await page.locator('[data-testid="alert"] .explanation').allInnerTexts();
    expect(texts.some((x) => /^Teral in Eastern Lakes: \d+ people detained \(threshold 10\)/.test(x))).toBe(true);
    expect(await page.locator('[data-testid="alert"]').evaluateAll((els) => els.every((e) => e.getAttribute('data-rule') === 'severity'))).toBe(true);
    await screenshot(page, 'alerts-page');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    const card = page.getByTestId('alert').first();
    await card.getByLabel('Status').selectOption('acknowledged');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Alert marked Acknowledged.');
    await page.getByTestId('alerts-status').selectOption('acknowledged');
    await expect.poll(() => page.getByTestId('alert').count()).toBe(1);
    // Its incidents are linked.
    await page.getByTestId('alert').first().getByRole('link').first().click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  });

  it('shows open alerts on the dashboard', async () => {
    await page.goto(`${server.url}/`);
    const panel = page.getByTestId('dashboard-alerts');
    await panel.waitFor({ timeout: 60_000 });
    await expect.poll(() => panel.getByTestId('alert').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'alerts-dashboard');
  });

  it('writes the explanation in Arabic from the figures', async () => {
    await page.goto(`${server.url}/alerts?rule=severity&lang=ar`);
    await page.getByTestId('alert').first().waitFor();
    const texts = await page.locator('[data-testid="alert"] .explanation').allInnerTexts();
    expect(texts.every((x) => /محتجزون/.test(x))).toBe(true);
    expect(texts.some((x) => x.startsWith('Teral في Eastern Lakes'))).toBe(true);
    await screenshot(page, 'alerts-page-ar');
  });
});
