import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, openSession, describeViolations, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();

// From web/src/i18n/ar.ts (not imported: the e2e build resolves modules as Node does).
const required = 'هذا الحقل مطلوب.';
const violation = 'الانتهاك';

/**
 * Form errors in Arabic: the API's problems are shown by their code, translated, under the
 * field and in the summary (with the field's Arabic label), and none of the API's English
 * text reaches the page. Vocabulary options are in Arabic too.
 */
describe.skipIf(!available)('form errors in Arabic', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, context, page } = await openSession());
  });

  afterAll(() => closeSession({ server, browser }));

  it('shows an act without a violation type as an Arabic message under the field, with no English API text on the page', async () => {
    await page.goto(`${server.url}/incidents/new?lang=ar&country=XVR`);
    await page.locator('#f-title').waitFor();
    // The vocabularies' labels are in Arabic: the violation types grouped by level.
    await expect.poll(() => page.locator('#f-acts-0-violationType option[value="arson"]').innerText().catch(() => '')).toBe('الحرق العمد');
    await expect.poll(() => page.locator('#f-verificationStatus option[value="not-yet-verified"]').innerText().catch(() => '')).toBe('لم يُتحقق منه بعد');

    await page.fill('#f-title', 'هجوم على مزار في ريدووتر');
    await page.fill('#f-start', '2026-03-14');
    await page.selectOption('#f-country', 'XVR');
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/incidents') && r.request().method() === 'POST'), page.getByTestId('save').click()]);
    const problem = (await response.json()) as { errors: { field: string; code: string; message: string }[] };
    expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'acts.0.violationType', code: 'required' }));

    const error = page.locator('#f-acts-0-violationType-error');
    await error.waitFor();
    expect(await error.innerText()).toBe(required);
    expect(await page.locator('#f-acts-0-violationType').getAttribute('aria-invalid')).toBe('true');

    const summary = page.getByTestId('error-summary');
    const summaryText = await summary.innerText();
    expect(summaryText).toContain(`الفعل ${new Intl.NumberFormat('ar').format(1)} — ${violation}: ${required}`);

    // Nothing the API wrote in English is on the page: neither its messages nor its field paths.
    const body = await page.locator('body').innerText();
    for (const e of problem.errors) {
      expect(body).not.toContain(e.message);
      expect(body).not.toContain(e.field);
    }
    expect(body).not.toMatch(/violation-types|acts\.0/);

    await screenshot(page, 'errors-ar');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Choosing a violation type clears its message.
    await page.selectOption('#f-acts-0-violationType', 'arson');
    await expect.poll(() => error.count()).toBe(0);
  });

  it('shows vocabulary labels in Arabic on the list and on the incident page', async () => {
    const p = await context.newPage();
    await p.goto(`${server.url}/incidents?lang=ar&country=XVR`);
    await expect.poll(() => p.locator('.facets option[value="verified"]').innerText().catch(() => '')).toBe('تم التحقق منه');
    const first = p.locator('.row-link').first();
    await first.waitFor();
    const href = (await first.getAttribute('href'))!;
    const incident = (await (await p.request.get(`${server.url}/api${href}`)).json()) as { verificationStatus: string; acts: { violationType: string }[] };
    const arabicLabel = async (vocabulary: string, code: string) => {
      const taxonomy = (await (await p.request.get(`${server.url}/api/taxonomies/${vocabulary}`)).json()) as { terms: { code: string; label: { en: string; ar: string } }[] };
      return taxonomy.terms.find((t) => t.code === code)!.label;
    };
    const status = await arabicLabel('verification-statuses', incident.verificationStatus);
    expect(await first.locator('.status').innerText()).toBe(status.ar);

    await first.click();
    await p.getByTestId('incident-detail').waitFor();
    const type = await arabicLabel('violation-types', incident.acts[0]!.violationType);
    await expect.poll(() => p.getByTestId('incident-detail').innerText()).toContain(type.ar);
    const detail = await p.getByTestId('incident-detail').innerText();
    expect(detail).toContain(status.ar);
    expect(detail).not.toContain(type.en);
    await screenshot(p, 'detail-ar');
    await p.close();
  });
});
