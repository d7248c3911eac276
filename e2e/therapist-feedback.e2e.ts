import { expect, test } from 'vitest';
import {
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

test('on a phone the assign dialog fills the screen, shows several templates and refuses a past due date', async () => {
  const { context, page, log } = await therapistPage({ phone: true });
  await page.goto('/clients');
  await page.getByRole('link', { name: 'Sam' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sam' }).waitFor();
  await page.getByRole('button', { name: 'Assign worksheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign a worksheet to Sam' });
  const radios = dialog.getByRole('radio');
  await radios.first().waitFor();

  const box = await dialog.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(800); // the 844 px tall phone screen, not a small box
  const visible = await radios.evaluateAll(
    (inputs) =>
      inputs.filter((input) => {
        const rect = input.closest('label')?.getBoundingClientRect();
        return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight;
      }).length,
  );
  expect(visible).toBeGreaterThanOrEqual(3);
  await expectNoSeriousAxeViolations(page, 'the assign dialog (phone)');

  const yesterday = await page.evaluate(() => {
    const date = new Date();
    date.setDate(date.getDate() - 1);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  });
  await radios.first().check();
  await dialog.getByLabel('Due date').fill(yesterday);
  await dialog.getByRole('button', { name: 'Send now' }).click();
  await dialog.getByText('This date has already passed. Choose today or a later day.').waitFor();
  expect(await dialog.isVisible()).toBe(true);

  // The server refuses it too, whatever the browser sends.
  const clients = await expectOk<{ id: string; displayName: string }[]>(
    context.request,
    'GET',
    '/api/clients',
  );
  const sam = clients.find((client) => client.displayName === 'Sam');
  const refused = await context.request.post(`/api/clients/${sam?.id}/worksheets`, {
    data: { templateId: 'three-good-things', dueDate: '2020-01-01' },
    headers: { origin: suite.baseUrl },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toMatch(/already passed/);
  expect(log.errors).toEqual([]);
  await context.close();
});

test('marking a worksheet reviewed on the dashboard confirms it in words', async () => {
  const { context, page, log } = await therapistPage();
  await page.goto('/clients');
  const waiting = page.getByRole('region', { name: 'Waiting for your review' });
  const button = waiting.getByRole('button', { name: /^Mark reviewed: / }).first();
  const label = (await button.getAttribute('aria-label')) ?? '';
  const title = label.replace(/^Mark reviewed: /, '');
  await button.click();
  await page
    .getByRole('status')
    .filter({ hasText: `Marked reviewed: ${title}` })
    .waitFor();
  expect(log.errors).toEqual([]);
  await context.close();
});

test("a client page that is not the therapist's says the client was not found, with a way back", async () => {
  const { context, page } = await therapistPage();
  await page.goto('/clients/no-such-client-0000000000');
  await page.getByText('This client was not found').waitFor();
  expect(await page.getByText('Try again').count()).toBe(0);
  await page.getByRole('link', { name: 'Back to your clients' }).click();
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await context.close();
});
