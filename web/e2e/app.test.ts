import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, openSession, describeViolations, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

describe.skipIf(!available)('web app in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const stamp = Date.now().toString(36);
  const title = `Reedwater shrine attacked ${stamp}`;
  let incidentId = '';

  beforeAll(async () => {
    ({ server, browser, context, page } = await openSession({ acceptDownloads: true }));
  });

  afterAll(() => closeSession({ server, browser }));

  const drawn = (p: Page = page) => p.waitForSelector('[data-testid="dashboard"][data-drawn="true"]', { timeout: 30_000 });
  const expectAccessible = async (p: Page = page) => {
    const violations = await seriousViolations(p);
    expect(violations, describeViolations(violations)).toEqual([]);
  };

  it('opens the dashboard for the demo country with the map, timeline, pyramid and top lists drawn', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/country=XVR/);
    await drawn();
    await expect.poll(() => page.locator('.map-donut').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-testid="timeline"] rect').count()).toBeGreaterThan(100);
    expect(await page.locator('[data-testid="pyramid"] li').count()).toBe(5);
    await expect.poll(() => page.locator('[data-testid="top-groups"] li').count()).toBeGreaterThan(3);
    // The map's WebGL canvas holds the drawn outlines, not a blank rectangle.
    // A constructed style sheet: the app's Content-Security-Policy refuses an inline <style>.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.map-donut, .maplibregl-ctrl { visibility: hidden }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const canvas = await page.locator('.maplibregl-canvas').screenshot();
    expect(canvas.length).toBeGreaterThan(8_000);
    await page.reload();
    await drawn();
    await page.waitForTimeout(300);
    await screenshot(page, 'dashboard');
    await expectAccessible();
  });

  it('filters the dashboard from a top list and the timeline brush, keeping every filter in the URL', async () => {
    const before = await page.locator('[data-testid="pyramid"]').innerText();
    await page.locator('[data-testid="top-groups"] button', { hasText: 'Teral' }).click();
    await page.waitForURL(/group=/);
    const groupId = new URL(page.url()).searchParams.get('group');
    // The switch lists the groups once the counts by group arrive again for the new filters.
    await expect.poll(() => page.locator('[data-testid="group-switch"]').inputValue()).toBe(groupId);
    await drawn();
    await expect.poll(() => page.locator('[data-testid="pyramid"]').innerText()).not.toBe(before);

    // The dashboard is taller than the window: the mouse reaches only what is in view.
    const brush = page.locator('[data-testid="timeline-brush"]');
    await brush.scrollIntoViewIfNeeded();
    const box = (await brush.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    // Both ends of the period in the URL, in whatever order the other filters leave them.
    await page.waitForURL((u) => /^\d{4}-\d{2}$/.test(u.searchParams.get('from') ?? '') && /^\d{4}-\d{2}$/.test(u.searchParams.get('to') ?? ''));
    const url = new URL(page.url());
    expect(url.searchParams.get('from')! <= url.searchParams.get('to')!).toBe(true);
    await drawn();
    await screenshot(page, 'dashboard-filtered');

    // The same view opened from its URL shows the same numbers.
    const pyramid = await page.locator('[data-testid="pyramid"]').innerText();
    const shared = await context.newPage();
    await shared.goto(page.url());
    await drawn(shared);
    expect(await shared.locator('[data-testid="pyramid"]').innerText()).toBe(pyramid);
    await shared.close();
  });

  it('searches and filters the incident list, and scrolls through keyset pages', async () => {
    await page.goto(`${server.url}/incidents?country=XVR`);
    await expect.poll(() => page.getByTestId('result-count').innerText()).toMatch(/^2,7\d\d incidents$/);
    const scroller = page.getByTestId('incident-scroller');
    // Scrolling to the end loads the next keyset page, again and again.
    await expect
      .poll(async () => {
        await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
        return page.locator('.row[aria-posinset]').evaluateAll((rows) => Math.max(...rows.map((r) => Number(r.getAttribute('aria-posinset')))));
      })
      .toBeGreaterThan(350);

    await page.fill('#q', 'massacre');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=massacre/);
    await expect.poll(() => page.getByTestId('result-count').innerText()).toMatch(/^\d{1,2} incidents?$/);
    expect(await page.locator('.row-title').allInnerTexts()).toContainEqual(expect.stringMatching(/massacre/i));
    await page.getByRole('checkbox', { name: /Level 5/ }).click();
    await page.waitForURL(/level=5/);
    await screenshot(page, 'list');
    await expectAccessible();
  });

  it('counts a text search with more matches than a page apart, and shows the count once it comes', async () => {
    // A full first page does not count its matches ("at least 101"): the list asks /api/incidents/count.
    const counted = page.waitForResponse((r) => r.url().includes('/api/incidents/count?') && r.status() === 200);
    await page.goto(`${server.url}/incidents?country=XVR&q=Teral`);
    const count = (await (await counted).json()) as { total: number; totalIsLowerBound: boolean };
    expect(count.total).toBeGreaterThan(101);
    const shown = count.totalIsLowerBound ? `${count.total.toLocaleString('en')}+ incidents` : `${count.total.toLocaleString('en')} incidents`;
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(shown);
  });

  it('downloads the current selection as CSV, every row', async () => {
    await page.goto(`${server.url}/incidents?country=XVR&level=4,5&admin1=Eastern%20Lakes`);
    await expect.poll(() => page.getByTestId('result-count').innerText()).toMatch(/^[\d,]+ incidents$/);
    const total = Number((await page.getByTestId('result-count').innerText()).replace(/\D/g, ''));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^\ufeff?id,title,start_date/);
    expect(lines.length - 1).toBe(total);
    expect(total).toBeGreaterThan(100);
  });

  it('records an incident through the form: API errors inline, place from the map, live level, evidence hash', async () => {
    await page.goto(`${server.url}/incidents/new`);
    await page.getByTestId('save').click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.locator('#f-title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-title-error').innerText()).toBe('This is required.');

    await page.fill('#f-title', title);
    await page.fill('#f-narrative', 'Unknown men set fire to the Reedwater shrine at night. (End-to-end test record.)');
    await page.fill('#f-start', '2026-03-14');
    await page.selectOption('#f-country', 'XVR');
    await page.locator('[data-testid="place-picker"] canvas').waitFor();
    await page.locator('[data-testid="place-picker"]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const map = (await page.locator('[data-testid="place-picker"]').boundingBox())!;
    // Open sea, away from the known places: a new place.
    await page.mouse.click(map.x + map.width * 0.85, map.y + map.height * 0.85);
    await page.locator('#f-newPlace-name').waitFor();
    expect(Number(await page.inputValue('#f-newPlace-latitude'))).not.toBe(0);
    await page.fill('#f-newPlace-name', `Reedwater ${stamp}`);
    await page.fill('#f-newPlace-latitude', '-26.95');
    await page.fill('#f-newPlace-longitude', '-12.95');
    await page.fill('#f-admin1', 'Eastern Lakes');

    await page.selectOption('#f-acts-0-violationType', 'arson');
    await expect.poll(() => page.getByTestId('live-level').innerText()).toMatch(/4/);
    await page.selectOption('#f-acts-0-groupId', { label: 'Osk faithful' });
    expect(await page.inputValue('#f-acts-0-identityBasis')).toBe('religion');
    await page.fill('#f-acts-0-victims-injured', '3');
    await page.getByRole('button', { name: 'Add a perpetrator' }).click();
    await page.selectOption('#f-acts-0-perpetrators-0-actorId', { label: 'Lake Guard' });
    await page.getByRole('button', { name: 'Add an act' }).click();
    await page.selectOption('#f-acts-1-violationType', 'killing');
    await page.selectOption('#f-acts-1-groupId', { label: 'Osk faithful' });
    await page.fill('#f-acts-1-victims-killed', '1');
    await expect.poll(() => page.getByTestId('live-level').innerText()).toMatch(/4/);

    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.selectOption('#f-sources-0-sourceId', { index: 1 });
    await page.selectOption('#f-sources-0-connection', { index: 1 });
    await page.selectOption('#f-sources-0-materialType', { index: 1 });
    await page.selectOption('#f-sources-0-credibility', '2');

    const file = Buffer.from(`Photo note ${stamp}: the burned door of the shrine.\n`);
    await page.setInputFiles('#evidence-file', { name: 'shrine-door.txt', mimeType: 'text/plain', buffer: file });
    await expect.poll(() => page.getByTestId('evidence-hash').first().innerText().catch(() => '')).toBe(createHash('sha256').update(file).digest('hex'));
    await screenshot(page, 'form');
    await expectAccessible();

    await page.getByTestId('save').click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    incidentId = page.url().split('/').pop()!;
    await expect.poll(() => page.locator('h1').innerText()).toBe(title);
    // The chronology comes from the audit trail in its own request: wait for it.
    await page.locator('[data-testid="chronology"][aria-busy="false"]').waitFor();
    await expect.poll(() => page.getByTestId('chronology').innerText().catch(() => '')).toMatch(/Recorded/);
    expect(await page.getByTestId('evidence-hash').innerText()).toBe(createHash('sha256').update(file).digest('hex'));
    await screenshot(page, 'detail');
    await expectAccessible();
  });

  it('shows the new incident in the list and on the map', async () => {
    await page.goto(`${server.url}/incidents?q=${stamp}`);
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe('1 incident');
    expect(await page.locator('.row-title').first().innerText()).toBe(title);

    await page.goto(`${server.url}/?country=XVR`);
    await drawn();
    await expect.poll(() => page.locator(`.map-donut[aria-label^="Reedwater ${stamp}"]`).count()).toBe(1);
    await page.getByText('The map as a table').click();
    expect(await page.locator('.map-table tbody').innerText()).toContain(`Reedwater ${stamp}`);
  });

  it('warns before leaving unsaved changes, and merges a change saved meanwhile into a stale save', async () => {
    await page.goto(`${server.url}/incidents/${incidentId}/edit`);
    await expect.poll(() => page.inputValue('#f-title')).toBe(title);
    await page.fill('#f-narrative', 'Edited in the browser: the shrine keeper was injured too.');

    // Leaving with unsaved changes asks first; dismissing stays on the form.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/\/edit$/);

    // Meanwhile someone else saves a new version through the API.
    const current = await (await page.request.get(`${server.url}/api/incidents/${incidentId}`)).json();
    const { id: _id, version, place: _p, derivedPyramidLevel: _d, pyramidLevel: _l, victims: _v, violationTypes: _t, targetedGroupIds: _g, identityBases: _b, perpetratorIds: _a, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, deletedAt: _del, startPrecision: _sp, endPrecision: _ep, ...rest } = current;
    const put = await page.request.put(`${server.url}/api/incidents/${incidentId}`, {
      data: {
        ...rest,
        version,
        title: `${title} (checked)`,
        acts: current.acts.map(({ id: _, pyramidLevel: __, ...a }: Record<string, unknown>) => a),
        links: current.links.filter((l: { direction: string }) => l.direction === 'outgoing').map(({ direction: _, ...l }: Record<string, unknown>) => l),
      },
    });
    expect(put.status(), await put.text()).toBe(200);

    // The save is merged with it: my narrative and their title, with nothing to decide (web/e2e/conflict.test.ts covers a real conflict).
    await page.getByTestId('save').click();
    await page.waitForURL(new RegExp(`/incidents/${incidentId}$`));
    await expect.poll(() => page.getByTestId('merged-notice').innerText()).toContain('Title');
    await expect.poll(() => page.locator('.narrative').innerText()).toContain('Edited in the browser');
    expect(await page.locator('h1').innerText()).toBe(`${title} (checked)`);
    await expect.poll(() => page.getByTestId('chronology').locator('> ol > li').count()).toBe(3);
    await screenshot(page, 'merged');
    await expectAccessible();
  });

  it('lays the app out right to left in Arabic', async () => {
    const ar = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await ar.newPage();
    await p.goto(`${server.url}/?lang=ar&country=XVR`);
    await drawn(p);
    expect(await p.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await p.locator('html').getAttribute('lang')).toBe('ar');
    expect(await p.getByRole('link', { name: 'الحوادث' }).count()).toBe(1);
    // The brand sits at the right edge in RTL.
    const brand = (await p.locator('.brand').boundingBox())!;
    expect(brand.x).toBeGreaterThan(1366 / 2);
    await p.waitForTimeout(300);
    await screenshot(p, 'dashboard-ar');
    await expectAccessible(p);
    // The language stays chosen on the next page.
    await p.goto(`${server.url}/incidents/new`);
    await p.locator('#f-title').waitFor();
    expect(await p.locator('html').getAttribute('dir')).toBe('rtl');
    await screenshot(p, 'form-ar');
    await expectAccessible(p);
    await ar.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const p = await phone.newPage();
    for (const [path, name] of [
      ['/?country=XVR', 'dashboard-phone'],
      ['/incidents?country=XVR', 'list-phone'],
      ['/incidents/new', 'form-phone'],
    ] as const) {
      await p.goto(`${server.url}${path}`);
      if (name === 'dashboard-phone') await drawn(p);
      else await p.locator('main h1').waitFor();
      await p.waitForTimeout(300);
      expect(await p.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(392);
      await screenshot(p, name);
    }
    await phone.close();
  });
});
