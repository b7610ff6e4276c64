import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, describeViolations, openSession, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

/**
 * Victims and witnesses on the incident page: added through the form (identity, role, acts),
 * consent recorded and withdrawn, shown by pseudonym when the API withholds the identity, and
 * the same in Arabic, right to left.
 */
describe.skipIf(!available)('persons on the incident page', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let incidentId: string;

  const rows = () => page.getByTestId('person-row');

  beforeAll(async () => {
    ({ server, browser, context, page } = await openSession());
    const source = await page.request.post(`${server.url}/api/sources`, { data: { name: 'Karn Ford Monitors', kind: 'ngo', reliability: 'B' } });
    expect(source.status()).toBe(201);
    const sourceId = ((await source.json()) as { id: string }).id;
    const res = await page.request.post(`${server.url}/api/incidents`, {
      data: {
        title: 'Threats against witnesses at Karn Ford',
        startDate: '2024-04-02',
        country: 'XVR',
        acts: [{ violationType: 'harassment' }, { violationType: 'arbitrary-detention' }],
        sources: [{ sourceId, connection: 'eyewitness', materialType: 'testimony', credibility: 2 }],
      },
    });
    expect(res.status()).toBe(201);
    incidentId = ((await res.json()) as { id: string }).id;
  });
  afterAll(() => closeSession({ server, browser }));

  it('adds a witness through the form, refusing a missing name by the field', async () => {
    await page.goto(`${server.url}/incidents/${incidentId}`);
    const section = page.getByTestId('persons');
    await expect.poll(() => section.innerText()).toContain('No victim or witness is recorded');
    await section.getByRole('button', { name: 'Add a victim or witness' }).click();
    const form = page.getByTestId('person-form');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.locator('#f-name-error').innerText().catch(() => '')).not.toBe('');
    expect(await page.locator('#f-name').getAttribute('aria-invalid')).toBe('true');

    await page.fill('#f-name', 'Amina Hassan');
    await page.fill('#f-aliases', 'Umm Khalid');
    await page.selectOption('#f-role', 'witness');
    await page.selectOption('#f-sex', 'female');
    await page.fill('#f-age', '41');
    await page.fill('#f-contacts', '+999 555 0101');
    await form.getByLabel('Act 2: Arbitrary arrest and detention').check();
    await form.getByLabel('Karn Ford Monitors').check();
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => rows().count()).toBe(1);
    const row = rows().first();
    expect(await row.innerText()).toMatch(/Witness 1\s+Amina Hassan\s+Witness\s+Female, 41 years\s+Not recorded/);

    const stored = (await (await page.request.get(`${server.url}/api/persons?incidentId=${incidentId}`)).json()) as { items: { actIds: string[]; sourceIds: string[]; identity: { contacts: string[] } }[] };
    expect(stored.items[0]!.identity.contacts).toEqual(['+999 555 0101']);
    expect(stored.items[0]!.actIds).toHaveLength(1);
    expect(stored.items[0]!.sourceIds).toHaveLength(1);
  });

  it('records consent, then its withdrawal', async () => {
    await rows().first().getByRole('button', { name: 'Consent' }).click();
    const form = page.getByTestId('consent-form');
    await form.getByLabel('What the person agreed to').selectOption('share-un');
    await form.getByLabel('Date').fill('2024-05-01');
    await form.getByRole('button', { name: 'Record consent' }).click();
    await expect.poll(() => page.getByTestId('consent-status').first().innerText()).toMatch(/^Share with UN mechanisms, since .*2024/);

    await rows().first().getByRole('button', { name: 'Consent' }).click();
    await page.getByTestId('consent-form').getByLabel('Date').fill('2024-06-10');
    await page.getByTestId('consent-form').getByRole('button', { name: 'Record withdrawal' }).click();
    await expect.poll(() => page.getByTestId('consent-status').first().innerText()).toMatch(/^Withdrawn on .*2024/);
  });

  it('edits the identity', async () => {
    await rows().first().getByRole('button', { name: 'Edit' }).click();
    expect(await page.inputValue('#f-name')).toBe('Amina Hassan');
    await page.fill('#f-name', 'Amina K. Hassan');
    await page.getByTestId('person-form').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rows().first().innerText()).toContain('Amina K. Hassan');
    await screenshot(page, 'persons');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('shows only the pseudonym when the API withholds the identity (a role without persons.read-identity)', async () => {
    const p = await context.newPage();
    await p.route('**/api/persons?incidentId=*', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: { identity: unknown }[] };
      await route.fulfill({ response, json: { items: body.items.map((i) => ({ ...i, identity: null })) } });
    });
    await p.goto(`${server.url}/incidents/${incidentId}`);
    const row = p.getByTestId('person-row').first();
    await expect.poll(() => row.innerText().catch(() => '')).toContain('Identity withheld');
    const text = await p.getByTestId('persons').innerText();
    expect(text).toContain('Witness 1');
    expect(text).not.toContain('Amina');
    expect(await row.getByRole('button').count()).toBe(0);
    await p.close();
  });

  it('reads in Arabic, right to left', async () => {
    const p = await context.newPage();
    await p.goto(`${server.url}/incidents/${incidentId}?lang=ar`);
    const section = p.getByTestId('persons');
    await expect.poll(() => section.innerText().catch(() => '')).toContain('الضحايا والشهود');
    expect(await p.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const row = p.getByTestId('person-row').first();
    await expect.poll(() => row.innerText().catch(() => '')).toContain('Amina K. Hassan');
    const text = await row.innerText();
    expect(text).toContain(`شاهد ${new Intl.NumberFormat('ar').format(1)}`);
    expect(text).toContain('سُحبت في');
    await row.getByRole('button', { name: 'الموافقة' }).click();
    expect(await p.getByTestId('consent-form').innerText()).toContain('ما وافق عليه الشخص');
    await screenshot(p, 'persons-ar');
    const violations = await seriousViolations(p);
    expect(violations, describeViolations(violations)).toEqual([]);
    await p.close();
  });
  it('deletes a person after a confirmation', async () => {
    // The Arabic test above left Arabic as the chosen language: come back to English.
    await page.goto(`${server.url}/incidents/${incidentId}?lang=en`);
    await expect.poll(() => rows().count()).toBe(1);
    await rows().first().getByRole('button', { name: 'Edit' }).click();
    await page.getByTestId('person-form').getByRole('button', { name: 'Delete this person' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => page.getByTestId('persons').innerText()).toContain('No victim or witness is recorded');
  });
});
