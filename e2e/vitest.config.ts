import { defineConfig } from 'vitest/config';

// Browser tests: Debian's chromium driven by playwright-core against a real server (see e2e/harness).
export default defineConfig({
  test: {
    name: 'e2e',
    root: 'e2e',
    include: ['**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
