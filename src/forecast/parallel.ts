import { Worker } from 'node:worker_threads';
import { type BacktestOptions, type BacktestResult, runBacktest } from './backtest.js';
import { defaultModelOptions } from './model.js';
import type { CountryYear } from './predictors.js';

/**
 * The backtest with its years shared among `threads` worker threads: each year's fit is
 * independent of the others and deterministic, so the figures are the same as runBacktest's
 * (cli.test.ts compares them); on the 2 cores of the reference machine the wall time about
 * halves. Years are dealt out in turn, as later years (more rows) cost more. A year a worker
 * could not do (it failed to start, or stopped) is done here, in this thread, so an error
 * surfaces as the serial backtest would raise it.
 */
export async function runBacktestInParallel(rows: readonly CountryYear[], options: BacktestOptions, threads: number): Promise<BacktestResult> {
  const years = Array.from({ length: Math.max(0, options.to - options.from + 1) }, (_, i) => options.from + i);
  if (threads <= 1 || years.length < 2 || options.learner) return runBacktest(rows, options);
  const precomputed = new Map<number, Float64Array>();
  const groups = Array.from({ length: Math.min(threads, years.length) }, (_, k) => years.filter((_, i) => i % threads === k));
  await Promise.all(
    groups.map(
      (group) =>
        new Promise<void>((resolve) => {
          let worker: Worker;
          try {
            worker = startWorker({ rows, years: group, model: options.model ?? defaultModelOptions });
          } catch {
            // No worker here (a test runner's module loader, say): this thread does the years.
            return resolve();
          }
          worker.on('message', (m: { year: number; probabilities: Float64Array }) => {
            precomputed.set(m.year, m.probabilities);
            options.onYear?.(m.year);
          });
          worker.on('error', () => resolve());
          worker.on('exit', () => resolve());
        }),
    ),
  );
  return runBacktest(rows, { ...options, precomputed, onYear: (y) => (precomputed.has(y) ? undefined : options.onYear?.(y)) });
}

/** The worker's module beside this one: compiled JavaScript in dist/, or TypeScript run through tsx. */
function startWorker(workerData: unknown): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // A worker does not inherit tsx's loader (nor take it from execArgv): it registers it, then loads the module.
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const module = JSON.stringify(new URL('./backtestWorker.ts', here).href);
    return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${module}); })`, { eval: true, workerData });
  }
  return new Worker(new URL('./backtestWorker.js', here), { workerData });
}
