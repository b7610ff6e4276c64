import { describe, expect, it } from 'vitest';
import { browserAvailable, demoSession, describeViolations, screenshot, seriousViolations } from './harness.js';

const available = browserAvailable();

/** Case files in Chromium: the demo case, a case made from a filtered incident list, its tasks on the dashboard. */
describe.skipIf(!available)('case files in Chromium', () => {
  const session = demoSession();
  const stamp = Date.now().toString(36);

  it('lists the demo case and shows it: incidents and their pattern, remedies exhausted, tasks and chronology', async () => {
    await session.page.goto(`${session.server.url}/cases`);
    const demo = session.page.getByTestId('cases-table').getByRole('link', { name: /^Teral family detained and disappeared in / });
    await demo.waitFor();
    await demo.click();
    await session.page.getByTestId('case-page').waitFor();
    await expect.poll(() => session.page.getByTestId('case-incidents').locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await session.page.getByTestId('case-remedies').innerText()).toMatch(/Supreme Court of Veridia \(appeal\)\s+2026-03-10\s+2026-08-14\s+appeal dismissed\s+yes/);
    expect(await session.page.getByTestId('case-chronology').innerText()).toContain('Supreme Court of Veridia (appeal) decided: appeal dismissed (final)');
    // The forums: CERD (a target) open, with its six-month limit from the Supreme Court's final decision.
    const forums = session.page.getByTestId('case-forums');
    await forums.waitFor();
    const cerd = forums.locator('details', { hasText: /^CERD Committee/ });
    expect(await cerd.innerText()).toMatch(/Feb 14, 2027.*six months/i);
    expect(await cerd.innerText()).toMatch(/non exhaustion\s+met/);
    // The pattern chart is the dashboard's timeline, drawn from the case's incidents only.
    await session.page.locator('.case-page svg').first().waitFor();
    await screenshot(session.page, 'case-demo');
    const violations = await seriousViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('makes a case from a filtered incident list, takes a suggested provision, and reminds of an overdue task on the dashboard', async () => {
    await session.page.goto(`${session.server.url}/`);
    const group = await session.api('post', '/api/groups', { name: `Ovahimba ${stamp}`, basis: 'ethnicity' });
    await session.api('post', '/api/incidents', { title: `Detained ${stamp}`, startDate: '2025-02-10', country: 'NAM', acts: [{ violationType: 'arbitrary-detention', groupId: group.id, victims: { detained: 3 } }] });
    await session.api('post', '/api/incidents', { title: `Disappeared ${stamp}`, startDate: '2025-03', country: 'NAM', acts: [{ violationType: 'enforced-disappearance', groupId: group.id, victims: { disappeared: 2 } }] });

    await session.page.goto(`${session.server.url}/incidents?group=${group.id}`);
    const make = session.page.getByTestId('make-case');
    await expect.poll(() => make.innerText()).toBe('Make a case from these 2 incidents');
    await make.click();
    await session.page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
    await session.page.getByRole('heading', { name: 'Case from 2 incidents' }).waitFor();
    await expect.poll(() => session.page.getByTestId('case-incidents').locator('li').count()).toBe(2);
    expect(await session.page.getByTestId('case-chronology').innerText()).toMatch(/2025-02-10 Detained .*\n2025-03 Disappeared/);

    // A suggestion is only a suggestion: it becomes a provision engaged when a person adds it.
    const suggestion = session.page.getByTestId('suggested-provisions').locator('li', { hasText: /^ICCPR art\. 9\(1\) / });
    expect(await suggestion.innerText()).toContain('2 incidents: arbitrary-detention, enforced-disappearance');
    await suggestion.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => session.page.getByTestId('case-provisions').innerText()).toContain('ICCPR art. 9(1)');

    // The level filter of the incident list narrows the case's incidents too.
    // The box follows the URL (a filter is part of the address), so it shows the click once the
    // navigation commits, not at once: click and wait for the URL, as a person would see it.
    const level3 = session.page.getByRole('checkbox', { name: '3' });
    await level3.click();
    await session.page.waitForURL(/[?&]level=3/);
    await expect.poll(() => level3.isChecked()).toBe(true);
    await expect.poll(() => session.page.getByTestId('case-incidents').locator('li').count()).toBe(0);
    await level3.click();
    await session.page.waitForURL((u) => !u.searchParams.has('level'));
    await expect.poll(() => session.page.getByTestId('case-incidents').locator('li').count()).toBe(2);

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const tasks = session.page.getByRole('region', { name: 'Tasks' });
    await tasks.getByRole('textbox', { name: 'Task' }).fill(`Get consent ${stamp}`);
    await tasks.getByLabel('Due').fill(yesterday);
    await tasks.getByRole('button', { name: 'Add the task' }).click();
    const task = session.page.getByTestId('case-tasks').locator('li', { hasText: `Get consent ${stamp}` });
    await task.waitFor();
    await session.page.getByTestId('case-status').selectOption('preparing');
    const caseId = new URL(session.page.url()).pathname.split('/')[2];
    await expect.poll(async () => (await session.api('get', `/api/cases/${caseId}`)).status).toBe('preparing');
    await screenshot(session.page, 'case-made-from-incidents');

    await session.page.goto(`${session.server.url}/?country=NAM`);
    const reminders = session.page.getByTestId('case-reminders');
    await reminders.waitFor({ timeout: 30_000 });
    await expect.poll(() => reminders.innerText()).toMatch(new RegExp(`overdue Get consent ${stamp} — Case from 2 incidents`, 'i'));
    // A full row of the dashboard's grid, as wide as the timeline (once one column of twelve, a word a line).
    const [card, timeline] = await Promise.all([reminders.boundingBox(), session.page.locator('.timeline-card').boundingBox()]);
    expect(Math.round(card!.width)).toBe(Math.round(timeline!.width));
    await screenshot(session.page, 'case-reminders', false);
  });
});
