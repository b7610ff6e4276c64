import { execFileSync } from 'node:child_process';

/**
 * The PDF tests render pages with Debian's poppler-utils (`pdftoppm`, `pdftotext`, `pdffonts`).
 * Required in CI, where .ci/run installs it: a missing poppler there fails the suite loudly, as a
 * missing Chromium fails the end-to-end tests (web/e2e/harness.ts), since skipped PDF checks would
 * pass CI without looking at a page. Elsewhere its absence skips them with a warning.
 */
export function popplerAvailable(env: NodeJS.ProcessEnv = process.env, command = 'pdftoppm'): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    const message = `${command} not found: install poppler-utils (apt-get install poppler-utils). The PDF page checks did not run.`;
    const ci = (env.CI ?? '').trim().toLowerCase();
    if (ci !== '' && ci !== 'false' && ci !== '0') throw new Error(message);
    console.warn(`\n*** ${message} ***\n`);
    return false;
  }
}
