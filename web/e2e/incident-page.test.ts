import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { browserAvailable, closeSession, openSession, describeViolations, screenshot, screenshots, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

/**
 * The incident page in Chromium: delete with a confirmation and restore from the deleted
 * banner, links made with the picker and seen from both incidents, the evidence integrity
 * check, treaty articles per act, no sideways scrolling on a phone, and a history that says
 * in words exactly what an edit changed.
 */
describe.skipIf(!available)('incident page in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    ({ server, browser, context, page } = await openSession());
  });

  afterAll(() => closeSession({ server, browser }));

  const expectAccessible = async (p: Page = page) => {
    const violations = await seriousViolations(p);
    expect(violations, describeViolations(violations)).toEqual([]);
  };

  /** A fresh incident through the API, so each test starts from its own record. */
  const createIncident = async (title: string, over: Record<string, unknown> = {}) => {
    const res = await page.request.post(`${server.url}/api/incidents`, {
      data: { title, narrative: 'Recorded by the incident page test.', startDate: '2026-02-10', country: 'XVR', admin1: 'Eastern Lakes', acts: [{ violationType: 'arson' }], ...over },
    });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { id: string; version: number };
  };
  /** The chronology has its own request: read it once it has arrived, not while the page shows none yet. */
  const chronologyLoaded = (p: Page = page) => p.locator('[data-testid="chronology"][aria-busy="false"]').waitFor();
  const openIncident = async (id: string, p: Page = page) => {
    await p.goto(`${server.url}/incidents/${id}`);
    await p.getByTestId('incident-detail').waitFor();
    await chronologyLoaded(p);
  };
  const chronologyEntries = (p: Page = page) => p.getByTestId('chronology-entry');

  it('deletes from the page after a confirmation, then shows the deleted banner, hides Edit, and restores', async () => {
    const title = `Market stalls burned ${stamp}`;
    const { id } = await createIncident(title);
    await openIncident(id);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this incident?' });
    await dialog.waitFor();
    // Focus starts on the safe choice, inside the modal dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await screenshot(page, 'incident-delete-dialog', false);
    await expectAccessible();
    // Escape cancels: nothing deleted, focus back on the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete');
    expect(await page.getByTestId('deleted-banner').count()).toBe(0);

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete the incident' }).click();
    const banner = page.getByTestId('deleted-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/This incident was deleted on/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('deleted-banner');
    expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete', exact: true }).count()).toBe(0);
    await expect.poll(() => chronologyEntries().first().innerText()).toMatch(/^Deleted/);
    await screenshot(page, 'incident-deleted');
    await expectAccessible();

    // The edit page of a deleted incident shows the banner, not the form.
    await page.goto(`${server.url}/incidents/${id}/edit`);
    await page.getByTestId('deleted-banner').waitFor();
    expect(await page.locator('#f-title').count()).toBe(0);
    expect(await page.getByTestId('deleted-banner').innerText()).toMatch(/cannot be edited/);
    await expectAccessible();

    await openIncident(id);
    await page.getByTestId('restore').click();
    await expect.poll(() => page.getByTestId('deleted-banner').count()).toBe(0);
    await page.getByRole('link', { name: 'Edit', exact: true }).waitFor();
    await expect.poll(() => chronologyEntries().first().innerText()).toMatch(/^Restored/);
    const read = await (await page.request.get(`${server.url}/api/incidents/${id}`)).json();
    expect(read.deletedAt).toBeNull();
  });

  it('tells a save refused because the incident was deleted apart from a version conflict, and restores from the form', async () => {
    const title = `Teachers dismissed ${stamp}`;
    const { id, version } = await createIncident(title);
    await page.goto(`${server.url}/incidents/${id}/edit`);
    await expect.poll(() => page.inputValue('#f-title')).toBe(title);
    await page.fill('#f-narrative', 'Edited while someone else deleted it.');
    // Meanwhile someone deletes it.
    const del = await page.request.delete(`${server.url}/api/incidents/${id}?version=${version}`);
    expect(del.status()).toBe(200);

    await page.getByTestId('save').click();
    const banner = page.getByTestId('deleted-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/deleted while you were editing/);
    expect(await page.getByTestId('conflict').count()).toBe(0);
    // The edit is still in the form; restoring lets it be saved.
    expect(await page.inputValue('#f-narrative')).toBe('Edited while someone else deleted it.');
    await banner.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByTestId('deleted-banner').count()).toBe(0);
    await page.getByTestId('save').click();
    await page.waitForURL(new RegExp(`/incidents/${id}$`));
    await expect.poll(() => page.locator('.narrative').innerText()).toBe('Edited while someone else deleted it.');
  });

  it('links two incidents with the picker, and shows the link on both pages with its kind', async () => {
    const first = `Leaflets against the Teral ${stamp}`;
    const second = `Teral shops attacked ${stamp}`;
    const a = await createIncident(first, { acts: [{ violationType: 'hate-speech' }] });
    const b = await createIncident(second, { startDate: '2026-03-02' });
    await page.goto(`${server.url}/incidents/${a.id}/edit`);
    await expect.poll(() => page.inputValue('#f-title')).toBe(first);
    await page.selectOption('#new-link-kind', 'causes');
    const picker = page.getByTestId('incident-picker');
    await picker.fill(`shops ${stamp}`);
    const option = page.getByRole('option', { name: new RegExp(second) });
    await option.waitFor();
    // Each result shows its title, date and place.
    expect(await option.innerText()).toMatch(/Mar 2, 2026 · Eastern Lakes, Veridia/);
    // The viewport as it is, the list open under the search box (the harness's screenshot scrolls to the top).
    await picker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(screenshots, 'incident-link-picker.png') });
    await expectAccessible();
    await picker.press('ArrowDown');
    expect(await picker.getAttribute('aria-activedescendant')).toBeTruthy();
    await picker.press('Enter');
    const row = page.getByTestId('link-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain(second);
    expect(await page.inputValue('#f-links-0-kind')).toBe('causes');
    await page.fill('#f-links-0-note', 'The leaflets named the shops.');
    await page.getByTestId('save').click();
    await page.waitForURL(new RegExp(`/incidents/${a.id}$`));

    await expect.poll(() => page.getByTestId('links').innerText()).toMatch(new RegExp(`This incident — Causes → ${second}`));
    expect(await page.getByTestId('links').innerText()).toContain('The leaflets named the shops.');
    await page.getByTestId('links').getByRole('link', { name: second }).click();
    await page.waitForURL(new RegExp(`/incidents/${b.id}$`));
    await expect.poll(() => page.getByTestId('links').innerText()).toMatch(new RegExp(`${first} \\(Feb 10, 2026\\) — Causes → this incident`));

    // Removing it in the form removes it from both pages.
    await page.goto(`${server.url}/incidents/${a.id}/edit`);
    await page.getByRole('button', { name: `Remove the link to ${second}` }).click();
    await page.getByTestId('save').click();
    await page.waitForURL(new RegExp(`/incidents/${a.id}$`));
    await expect.poll(() => page.getByTestId('incident-detail').innerText()).toContain('No linked incident.');
    await expect.poll(() => chronologyEntries().first().innerText()).toContain(`Link to removed: ${second}`);
  });

  it('verifies a file’s integrity and shows the result in the chain of custody; names each act’s treaty articles', async () => {
    const upload = await page.request.post(`${server.url}/api/evidence`, {
      multipart: { file: { name: `burned-door-${stamp}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Photo note ${stamp}\n`) } },
    });
    expect(upload.status()).toBe(201);
    const evidence = await upload.json();
    const { id } = await createIncident(`Shrine door burned ${stamp}`, { evidenceIds: [evidence.id], acts: [{ violationType: 'arson' }, { violationType: 'killing' }] });
    await openIncident(id);
    const item = page.getByTestId('evidence-item');
    await item.waitFor();
    await item.getByRole('button', { name: `Verify file integrity: burned-door-${stamp}.txt` }).click();
    await expect.poll(() => item.getByTestId('verify-result').innerText()).toMatch(/^✓ Intact: the stored file still matches its SHA-256/);
    expect(await item.getByTestId('custody').innerText()).toMatch(/Uploaded[\s\S]*Integrity checked/);

    const acts = page.getByTestId('act-row');
    // Articles are isolated for right-to-left text (U+2068…U+2069): read them without the marks.
    const actText = async (i: number) => (await acts.nth(i).innerText()).replace(/[\u2068\u2069]/g, '');
    expect(await actText(0)).toMatch(/Arson[\s\S]*ICERD art\. 5\(d\)\(v\)[\s\S]*ICCPR art\. 6\(1\)/);
    expect(await actText(1)).toMatch(/Killing[\s\S]*ICCPR art\. 6\(1\)/);
    expect(await acts.nth(0).locator('abbr').first().getAttribute('title')).toMatch(/^International|^Convention|^Universal/);
    await screenshot(page, 'incident-evidence-verified');
    await expectAccessible();
  });

  it('fits a 375 px phone without sideways scrolling, long hashes wrapped', async () => {
    const upload = await page.request.post(`${server.url}/api/evidence`, {
      multipart: { file: { name: `a-very-long-file-name-of-a-witness-statement-${stamp}-${'x'.repeat(60)}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Phone ${stamp}\n`) } },
    });
    const evidence = await upload.json();
    const other = await createIncident(`Other ${stamp}`);
    const { id } = await createIncident(`Phone check ${stamp}`, { evidenceIds: [evidence.id], links: [{ incidentId: other.id, kind: 'follows', note: 'n'.repeat(120) }] });
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const p = await phone.newPage();
    for (const lang of ['en', 'ar']) {
      await p.goto(`${server.url}/incidents/${id}?lang=${lang}`);
      await p.getByTestId('evidence-hash').waitFor();
      await expect.poll(() => p.getByTestId('links').innerText()).toContain(`Other ${stamp}`);
      const { scrollWidth, clientWidth } = await p.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
      const wide = await p.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > document.scrollingElement!.clientWidth + 1 || e.getBoundingClientRect().left < -1).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}`));
      expect(scrollWidth, `${lang}: ${wide.join(', ')}`).toBeLessThanOrEqual(clientWidth);
      await screenshot(p, `incident-phone-${lang}`);
    }
    await expectAccessible(p);
    await phone.close();
  });

  it('shows an edit of the title and the verification status as exactly those two changes, in words', async () => {
    const title = `Slurs at the bus station ${stamp}`;
    const { id } = await createIncident(title, { acts: [{ violationType: 'slurs-and-insults' }] });
    await page.goto(`${server.url}/incidents/${id}/edit`);
    await expect.poll(() => page.inputValue('#f-title')).toBe(title);
    await page.fill('#f-title', `${title} (confirmed)`);
    await page.selectOption('#f-verificationStatus', 'verified');
    await page.getByTestId('save').click();
    await page.waitForURL(new RegExp(`/incidents/${id}$`));
    await chronologyLoaded();
    await expect.poll(() => chronologyEntries().count()).toBe(2);
    const changes = chronologyEntries().first().getByTestId('changes').locator(':scope > li');
    await expect.poll(async () => (await changes.allTextContents()).map((x) => x.replace(/\s+/g, ' ').trim())).toEqual([`Title: from ${title} → to ${title} (confirmed)`, 'Verification: from Not yet verified → to Verified']);
    await screenshot(page, 'incident-history');
    await expectAccessible();

    // The same history in Arabic: field labels in Arabic.
    const ar = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await ar.newPage();
    await openIncident(`${id}?lang=ar`, p);
    const arChanges = chronologyEntries(p).first().getByTestId('changes').locator(':scope > li');
    await expect.poll(async () => ((await arChanges.first().textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(/^العنوان: من /);
    await screenshot(p, 'incident-history-ar');
    await expectAccessible(p);
    await ar.close();
  });
});
