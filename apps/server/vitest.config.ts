import { defineConfig } from 'vitest/config';

/**
 * Files that must run alone: browsers (heavy on a 2-core machine) and tests that assert timing or
 * memory bounds (they would measure the other test files, not the server).
 */
const SERIAL = ['test/browser/**/*.test.ts', 'test/exports/limits.test.ts', 'test/chaos/**/*.test.ts', 'test/fuzz/**/*.test.ts'];

/** Several real processes behind HAProxy on PostgreSQL: one file at a time, in the PostgreSQL pass (they skip otherwise). */
const CLUSTER = ['test/cluster/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        // API and socket tests: each starts its own server on an ephemeral port with its own data
        // directory, so two files at a time share nothing; they mostly wait on sockets.
        test: {
          name: 'api',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [...SERIAL, ...CLUSTER],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'serial',
          include: SERIAL,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'cluster',
          include: CLUSTER,
          testTimeout: 120_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
