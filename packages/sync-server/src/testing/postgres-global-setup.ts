import type { TestProject } from 'vitest/node';
import { startPostgresTestServer } from './postgres-test-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test Postgres server's superuser URL; make a database per test file with createTestDatabase. */
    postgresUrl: string;
  }
}

/** One Postgres server for the whole sync-server test run (vitest globalSetup). */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresTestServer();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
