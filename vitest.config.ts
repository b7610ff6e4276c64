import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PGlite starts in ~1–3 s per database; integration files each open their own.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'api', include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'eval/**/*.test.ts'] } },
      { extends: true, test: { name: 'web', include: ['web/src/**/*.test.{ts,tsx}', 'web/scripts/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.test.ts'],
          // One server and one browser: after the other projects, so they do not fight for the CPU.
          sequence: { groupOrder: 1 },
          testTimeout: 90_000,
          hookTimeout: 240_000,
          // A page, and each request it makes, can take seconds on a busy machine: expect.poll's
          // default of 1 s failed assertions that were only early.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
