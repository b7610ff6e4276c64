import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankCountries } from '../../src/forecast/rank.js';
import { readPredictors } from '../../src/forecast/predictors.js';
import { browserAvailable, demoSession, describeViolations, root, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

/**
 * The watchlist and the alert marks in Chromium, on the demo data (whose load scans its history)
 * and a forecast run ranked from the Early Warning Project sample (data/ewp-sample, 22 real
 * countries) and saved through the API: Veridia has no forecast and is placed by its alerts, with
 * its reasons and links; the timeline and the map mark the alerts and open them.
 */
describe.skipIf(!available)('watchlist and alert marks in Chromium', () => {
  // The web app's build and the demo's load take minutes on a loaded machine.
  const session = demoSession(600_000);
  let server: Server;
  let page: Page;

  beforeAll(async () => {
    ({ server, page } = session);
    await page.goto(`${server.url}/`);
    const file = join(root, 'data/ewp-sample/predictors-sample.csv');
    const ranking = rankCountries(readPredictors(readFileSync(file), file), 2001);
    await session.api('post', '/api/forecasts', { ...ranking, outcome: 'mk_onset_1', source: 'data/ewp-sample/predictors-sample.csv' });
  }, 120_000);

  it('ranks Veridia by its alerts with "no forecast", and links every figure', async () => {
    await page.goto(`${server.url}/watchlist`);
    await page.getByRole('heading', { name: 'Watchlist' }).waitFor();
    const entries = page.getByTestId('watchlist-entry');
    await entries.first().waitFor();
    expect(await page.getByTestId('watchlist-run').innerText()).toMatch(/^Forecast in force: 2001, 22 countries ranked/);
    const veridia = page.locator('[data-testid="watchlist-entry"][data-country="XVR"]');
    const reason = await veridia.locator('.watchlist-reason').innerText();
    expect(reason).toMatch(/^no forecast \(not among the 22 countries of the 2001 forecast\); \d+ active alerts in the last 24 months \(\d+ high, \d+ medium, \d+ low\); newest: /);
    expect(reason).toMatch(/newest: [a-z ,]+ against Teral in (Eastern Lakes|Riverlands), \w+ 2026; no Framework assessment$/);
    // A country of the sample, with its forecast rank linked to the run's row.
    const ranked = entries.filter({ has: page.getByTestId('reason-forecast') }).first();
    expect(await ranked.getByTestId('reason-forecast').innerText()).toMatch(/^forecast rank \d+ of 22 for 2001 \(p = [\d.]+\)$/);
    await screenshot(page, 'watchlist');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // The newest alert's link opens that alert.
    const newest = veridia.getByTestId('reason-newest');
    const href = (await newest.getAttribute('href'))!;
    const alertId = href.split('#alert-')[1]!;
    await newest.click();
    await page.waitForURL(/\/alerts\?country=XVR&from=\d{4}-\d\d&to=\d{4}-\d\d#alert-/);
    await page.locator(`#alert-${alertId}`).waitFor();

    // The forecast figure opens the run at its row.
    await page.goBack();
    const link = page.getByTestId('reason-forecast').first();
    const rank = (await link.getAttribute('href'))!.split('#rank-')[1]!;
    await link.click();
    await page.waitForURL(/\/forecasts\/[0-9a-f-]{36}#rank-\d+$/);
    await expect.poll(() => page.locator(`#rank-${rank}`).getAttribute('class')).toBe('target');
  }, 180_000);

  it('ranks regions, the Eastern Lakes first, and writes the reasons in Arabic', async () => {
    await page.goto(`${server.url}/watchlist?level=region`);
    const first = page.getByTestId('watchlist-entry').first();
    await first.waitFor();
    expect(await first.getAttribute('data-admin1')).toBe('Eastern Lakes');
    expect(await first.locator('.watchlist-reason').innerText()).toMatch(/active alerts? in the last 24 months .*; Veridia.*: no forecast/);
    await screenshot(page, 'watchlist-regions');
    await page.goto(`${server.url}/watchlist?lang=ar`);
    await page.getByTestId('watchlist-entry').first().waitFor();
    const ar = await page.locator('[data-testid="watchlist-entry"][data-country="XVR"] .watchlist-reason').innerText();
    expect(ar).toContain('لا تنبؤ');
    expect(ar).toContain('تنبيهات مفتوحة');
    await screenshot(page, 'watchlist-ar');
  }, 180_000);

  it('marks alert months on the timeline and alert regions on the map; a mark opens its alerts', async () => {
    await page.goto(`${server.url}/?country=XVR&lang=en`);
    const marks = page.getByTestId('timeline-alert');
    await expect.poll(() => marks.count(), { timeout: 60_000 }).toBeGreaterThan(3);
    await page.getByTestId('dashboard-watchlist-country').waitFor();
    expect(await page.getByTestId('dashboard-watchlist-country').innerText()).toMatch(/^Veridia.*: \d+ of \d+\./);
    const mapMark = page.locator('[data-testid="map-alert"][data-region="Eastern Lakes"]');
    await mapMark.waitFor({ timeout: 60_000 });
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-alert-marks');

    const month = (await marks.last().getAttribute('data-month'))!;
    await marks.last().click();
    await page.waitForURL(`**/alerts?country=XVR&from=${month}&to=${month}`);
    await page.getByTestId('alert').first().waitFor();
    const months = await page.locator('[data-testid="alert"] header').allInnerTexts();
    expect(months.length).toBeGreaterThan(0);

    await page.goBack();
    await mapMark.waitFor({ timeout: 60_000 });
    await mapMark.click();
    await page.waitForURL('**/alerts?country=XVR&admin1=Eastern+Lakes');
    await page.getByTestId('alert').first().waitFor();
    const places = await page.locator('[data-testid="alert"] header').allInnerTexts();
    expect(places.every((p) => p.includes('Eastern Lakes'))).toBe(true);
  }, 240_000);
});
