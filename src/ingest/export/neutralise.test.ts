import { describe, expect, it } from 'vitest';
import { cellText, csvField } from './csv.js';
import { neutraliseText, restoreText } from './neutralise.js';
import { maxCellChars, maxCellNote, xlsxValue } from './xlsx.js';

describe('formula neutralising', () => {
  it('prefixes text that a spreadsheet would run, and text already starting with an apostrophe', () => {
    for (const text of ['=1+1', '+49 30', '-5 killed', '@SUM(A1)', '\tTab', '\rCR', "'quoted"]) expect(neutraliseText(text)).toBe(`'${text}`);
    for (const text of ['plain', '', ' =space first', '2023-05-14', 'Ü=1']) expect(neutraliseText(text)).toBe(text);
  });

  it('is undone exactly by restoreText, whatever the text', () => {
    for (const text of ['=1+1', "'quoted", "''twice", 'plain', '', '-', "'", '=']) expect(restoreText(neutraliseText(text))).toBe(text);
  });

  it('never touches numbers, coordinates or booleans', () => {
    expect(cellText({ kind: 'number' }, -3)).toBe('-3');
    expect(cellText({ kind: 'coordinate' }, -30.987654)).toBe('-30.987654');
    expect(cellText({ kind: 'boolean' }, true)).toBe('true');
    expect(cellText({ kind: 'text' }, '-3')).toBe("'-3"); // the same characters as text are neutralised
    expect(xlsxValue({ kind: 'coordinate' }, -1.5)).toBe(-1.5);
    expect(xlsxValue({ kind: 'text' }, '@x')).toBe("'@x");
  });

  it('quotes CSV fields that need it', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
  });

  it('cuts an XLSX text at the cell limit, saying so', () => {
    const cut = xlsxValue({ kind: 'text' }, 'x'.repeat(maxCellChars + 10)) as string;
    expect(cut).toHaveLength(maxCellChars);
    expect(cut.endsWith(maxCellNote)).toBe(true);
  });
});
