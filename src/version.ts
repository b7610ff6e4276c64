import { readFileSync } from 'node:fs';

/**
 * The package's version, read from package.json. Its own module, with nothing else in it, so
 * `precursor --version` and `--help` load no database code (src/cli/main.test.ts checks this).
 * The path works from `src/` and from the compiled `dist/`: both sit beside package.json.
 */
export const packageVersion: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
