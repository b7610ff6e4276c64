import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, describeViolations, openSession, requestJson, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

/** The UN Framework of Analysis scorecard in Chromium: a suggestion from the data, confirmed by a person; an indicator assessed; what changed. */
describe.skipIf(!available)('Framework of Analysis scorecard in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    ({ server, browser, context, page } = await openSession());
  });
  afterAll(() => closeSession({ server, browser }));

  const api = (method: 'get' | 'post', path: string, data?: unknown) => requestJson(page, method, `${server.url}${path}`, data);

  it('shows a suggestion with its reason, sets nothing until it is confirmed, and shows the change', async () => {
    await page.goto(`${server.url}/`);
    const group = await api('post', '/api/groups', { name: `Teral ${stamp}`, basis: 'ethnicity' });
    await api('post', '/api/incidents', { title: `Leaflets ${stamp}`, startDate: '2025-02-10', country: 'TZA', acts: [{ violationType: 'dehumanising-speech', groupId: group.id }] });
    await api('post', '/api/incidents', { title: `Raid ${stamp}`, startDate: '2025-05-03', country: 'TZA', acts: [{ violationType: 'killing', groupId: group.id, victims: { killed: 12 } }] });

    await page.goto(`${server.url}/framework/TZA`);
    await page.getByRole('heading', { name: 'UN Framework of Analysis scorecard' }).waitFor();
    const suggestions = page.locator('.fw-suggestions');
    await suggestions.waitFor();
    expect(await suggestions.innerText()).toContain(`Against Teral ${stamp}: 1 incident of dehumanising speech or incitement (in 2025-02) and 1 incident with killings (12 persons killed, in 2025-05).`);
    expect(await suggestions.innerText()).toMatch(/2 incidents: #1\s+#2/);
    const factor10 = page.getByRole('heading', { name: /^10\. Signs of an intent to destroy/ });
    expect(await factor10.innerText()).toMatch(/unknown$/);
    await screenshot(page, 'framework-suggestion');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => factor10.innerText()).toMatch(/present$/);
    // Confirmed: the suggestion stays listed with the status it now has, and no button to confirm it again.
    await expect.poll(() => page.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
    expect(await page.locator('#factor-10 + p').innerText()).toContain('present 1, partly 0, absent 0, unknown 6');

    // An indicator assessed by hand; then the change since yesterday is listed.
    await page.getByLabel('Assess indicator 9.1').selectOption('partly');
    await expect.poll(() => page.getByRole('heading', { name: /^9\. Intergroup tensions/ }).innerText()).toMatch(/partly$/);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Changes since').fill(yesterday);
    const changes = page.getByRole('heading', { name: `Changed since ${yesterday}` });
    await changes.waitFor();
    await expect.poll(() => page.locator('section[aria-labelledby="fw-changes"]').innerText()).toMatch(/10\.2: unknown → present/);
    await screenshot(page, 'framework-changes');
    await screenshot(page, 'framework-top', false);
  });
});
