import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../errors.js';
import { printJson, printTable, printText, reportError, terminalSafe } from './output.js';

/** Stored text never drives the reader's terminal: escape sequences and other controls are removed on output. */
describe('CLI output of stored text', () => {
  const hostile = 'Teral\x1b[2J\x1b]0;owned\x07 shrine\rburned\x9b31m\x7f';
  let out: string[];
  let err: string[];
  const capture = () => {
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  };
  afterEach(() => vi.restoreAllMocks());
  const noControls = (text: string) => expect(text.replace(/[\n\t]/g, '')).not.toMatch(/[\x00-\x1F\x7F-\x9F]/);

  it('removes controls from text, keeping line breaks and tabs', () => {
    expect(terminalSafe(hostile)).toBe('Teral[2J]0;owned shrineburned31m');
    expect(terminalSafe('line one\n\tline two')).toBe('line one\n\tline two');
    // Bidirectional overrides and isolates could show a line in another order; the marks stay.
    expect(terminalSafe('killed \u202Eowt\u202C, \u2067تيرال\u2069 \u200Fok')).toBe('killed owt, تيرال \u200Fok');
  });

  it('prints text, tables and errors without controls', () => {
    capture();
    printText(`${hostile}\n`);
    printTable([{ title: hostile, groups: [hostile] }], [{ key: 'title', title: 'TITLE' }, { key: 'groups', title: 'GROUPS' }]);
    reportError(new DomainError('invalid', hostile, [{ field: 'title', code: 'invalid', message: hostile }]), false);
    reportError(new Error(hostile), false);
    for (const text of [...out, ...err]) noControls(text);
    expect(out.join('')).toContain('Teral[2J]0;owned shrineburned31m');
  });

  it('JSON output escapes every control, so scripts get the data and terminals get no sequence', () => {
    capture();
    printJson({ title: hostile });
    reportError(new Error(hostile), true);
    for (const text of [...out, ...err]) noControls(text);
    expect(JSON.parse(out.join(''))).toEqual({ title: hostile });
  });
});
