import { afterEach, beforeEach, expect, test } from 'vitest';
import { createWorksheetAuthorizer } from '../../src/access/authorize-worksheet.js';
import type { WorksheetAccess } from '../../src/relay/authorize.js';
import { type PracticeWithClient, startPracticeWithClient } from './practice-with-client.js';

let practice: PracticeWithClient;
beforeEach(async () => {
  practice = await startPracticeWithClient('interlude-access-recheck-');
});
afterEach(async () => {
  await practice.close();
});

async function assign(): Promise<string> {
  const assigned = await practice.therapist.call<{ id: string }>(
    'POST',
    `/api/clients/${practice.clientId}/worksheets`,
    { templateId: 'thought-record' },
  );
  return assigned.body.id;
}

/** What the server's authorizer answers for an upgrade by the client, before the socket attaches. */
async function authorizeClient(worksheetId: string): Promise<WorksheetAccess> {
  const { server, client } = practice;
  const authorize = createWorksheetAuthorizer(
    server.context.accounts,
    server.context.config,
    server.context.accessChanges,
  );
  const request = new Request(`${server.url}/sync/${worksheetId}`, {
    headers: { cookie: client.cookie!, origin: server.url },
  });
  const access = await authorize(request, worksheetId);
  if ('denied' in access) throw new Error(`refused: ${access.reason}`);
  return access;
}

test('A6: access granted at the upgrade no longer holds at attach once the worksheet is deleted', async () => {
  const [kept, deleted] = [await assign(), await assign()];
  const keptAccess = await authorizeClient(kept);
  const deletedAccess = await authorizeClient(deleted);
  expect((await practice.therapist.call('DELETE', `/api/worksheets/${deleted}`)).status).toBe(204);
  expect(deletedAccess.stillGranted?.()).toBe(false);
  // Another worksheet's change does not refuse this one.
  expect(keptAccess.stillGranted?.()).toBe(true);
});

test('A6: access granted at the upgrade no longer holds at attach once the client is archived', async () => {
  const worksheetId = await assign();
  const access = await authorizeClient(worksheetId);
  expect(access.stillGranted?.()).toBe(true);
  const archived = await practice.therapist.call('POST', `/api/clients/${practice.clientId}/archive`, {
    clientAccess: 'none',
  });
  expect(archived.status).toBe(200);
  expect(access.stillGranted?.()).toBe(false);
});
