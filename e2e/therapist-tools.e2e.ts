import { expect, test } from 'vitest';
import {
  addJoinedClient,
  assignThroughApi,
  demoAccounts,
  expectNoSeriousAxeViolations,
  expectOk,
  newContext,
  newPage,
  signInThroughApi,
  useBrowserSuite,
} from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });

async function therapistPage(options: { phone?: boolean } = {}) {
  const context = await newContext(suite.browser, suite.baseUrl, options);
  await signInThroughApi(context, demoAccounts.therapist);
  const { page, log } = await newPage(context);
  return { context, page, log };
}

test('a reset link from the client page lets the client choose a new password', async () => {
  const { context, page } = await therapistPage();
  await page.goto('/clients');
  await page.getByRole('link', { name: 'Sam' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sam' }).waitFor();
  await page.getByRole('button', { name: 'Password reset link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Password reset link for Sam' });
  const resetUrl = await dialog.getByLabel('Reset link').inputValue();
  expect(new URL(resetUrl).pathname).toMatch(/^\/reset\/.+/);

  const clientContext = await newContext(suite.browser, suite.baseUrl, { phone: true });
  const { page: client } = await newPage(clientContext);
  await client.goto(resetUrl);
  await client.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
  await expectNoSeriousAxeViolations(client, 'the reset page');
  await client.getByLabel('New password').fill('a-fresh-start-99');
  await client.getByLabel('Repeat the password').fill('a-fresh-start-99');
  await client.getByRole('button', { name: 'Save password' }).click();
  await client.getByRole('heading', { level: 1, name: 'My homework' }).waitFor();
  await Promise.all([context.close(), clientContext.close()]);
});

test('practice settings change the name everyone sees and the crisis text clients see', async () => {
  const { context, page } = await therapistPage();
  await page.goto('/settings');
  await page.getByLabel('Practice name').fill('Riverside Counselling');
  await page.getByLabel('Crisis information').fill('In an emergency call 999. Samaritans: 116 123.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Saved.').waitFor();
  await page.getByRole('banner').getByText('Riverside Counselling').waitFor();
  await expectNoSeriousAxeViolations(page, 'the practice settings');

  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(clientContext, demoAccounts.alex);
  const { page: client } = await newPage(clientContext);
  await client.goto('/homework');
  await client
    .getByRole('complementary', { name: 'Need help now?' })
    .getByText('Samaritans: 116 123')
    .waitFor();
  await Promise.all([context.close(), clientContext.close()]);
});

test('deleting a worksheet asks first, then removes it from the client page', async () => {
  const { context, page } = await therapistPage();
  const worksheet = await assignThroughApi(
    context,
    demoAccounts.alex.email,
    'three-good-things',
    'To be deleted',
  );
  await page.goto('/clients');
  await page.getByRole('link', { name: 'Alex' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'To be deleted' });
  await card.getByRole('button', { name: 'Delete: To be deleted' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “To be deleted”?' });
  await expectNoSeriousAxeViolations(page, 'the delete confirmation');
  await confirm.getByRole('button', { name: 'Delete worksheet' }).click();
  await card.waitFor({ state: 'detached' });
  const response = await context.request.get(`/api/worksheets/${worksheet.id}`);
  expect(response.status()).toBe(404);
  await context.close();
});

test('archiving a client keeps their worksheets readable for them but closed to changes', async () => {
  const { context, page } = await therapistPage();
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  const client = await addJoinedClient(context, clientContext, 'Robin Leaving');
  await assignThroughApi(context, client.email, 'thought-record', 'Before archiving');
  await page.goto(`/clients/${client.id}`);
  await page.getByRole('heading', { level: 1, name: 'Robin Leaving' }).waitFor();
  await page.getByRole('button', { name: 'Archive client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archive Robin Leaving?' });
  await dialog.getByRole('radio', { name: /Read their worksheets/ }).check();
  await dialog.getByRole('button', { name: 'Archive client' }).click();
  await page.getByText('Robin Leaving can still read their worksheets but not change them.').waitFor();
  expect(await page.getByRole('button', { name: 'Assign worksheet' }).count()).toBe(0);

  await page.goto('/clients');
  await page.getByText(/Archived clients/).click();
  await page.getByRole('link', { name: 'Robin Leaving' }).waitFor();
  const detail = await expectOk<{ client: { status: string }; worksheets: { readOnly: boolean }[] }>(
    context.request,
    'GET',
    `/api/clients/${client.id}`,
  );
  expect(detail.client.status).toBe('archived');
  expect(detail.worksheets.length).toBeGreaterThan(0);
  expect(detail.worksheets.every((worksheet) => worksheet.readOnly)).toBe(true);

  // The client can still open their worksheet, which now says it is read-only.
  const worksheets = await expectOk<{ id: string }[]>(clientContext.request, 'GET', '/api/worksheets');
  const { page: clientPage } = await newPage(clientContext);
  await clientPage.goto(`/worksheets/${worksheets[0]?.id}`);
  await clientPage.getByText('You can read this worksheet; changes are no longer possible.').waitFor();
  await clientPage.locator('.connection[data-state="read-only"]').waitFor({ timeout: 30_000 });
  await Promise.all([context.close(), clientContext.close()]);
});

test('the activity log lists what happened in the practice, readable on a phone', async () => {
  const { context, page } = await therapistPage({ phone: true });
  await page.goto('/audit');
  await page.getByRole('heading', { level: 1, name: 'Activity log' }).waitFor();
  const rows = page.getByRole('list', { name: 'Activity, newest first' }).getByRole('listitem');
  await rows.first().waitFor();
  expect(await rows.count()).toBeGreaterThan(0);
  // Sentences in words, no raw field dumps.
  await page
    .getByText(/ signed in$/)
    .first()
    .waitFor();
  expect(await page.getByText(/durationMs|openedAt/).count()).toBe(0);
  await expectNoSeriousAxeViolations(page, 'the activity log (phone)');
  await context.close();
});
