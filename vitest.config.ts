import { defineConfig } from 'vitest/config';

// Unit and integration tests of every package. Browser tests run separately (e2e/vitest.config.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'schema', root: 'packages/schema', environment: 'node' } },
      {
        test: {
          name: 'editor',
          root: 'packages/editor',
          environment: 'jsdom',
          setupFiles: ['src/testing/vitest-setup.ts'],
        },
      },
      {
        test: {
          name: 'sync-server',
          root: 'packages/sync-server',
          environment: 'node',
          // One throwaway Postgres server per run; each test file makes its own database on it.
          globalSetup: ['src/testing/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      { test: { name: 'web', root: 'apps/web', environment: 'jsdom' } },
    ],
  },
});
