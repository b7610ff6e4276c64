import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, describeViolations, openSession, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

/**
 * An incident's teams in the web app (issue 15 §3's leftover): picked by name in the form, named
 * on the incident page and in the list, and a Team filter on the list that the API answers.
 */
describe.skipIf(!available)('teams of an incident in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const stamp = Date.now().toString(36);
  const team = { east: '', legal: '' };

  beforeAll(async () => {
    ({ server, browser, page } = await openSession());
    for (const [key, name] of [['east', `East team ${stamp}`], ['legal', `Legal ${stamp}`]] as const) {
      const res = await page.request.post(`${server.url}/api/teams`, { data: { name } });
      expect(res.status(), await res.text()).toBe(201);
      team[key] = ((await res.json()) as { id: string }).id;
    }
  });

  afterAll(() => closeSession({ server, browser }));

  it('picks a team by name in the form, and names it on the incident page', async () => {
    await page.goto(`${server.url}/incidents/new?country=XVR`);
    const picker = page.getByTestId('team-picker');
    await picker.waitFor();
    await page.fill('#f-title', `Teachers dismissed ${stamp}`);
    await page.fill('#f-start', '2026-03-14');
    await page.selectOption('#f-acts-0-violationType', 'harassment');
    await picker.getByLabel(`East team ${stamp}`).check();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'teams-picker', false);
    await page.getByTestId('save').click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const saved = await page.evaluate(async (incidentId) => (await (await fetch(`/api/incidents/${incidentId}`)).json()) as { teams: string[] }, id);
    expect(saved.teams).toEqual([team.east]);
    await expect.poll(() => page.getByTestId('incident-teams').innerText().catch(() => '')).toContain(`teams East team ${stamp} only`);

    // The next edit shows the tick, not the id; a second team is added by name.
    await page.goto(`${server.url}/incidents/${id}/edit`);
    await expect.poll(() => page.getByTestId('team-picker').getByLabel(`East team ${stamp}`).isChecked()).toBe(true);
    expect(await page.inputValue('#f-teams')).toBe('');
    await page.getByTestId('team-picker').getByLabel(`Legal ${stamp}`).check();
    await page.getByTestId('save').click();
    await page.waitForURL(new RegExp(`/incidents/${id}$`));
    await expect.poll(() => page.getByTestId('incident-teams').innerText().catch(() => '')).toContain(`East team ${stamp}, Legal ${stamp}`);
  });

  it('filters the list by team, names the teams in each row and in the filter chip', async () => {
    // Its own team and records, whatever the other test saved.
    const made = await page.request.post(`${server.url}/api/teams`, { data: { name: `Field ${stamp}` } });
    expect(made.status(), await made.text()).toBe(201);
    const field = ((await made.json()) as { id: string }).id;
    for (const [title, teams] of [[`Field visit ${stamp}`, [field]], [`Field and legal ${stamp}`, [field, team.legal]], [`No team ${stamp}`, []]] as const) {
      const res = await page.request.post(`${server.url}/api/incidents`, { data: { title, startDate: '2026-02-10', country: 'XVR', acts: [{ violationType: 'arson' }], teams } });
      expect(res.status(), await res.text()).toBe(201);
    }
    await page.goto(`${server.url}/incidents`);
    const filter = page.getByTestId('team-filter');
    await filter.waitFor();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/incidents?') && r.url().includes(`team=${field}`)),
      filter.selectOption(field),
    ]);
    expect(response.status()).toBe(200);
    expect(new URL(page.url()).searchParams.get('team')).toBe(field);
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe('2 incidents');
    const rows = page.locator('.row-link');
    await expect.poll(() => rows.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(`teams Field ${stamp}, Legal ${stamp} only`)]));
    expect((await rows.allInnerTexts()).every((text) => text.includes(`Field ${stamp}`))).toBe(true);
    expect((await page.locator('.chips').innerText()).replace(/\s+/g, ' ')).toContain(`Team: Field ${stamp}`);
    await screenshot(page, 'teams-list', false);
  });
});
