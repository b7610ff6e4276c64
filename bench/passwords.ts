/**
 * Password hashing benchmark: what a sign-in costs the server (argon2id at the parameters in
 * src/accounts/secrets.ts), one at a time and with 8 at once (the hashing runs on libuv's
 * thread pool, so concurrent sign-ins share the cores without blocking the event loop).
 *
 *   npx tsx bench/passwords.ts [--runs 30]
 *
 * Medians and p95 in milliseconds, with the load average beside them. Results: bench/results/passwords.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { hashPassword, passwordHashOptions, passwordMatches } from '../src/accounts/secrets.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(args.runs);

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const hash = await hashPassword('a benchmark password');
const single: number[] = [];
const verify: number[] = [];
for (let i = 0; i < runs; i++) {
  single.push(await time(() => hashPassword(`password number ${i}`)));
  verify.push(await time(() => passwordMatches(hash, 'a benchmark password')));
}
// Event-loop delay while 8 sign-ins hash at once: how long other requests wait meanwhile.
const eight: number[] = [];
let worstLoopDelay = 0;
for (let i = 0; i < Math.max(3, Math.floor(runs / 5)); i++) {
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    worstLoopDelay = Math.max(worstLoopDelay, now - last - 5);
    last = now;
  }, 5);
  eight.push(await time(() => Promise.all(Array.from({ length: 8 }, (_, j) => passwordMatches(hash, `guess ${j}`)))));
  clearInterval(probe);
}

const round = (n: number) => Math.round(n * 10) / 10;
const result = {
  at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadAverage: os.loadavg().map(round) },
  parameters: { algorithm: 'argon2id', memoryKiB: passwordHashOptions.memoryCost, iterations: passwordHashOptions.timeCost, parallelism: passwordHashOptions.parallelism },
  hashMs: { median: round(quantile(single, 0.5)), p95: round(quantile(single, 0.95)) },
  verifyMs: { median: round(quantile(verify, 0.5)), p95: round(quantile(verify, 0.95)) },
  eightConcurrentVerifiesMs: { median: round(quantile(eight, 0.5)) },
  worstEventLoopDelayMs: round(worstLoopDelay),
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/passwords.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
