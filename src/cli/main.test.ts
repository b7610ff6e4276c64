import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli, stopCliProcesses } from '../../test/cli.js';

/**
 * `precursor --help` must start fast: it declares commands and loads nothing that opens a
 * database, reads taxonomies or builds the HTTP server. Timing belongs in bench/startup.ts;
 * here we look at what the process actually loads, through a module-resolution hook that
 * writes each resolved URL to a file.
 */
const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.PRECURSOR_TRACE_FILE, result.url + '\\n');
  return result;
}`;
const registerHooks = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
const traceOption = `--import=data:text/javascript,${encodeURIComponent(registerHooks)}`;

/** What --help must not load: anything that opens a database, reads taxonomies or serves HTTP. */
const heavy = [
  /\/(src|dist)\/db\/(open|pglite|postgres|migrate|database)\.[jt]s$/,
  /\/(src|dist)\/taxonomies\//,
  /\/(src|dist)\/(server|runtime)\.[jt]s$/,
  /\/(src|dist)\/http\//,
  /\/(src|dist)\/incidents\/(schema|service|store|commands)\.[jt]s$/,
  /\/node_modules\/(@electric-sql\/pglite|pg|fastify|zod|yaml)\//,
];

// No command outlives its test, even one that timed out.
afterEach(stopCliProcesses);

describe('what precursor --help loads', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'precursor-trace-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function loaded(args: string[], name: string, exitCode = 0): Promise<string[]> {
    const trace = join(dir, `${name}.txt`);
    const result = await runCli(args, {
      env: { NODE_OPTIONS: traceOption, PRECURSOR_TRACE_FILE: trace, PRECURSOR_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
    });
    expect(result.code, result.stderr).toBe(exitCode);
    return readFileSync(trace, 'utf8').trim().split('\n');
  }

  it.each([{ args: ['--help'] }, { args: ['incidents', 'list', '--help'] }, { args: ['--version'] }])(
    'precursor $args loads the command line only: no database, taxonomy or server module',
    async ({ args }) => {
    const urls = await loaded(args, args.join('_'));
    // The trace works: it saw the command line itself.
    expect(urls.some((u) => /\/cli\/main\.[jt]s$/.test(u)), urls.join('\n')).toBe(true);
    expect(urls.some((u) => /\/node_modules\/commander\//.test(u))).toBe(true);
    const offenders = urls.filter((u) => heavy.some((h) => h.test(u)));
    expect(offenders).toEqual([]);
    },
  );

  it('a command loads its work when it runs, and the trace sees it', async () => {
    // A malformed id is refused before any database is opened, after the command's module loaded.
    const urls = await loaded(['incidents', 'show', 'not-an-id'], 'show', 2);
    expect(urls.some((u) => /\/incidents\/commands\.[jt]s$/.test(u))).toBe(true);
    expect(urls.filter((u) => heavy.some((h) => h.test(u))).length).toBeGreaterThan(0);
  });
});
