import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { documentText, unzip } from '../../src/cases/documents/docxText.js';
import { browserAvailable, demoSession, describeViolations, screenshot, screenshots, seriousViolations } from './harness.js';

const available = browserAvailable();

/** Clicks the download link and reads the file the browser saved. */
async function download(page: Page): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-document-download').click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

/** A picture of one section of the page (the case page is several screens long). */
const shoot = (section: Locator, name: string) => section.screenshot({ path: join(screenshots, `${name}.png`) });

/**
 * The caseworker's path ends in the web app (issue 18 "Done when"): on the demo case, a requested
 * interim measure added through its form is in the DOCX downloaded from the case page; the PDF
 * downloads too; victims and evidence are added through their forms, a form's problem shown under
 * its field.
 */
describe.skipIf(!available)('case documents and item forms in Chromium', () => {
  const session = demoSession();
  const stamp = Date.now().toString(36);

  it('adds an interim measure, downloads the DOCX with it and the PDF, and shows the word count against the form’s limit', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/cases`);
    const demo = page.getByTestId('cases-table').getByRole('link', { name: /^Teral family detained and disappeared in / });
    await demo.waitFor();
    await demo.click();
    await page.getByTestId('case-page').waitFor();

    // The demo's own requested measures, then one added through the form.
    const measures = page.getByRole('region', { name: 'Requested measures', exact: true });
    await expect.poll(() => page.getByTestId('case-requested-measures').innerText()).toContain('Disclose at once where the father and the eldest son are held');
    const text = `Allow the mother to visit her son in detention ${stamp}`;
    await measures.getByRole('textbox', { name: 'Measure', exact: true }).fill(text);
    await measures.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('interim');
    await measures.getByRole('textbox', { name: 'Addressed to', exact: true }).fill('the State party');
    await measures.getByRole('button', { name: 'Add the measure' }).click();
    await expect.poll(() => page.getByTestId('case-requested-measures').innerText()).toContain(text);
    // The form was cleared once saved.
    expect(await measures.getByRole('textbox', { name: 'Measure', exact: true }).inputValue()).toBe('');
    await shoot(measures, 'case-requested-measures');

    // Documents: an individual communication to the case's first target, the Human Rights Committee.
    const documents = page.getByTestId('case-documents');
    await documents.scrollIntoViewIfNeeded();
    expect(await documents.getByLabel('To', { exact: true }).inputValue()).toBe('CCPR');
    await expect.poll(() => page.getByTestId('case-document-words').innerText()).toMatch(/^[\d,]+ words; this form sets no word limit\.$/);
    const docx = await download(page);
    expect(docx.name).toMatch(/^individual-CCPR-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.docx$/);
    const xml = (await unzip(docx.body)).get('word/document.xml')!.toString('utf8');
    const words = documentText(xml);
    expect(words).toContain('To: Human Rights Committee');
    expect(words).toMatch(/\nInterim measures\nDisclose at once where the father and the eldest son are held.*\(addressed to: the State party\)\n/);
    expect(words).toContain(`${text} (addressed to: the State party)`);
    expect(words).toContain('Find that the State violated articles 7, 9 and 16 of the Covenant, read alone and with article 2(3) (addressed to: the Committee)');
    // The pattern chart and the map are in it.
    expect([...(await unzip(docx.body)).keys()].filter((n) => n.startsWith('word/media/'))).toHaveLength(2);

    await documents.getByRole('radio', { name: 'PDF', exact: true }).check();
    const pdf = await download(page);
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // A UPR submission has a word limit: the count is shown against it.
    await documents.getByLabel('Document', { exact: true }).selectOption('upr');
    expect(await documents.getByLabel('To', { exact: true }).inputValue()).toBe('UPR');
    await expect.poll(() => page.getByTestId('case-document-words').innerText()).toMatch(/^[\d,]+ words of the limit of 2,815\. A joint submission may have 5,630\./);
    expect(await page.getByTestId('case-document-download').getAttribute('href')).toMatch(/\/documents\/upr\?mechanism=UPR&format=pdf$/);
    await shoot(page.getByRole('region', { name: 'Documents', exact: true }), 'case-documents');
  });

  it('adds a victim through its form, showing the API’s problem under the field first; links an uploaded file; passes axe', async () => {
    const { page } = session;
    const victims = page.getByRole('region', { name: 'Victims', exact: true });
    const description = victims.getByRole('textbox', { name: 'Victim', exact: true });
    await description.scrollIntoViewIfNeeded();
    // Sent empty, the API refuses it: the problem is shown under the field, which is marked invalid.
    await victims.getByRole('button', { name: 'Add the victim' }).click();
    await expect.poll(() => description.getAttribute('aria-invalid')).toBe('true');
    const problem = page.locator(`#${await description.getAttribute('id')}-error`);
    expect(await problem.innerText()).not.toBe('');
    await shoot(victims, 'case-victim-form-problem');

    const who = `Younger daughter, 15, witnessed the arrest ${stamp}`;
    await description.fill(who);
    await victims.getByRole('combobox', { name: 'Consent to the complaint', exact: true }).selectOption('yes');
    await victims.getByRole('button', { name: 'Add the victim' }).click();
    await expect.poll(() => page.getByTestId('case-victims').innerText()).toContain(`${who} (consent given)`);
    expect(await description.getAttribute('aria-invalid')).toBe('false');

    const evidence = page.getByRole('region', { name: 'Evidence', exact: true });
    const decision = Buffer.from(`Supreme Court of Veridia, appeal dismissed ${stamp}`);
    const sha256 = createHash('sha256').update(decision).digest('hex');
    await evidence.getByLabel('Upload a file', { exact: true }).setInputFiles({ name: `supreme-court-decision-${stamp}.txt`, mimeType: 'text/plain', buffer: decision });
    await evidence.getByRole('button', { name: 'Upload and link' }).click();
    await expect.poll(() => page.getByTestId('case-evidence').innerText()).toMatch(new RegExp(`supreme-court-decision-${stamp}\\.txt[\\s\\S]*SHA-256 ${sha256}`));

    // The submission now lists the new victim, and the linked file in its evidence annex with its hash.
    const documents = page.getByTestId('case-documents');
    await documents.getByLabel('Document', { exact: true }).selectOption('individual');
    await documents.getByRole('radio', { name: 'DOCX', exact: true }).check();
    const words = documentText((await unzip((await download(page)).body)).get('word/document.xml')!.toString('utf8'));
    expect(words).toContain(`${who} (consent given)`);
    expect(words).toMatch(new RegExp(`supreme-court-decision-${stamp}\\.txt\\n${sha256}\\ntext/plain`));

    await shoot(evidence, 'case-evidence');
    await screenshot(page, 'case-items-added');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // In Arabic, right to left: the sections' words are translated, the mechanisms' codes kept.
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('ar');
    const documentsAr = page.getByRole('region', { name: 'الوثائق', exact: true });
    await expect.poll(() => documentsAr.innerText()).toContain('تنزيل ملف DOCX إلى CCPR');
    await shoot(documentsAr, 'case-documents-ar');
    await shoot(page.getByRole('region', { name: 'التدابير المطلوبة', exact: true }), 'case-requested-measures-ar');
  });
});
