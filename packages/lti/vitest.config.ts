import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PDF rendering (font subsetting) and pdf.js text extraction take seconds on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
