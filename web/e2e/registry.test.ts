import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, openSession, describeViolations, requestJson, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

/** Groups, perpetrators and sources edited from the web app, and created inline from the incident form. */
describe.skipIf(!available)('registries in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const stamp = Date.now().toString(36);
  const groupName = `Reed people ${stamp}`;
  const renamed = `Reed folk ${stamp}`;
  let groupId = '';

  beforeAll(async () => {
    ({ server, browser, context, page } = await openSession());
  });

  afterAll(() => closeSession({ server, browser }));

  const expectAccessible = async (p: Page = page) => {
    const violations = await seriousViolations(p);
    expect(violations, describeViolations(violations)).toEqual([]);
  };
  const api = (method: 'get' | 'post', path: string, data?: unknown) => requestJson(page, method, `${server.url}${path}`, data);
  const incident = (title: string, act: Record<string, unknown>, more: Record<string, unknown> = {}) =>
    api('post', '/api/incidents', { title, startDate: '2026-02-10', country: 'XVR', admin1: 'Eastern Lakes', acts: [{ violationType: 'harassment', ...act }], ...more });

  it('creates a group from its page and renames it', async () => {
    await page.goto(`${server.url}/groups`);
    await page.getByRole('link', { name: 'Groups', exact: true }).waitFor();
    await expect.poll(() => page.locator('.registry-table tbody tr').count()).toBeGreaterThan(3);
    await page.getByRole('link', { name: 'New group' }).click();
    await page.waitForURL(/\/groups\/new$/);
    // The API's errors appear under their fields.
    await page.getByTestId('save').click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.locator('#f-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-basis').getAttribute('aria-invalid')).toBe('true');

    await page.fill('#f-name', groupName);
    await page.selectOption('#f-basis', 'religion');
    await page.fill('#f-aliases', `Reedfolk ${stamp}\nPeople of the reeds`);
    await page.selectOption('#f-country', 'XVR');
    await page.fill('#f-sizeEstimate', '4000');
    await screenshot(page, 'registry-group-new');
    await expectAccessible();
    await page.getByTestId('save').click();
    await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
    groupId = page.url().split('/').pop()!;
    await expect.poll(() => page.locator('main h1').innerText()).toBe(groupName);
    expect(await page.getByTestId('notice').innerText()).toBe('Saved.');
    await expect.poll(() => page.getByTestId('usage').innerText()).toBe('No live incident names it yet.');

    await page.fill('#f-name', renamed);
    // Leaving with the rename unsaved asks first; dismissing stays on the page.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('link', { name: 'Perpetrators', exact: true }).click();
    await expect.poll(() => page.inputValue('#f-name')).toBe(renamed);
    expect(page.url()).toMatch(new RegExp(`/groups/${groupId}$`));
    await page.getByTestId('save').click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe(renamed);
    expect(await page.locator('.page-head').innerText()).toMatch(/Version 2/);
    const stored = await api('get', `/api/groups/${groupId}`);
    expect(stored).toMatchObject({ name: renamed, basis: 'religion', aliases: [`Reedfolk ${stamp}`, 'People of the reeds'], sizeEstimate: 4000, version: 2 });
  });

  it('merges a stale save with what someone else saved meanwhile, asking only about fields both changed', async () => {
    const saveTheirs = async (change: Record<string, unknown>) => {
      const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = await api('get', `/api/groups/${groupId}`);
      const res = await page.request.put(`${server.url}/api/groups/${groupId}`, { data: { ...fields, ...change } });
      expect(res.status()).toBe(200);
    };
    await page.goto(`${server.url}/groups/${groupId}`);
    await expect.poll(() => page.inputValue('#f-name')).toBe(renamed);
    // I change the description while they change the size: both kept, nothing asked.
    await page.fill('#f-description', 'Fishers and weavers of the lake shore.');
    await saveTheirs({ sizeEstimate: 5000 });
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText().catch(() => '')).toMatch(/^Saved, merged with version 3/);
    expect(await api('get', `/api/groups/${groupId}`)).toMatchObject({ version: 4, description: 'Fishers and weavers of the lake shore.', sizeEstimate: 5000 });
    expect(await page.inputValue('#f-sizeEstimate')).toBe('5000');

    // Both change the size, I also change the counting unit: only the size is asked about.
    await page.fill('#f-sizeEstimate', '6000');
    await page.selectOption('#f-countingUnit', 'community');
    await saveTheirs({ sizeEstimate: 7000, aliases: [`Reedfolk ${stamp}`, 'Lake people'] });
    await page.getByTestId('save').click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.locator('tbody tr').count()).toBe(1);
    expect(await conflict.locator('tbody th').innerText()).toBe('Estimated size');
    expect(await conflict.innerText()).toContain('7000');
    await screenshot(page, 'registry-conflict');
    await expectAccessible();
    await conflict.getByRole('radio', { name: 'Theirs' }).check();
    await conflict.getByRole('button', { name: 'Save over version 5 with these choices' }).click();
    await expect.poll(() => page.getByTestId('notice').innerText().catch(() => '')).toBe('Saved.');
    expect(await api('get', `/api/groups/${groupId}`)).toMatchObject({ version: 6, sizeEstimate: 7000, countingUnit: 'community', aliases: [`Reedfolk ${stamp}`, 'Lake people'] });
  });

  it('shows how many incidents name the group and links to them, from its page and from the list', async () => {
    await incident(`Reed shrine defaced ${stamp}`, { groupId });
    await incident(`Reed school closed ${stamp}`, { violationType: 'discrimination-education', groupId });
    const deleted = await incident(`Reed market closed ${stamp}`, { groupId });
    await page.request.delete(`${server.url}/api/incidents/${deleted.id}?version=${deleted.version}`);

    await page.goto(`${server.url}/groups?q=${encodeURIComponent(`Reedfolk ${stamp}`)}`);
    const row = page.locator('.registry-table tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.locator('td.num').innerText()).toBe('2');
    await screenshot(page, 'registry-groups');
    await expectAccessible();

    await page.getByRole('link', { name: renamed, exact: true }).click();
    await page.waitForURL(new RegExp(`/groups/${groupId}$`));
    const usage = page.getByRole('link', { name: 'Named by 2 live incidents: list them' });
    await usage.click();
    await page.waitForURL(new RegExp(`/incidents\\?group=${groupId}$`));
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe('2 incidents');
    await expect.poll(() => page.locator('.chips').innerText()).toContain(renamed);
  });

  it('deletes and restores a perpetrator, listing deleted ones on request', async () => {
    const name = `Reed guard ${stamp}`;
    const actor = await api('post', '/api/actors', { name, kind: 'militia', country: 'XVR' });
    const named = await incident(`Reed boats seized ${stamp}`, { perpetrators: [{ actorId: actor.id, involvement: 'carried-out' }] });
    await page.goto(`${server.url}/actors/${actor.id}`);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(name);
    // Someone edits it meanwhile: a stale delete is not carried out, the page shows the record as it now is.
    const edited = await page.request.put(`${server.url}/api/actors/${actor.id}`, { data: { name, kind: 'militia', country: 'XVR', description: 'Seen on the lake at night.', version: actor.version } });
    expect(edited.status()).toBe(200);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByTestId('notice').innerText().catch(() => '')).toMatch(/^Someone saved this record meanwhile \(version 2\)/);
    expect(await page.inputValue('#f-description')).toBe('Seen on the lake at night.');
    expect((await api('get', `/api/actors/${actor.id}`)).deletedAt).toBeNull();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('deleted-banner').waitFor();
    expect(await page.locator('#f-name').isDisabled()).toBe(true);
    await screenshot(page, 'registry-actor-deleted');
    await expectAccessible();
    // The incident that names it still shows its name.
    await page.goto(`${server.url}/incidents/${named.id}`);
    await expect.poll(() => page.locator('main').innerText()).toContain(name);

    await page.goto(`${server.url}/actors?q=${encodeURIComponent(name)}`);
    await expect.poll(() => page.getByTestId('registry-count').innerText()).toBe('0 shown');
    await page.getByLabel('Show deleted ones').check();
    await page.waitForURL(/deleted=1/);
    const row = page.locator('.registry-table tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('deleted');

    await row.getByRole('link', { name, exact: true }).click();
    await page.getByTestId('deleted-banner').waitFor();
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toBe('Restored.');
    await expect.poll(() => page.getByTestId('usage').innerText()).toBe('Named by 1 live incident: list it');
    expect(await page.getByTestId('deleted-banner').count()).toBe(0);
    expect(await page.locator('#f-name').isDisabled()).toBe(false);
    expect((await api('get', `/api/actors/${actor.id}`)).deletedAt).toBeNull();
  });

  it('lists a source’s incidents through the new source filter', async () => {
    const source = await api('post', '/api/sources', { name: `Reed watch ${stamp}`, kind: 'ngo', reliability: 'B' });
    await incident(`Reed well poisoned ${stamp}`, {}, { sources: [{ sourceId: source.id, connection: 'eyewitness', materialType: 'testimony', credibility: 2 }] });
    await page.goto(`${server.url}/sources?reliability=B&q=${encodeURIComponent(`Reed watch ${stamp}`)}`);
    await page.getByRole('link', { name: `1 incident naming Reed watch ${stamp}` }).click();
    await page.waitForURL(new RegExp(`/incidents\\?source=${source.id}$`));
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe('1 incident');
    await expect.poll(() => page.locator('.chips').innerText()).toContain(`Reed watch ${stamp}`);
    // The list's own source filter shows the same choice, and clearing it lists every incident again.
    await expect.poll(() => page.getByTestId('source-filter').inputValue()).toBe(source.id);
    await page.getByTestId('source-filter').selectOption('');
    await expect.poll(() => page.getByTestId('result-count').innerText()).toMatch(/^[\d,]{4,} incidents$/);
  });

  it('creates an incident with a new group inline: refused first, then saved once, with the group created once', async () => {
    const inline = `Lakeshore weavers ${stamp}`;
    const title = `Weavers' stalls burned ${stamp}`;
    await page.goto(`${server.url}/incidents/new`);
    await page.fill('#f-title', title);
    await page.fill('#f-start', '2026-03-02');
    await page.selectOption('#f-country', 'XVR');
    await page.selectOption('#f-acts-0-violationType', 'arson');
    await page.selectOption('#f-acts-0-groupId', { label: 'New group…' });
    const sub = page.getByTestId('new-groups');
    await sub.waitFor();
    // The sub-form takes the focus: its name is the next thing to type.
    expect(await sub.locator('input').evaluate((el) => el === document.activeElement)).toBe(true);
    await sub.locator('select').selectOption('ethnicity');
    // Saved without the group's name: refused, the error under the sub-form's input, nothing created.
    const before = (await api('get', `/api/groups?limit=500`)).items.length;
    await page.getByTestId('save').click();
    await page.getByTestId('error-summary').waitFor();
    expect(await sub.locator('input').getAttribute('aria-invalid')).toBe('true');
    expect((await api('get', `/api/groups?limit=500`)).items.length).toBe(before);
    await screenshot(page, 'registry-inline-error');
    await expectAccessible();

    await sub.locator('input').fill(inline);
    expect(await page.locator('#f-acts-0-groupId option:checked').innerText()).toBe(`${inline} (new)`);
    // A new perpetrator and a new source on the way, both chosen again by a second act / kept once.
    await page.getByRole('button', { name: 'Add a perpetrator' }).click();
    await page.selectOption('#f-acts-0-perpetrators-0-actorId', { label: 'New perpetrator…' });
    await page.getByTestId('new-actors').locator('input').fill(`Night riders ${stamp}`);
    await page.getByTestId('new-actors').locator('select').selectOption('armed-group');
    await page.getByRole('button', { name: 'Add an act' }).click();
    await page.selectOption('#f-acts-1-violationType', 'harassment');
    await page.selectOption('#f-acts-1-groupId', { label: `${inline} (new)` });
    expect(await page.getByTestId('new-groups').count()).toBe(1);
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.selectOption('#f-sources-0-sourceId', { label: 'New source…' });
    await page.getByTestId('new-sources').locator('input').fill(`Weavers' guild ${stamp}`);
    await page.getByTestId('new-sources').locator('select').selectOption('C');
    await page.selectOption('#f-sources-0-connection', { index: 1 });
    await page.selectOption('#f-sources-0-materialType', { index: 1 });
    await page.selectOption('#f-sources-0-credibility', '3');
    await screenshot(page, 'registry-inline');
    await page.getByTestId('save').click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(title);
    await expect.poll(() => page.locator('main').innerText()).toContain(inline);
    const found = await api('get', `/api/groups?q=${encodeURIComponent(inline)}`);
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({ basis: 'ethnicity', country: 'XVR' });
    const saved = await api('get', `/api/incidents/${page.url().split('/').pop()}`);
    expect(saved.acts.map((a: { groupId: string }) => a.groupId)).toEqual([found.items[0].id, found.items[0].id]);
    const [actors, sources] = await Promise.all([api('get', `/api/actors?q=${encodeURIComponent(`Night riders ${stamp}`)}`), api('get', `/api/sources?q=${encodeURIComponent(`Weavers' guild ${stamp}`)}`)]);
    expect(actors.items).toHaveLength(1);
    expect(actors.items[0]).toMatchObject({ kind: 'armed-group', country: 'XVR' });
    expect(sources.items).toHaveLength(1);
    expect(sources.items[0].reliability).toBe('C');
    expect(saved.acts[0].perpetrators).toEqual([{ actorId: actors.items[0].id, involvement: 'carried-out' }]);
    expect(saved.sources[0]).toMatchObject({ sourceId: sources.items[0].id, credibility: 3 });
  });

  it('lays the registry pages out right to left, and fits a phone', async () => {
    const ar = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await ar.newPage();
    await p.goto(`${server.url}/groups/${groupId}?lang=ar`);
    await expect.poll(() => p.locator('main h1').innerText()).toBe(renamed);
    expect(await p.locator('html').getAttribute('dir')).toBe('rtl');
    await p.getByRole('link', { name: 'الجماعات', exact: true }).waitFor();
    await screenshot(p, 'registry-group-ar');
    await expectAccessible(p);
    await ar.close();

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const m = await phone.newPage();
    await m.goto(`${server.url}/sources`);
    await expect.poll(() => m.locator('.registry-table tbody tr').count()).toBeGreaterThan(0);
    expect(await m.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(392);
    await screenshot(m, 'registry-sources-phone');
    await phone.close();
  });
});
