import { describe, expect, it } from 'vitest';
import { browserAvailable, demoSession, describeViolations, screenshot, seriousViolations } from './harness.js';

const available = browserAvailable();

/** The UN Framework of Analysis scorecard in Chromium: a suggestion from the data, confirmed by a person; an indicator assessed; what changed. */
describe.skipIf(!available)('Framework of Analysis scorecard in Chromium', () => {
  const session = demoSession();
  const stamp = Date.now().toString(36);

  it('shows a suggestion with its reason, sets nothing until it is confirmed, and shows the change', async () => {
    await session.page.goto(`${session.server.url}/`);
    const group = await session.api('post', '/api/groups', { name: `Teral ${stamp}`, basis: 'ethnicity' });
    await session.api('post', '/api/incidents', { title: `Leaflets ${stamp}`, startDate: '2025-02-10', country: 'TZA', acts: [{ violationType: 'dehumanising-speech', groupId: group.id }] });
    await session.api('post', '/api/incidents', { title: `Raid ${stamp}`, startDate: '2025-05-03', country: 'TZA', acts: [{ violationType: 'killing', groupId: group.id, victims: { killed: 12 } }] });

    await session.page.goto(`${session.server.url}/framework/TZA`);
    await session.page.getByRole('heading', { name: 'UN Framework of Analysis scorecard' }).waitFor();
    const suggestions = session.page.locator('.fw-suggestions');
    await suggestions.waitFor();
    expect(await suggestions.innerText()).toContain(`Against Teral ${stamp}: 1 incident of dehumanising speech or incitement (in 2025-02) and 1 incident with killings (12 persons killed, in 2025-05).`);
    expect(await suggestions.innerText()).toMatch(/2 incidents: #1\s+#2/);
    const factor10 = session.page.getByRole('heading', { name: /^10\. Signs of an intent to destroy/ });
    expect(await factor10.innerText()).toMatch(/unknown$/);
    await screenshot(session.page, 'framework-suggestion');
    const violations = await seriousViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await session.page.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => factor10.innerText()).toMatch(/present$/);
    // Confirmed: the suggestion stays listed with the status it now has, and no button to confirm it again.
    await expect.poll(() => session.page.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
    expect(await session.page.locator('#factor-10 + p').innerText()).toContain('present 1, partly 0, absent 0, unknown 6');

    // An indicator assessed by hand; then the change since yesterday is listed.
    await session.page.getByLabel('Assess indicator 9.1').selectOption('partly');
    await expect.poll(() => session.page.getByRole('heading', { name: /^9\. Intergroup tensions/ }).innerText()).toMatch(/partly$/);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await session.page.getByLabel('Changes since').fill(yesterday);
    const changes = session.page.getByRole('heading', { name: `Changed since ${yesterday}` });
    await changes.waitFor();
    await expect.poll(() => session.page.locator('section[aria-labelledby="fw-changes"]').innerText()).toMatch(/10\.2: unknown → present/);
    await screenshot(session.page, 'framework-changes');
    await screenshot(session.page, 'framework-top', false);

    // A link that names the day (the watchlist's) opens the page on the same comparison.
    await session.page.goto(`${session.server.url}/framework/TZA?since=${yesterday}`);
    await session.page.getByRole('heading', { name: `Changed since ${yesterday}` }).waitFor();
    expect(await session.page.getByLabel('Changes since').inputValue()).toBe(yesterday);
  });
});
