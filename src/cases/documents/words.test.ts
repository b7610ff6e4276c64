import { describe, expect, it } from 'vitest';
import { composeSubmission } from './compose.js';
import { sampleSubmissionInput } from './sampleInput.js';
import { templateFor } from './template.js';
import { countWords, wordsIn } from './words.js';

describe('word limits', () => {
  it('counts words in any script, not punctuation alone', () => {
    expect(wordsIn('Four members of a Teral family — detained.')).toBe(7);
    expect(wordsIn('مريم، 19 سنة، طالبة')).toBe(4);
    expect(wordsIn('  ')).toBe(0);
  });

  it('counts headings, text and text tables, not figures, their tables, the guidance or the annex', () => {
    const count = countWords(
      [
        { type: 'heading', text: 'The facts' },
        { type: 'paragraph', text: 'one two three' },
        { type: 'guidance', text: 'not counted at all' },
        { type: 'list', items: ['four five', 'six'] },
        { type: 'table', header: ['Date'], rows: [['2024-01-02']], widths: [1], counted: true },
        { type: 'table', header: ['SHA-256'], rows: [['ab'.repeat(32)]], widths: [1], counted: false },
      ],
      7,
    );
    expect(count).toEqual({ words: 10, limit: 7, jointLimit: null, over: 3 });
  });

  it("checks a UPR submission against the guidelines' limit and says so in the document", () => {
    const upr = templateFor('upr', 'UPR')!;
    const within = composeSubmission(sampleSubmissionInput({ kind: 'upr', wordLimit: upr.wordLimit!.limit }), upr);
    expect(within.words).toMatchObject({ limit: 2815, jointLimit: 5630, over: 0 });
    expect(within.blocks.some((b) => b.type === 'meta' && b.text.includes('of the limit of 2815'))).toBe(true);

    const long = sampleSubmissionInput({ kind: 'upr', wordLimit: upr.wordLimit!.limit });
    long.case = { ...long.case, summary: 'word '.repeat(3000) };
    const over = composeSubmission(long, upr);
    expect(over.words.over).toBe(over.words.words - 2815);
    expect(over.words.over).toBeGreaterThan(185);
    expect(over.blocks.find((b) => b.type === 'meta' && b.text.includes('OVER the limit of 2815'))).toBeDefined();
  });

  it('numbers the paragraphs of a form that asks for it (the UPR), and no other', () => {
    const paragraphs = (kind: 'upr' | 'individual', code: string) =>
      composeSubmission(sampleSubmissionInput({ kind }), templateFor(kind, code)!).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    const upr = paragraphs('upr', 'UPR');
    expect(upr.map((p) => p.match(/^(\d+)\. /)?.[1])).toEqual(upr.map((_, i) => String(i + 1)));
    expect(paragraphs('individual', 'CCPR').some((p) => /^\d+\. /.test(p))).toBe(false);
  });

  it('shows the guidance where the case holds nothing for a section, and the case where it does', () => {
    const t = templateFor('individual', 'CCPR')!;
    const composed = composeSubmission(sampleSubmissionInput({ interimMeasures: [] }), t);
    const after = (heading: string) => composed.blocks[composed.blocks.findIndex((b) => b.type === 'heading' && b.text === heading) + 1];
    expect(after('Interim measures')).toMatchObject({ type: 'guidance' });
    expect(after('Requested measures')).toMatchObject({ type: 'list' });
  });
});
