import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserAvailable } from './harness.js';

const missing = '/nonexistent/precursor-test/chromium';

/** The e2e suite must fail, not skip, in CI when the browser is missing. */
describe('the end-to-end harness without Chromium', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(['true', '1', 'TRUE', 'github-actions'])('fails in CI (CI=%s), naming the path and what to do', (ci) => {
    expect(() => browserAvailable(missing, { CI: ci })).toThrow(`Chromium not found at ${missing}: install it (apt-get install chromium) or set PRECURSOR_CHROMIUM`);
  });

  it.each([undefined, '', 'false', '0'])('skips with a warning outside CI (CI=%s)', (ci) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(browserAvailable(missing, ci === undefined ? {} : { CI: ci })).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`Chromium not found at ${missing}`));
  });

  it('runs when the browser is there, in CI or not', () => {
    expect(browserAvailable(process.execPath, { CI: 'true' })).toBe(true);
    expect(browserAvailable(process.execPath, {})).toBe(true);
  });
});
