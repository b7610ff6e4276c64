import { describe, expect, it } from 'vitest';
import { popplerAvailable } from './poppler.js';

describe('poppler for the PDF checks', () => {
  it.each(['true', '1', 'github'])('fails loudly when missing under CI=%s', (ci) => {
    expect(() => popplerAvailable({ CI: ci }, 'pdftoppm-that-is-not-installed')).toThrow('pdftoppm-that-is-not-installed not found: install poppler-utils');
  });

  it.each([undefined, '', 'false', '0'])('only warns when missing outside CI (CI=%s)', (ci) => {
    expect(popplerAvailable(ci === undefined ? {} : { CI: ci }, 'pdftoppm-that-is-not-installed')).toBe(false);
  });
});
