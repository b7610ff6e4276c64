import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, buildWebApp, describeViolations, launchBrowser, seriousViolations, startServer, type Server } from './harness.js';

const available = browserAvailable();

/**
 * The Access section of the incident form (issue 15 §3): the teams an incident is restricted
 * to, and the level below which its exact place, date or sources are withheld — saved, shown
 * on the incident page and kept when the form is opened again.
 */
describe.skipIf(!available)('access on an incident, in Chromium', () => {
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

  it('saves teams and withheld fields, shows them, and keeps them on the next edit', async () => {
    await page.goto(`${server.url}/incidents/new?country=XVR`);
    await page.getByTestId('access').waitFor();
    await page.fill('#f-title', `Access ${stamp}`);
    await page.fill('#f-start', '2026-03-14');
    await page.selectOption('#f-acts-0-violationType', 'harassment');
    await page.fill('#f-teams', 't1,  t2, t1');
    await page.selectOption('#f-withhold-place', 'confidential');
    await page.selectOption('#f-withhold-reporter', 'strictly-confidential');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByTestId('save').click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const saved = await page.evaluate(async (incidentId) => (await (await fetch(`/api/incidents/${incidentId}`)).json()) as { teams: string[]; withhold: unknown }, id);
    expect(saved.teams).toEqual(['t1', 't2']);
    expect(saved.withhold).toEqual({ place: 'confidential', date: null, reporter: 'strictly-confidential' });
    await expect.poll(() => page.locator('main').innerText()).toContain('teams t1, t2 only');

    await page.goto(`${server.url}/incidents/${id}/edit`);
    await expect.poll(() => page.inputValue('#f-teams')).toBe('t1, t2');
    await expect.poll(() => page.inputValue('#f-withhold-place')).toBe('confidential');
    expect(await page.inputValue('#f-withhold-date')).toBe('');
    await page.selectOption('#f-withhold-date', 'internal');
    await page.getByTestId('save').click();
    await page.waitForURL(new RegExp(`/incidents/${id}$`));
    const edited = await page.evaluate(async (incidentId) => (await (await fetch(`/api/incidents/${incidentId}`)).json()) as { withhold: unknown }, id);
    expect(edited.withhold).toEqual({ place: 'confidential', date: 'internal', reporter: 'strictly-confidential' });
  });
});
