import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, buildWebApp, describeViolations, launchBrowser, screenshot, seriousViolations, startServer, type Server } from './harness.js';

const available = browserAvailable();

/**
 * The region field of the incident form (issue 14): it suggests the country's regions as a
 * person types, in any case or spacing; says which spelling on record a typed name is saved
 * under; and a point clicked on the map fills the region whose boundary holds it.
 */
describe.skipIf(!available)('regions in the incident form, in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    buildWebApp();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    page.on('pageerror', (err) => console.error('page error:', err.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const suggestions = () => page.locator('#f-admin1-options option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));

  it('suggests "Eastern Lakes" for "eastern l", and saves "eastern  lakes" as "Eastern Lakes"', async () => {
    await page.goto(`${server.url}/incidents/new?country=XVR`);
    await page.locator('#f-admin1').waitFor();
    await expect.poll(suggestions).toContain('Riverlands');
    await page.fill('#f-admin1', 'eastern l');
    await expect.poll(suggestions).toEqual(['Eastern Lakes']);
    await page.fill('#f-admin1', 'eastern  lakes');
    await expect.poll(() => page.locator('.region-note').innerText()).toBe('Saved as “Eastern Lakes”, the region on record.');
    expect(await page.locator('#f-admin1').getAttribute('aria-describedby')).toContain('f-admin1-region-note');
    await page.fill('#f-admin1', 'Lake Shore');
    await expect.poll(() => page.locator('.region-note').innerText()).toMatch(/Not a region on record yet/);
    await page.fill('#f-admin1', 'eastern  lakes');
    await page.locator('#f-admin1').scrollIntoViewIfNeeded();
    await screenshot(page, 'regions-suggest', false);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.fill('#f-title', `Region spelling ${stamp}`);
    await page.fill('#f-start', '2026-03-14');
    await page.selectOption('#f-acts-0-violationType', 'harassment');
    await page.getByTestId('save').click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const saved = await page.evaluate(async (incidentId) => (await (await fetch(`/api/incidents/${incidentId}`)).json()) as { admin1: string }, id);
    expect(saved.admin1).toBe('Eastern Lakes');
  });

  it('says it in Arabic, right to left', async () => {
    const ar = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await ar.goto(`${server.url}/incidents/new?lang=ar&country=XVR`);
    await expect.poll(() => ar.locator('html').getAttribute('dir')).toBe('rtl');
    await ar.fill('#f-admin1', 'EASTERN LAKES');
    await expect.poll(() => ar.locator('.region-note').innerText()).toBe('ستُحفظ باسم «Eastern Lakes»، المنطقة المسجّلة.');
    await ar.locator('#f-admin1').scrollIntoViewIfNeeded();
    await screenshot(ar, 'regions-suggest-ar', false);
    const violations = await seriousViolations(ar);
    expect(violations, describeViolations(violations)).toEqual([]);
    await ar.close();
  });

  it('fills the region from a point clicked on the map inside a region', async () => {
    await page.goto(`${server.url}/incidents/new?country=XVR`);
    const picker = page.locator('[data-testid="place-picker"]');
    await picker.locator('canvas').waitFor();
    await picker.scrollIntoViewIfNeeded();
    // The map fits Veridia: its middle lies inside a region, away from the known towns.
    await expect.poll(async () => (await picker.boundingBox())?.height ?? 0).toBeGreaterThan(100);
    const box = (await picker.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('#f-newPlace-latitude').waitFor();
    await expect.poll(() => page.inputValue('#f-admin1')).not.toBe('');
    const [lat, lon] = [Number(await page.inputValue('#f-newPlace-latitude')), Number(await page.inputValue('#f-newPlace-longitude'))];
    const at = await page.evaluate(async ([la, lo]) => (await (await fetch(`/api/regions/at?country=XVR&lat=${la}&lon=${lo}`)).json()) as { admin1: string; matchedBy: string }, [lat, lon]);
    expect(at.matchedBy).toBe('boundary');
    expect(await page.inputValue('#f-admin1')).toBe(at.admin1);
    await screenshot(page, 'regions-map-pick', false);
  });
});
