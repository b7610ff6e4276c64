import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPath, generateApiFiles, regenerateCommand, typesPath } from './api.js';

/**
 * The web app's API types are generated from the server's OpenAPI document and committed. If a
 * route's schema changed and nobody regenerated them, the web app would be compiled against an
 * API that no longer exists: fail, and say how to fix it.
 */
describe('the generated API types', () => {
  it('are what the current server generates', async () => {
    const { document, types } = await generateApiFiles();
    for (const [path, expected] of [
      [documentPath, document],
      [typesPath, types],
    ] as const) {
      const committed = readFileSync(path, 'utf8');
      const name = relative(process.cwd(), path);
      // Not toEqual on the text: a 400 kB diff in the report hides the one line that matters.
      expect(committed === expected, `${name} is not what the current server generates: run \`${regenerateCommand}\` and commit the result`).toBe(true);
    }
  });
});
