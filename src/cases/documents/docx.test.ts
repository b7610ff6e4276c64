import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx.js';
import { documentText, unzip } from './docxText.js';
import { sampleSubmissionInput } from './sampleInput.js';
import { templateFor } from './template.js';

describe('the DOCX submission', () => {
  it('parses back with the form headings, the chronology at its precision, the chart and map embedded and the annex hashes', async () => {
    const input = sampleSubmissionInput();
    const template = templateFor('individual', 'CCPR')!;
    const files = await unzip(await renderDocx(input, template));
    const xml = files.get('word/document.xml')!.toString('utf8');
    const text = documentText(xml);
    for (const s of template.sections) expect(text).toContain(s.heading);
    expect(text).toContain('Individual communication');
    expect(text).toContain('To: Human Rights Committee');
    // Dates at their precision: a year, a month and a day, never padded to a day.
    expect(text).toMatch(/^2023$/m);
    expect(text).toMatch(/^2023-11$/m);
    expect(text).toMatch(/^2024-01-14$/m);
    for (const item of input.annex) expect(text).toContain(item.sha256);
    expect(text).toContain('2024-03-03 09:12 uploaded by monitor-eastern-lakes');
    // Two pictures — the pattern chart and the map — each a real PNG, each placed in the text.
    const media = [...files.keys()].filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    for (const m of media) expect(files.get(m)!.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(xml.match(/<pic:pic\b/g)).toHaveLength(2);
    expect(xml).toContain('Chart: incidents by month, stacked by pyramid level, with victims');
    // Arabic is kept as text and marked right to left.
    expect(text).toContain('مريم، 19 سنة، طالبة');
    expect(xml).toMatch(/<w:rtl\/>[\s\S]*?مريم/);
    expect(text).toMatch(/^Words: \d+ .*the form sets no word limit\.$/m);
  });

  it('writes the guidance where the case holds nothing, and leaves out what the input does not hold', async () => {
    const input = sampleSubmissionInput({ annex: [], interimMeasures: [] });
    const template = templateFor('individual', 'CEDAW')!;
    const text = documentText((await unzip(await renderDocx(input, template))).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('8. List of documents attached (evidence annex)\nCopies, not originals');
    for (const item of sampleSubmissionInput().annex) expect(text).not.toContain(item.sha256);
    expect(text).toContain('Measures needed to avoid irreparable damage');
  });
});
