import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium. One file
// at a time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  // The same `@/` imports as the extension's code and the unit tests.
  resolve: { alias: { '@': resolve(import.meta.dirname, '../..') } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    root: '.',
  },
});
