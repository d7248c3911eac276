import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPostgresTestServer } from '../packages/sync-server/src/testing/postgres-test-server.js';
import { createTestDatabase } from '../packages/sync-server/src/testing/test-database.js';
import { launchBrowser } from './harness/browser.js';
import {
  expectOk,
  newPage,
  startTestServer,
  type TestServer,
  therapistAndAlexOnOneWorksheet,
  worksheetBlock,
} from './harness/index.js';

// Issue 12: the whole app with DATABASE_URL set, everything kept in Postgres, as a hosted service runs it.
let browser: Browser;
const stops: Array<() => Promise<void>> = [];
let databaseUrl: string;

beforeAll(async () => {
  const postgres = await startPostgresTestServer();
  stops.push(() => postgres.stop());
  const database = await createTestDatabase(postgres.url, 'e2e');
  databaseUrl = database.url;
  browser = await launchBrowser();
  stops.push(() => browser.close());
});

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

const allSaved = '.connection[data-state="all-saved"][data-link="online"]';

test('on Postgres: co-editing, an offline answer, a hand-in, and everything still there after a restart', async () => {
  let server: TestServer = await startTestServer({ seedDemo: true, databaseUrl });
  const { therapistContext, clientContext, worksheetId, therapist, client, therapistLog, clientLog } =
    await therapistAndAlexOnOneWorksheet(browser, server.url, 'smart-goal', 'On Postgres');

  // Live: the client's words reach the therapist.
  const barriers = 'What could get in the way';
  const clientAnswer = worksheetBlock(client, 'prompt', barriers).locator('.interlude-prompt__answer');
  await clientAnswer.click();
  await client.keyboard.type('Rain.');
  await worksheetBlock(therapist, 'prompt', barriers)
    .filter({ hasText: 'Rain.' })
    .waitFor({ timeout: 30_000 });

  // Offline: the client goes on writing; back online, the therapist sees it.
  await clientContext.setOffline(true);
  await client.locator('.connection[data-link="offline"]').waitFor();
  await clientAnswer.click();
  await client.keyboard.press('End');
  await client.keyboard.type(' Then I walk in the shopping centre.');
  await clientContext.setOffline(false);
  await worksheetBlock(therapist, 'prompt', barriers)
    .filter({ hasText: 'Then I walk in the shopping centre.' })
    .waitFor({ timeout: 30_000 });

  // The hand-in is derived from the stored document into the worksheet's row.
  await client.getByRole('button', { name: 'Hand in' }).click();
  await client.getByText(/^Handed in /).waitFor();
  await Promise.all([client.locator(allSaved).waitFor(), therapist.locator(allSaved).waitFor()]);
  await expect
    .poll(
      async () =>
        (
          await expectOk<{ status: string }>(
            therapistContext.request,
            'GET',
            `/api/worksheets/${worksheetId}`,
          )
        ).status,
    )
    .toBe('handed-in');
  await Promise.all([therapist.close(), client.close()]);

  // A new server on the same database: the session, the row and every word are still there. The new port is
  // a new origin for the browser, so nothing comes from the device's own copy.
  await server.close();
  server = await startTestServer({ databaseUrl });
  stops.push(() => server.close());
  const { page: again } = await newPage(therapistContext);
  await again.goto(`${server.url}/worksheets/${worksheetId}`);
  await again.locator(allSaved).waitFor({ timeout: 30_000 });
  await worksheetBlock(again, 'prompt', barriers)
    .filter({ hasText: 'Rain. Then I walk in the shopping centre.' })
    .waitFor({ timeout: 30_000 });
  const summary = await expectOk<{ status: string }>(
    therapistContext.request,
    'GET',
    `${server.url}/api/worksheets/${worksheetId}`,
  );
  expect(summary.status).toBe('handed-in');

  expect(therapistLog.errors).toEqual([]);
  expect(clientLog.errors).toEqual([]);
  await Promise.all([therapistContext.close(), clientContext.close()]);
});
