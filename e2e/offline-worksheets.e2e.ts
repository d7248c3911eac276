import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import {
  addJoinedClient,
  assignThroughApi,
  demoAccounts,
  expectOk,
  keptAnswersHold,
  launchPersistentProfile,
  newContext,
  newPage,
  openWorksheet,
  signInThroughApi,
  signInThroughUi,
  useBrowserSuite,
  waitForServiceWorkerControl,
  worksheetBlock,
} from './harness/index.js';

/**
 * The client's offline week (docs/offline-data.md): every worksheet is on the device after an online
 * sign-in, the app reloads and restarts offline, a worksheet never opened before opens offline, and
 * everything reaches the therapist when the network is back, merged with what they wrote meanwhile.
 * The client's browser is a persistent Chromium profile, closed and relaunched like a real one.
 */
const suite = useBrowserSuite({ seedDemo: true });
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function profileDirectory(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-profile-'));
  cleanups.push(async () => fs.rmSync(directory, { recursive: true, force: true }));
  return directory;
}

async function therapistSignedIn(): Promise<BrowserContext> {
  const context = await newContext(suite.browser, suite.baseUrl);
  cleanups.push(() => context.close());
  await signInThroughApi(context, demoAccounts.therapist);
  return context;
}

/** A homework card, found by its worksheet's title. */
function card(page: Page, title: string) {
  return page.locator('.worksheet-card').filter({ hasText: title });
}

/** Waits until the homework list says every one of these worksheets is on the device and saved. */
async function waitUntilOnDevice(page: Page, titles: string[]): Promise<void> {
  for (const title of titles) {
    await card(page, title).locator('[data-sync="all-saved"]').waitFor({ timeout: 30_000 });
  }
}

const step = 'Walk to the park on Thursday';
const clientAnswer = 'Walk every morning before work';
const therapistNote = 'Agreed in session.';

test('offline: reload, restart and a never-opened worksheet; back online everything merges with the therapist', async () => {
  const therapistContext = await therapistSignedIn();
  const profile = profileDirectory();
  let clientContext = await launchPersistentProfile(profile, suite.baseUrl);
  cleanups.push(() => clientContext.close());
  const client = await addJoinedClient(therapistContext, clientContext, 'Offline Traveller');
  const goal = await assignThroughApi(therapistContext, client.email, 'smart-goal', 'Goal for the train');
  const titles = ['Goal for the train', 'Thoughts for the train', 'Journal for the train'];
  await assignThroughApi(therapistContext, client.email, 'thought-record', titles[1]);
  await assignThroughApi(therapistContext, client.email, 'mood-journal', titles[2]);

  // In session the therapist adds a step to the goal.
  const { page: therapist, log: therapistLog } = await newPage(therapistContext);
  await openWorksheet(therapist, goal.id);
  const therapistGoal = worksheetBlock(therapist, 'goal', 'My goal');
  await therapistGoal.locator('.interlude-goal__header summary').click();
  await therapistGoal.getByRole('button', { name: 'Add step' }).click();
  await therapistGoal.getByRole('textbox', { name: 'Step', exact: true }).fill(step);
  await therapist.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor();

  // Online, signed in: the app installs itself and fetches every worksheet to the device.
  let { page } = await newPage(clientContext);
  await page.goto('/homework');
  await waitForServiceWorkerControl(page);
  await waitUntilOnDevice(page, titles);
  // The list is kept for offline use too (the persister's saves trail the screen).
  await keptAnswersHold(page, (keys) => keys.includes(JSON.stringify(['worksheets'])));

  // On the train: no network, the app reloads, the list is there.
  await clientContext.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'My homework' }).waitFor();
  await card(page, titles[0] as string).waitFor();

  // A worksheet never opened before opens from the device; answer, rate, tick.
  await page.getByRole('link', { name: 'Goal for the train' }).click();
  await page.locator('.ProseMirror').waitFor();
  await page.locator('.connection[data-link="offline"][data-state="all-saved"]').waitFor();
  await worksheetBlock(page, 'prompt', 'My goal, in one sentence')
    .locator('.interlude-prompt__answer')
    .click();
  await page.keyboard.type(clientAnswer);
  await worksheetBlock(page, 'goal', 'My goal').getByRole('button', { name: '30', exact: true }).click();
  await page.getByRole('checkbox', { name: step }).check();
  await page
    .locator('.connection[data-state="device-only"]')
    .getByText('Saved on this device only')
    .waitFor();
  await page.getByRole('link', { name: '← My homework' }).click();
  await card(page, 'Goal for the train').locator('[data-sync="device-only"]').waitFor();
  await card(page, 'Thoughts for the train').locator('[data-sync="all-saved"]').waitFor();

  // The laptop closes; days later the browser starts again, still offline: it is all there.
  await clientContext.close();
  clientContext = await launchPersistentProfile(profile, suite.baseUrl);
  await clientContext.setOffline(true);
  ({ page } = await newPage(clientContext));
  await page.goto('/homework');
  await card(page, 'Goal for the train').locator('[data-sync="device-only"]').waitFor();
  await page.getByRole('link', { name: 'Goal for the train' }).click();
  const answer = worksheetBlock(page, 'prompt', 'My goal, in one sentence');
  await answer.filter({ hasText: clientAnswer }).waitFor();
  await worksheetBlock(page, 'goal', 'My goal').locator('[aria-valuenow="30"]').waitFor();
  await page.getByRole('checkbox', { name: step }).and(page.locator(':checked')).waitFor();

  // Meanwhile the therapist, online, writes in the same answer.
  await worksheetBlock(therapist, 'prompt', 'My goal, in one sentence')
    .locator('.interlude-prompt__answer')
    .click();
  await therapist.keyboard.type(therapistNote);
  // Out of the text: a focused editor shares its caret, whose name label would sit inside the answer.
  await therapist.locator('#worksheet-title').click();
  await therapist.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor();
  // Nothing of the client's reached the server: the status must not say otherwise.
  expect(await page.locator('.connection[data-state="all-saved"]').count()).toBe(0);

  // Back online: both see the merged answer, the rating and the tick; then, and only then, all saved.
  await clientContext.setOffline(false);
  await answer
    .filter({ hasText: therapistNote })
    .filter({ hasText: clientAnswer })
    .waitFor({ timeout: 30_000 });
  const therapistAnswer = worksheetBlock(therapist, 'prompt', 'My goal, in one sentence');
  await therapistAnswer.filter({ hasText: clientAnswer }).filter({ hasText: therapistNote }).waitFor({
    timeout: 30_000,
  });
  await therapistGoal.getByRole('slider').and(therapist.locator('[aria-valuenow="30"]')).waitFor();
  await therapist
    .getByRole('checkbox', { name: `Done: ${step}` })
    .and(therapist.locator(':checked'))
    .waitFor();
  await page.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor({ timeout: 30_000 });
  expect(therapistLog.errors).toEqual([]);
}, 180_000);

test('a session that expired offline asks to sign in again, keeps the edits and sends them after', async () => {
  const therapistContext = await therapistSignedIn();
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  cleanups.push(() => clientContext.close());
  const client = await addJoinedClient(therapistContext, clientContext, 'Expired Offline');
  const worksheet = await assignThroughApi(therapistContext, client.email, 'smart-goal', 'Expiring goal');
  const { page } = await newPage(clientContext);
  await openWorksheet(page, worksheet.id);

  await clientContext.setOffline(true);
  await worksheetBlock(page, 'prompt', 'My goal, in one sentence')
    .locator('.interlude-prompt__answer')
    .click();
  await page.keyboard.type('Written while the session ran out');
  await page.locator('.connection[data-state="device-only"]').waitFor();
  // The session ends while the device is offline (here: ended on the server, the cookie gone).
  await expectOk(clientContext.request, 'POST', '/api/auth/logout');

  await clientContext.setOffline(false);
  await page.getByText('Please sign in again').waitFor({ timeout: 30_000 });
  await page.locator('.connection[data-state="device-only"]').waitFor();
  await page.getByRole('link', { name: 'Sign in again' }).click();
  await page.getByLabel('Email').fill(client.email);
  await page.getByLabel('Password', { exact: true }).fill(client.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`**/worksheets/${worksheet.id}`);
  await page.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor({ timeout: 30_000 });

  const { page: therapist } = await newPage(therapistContext);
  await openWorksheet(therapist, worksheet.id);
  await worksheetBlock(therapist, 'prompt', 'My goal, in one sentence')
    .filter({ hasText: 'Written while the session ran out' })
    .waitFor({ timeout: 30_000 });
}, 120_000);

test('a shared device: the second person sees none of the first person’s copies', async () => {
  const therapistContext = await therapistSignedIn();
  const sharedContext = await newContext(suite.browser, suite.baseUrl);
  cleanups.push(() => sharedContext.close());
  const first = await addJoinedClient(therapistContext, sharedContext, 'First Person');
  const firstWorksheet = await assignThroughApi(therapistContext, first.email, 'smart-goal', 'First’s goal');
  const { page } = await newPage(sharedContext);
  await page.goto('/homework');
  await waitUntilOnDevice(page, ['First’s goal']);
  await openWorksheet(page, firstWorksheet.id);
  await worksheetBlock(page, 'prompt', 'My goal, in one sentence')
    .locator('.interlude-prompt__answer')
    .click();
  await page.keyboard.type('Private to the first person');
  await page.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor({ timeout: 30_000 });

  // The first person's session ends without signing out (their copies stay); someone else signs in.
  await expectOk(sharedContext.request, 'POST', '/api/auth/logout');
  const second = await addJoinedClient(therapistContext, sharedContext, 'Second Person');
  await assignThroughApi(therapistContext, second.email, 'thought-record', 'Second’s record');
  await signInThroughUi(page, second);
  await page.goto('/homework');
  await waitUntilOnDevice(page, ['Second’s record']);
  expect(await page.getByText('First’s goal').count()).toBe(0);
  // Their copies are their own: every database this person's app opened is named for them.
  const names = await page.evaluate(async () =>
    (await indexedDB.databases()).map((database) => database.name),
  );
  const me = await expectOk<{ user: { id: string } }>(sharedContext.request, 'GET', '/api/me');
  const firstCopies = names.filter((name) => name?.includes(firstWorksheet.id));
  expect(firstCopies.every((name) => !name?.includes(me.user.id))).toBe(true);
  expect(names.some((name) => name?.startsWith(`interlude:${me.user.id}:`))).toBe(true);
  // Asking for the first person's worksheet shows nothing of it.
  await page.goto(`/worksheets/${firstWorksheet.id}`);
  await page.getByText('This worksheet was not found').waitFor();
  expect(await page.getByText('Private to the first person').count()).toBe(0);
}, 120_000);

test('work left in a worksheet that is not open is sent from the list once the network is back', async () => {
  const therapistContext = await therapistSignedIn();
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  cleanups.push(() => clientContext.close());
  const client = await addJoinedClient(therapistContext, clientContext, 'Background Sender');
  const worksheet = await assignThroughApi(
    therapistContext,
    client.email,
    'smart-goal',
    'Sent from the list',
  );
  const { page } = await newPage(clientContext);
  await page.goto('/homework');
  await waitForServiceWorkerControl(page);
  await waitUntilOnDevice(page, ['Sent from the list']);

  await clientContext.setOffline(true);
  await page.getByRole('link', { name: 'Sent from the list' }).click();
  await worksheetBlock(page, 'prompt', 'My goal, in one sentence')
    .locator('.interlude-prompt__answer')
    .click();
  await page.keyboard.type('Typed offline, sent from the list');
  await page.locator('.connection[data-state="device-only"]').waitFor();
  await page.getByRole('link', { name: '← My homework' }).click();
  const status = card(page, 'Sent from the list').locator('.sync-status');
  await status.and(page.locator('[data-sync="device-only"]')).waitFor();

  // Back online on the list: background sync sends it, through the same durable echo.
  await clientContext.setOffline(false);
  await status.and(page.locator('[data-sync="all-saved"]')).waitFor({ timeout: 30_000 });
  const { page: therapist } = await newPage(therapistContext);
  await openWorksheet(therapist, worksheet.id);
  await worksheetBlock(therapist, 'prompt', 'My goal, in one sentence')
    .filter({ hasText: 'Typed offline, sent from the list' })
    .waitFor();
}, 120_000);

test('a therapist’s worksheets opened on this device are refreshed while online, to read offline', async () => {
  const therapistContext = await therapistSignedIn();
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  cleanups.push(() => clientContext.close());
  const client = await addJoinedClient(therapistContext, clientContext, 'Read Later');
  const worksheet = await assignThroughApi(therapistContext, client.email, 'smart-goal', 'Read on the train');
  const { page: therapist } = await newPage(therapistContext);
  await openWorksheet(therapist, worksheet.id);
  await waitForServiceWorkerControl(therapist);
  await therapist
    .getByRole('link', { name: /Read Later/ })
    .first()
    .click();

  // Later the client writes; the therapist's app is online elsewhere in the app.
  const { page: clientPage } = await newPage(clientContext);
  await openWorksheet(clientPage, worksheet.id);
  await worksheetBlock(clientPage, 'prompt', 'My goal, in one sentence')
    .locator('.interlude-prompt__answer')
    .click();
  await clientPage.keyboard.type('Written after the therapist looked');
  await clientPage.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor();

  // Coming back online refreshes the copies this therapist keeps (and only those).
  const refreshed = therapist.evaluate(
    () =>
      new Promise<number>((resolve) =>
        window.addEventListener('interlude-offline-sync-done', (event) =>
          resolve((event as CustomEvent<{ prefetch: { merged: number } }>).detail.prefetch.merged),
        ),
      ),
  );
  await therapistContext.setOffline(true);
  await therapistContext.setOffline(false);
  expect(await refreshed).toBe(1);

  await therapistContext.setOffline(true);
  await therapist.goto(`/worksheets/${worksheet.id}`);
  await worksheetBlock(therapist, 'prompt', 'My goal, in one sentence')
    .filter({ hasText: 'Written after the therapist looked' })
    .waitFor();
  await therapist.locator('.connection[data-link="offline"][data-state="all-saved"]').waitFor();
}, 120_000);
