#!/usr/bin/env node
// @ts-check
// Runs the compiled server in dist/, compiling it first when src/ changed since the last build
// (scripts/build.js; about a second). When it cannot compile — a read-only install, or another
// `precursor` compiling at this moment — it runs the TypeScript sources through tsx instead.
import v8 from 'node:v8';
import { buildServer } from '../scripts/build.js';

// The embedded database is PostgreSQL compiled to WebAssembly. V8 compiles it with its baseline
// compiler, then recompiles hot functions with its optimizing one on background threads: worth
// it for a server, wasted on a command that is done in a second — on 2 cores, `--liftoff-only`
// cut opening the database from ~0.7 to ~0.45 s of CPU. `serve` and `demo load` run long and
// keep the optimizing compiler.
const command = process.argv[2];
if (command !== 'serve' && command !== 'demo') v8.setFlagsFromString('--liftoff-only');

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
