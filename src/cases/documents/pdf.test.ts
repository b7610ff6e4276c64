import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from './pdf.js';
import { popplerAvailable } from './poppler.js';
import { sampleSubmissionInput } from './sampleInput.js';
import { templateFor } from './template.js';

const dir = mkdtempSync(join(tmpdir(), 'precursor-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PPM page (P6) as pdftoppm writes it: width, height and RGB bytes. */
function readPpm(path: string) {
  const data = readFileSync(path);
  const header = data.subarray(0, 50).toString('latin1').split(/\s+/);
  const [magic, w, h, max] = header;
  if (magic !== 'P6' || max !== '255') throw new Error(`${path}: not an 8-bit PPM`);
  const offset = data.indexOf('255', 0, 'latin1') + 4;
  return { width: Number(w), height: Number(h), rgb: data.subarray(offset) };
}

/** Pixels in colour (a chart bar, a map dot): text and rules are black or grey. */
function colouredPixels(page: ReturnType<typeof readPpm>): number {
  let n = 0;
  for (let i = 0; i + 2 < page.rgb.length; i += 3) {
    const r = page.rgb[i]!;
    const g = page.rgb[i + 1]!;
    const b = page.rgb[i + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 20) n++;
  }
  return n;
}

describe.runIf(popplerAvailable())('the PDF submission, rendered with poppler', () => {
  const input = sampleSubmissionInput();
  const template = templateFor('individual', 'CCPR')!;
  const pdfPath = join(dir, 'submission.pdf');

  it('has pages, and the pages with the chart and the map are not blank', async () => {
    writeFileSync(pdfPath, await renderPdf(input, template));
    execFileSync('pdftoppm', ['-r', '40', pdfPath, join(dir, 'page')]);
    const pages = readdirSync(dir).filter((n) => n.startsWith('page') && n.endsWith('.ppm')).sort();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const textOf = (i: number) => execFileSync('pdftotext', ['-f', String(i), '-l', String(i), '-layout', pdfPath, '-'], { encoding: 'utf8' });
    const pageWith = (needle: string) => pages.findIndex((_, i) => textOf(i + 1).includes(needle));
    const chartPage = pageWith('IV. The pattern in which the facts occurred');
    const mapPage = pageWith('places; a dot');
    expect(chartPage).toBeGreaterThanOrEqual(0);
    expect(mapPage).toBeGreaterThanOrEqual(0);
    for (const i of new Set([chartPage, mapPage])) {
      const page = readPpm(join(dir, pages[i]!));
      // At 40 dpi an A4 page is about 331 × 468 px; the chart's bars and the map's land and dots
      // cover thousands of coloured pixels, where a page of text has none.
      expect(colouredPixels(page), `page ${i + 1}`).toBeGreaterThan(2000);
    }
    const textOnly = pages.findIndex((_, i) => i !== chartPage && i !== mapPage);
    if (textOnly >= 0) expect(colouredPixels(readPpm(join(dir, pages[textOnly]!)))).toBeLessThan(50);
  });

  it("prints the annex's hashes, the headings and the word count, and embeds an Arabic font", async () => {
    writeFileSync(pdfPath, await renderPdf(input, template));
    const text = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
    // A hash wraps inside its table cell: compare without white space.
    const flat = text.replace(/\s+/g, '');
    for (const item of input.annex) expect(flat).toContain(item.sha256);
    expect(text).toContain('V. Checklist of supporting documentation (evidence annex)');
    expect(text).toMatch(/Words: \d+/);
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansArabic-Regular\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it('renders every shipped kind of submission', async () => {
    for (const [kind, mechanism] of [['special-procedure', 'WGEID'], ['cerd-early-warning', 'CERD-EWUA'], ['upr', 'UPR']] as const) {
      const t = templateFor(kind, mechanism)!;
      const path = join(dir, `${kind}.pdf`);
      writeFileSync(path, await renderPdf(sampleSubmissionInput({ kind, mechanism: { code: mechanism, name: t.mechanisms[0]!.name }, wordLimit: t.wordLimit?.limit ?? null }), t));
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      for (const s of t.sections) expect(text.replace(/\s+/g, ' '), `${kind}: ${s.heading}`).toContain(s.heading);
    }
  });
});
