import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, buildWebApp, describeViolations, launchBrowser, screenshot, seriousViolations, startServer, type Server } from './harness.js';

const available = browserAvailable();

/**
 * Two people edit the same incident in two browsers (issue 14, "no edit ever lost"): A
 * changes the narrative and saves; B, who opened the form before A saved, changes only the
 * verification status and saves. Both changes must survive without B being asked anything;
 * only a field both changed (the title) is shown as a conflict for B to decide.
 */
describe.skipIf(!available)('two people editing one incident', () => {
  let server: Server;
  let browser: Browser;
  let a: Page;
  let b: Page;
  let incidentId = '';

  beforeAll(async () => {
    buildWebApp();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const [ca, cb] = await Promise.all([browser.newContext({ viewport: { width: 1280, height: 900 } }), browser.newContext({ viewport: { width: 1280, height: 900 } })]);
    [a, b] = await Promise.all([ca.newPage(), cb.newPage()]);
    for (const p of [a, b]) p.on('pageerror', (err) => console.error('page error:', err.message));
    const list = await (await a.request.get(`${server.url}/api/incidents?country=XVR&verification=not-yet-verified&limit=1`)).json();
    incidentId = list.items[0].id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const record = async () => (await a.request.get(`${server.url}/api/incidents/${incidentId}`)).json();
  const openForm = async (p: Page) => {
    await p.goto(`${server.url}/incidents/${incidentId}/edit`);
    await expect.poll(() => p.inputValue('#f-title')).not.toBe('');
  };
  const saveAndLeave = async (p: Page) => {
    await p.getByTestId('save').click();
    await p.waitForURL(new RegExp(`/incidents/${incidentId}$`));
  };

  it("merges A's narrative and B's verification status without asking, and says what came from A", async () => {
    const before = await record();
    await Promise.all([openForm(a), openForm(b)]);

    const narrative = `${before.narrative}\nA: the keeper was injured as well.`;
    await a.fill('#f-narrative', narrative);
    await saveAndLeave(a);

    await b.selectOption('#f-verificationStatus', 'verified');
    await saveAndLeave(b);
    const notice = b.getByTestId('merged-notice');
    await expect.poll(() => notice.innerText()).toContain('Narrative');
    expect(await notice.innerText()).not.toContain('Verification');
    await screenshot(b, 'merge-clean');

    const after = await record();
    expect(after.narrative).toBe(narrative);
    expect(after.verificationStatus).toBe('verified');
    expect(after.version).toBe(before.version + 2);
    // The acts kept their ids through both saves.
    expect(after.acts.map((x: { id: string }) => x.id)).toEqual(before.acts.map((x: { id: string }) => x.id));
    const audit = await (await a.request.get(`${server.url}/api/audit?entity=incident&entityId=${incidentId}&limit=1`)).json();
    expect(audit.items[0].action).toBe('incident.merge');
  });

  it('shows exactly one conflict when both change the title, keeps the rest of A\'s edit, and saves the decision', async () => {
    const before = await record();
    await Promise.all([openForm(a), openForm(b)]);

    await a.fill('#f-title', `${before.title} (A)`);
    await a.selectOption('#f-confidentiality', before.confidentiality === 'public' ? 'internal' : 'public');
    await saveAndLeave(a);
    const afterA = await record();

    await b.fill('#f-title', `${before.title} (B)`);
    await b.getByTestId('save').click();
    const conflict = b.getByTestId('conflict');
    await conflict.waitFor();
    await expect.poll(() => b.getByTestId('merge-conflict').count()).toBe(1);
    const only = b.getByTestId('merge-conflict');
    expect(await only.getAttribute('data-path')).toBe('title');
    const text = await only.innerText();
    expect(text).toContain('Title');
    expect(text).toContain(`${before.title} (A)`);
    expect(text).toContain(`${before.title} (B)`);
    // Nothing is saved until the conflict is decided.
    expect(await b.getByTestId('save-merge').isDisabled()).toBe(true);
    await screenshot(b, 'merge-conflict');
    const violations = await seriousViolations(b);
    expect(violations, describeViolations(violations)).toEqual([]);

    await only.getByLabel(/Keep mine/).check();
    await expect.poll(() => b.getByTestId('save-merge').isDisabled()).toBe(false);
    await b.getByTestId('save-merge').click();
    await b.waitForURL(new RegExp(`/incidents/${incidentId}$`));

    const after = await record();
    expect(after.title).toBe(`${before.title} (B)`);
    // A's other change survived B's save.
    expect(after.confidentiality).toBe(afterA.confidentiality);
    expect(after.version).toBe(afterA.version + 1);
    const audit = await (await b.request.get(`${server.url}/api/audit?entity=incident&entityId=${incidentId}&limit=1`)).json();
    expect(audit.items[0].action).toBe('incident.merge');
    await expect.poll(() => b.getByTestId('chronology').innerText()).toContain('Edited (two edits merged)');
  });

  it('lays the conflict out right to left in Arabic', async () => {
    const before = await record();
    const ar = await browser.newPage();
    await ar.goto(`${server.url}/incidents/${incidentId}/edit?lang=ar`);
    await expect.poll(() => ar.inputValue('#f-title')).not.toBe('');
    await openForm(a);
    await a.fill('#f-title', `${before.title} أ`);
    await saveAndLeave(a);
    await ar.fill('#f-title', `${before.title} ب`);
    await ar.getByTestId('save').click();
    await ar.getByTestId('conflict').waitFor();
    expect(await ar.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await ar.getByTestId('conflict').innerText()).toContain('أبقِ قيمتي');
    await screenshot(ar, 'merge-conflict-ar');
    await ar.close();
  });
});
