import { describe, expect, it } from 'vitest';
import { browserAvailable, demoSession, describeViolations, screenshot, seriousViolations } from './harness.js';

const available = browserAvailable();

/** Likely duplicates in Chromium: the pair side by side, merge, undo, dismiss with a reason. */
describe.skipIf(!available)('likely duplicates in Chromium', () => {
  const session = demoSession();
  const stamp = Date.now().toString(36);

  it('shows a proposed pair side by side, merges it, undoes the merge and dismisses it', async () => {
    await session.page.goto(`${session.server.url}/`);
    // Two reports of one event in a country of their own (the demo's country is not scanned here).
    const place = await session.api('post', '/api/places', { name: `Kisumu ${stamp}`, country: 'KEN', admin1: 'Nyanza', latitude: -0.09, longitude: 34.77 });
    const report = (title: string, narrative: string, killed: number) =>
      session.api('post', '/api/incidents', { title, narrative, startDate: '2025-11-03', placeId: place.id, acts: [{ violationType: 'killing', victims: { killed } }] });
    const a = await report(`Market attack ${stamp}`, `Armed men attacked the market in Kisumu ${stamp} and killed seven traders.`, 7);
    const b = await report(`Seven traders killed ${stamp}`, `Seven traders were killed when armed men attacked the Kisumu ${stamp} market.`, 7);
    await session.api('post', '/api/duplicates/scan', { countries: ['KEN'] });

    await session.page.goto(`${session.server.url}/duplicates`);
    await session.page.getByRole('heading', { name: 'Likely duplicates' }).waitFor();
    const table = session.page.locator('.pair-table');
    await table.waitFor();
    await expect.poll(() => table.locator('thead').innerText()).toContain(`Market attack ${stamp}`);
    expect(await table.locator('thead').innerText()).toContain(`Seven traders killed ${stamp}`);
    expect(await session.page.locator('.features').innerText()).toMatch(/Same day\s+100%/);
    await screenshot(session.page, 'duplicates-pair');
    const violations = await seriousViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);

    const [first] = [a, b].sort((x, y) => (x.id < y.id ? -1 : 1));
    await session.page.getByRole('button', { name: `One event: keep “${first.title}”` }).click();
    await expect.poll(() => session.page.getByRole('status').innerText()).toMatch(/^Merged/);
    await session.page.getByLabel('Show').selectOption('merged');
    await session.page.getByRole('button', { name: 'Undo the merge' }).click();
    await expect.poll(() => session.page.getByRole('status').innerText()).toMatch(/undone/);
    const other = first.id === a.id ? b : a;
    expect((await session.api('get', `/api/incidents/${other.id}`)).deletedAt).toBeNull();

    await session.page.getByLabel('Show').selectOption('new');
    await session.page.getByLabel('Why these are two events').fill('two attacks, a week apart');
    await session.page.getByRole('button', { name: 'Not the same event' }).click();
    await expect.poll(() => session.page.getByRole('status').innerText()).toBe('Dismissed.');
    await session.page.getByLabel('Show').selectOption('dismissed');
    await expect.poll(() => session.page.locator('.pair').innerText()).toContain('Dismissed: two attacks, a week apart');
  });

  it('review queue: counts a selection, sets its status in bulk, and the counts follow', async () => {
    const place = await session.api('post', '/api/places', { name: `Eldoret ${stamp}`, country: 'KEN', admin1: `Uasin Gishu ${stamp}` });
    for (const n of [1, 2, 3]) await session.api('post', '/api/incidents', { title: `Hate leaflets ${n} ${stamp}`, startDate: '2025-10-0' + n, placeId: place.id, acts: [{ violationType: 'hate-speech' }] });
    await session.page.goto(`${session.server.url}/review`);
    await session.page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await session.page.getByLabel('Country').selectOption('KEN');
    await session.page.getByLabel('Region').fill(`Uasin Gishu ${stamp}`);
    await session.page.getByRole('button', { name: 'Count the selection' }).click();
    await session.page.getByLabel('New status').selectOption('unverifiable');
    await session.page.getByRole('button', { name: 'Set the status of these 3 incidents' }).click();
    await expect.poll(() => session.page.getByRole('status').innerText()).toBe('3 incidents changed (each change is in the audit trail).');
    const listed = await session.api('get', `/api/incidents?admin1=${encodeURIComponent(`Uasin Gishu ${stamp}`)}&verification=unverifiable`);
    expect(listed.total).toBe(3);
    await screenshot(session.page, 'review-queue');
    const violations = await seriousViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
