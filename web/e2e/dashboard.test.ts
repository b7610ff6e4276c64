import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { browserAvailable, buildWebApp, describeViolations, launchBrowser, screenshot, screenshots, seriousViolations, startServer, type Server } from './harness.js';

/**
 * The dashboard tells the truth about the latest months (issue 14): the default period ends
 * where the data ends and says so; the keyboard stays where it works; dates are committed whole
 * and checked; list errors are shown at the filter at fault; the timeline and the map explain
 * themselves (tooltip, table, labels) and their donuts do not hide each other.
 */
const available = browserAvailable();

describe.skipIf(!available)('dashboard in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    buildWebApp();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh page that logs every API request and every failed API response. */
  async function open(path: string): Promise<{ page: Page; requests: URL[]; failures: string[] }> {
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error('page error:', err.message));
    const requests: URL[] = [];
    const failures: string[] = [];
    page.on('request', (r: Request) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) requests.push(url);
    });
    page.on('response', (r: Response) => {
      if (new URL(r.url()).pathname.startsWith('/api/') && r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${server.url}${path}`);
    return { page, requests, failures };
  }
  const drawn = (p: Page) => p.waitForSelector('[data-testid="dashboard"][data-drawn="true"]', { timeout: 60_000 });
  const expectAccessible = async (p: Page) => {
    const violations = await seriousViolations(p);
    expect(violations, describeViolations(violations)).toEqual([]);
  };
  const monthName = (month: string) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

  it('ends the default period at the last month with data, says so, and draws the months after it as gaps', async () => {
    const { page } = await open('/?country=XVR');
    await drawn(page);
    const extent = (await (await fetch(`${server.url}/api/stats/extent?country=XVR`)).json()) as { first: string; last: string };
    expect(extent.last).toMatch(/^\d{4}-\d{2}$/);
    await expect.poll(() => page.getByTestId('data-end').innerText()).toContain(`Data up to ${monthName(extent.last)}`);
    // The pyramid compares the twelve months ending there, not ending today.
    const [y, m] = extent.last.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const caption = await page.getByTestId('period-compare').innerText();
    expect(caption).toContain(new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, lastDay))));
    // Months after the data (the demo ends before today) are gaps, not zero-height bars.
    const today = new Date().toISOString().slice(0, 7);
    if (extent.last < today) await expect.poll(() => page.getByTestId('timeline-gap').count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-truth');
    await expectAccessible(page);

    // The year of the last data, chosen whole: compared over its observed months with as many before.
    const year = extent.last.slice(0, 4);
    const observed = m;
    await page.goto(`${server.url}/?country=XVR&from=${year}&to=${year}`);
    await drawn(page);
    if (observed < 12) {
      await expect.poll(() => page.getByTestId('data-end').innerText()).toContain(`compared over ${observed} observed months`);
      const day = (y: number, mo: number, d: number) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, mo - 1, d)));
      const prevStart = new Date(Date.UTC(y, -observed, 1));
      expect(await page.getByTestId('period-compare').innerText()).toBe(
        `${day(y, 1, 1)} – ${day(y, m, lastDay)}, against ${day(prevStart.getUTCFullYear(), prevStart.getUTCMonth() + 1, 1)} – ${day(y - 1, 12, 31)}`,
      );
    }
    await page.close();
  });

  it('keeps the focus on the timeline brush: three arrow presses move the period three months', async () => {
    const { page } = await open('/?country=XVR&from=2024-01&to=2024-06');
    await drawn(page);
    const chart = page.getByTestId('timeline');
    await chart.focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await expect.poll(focused).toBe('timeline');
    // Pressed as fast as a person or key repeat would: each press counts, even before the page redraws.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const period = () => {
      const u = new URL(page.url());
      return `${u.searchParams.get('from')}..${u.searchParams.get('to')}`;
    };
    await expect.poll(period).toBe('2024-04..2024-09');
    expect(await focused()).toBe('timeline');
    // And one at a time.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(period).toBe('2024-03..2024-08');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(period).toBe('2024-02..2024-07');
    expect(await focused()).toBe('timeline');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(period).toBe('2024-04..2024-09');
    // The tooltip follows the brush's end, for the keyboard too.
    await expect.poll(() => page.getByTestId('timeline-tip').innerText()).toContain('Sep 2024');
    await page.locator('.timeline-card').screenshot({ path: join(screenshots, 'dashboard-keyboard.png') });
    await page.close();
  });

  it('keeps the focus on a facet checkbox of the list after ticking it', async () => {
    const { page } = await open('/incidents?country=XVR');
    await page.getByTestId('result-count').filter({ hasText: /incidents/ }).waitFor();
    const level4 = page.locator('.levels input[type="checkbox"]').nth(1);
    await level4.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/level=4/);
    await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelectorAll('.levels input[type="checkbox"]')[1])).toBe(true);
    // The next Tab goes to the next checkbox, not to the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('.levels input[type="checkbox"]')[2])).toBe(true);
    await page.close();
  });

  it('commits a date typed digit by digit once, on Enter, and checks it before sending', async () => {
    const { page, requests, failures } = await open('/?country=XVR');
    await drawn(page);
    const from = page.getByTestId('period-from');
    await from.click();
    await page.keyboard.type('2025', { delay: 80 });
    // Nothing is sent while typing.
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL(/from=2025(&|$)/);
    await drawn(page);
    // Only the whole date was sent (never 2, 20, 202), and each view asked for it once. The
    // pyramid asks for its two periods' counts by level as days (2025-01-01 and the period before).
    const sentFrom = () => [...new Set(requests.filter((u) => u.searchParams.get('by') !== 'level').map((u) => u.searchParams.get('from')).filter((v) => v !== null))];
    await expect.poll(sentFrom).toEqual(['2025']);
    await expect.poll(() => requests.filter((u) => u.searchParams.get('by') === 'group' && u.searchParams.get('from') === '2025').length).toBe(1);
    // `03` is not a date: a message under the field, no request, no NaN.
    const before = requests.length;
    const to = page.getByTestId('period-to');
    await to.fill('03');
    await to.press('Tab');
    await expect.poll(() => page.locator('.date-filter .field-error').innerText()).toContain('Not a date');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(requests.slice(before).filter((u) => u.searchParams.get('to') === '03')).toEqual([]);
    expect(await page.locator('body').innerText()).not.toContain('NaN');
    expect(failures).toEqual([]);
    await screenshot(page, 'dashboard-date-invalid', false);
    await page.close();
  });

  it('shows a bad period in the URL as a message under its field and never sends it', async () => {
    const { page, requests, failures } = await open('/?country=XVR&from=20x5');
    await drawn(page);
    await expect.poll(() => page.locator('.date-filter .field-error').innerText()).toContain('Not a date');
    expect(await page.getByTestId('period-from').inputValue()).toBe('20x5');
    expect(requests.filter((u) => u.searchParams.get('from') === '20x5')).toEqual([]);
    expect(await page.locator('body').innerText()).not.toContain('NaN');
    expect(failures).toEqual([]);
    await expectAccessible(page);
    await page.close();
  });

  it('shows an error the list API answers, at the filter at fault, instead of loading forever', async () => {
    const { page, failures } = await open('/incidents?country=ZZZ');
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe('The list could not be loaded');
    await expect.poll(() => failures.length).toBeGreaterThan(0);
    const country = page.locator('.facet-body select').first();
    expect(await country.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.locator('#fault-country').innerText()).toContain('ZZZ');
    expect(await page.locator('.row-loading').count()).toBe(0);
    await screenshot(page, 'list-error', false);
    await page.close();
  });

  it('shows each month’s counts on hover and as a table', async () => {
    const { page } = await open('/?country=XVR');
    await drawn(page);
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    const box = (await page.getByTestId('timeline-brush').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId('timeline-tip').innerText()).toMatch(/\d{4}: [\d,]+ incidents?/);
    await page.locator('.timeline-card').screenshot({ path: join(screenshots, 'dashboard-tooltip.png') });
    await page.mouse.move(0, 0);
    const table = page.getByTestId('timeline-table');
    await table.locator('summary').click();
    const rows = await table.locator('tbody tr').count();
    // A row per month, and one per year's month-unknown band (issue 17 §0).
    expect(rows).toBe((await page.locator('[data-testid="timeline"] > g > g[opacity]').count()) + (await page.getByTestId('timeline-unknown').count()));
    // The table adds up to the timeline's summary: every incident of the series is in it.
    const totals = await table.locator('tbody tr:not(.gap) td:last-child').allInnerTexts();
    const sum = totals.reduce((a, t) => a + Number(t.replace(/,/g, '')), 0);
    const summary = (await page.getByTestId('timeline').getAttribute('aria-label'))!;
    expect(summary.replace(/,/g, '')).toContain(`${sum} incidents`);
    await page.close();
  });

  it('names the regions, and the places when zoomed in, without donuts hiding each other', async () => {
    const { page } = await open('/?country=XVR');
    await drawn(page);
    await expect.poll(() => page.getByTestId('map-region-label').count()).toBeGreaterThanOrEqual(4);
    const overlaps = () =>
      page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.map-donut')].map((e) => e.getBoundingClientRect());
        let n = 0;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            const dist = Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2);
            if (dist < (a.width + b.width) / 2 - 1) n++;
          }
        return n;
      });
    expect(await overlaps()).toBe(0);
    expect(await page.getByTestId('map-place-label').count()).toBe(0);
    await screenshot(page, 'map-labels', false);
    // Zoomed in twice: place names appear beside their donuts, still no donut over another.
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    await zoomIn.click();
    await zoomIn.click();
    await expect.poll(() => page.getByTestId('map-place-label').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(overlaps).toBe(0);
    await page.locator('.map-card').screenshot({ path: join(screenshots, 'map-labels-zoomed.png') });
    await page.close();
  });

  it('says where the data ends, and shows the month tooltip, in Arabic, right to left', async () => {
    // Its own browser context: the language chosen is remembered in local storage.
    const arabic = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await arabic.newPage();
    await page.goto(`${server.url}/?country=XVR&lang=ar`);
    await drawn(page);
    await expect.poll(() => page.getByTestId('data-end').innerText()).toContain('البيانات حتى');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByTestId('timeline').focus();
    await expect.poll(() => page.getByTestId('timeline-tip').innerText()).toMatch(/حادث/);
    await screenshot(page, 'dashboard-ar');
    await expectAccessible(page);
    await arabic.close();
  });
});
