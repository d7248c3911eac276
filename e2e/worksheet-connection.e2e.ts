import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  addJoinedClient,
  assignThroughApi,
  demoAccounts,
  expectOk,
  newContext,
  newPage,
  openWorksheet,
  signInThroughApi,
  useBrowserSuite,
  waitUntil,
  worksheetBlock,
} from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });

/** A therapist context and a signed-in client page on a freshly assigned worksheet. */
async function clientOnNewWorksheet(client: { email: string; password: string }, title: string) {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  const worksheet = await assignThroughApi(therapistContext, client.email, 'three-good-things', title);
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(clientContext, client);
  const { page } = await newPage(clientContext);
  await openWorksheet(page, worksheet.id);
  const close = () => Promise.all([therapistContext.close(), clientContext.close()]);
  return { therapistContext, clientContext, page, worksheet, close };
}

test('handing in while offline is kept on the device and reaches the server once back online', async () => {
  const { therapistContext, clientContext, page, worksheet, close } = await clientOnNewWorksheet(
    demoAccounts.alex,
    'Offline hand-in',
  );
  await clientContext.setOffline(true);
  // Nothing written yet: offline, and still all saved.
  await page.getByRole('status').filter({ hasText: 'Offline. All saved.' }).waitFor();
  // Others' presence is stale without a connection: only this person is listed.
  await page
    .getByRole('region', { name: 'People here now' })
    .getByText('Only you — offline, so others cannot be seen')
    .waitFor();
  await page.getByRole('button', { name: 'Hand in' }).click();
  await page
    .getByText('Handed in on this device — it will reach your therapist when you are back online')
    .waitFor();
  expect(await page.getByText(/your therapist can see it/i).count()).toBe(0);
  await page
    .locator('.connection[data-state="device-only"]')
    .getByText('Saved on this device only')
    .waitFor();
  // The header's status follows the live document, not the API's last word ("Not started").
  await page.locator('.worksheet__facts .badge').filter({ hasText: 'Handed in' }).waitFor();
  expect(await page.locator('.worksheet__facts').getByText('Not started').count()).toBe(0);
  const whileOffline = await expectOk<{ status: string }>(
    therapistContext.request,
    'GET',
    `/api/worksheets/${worksheet.id}`,
  );
  expect(whileOffline.status).not.toBe('handed-in');

  await clientContext.setOffline(false);
  await page.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor({ timeout: 30_000 });
  await page.getByRole('status').filter({ hasText: 'Back online. All saved.' }).waitFor();
  await page.getByText('Handed in — your therapist can see it').waitFor();
  await waitUntil(
    async () =>
      (await expectOk<{ status: string }>(therapistContext.request, 'GET', `/api/worksheets/${worksheet.id}`))
        .status === 'handed-in',
    { message: 'the server never saw the hand-in', timeoutMs: 30_000 },
  );
  await close();
});

test('signing out elsewhere ends the live connection with a prompt to sign in again (4401)', async () => {
  const { clientContext, page, close } = await clientOnNewWorksheet(demoAccounts.sam, 'Signed out elsewhere');
  await expectOk(clientContext.request, 'POST', '/api/auth/logout');
  await page.getByText('Please sign in again').waitFor({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Sign in again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await close();
});

test('a worksheet deleted while open says it is gone (4404)', async () => {
  const { therapistContext, page, worksheet, close } = await clientOnNewWorksheet(
    demoAccounts.alex,
    'Deleted while open',
  );
  await expectOk(therapistContext.request, 'DELETE', `/api/worksheets/${worksheet.id}`);
  await page.getByText('This worksheet was not found').waitFor({ timeout: 30_000 });
  await close();
});

test("ending a client's access closes their open worksheet with a clear message (4403)", async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  const client = await addJoinedClient(therapistContext, clientContext, 'Ends today');
  const worksheet = await assignThroughApi(
    therapistContext,
    client.email,
    'three-good-things',
    'Access ends',
  );
  const { page } = await newPage(clientContext);
  await openWorksheet(page, worksheet.id);
  await expectOk(therapistContext.request, 'POST', `/api/clients/${client.id}/archive`, {
    clientAccess: 'none',
  });
  await page.getByText('Your access to this worksheet has ended').waitFor({ timeout: 30_000 });
  await Promise.all([therapistContext.close(), clientContext.close()]);
});

/** The signed-in person's id, as the page's API sees it. */
async function currentUserId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/me')).json()) as { user: { id: string } };
    return me.user.id;
  });
}

/** Names of this browser profile's Interlude databases (one per person and worksheet). */
function localCopies(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((database) => database.name ?? '')
      .filter((name) => name.startsWith('interlude:')),
  );
}

test('signing out deletes the worksheets kept on this device', async () => {
  const { page, worksheet, close } = await clientOnNewWorksheet(demoAccounts.alex, 'Kept on the device');
  // The opened worksheet, and the client's others fetched for offline use.
  expect(await localCopies(page)).toContain(`interlude:${await currentUserId(page)}:${worksheet.id}`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await waitUntil(async () => (await localCopies(page)).length === 0, {
    message: 'the local copy was not deleted at sign-out',
  });
  await close();
});

test('signing out with changes only on this device warns first and lets the person stay', async () => {
  const { clientContext, page, close } = await clientOnNewWorksheet(demoAccounts.sam, 'Not saved yet');
  await clientContext.setOffline(true);
  await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
  await page.getByRole('button', { name: 'Hand in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  const warning = page.getByRole('dialog', { name: 'Some changes are only on this device' });
  await warning.getByRole('listitem').filter({ hasText: 'Not saved yet' }).waitFor();
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await warning.waitFor({ state: 'hidden' });

  await clientContext.setOffline(false);
  await page.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await close();
});

test('signing out offline and deleting unsaved changes ends the session at once; they never reach the server', async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  const client = await addJoinedClient(therapistContext, clientContext, 'Offline Signer-out');
  const worksheet = await assignThroughApi(therapistContext, client.email, 'smart-goal', 'Deleted drafts');
  const { page } = await newPage(clientContext);
  await openWorksheet(page, worksheet.id);
  const answer = worksheetBlock(page, 'prompt', 'My goal, in one sentence').locator(
    '.interlude-prompt__answer',
  );
  await answer.click();
  await page.keyboard.type('Walk daily');
  await page.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor({ timeout: 30_000 });
  const serverRecord = async () =>
    (await therapistContext.request.get(`/api/worksheets/${worksheet.id}/record`)).text();
  await waitUntil(async () => (await serverRecord()).includes('Walk daily'));
  const sessionCookies = await clientContext.cookies();
  const userId = await page.evaluate(() =>
    Object.keys(localStorage)
      .find((key) => key.startsWith('interlude-copies:'))
      ?.slice('interlude-copies:'.length),
  );
  expect(userId).toBeTruthy();

  await clientContext.setOffline(true);
  await page.locator('.connection[data-link="offline"]').waitFor();
  await answer.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' DELETED DRAFT');
  await page.locator('.connection[data-state="device-only"]').waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  const warning = page.getByRole('dialog', { name: 'Some changes are only on this device' });
  await warning.getByRole('button', { name: 'Sign out and delete them' }).click();

  // Still offline: the sign-in page, and nothing of the person left on the device.
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  expect(await page.locator('.connection').count()).toBe(0);
  const leftOnDevice = () =>
    page.evaluate(async (id) => {
      const databases = await indexedDB.databases();
      return {
        keys: Object.keys(localStorage).filter((key) => key.includes(String(id))),
        databases: databases.map((db) => db.name).filter((name) => name?.includes(String(id))),
        pendingSignOut: localStorage.getItem('interlude-pending-sign-out'),
      };
    }, userId);
  await waitUntil(async () => (await leftOnDevice()).databases.length === 0);
  expect(await leftOnDevice()).toEqual({ keys: [], databases: [], pendingSignOut: '1' });

  // Back online: the pending sign-out reaches the server, which revokes the session.
  await clientContext.setOffline(false);
  await waitUntil(async () => (await leftOnDevice()).pendingSignOut === null);
  const cookieHeader = sessionCookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const withOldCookie = await fetch(new URL('/api/me', suite.baseUrl), { headers: { cookie: cookieHeader } });
  expect(withOldCookie.status).toBe(401);
  // The session is gone, so no socket of it can send anything now: the server has only the saved answer.
  const text = await serverRecord();
  expect(text).toContain('Walk daily');
  expect(text).not.toContain('DELETED DRAFT');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  expect((await leftOnDevice()).keys).toEqual([]);
  await Promise.all([therapistContext.close(), clientContext.close()]);
});

test("signing out offline in another tab stops this tab's worksheet too; its edits never reach the server", async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  const client = await addJoinedClient(therapistContext, clientContext, 'Two-tab Signer-out');
  const worksheet = await assignThroughApi(therapistContext, client.email, 'smart-goal', 'Two tabs');
  const { page: worksheetTab } = await newPage(clientContext);
  await openWorksheet(worksheetTab, worksheet.id);
  const { page: listTab } = await newPage(clientContext);
  await listTab.goto('/');
  await listTab.getByRole('button', { name: 'Sign out' }).waitFor();

  await clientContext.setOffline(true);
  await worksheetTab.locator('.connection[data-link="offline"]').waitFor();
  await worksheetBlock(worksheetTab, 'prompt', 'My goal, in one sentence')
    .locator('.interlude-prompt__answer')
    .click();
  await worksheetTab.keyboard.type('OTHER TAB DRAFT');
  await worksheetTab.locator('.connection[data-state="device-only"]').waitFor();
  await listTab.getByRole('button', { name: 'Sign out' }).click();
  await listTab
    .getByRole('dialog', { name: 'Some changes are only on this device' })
    .getByRole('button', { name: 'Sign out and delete them' })
    .click();
  await listTab.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await worksheetTab.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

  await clientContext.setOffline(false);
  await waitUntil(() => listTab.evaluate(() => localStorage.getItem('interlude-pending-sign-out') === null));
  const record = await therapistContext.request.get(`/api/worksheets/${worksheet.id}/record`);
  expect(record.ok()).toBe(true);
  expect(await record.text()).not.toContain('OTHER TAB DRAFT');
  await Promise.all([therapistContext.close(), clientContext.close()]);
});

test('when access ends with changes only on this device, the client can download them', async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  const client = await addJoinedClient(therapistContext, clientContext, 'Offline Leaver');
  const worksheet = await assignThroughApi(therapistContext, client.email, 'smart-goal', 'Unsent answers');
  const { page } = await newPage(clientContext);
  await openWorksheet(page, worksheet.id);

  await clientContext.setOffline(true);
  await page.locator('.connection[data-link="offline"]').waitFor();
  await worksheetBlock(page, 'prompt', 'My goal, in one sentence')
    .locator('.interlude-prompt__answer')
    .click();
  await page.keyboard.type('Sleep before midnight');
  await expectOk(therapistContext.request, 'POST', `/api/clients/${client.id}/archive`, {
    clientAccess: 'none',
  });
  await clientContext.setOffline(false);

  const warning = page.getByRole('status').filter({ hasText: 'Some changes are only on this device' });
  await warning.waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: 'Download my answers' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Unsent answers.txt');
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain('My goal, in one sentence\n  Sleep before midnight');
  await Promise.all([therapistContext.close(), clientContext.close()]);
});
