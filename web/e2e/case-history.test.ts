import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, describeViolations, openSession, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();
const adminPassword = 'admin password 2026';
const analystPassword = 'analyst password 2026';

/**
 * A case's history on its page (issue 15 §5 × issue 18 §2), read through the door: the
 * administrator sees every change as it was made; an analyst of the case's team sees the same
 * entries with another team's incident and the victims' identities left out.
 */
describe.skipIf(!available)('a case’s history in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let analyst: BrowserContext | undefined;
  const stamp = Date.now().toString(36);
  const victim = `Amon Teral ${stamp}`;
  const titles = { own: `Detained in Lakeside ${stamp}`, other: `Disappeared in Hillside ${stamp}` };
  let caseId = '';

  const send = async (request: APIRequestContext, method: 'post' | 'patch', path: string, data: unknown, headers: Record<string, string> = {}) => {
    const res = await request[method](`${server.url}${path}`, { data, headers });
    expect(res.ok(), await res.text()).toBe(true);
    return res.json();
  };

  beforeAll(async () => {
    ({ server, browser, page } = await openSession());
    // In local mode (no accounts yet): two teams, an incident of each, and a case of the first team.
    const api = page.request;
    const lakeside = (await send(api, 'post', '/api/teams', { name: `Lakeside ${stamp}` })).id as string;
    const hillside = (await send(api, 'post', '/api/teams', { name: `Hillside ${stamp}` })).id as string;
    const incident = (title: string, team: string) => send(api, 'post', '/api/incidents', { title, startDate: '2026-02-10', country: 'XVR', confidentiality: 'internal', teams: [team], acts: [{ violationType: 'arbitrary-detention' }] });
    const own = await incident(titles.own, lakeside);
    const other = await incident(titles.other, hillside);
    const made = await send(api, 'post', '/api/cases', { title: `Lakeside detentions ${stamp}`, incidentIds: [own.id], confidentiality: 'internal', teams: [lakeside] });
    caseId = made.id;
    await send(api, 'post', `/api/cases/${caseId}/incidents`, { incidentIds: [other.id] });
    await send(api, 'post', `/api/cases/${caseId}/victims`, { description: victim, consent: true });
    const withTask = await send(api, 'post', `/api/cases/${caseId}/tasks`, { title: `Ask for consent ${stamp}`, due: '2026-12-01' });
    await send(api, 'patch', `/api/cases/${caseId}`, { version: withTask.version, status: 'preparing' });

    // Accounts: the first administrator (signed in on this page), and an analyst of the first team.
    const admin = await send(api, 'post', '/api/setup', { login: 'ada', displayName: 'Ada Admin', password: adminPassword });
    await send(api, 'post', '/api/users', { login: 'ana', displayName: 'Ana Analyst', role: 'analyst', teams: [lakeside], password: analystPassword }, { 'x-csrf-token': admin.csrfToken });
    analyst = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await send(analyst.request, 'post', '/api/session', { login: 'ana', password: analystPassword });
  });
  afterAll(async () => {
    await analyst?.close();
    await closeSession({ server, browser });
  });

  /** The history's entries as text, once it has arrived. */
  const history = async (p: Page) => {
    await p.goto(`${server.url}/cases/${caseId}`);
    const section = p.getByTestId('case-history');
    await section.waitFor();
    await expect.poll(() => section.getAttribute('aria-busy')).toBe('false');
    await expect.poll(() => section.getByTestId('chronology-entry').count()).toBe(5);
    return section;
  };

  it('shows the administrator every change, in words', async () => {
    const section = await history(page);
    // Record names arrive in their own requests: wait for the other team's incident to be named.
    await expect.poll(() => section.innerText()).toContain(`Incident added: ${titles.other}`);
    const text = await section.innerText();
    expect(text).toContain(`Victim added: ${victim}`);
    // The words "from" and "to" are for screen readers (visually hidden), read out on lines of their own.
    expect(text).toMatch(/Status:\s*(from\s*)?Draft\s*→\s*(to\s*)?Preparing/);
    // A status change is only that: the owner stays.
    expect(text).not.toMatch(/Owner:/);
    expect(text).toContain('Opened');
    await screenshot(page, 'case-history-admin');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('shows the analyst of the case’s team the same entries without the other team’s incident or the victim’s name', async () => {
    const p = await analyst!.newPage();
    p.on('pageerror', (err) => console.error('page error:', err.message));
    const section = await history(p);
    await expect.poll(() => section.innerText()).toContain('Victim added: Victim 1 (identity withheld)');
    const text = await section.innerText();
    expect(text).not.toContain(victim);
    expect(text).not.toContain(titles.other);
    // The write that joined the other team's incident shows nothing the analyst may read.
    expect(text).toContain('Saved without a change.');
    expect(await p.locator('body').innerText()).not.toContain(victim);
    await screenshot(p, 'case-history-analyst');
    const violations = await seriousViolations(p);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
