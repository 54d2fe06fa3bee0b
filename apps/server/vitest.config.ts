import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Server processes and browsers are heavy on a 2-core machine: one file at a time.
    fileParallelism: false,
  },
});
