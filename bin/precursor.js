#!/usr/bin/env node
// @ts-check
// Runs the compiled server in dist/, compiling it first when src/ changed since the last build
// (scripts/build.js; about a second). When it cannot compile — a read-only install, or another
// `precursor` compiling at this moment — it runs the TypeScript sources through tsx instead.
import { buildServer } from '../scripts/build.js';

/** @type {{ main: (argv: string[]) => Promise<number> }} */
let cli;
let compiled = false;
try {
  compiled = await buildServer();
} catch (err) {
  process.stderr.write(`precursor: could not compile the server (${err instanceof Error ? err.message : String(err)}); running the TypeScript sources\n`);
}
if (compiled) {
  process.setSourceMapsEnabled(true);
  cli = await import(new URL('../dist/cli/main.js', import.meta.url).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
const code = await cli.main(process.argv);
if (code !== 0) process.exitCode = code;
