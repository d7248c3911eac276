import type { BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  addJoinedClient,
  type Credentials,
  expectNoSeriousAxeViolations,
  expectOk,
  newContext,
  newPage,
  openWorksheet,
  pdfText,
  selectText,
  signInThroughApi,
  uniqueEmail,
  useBrowserSuite,
  waitUntil,
  withoutSpaces,
  worksheetBlock,
} from './harness/index.js';

const suite = useBrowserSuite({ manualClock: true });

const dayMs = 24 * 60 * 60 * 1000;

function serverClock() {
  const clock = suite.server.clock;
  if (!clock) throw new Error('The suite runs without a manual clock');
  return clock;
}

async function signUpTherapist(context: BrowserContext): Promise<Credentials> {
  const credentials = { email: uniqueEmail('therapist'), password: 'progress-therapist-1' };
  await expectOk(context.request, 'POST', '/api/auth/signup', {
    ...credentials,
    displayName: 'Dr Progress',
    practiceName: 'Progress Practice',
  });
  return credentials;
}

/** An own template with one 0–10 scale under the metric key `craving`. */
async function createCravingTemplate(therapist: BrowserContext): Promise<string> {
  const template = await expectOk<Record<string, unknown> & { id: string }>(
    therapist.request,
    'POST',
    '/api/templates',
    {},
  );
  const response = await therapist.request.fetch(`/api/templates/${template.id}`, {
    method: 'PUT',
    data: {
      ...Object.fromEntries(
        ['purpose', 'description', 'approaches', 'topics', 'estimatedMinutes', 'tags'].map((key) => [
          key,
          template[key],
        ]),
      ),
      title: 'Craving check',
      kind: 'worksheet',
      content: {
        type: 'doc',
        content: [
          {
            type: 'scale',
            attrs: {
              id: 'craving',
              label: 'How strong was the craving?',
              min: 0,
              max: 10,
              metricKey: 'craving',
            },
          },
        ],
      },
    },
  });
  expect(response.status()).toBe(200);
  return template.id;
}

/** The client's browser shows the server's day (their own clock decides the hand-in time). */
async function clientPageAtServerTime(client: BrowserContext): Promise<Page> {
  const { page } = await newPage(client);
  await page.clock.setFixedTime(serverClock().now());
  return page;
}

/** Answers the nine scored PHQ-9 items with `option`, item 9 with "Not at all", and hands it in. */
async function completePhq9(page: Page, worksheetId: string, option: string) {
  await page.goto(`/worksheets/${worksheetId}`);
  await page.locator('.ProseMirror').waitFor();
  const items = page.locator('.ProseMirror [data-type="choice"]');
  for (let index = 0; index < 9; index += 1) {
    await items
      .nth(index)
      .getByRole('radio', { name: index === 8 ? 'Not at all' : option, exact: true })
      .check();
  }
  await handIn(page);
}

async function handIn(page: Page) {
  await page.getByRole('button', { name: 'Hand in' }).click();
  await page.locator('.connection[data-state="all-saved"]').waitFor({ timeout: 30_000 });
}

async function rateCraving(page: Page, worksheetId: string, value: number) {
  await page.goto(`/worksheets/${worksheetId}`);
  await page.locator('.ProseMirror').waitFor();
  await page
    .locator('.ProseMirror [data-type="scale"]')
    .getByRole('button', { name: String(value), exact: true })
    .click();
  await handIn(page);
}

/** Waits until the server stored the hand-in, then lets derivation run (it waits for edits to pause). */
async function handedInAndDerived(therapist: BrowserContext, worksheetId: string) {
  await waitUntil(
    async () =>
      (await expectOk<{ status: string }>(therapist.request, 'GET', `/api/worksheets/${worksheetId}`))
        .status === 'handed-in',
    { message: `worksheet ${worksheetId} never reached handed-in` },
  );
  serverClock().advance(1_000);
}

test('two PHQ-9s a week apart and an own template’s ratings: charts with bands and tables with the same numbers', async () => {
  const therapist = await newContext(suite.browser, suite.baseUrl);
  const client = await newContext(suite.browser, suite.baseUrl, { phone: true });
  const therapistCredentials = await signUpTherapist(therapist);
  const joined = await addJoinedClient(therapist, client, 'Robin');
  const cravingTemplate = await createCravingTemplate(therapist);
  const assign = (templateId: string) =>
    expectOk<{ id: string }>(therapist.request, 'POST', `/api/clients/${joined.id}/worksheets`, {
      templateId,
    });

  // Week 1: a PHQ-9 with "More than half the days" (total 16) and a craving of 8.
  const firstPhq = await assign('phq-9');
  const firstCraving = await assign(cravingTemplate);
  let page = await clientPageAtServerTime(client);
  await completePhq9(page, firstPhq.id, 'More than half the days');
  await rateCraving(page, firstCraving.id, 8);
  await page.close();
  await handedInAndDerived(therapist, firstPhq.id);
  await handedInAndDerived(therapist, firstCraving.id);
  const firstDay = new Date(serverClock().now()).toISOString().slice(0, 10);

  // Week 2: "Several days" (total 8) and a craving of 3.
  serverClock().advance(7 * dayMs);
  await signInThroughApi(therapist, therapistCredentials);
  await signInThroughApi(client, joined);
  const secondPhq = await assign('phq-9');
  const secondCraving = await assign(cravingTemplate);
  page = await clientPageAtServerTime(client);
  await completePhq9(page, secondPhq.id, 'Several days');
  await rateCraving(page, secondCraving.id, 3);
  await page.close();
  await handedInAndDerived(therapist, secondPhq.id);
  await handedInAndDerived(therapist, secondCraving.id);
  const secondDay = new Date(serverClock().now()).toISOString().slice(0, 10);

  const { page: progress, log } = await newPage(therapist);
  await progress.goto(`/clients/${joined.id}`);
  await progress.getByRole('link', { name: 'Progress', exact: true }).click();
  await progress.getByRole('heading', { level: 1, name: 'Robin: progress' }).waitFor();

  const phq = progress.locator('figure').filter({ hasText: 'PHQ-9 total' });
  await phq.locator('.recharts-line-dots circle').nth(1).waitFor();
  // Five severity bands shaded behind the line, one dot per completed PHQ-9.
  expect(await phq.locator('.recharts-reference-area').count()).toBe(5);
  expect(await phq.locator('.recharts-line-dots circle').count()).toBe(2);
  const phqRows = await phq
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('td')).map(
          (cell) => cell.querySelector('time')?.dateTime ?? cell.textContent,
        ),
      ),
    );
  expect(phqRows).toEqual([
    [firstDay, '16', 'Moderately severe'],
    [secondDay, '8', 'Mild'],
  ]);
  expect(await phq.locator('figcaption').textContent()).toContain('Latest 8, down 8 from 16');

  const craving = progress.locator('figure').filter({ hasText: 'How strong was the craving?' });
  await craving.locator('.recharts-line-dots circle').nth(1).waitFor();
  const cravingValues = await craving.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(cravingValues).toEqual(['8', '3']);

  const homework = progress.locator('figure').filter({ hasText: 'Homework by week' });
  expect(await homework.locator('figcaption').textContent()).toContain('4 of 4 done (100%), 4 on time');
  await expectNoSeriousAxeViolations(progress, 'the client progress page');

  // Readable on a phone: the charts fit the screen's width.
  await progress.setViewportSize({ width: 390, height: 844 });
  // The chart follows its container through a ResizeObserver, a frame or two after the viewport changes.
  await expect
    .poll(() => phq.locator('.recharts-wrapper').evaluate((node) => node.getBoundingClientRect().width))
    .toBeLessThanOrEqual(390);

  // The client's own view: what they did, their totals without severity bands, worded to encourage.
  const { page: own, log: ownLog } = await newPage(client);
  await own.goto('/homework');
  await own.getByRole('link', { name: 'My progress' }).click();
  await own.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
  await own.getByText('You have completed 4 pieces of homework.').waitFor();
  const ownPhq = own.locator('figure').filter({ hasText: 'PHQ-9 total' });
  await ownPhq.locator('.recharts-line-dots circle').nth(1).waitFor();
  expect(await ownPhq.locator('.recharts-reference-area').count()).toBe(0);
  expect(await ownPhq.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['16', '8']);
  expect(await own.getByText(/severe|mild|moderate/i).count()).toBe(0);
  await expectNoSeriousAxeViolations(own, 'the client’s own progress page (phone)');
  expect(ownLog.errors).toEqual([]);
  expect(log.errors).toEqual([]);
  await Promise.all([therapist.close(), client.close()]);
});

test('a safety flag on the dashboard before hand-in, acknowledged with a note, is gone and in the activity log', async () => {
  const therapist = await newContext(suite.browser, suite.baseUrl);
  const client = await newContext(suite.browser, suite.baseUrl, { phone: true });
  await signUpTherapist(therapist);
  const joined = await addJoinedClient(therapist, client, 'Sasha');
  const phq = await expectOk<{ id: string }>(
    therapist.request,
    'POST',
    `/api/clients/${joined.id}/worksheets`,
    {
      templateId: 'phq-9',
    },
  );
  const { page: clientPage } = await newPage(client);
  await clientPage.goto(`/worksheets/${phq.id}`);
  await clientPage.locator('.ProseMirror').waitFor();
  await clientPage
    .locator('.ProseMirror [data-type="choice"]')
    .nth(8)
    .getByRole('radio', { name: 'Several days', exact: true })
    .check();
  await clientPage.locator('.connection[data-state="all-saved"]').waitFor({ timeout: 30_000 });

  const { page, log } = await newPage(therapist);
  await page.goto('/clients');
  const card = page.locator('.client-card').filter({ hasText: 'Sasha' });
  await card.getByText('Safety flag on').waitFor();
  await card.getByRole('button', { name: 'Acknowledge…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Acknowledge the safety flag for Sasha' });
  await dialog.getByLabel('What you did or will do').fill('Phoned Sasha, safety plan in place.');
  await expectNoSeriousAxeViolations(page, 'the acknowledge dialog');
  await dialog.getByRole('button', { name: 'Acknowledge' }).click();
  await card.getByText('Safety flag on').waitFor({ state: 'detached' });
  expect(await card.locator('.badge', { hasText: 'Needs attention' }).count()).toBe(0);

  await page.goto('/audit');
  await page.getByText('acknowledged the safety flag on Sasha’s').waitFor();
  expect(await page.getByText('safety plan in place').count()).toBe(0);
  expect(log.errors).toEqual([]);
  await Promise.all([therapist.close(), client.close()]);
});

test('the review shows what the client changed since the therapist last marked it reviewed', async () => {
  const therapist = await newContext(suite.browser, suite.baseUrl);
  const client = await newContext(suite.browser, suite.baseUrl, { phone: true });
  await signUpTherapist(therapist);
  const joined = await addJoinedClient(therapist, client, 'Kim');
  const templateId = await createCravingTemplate(therapist);
  const worksheet = await expectOk<{ id: string }>(
    therapist.request,
    'POST',
    `/api/clients/${joined.id}/worksheets`,
    {
      templateId,
    },
  );
  const clientPage = await clientPageAtServerTime(client);
  await rateCraving(clientPage, worksheet.id, 8);
  await handedInAndDerived(therapist, worksheet.id);

  const { page, log } = await newPage(therapist);
  await page.goto(`/clients/${joined.id}`);
  await page.getByRole('link', { name: 'What changed: Craving check' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review: Craving check' }).waitFor();
  const firstChange = page.locator('.review-changes__answers li');
  await firstChange.first().waitFor();
  expect(await firstChange.allTextContents()).toEqual(['New How strong was the craving?: 8']);
  await page.getByRole('button', { name: 'Mark reviewed' }).click();
  await page.getByText('Nothing new since then.').waitFor();

  // A minute later the client changes the rating.
  serverClock().advance(60_000);
  await clientPage
    .locator('.ProseMirror [data-type="scale"]')
    .getByRole('button', { name: '5', exact: true })
    .click();
  await clientPage.locator('.connection[data-state="all-saved"]').waitFor({ timeout: 30_000 });
  await waitUntil(
    async () =>
      (await expectOk<{ status: string }>(therapist.request, 'GET', `/api/worksheets/${worksheet.id}`))
        .status === 'handed-in',
    { message: 'the changed worksheet never returned to the review queue' },
  );
  serverClock().advance(1_000);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Review: Craving check' }).waitFor();
  await page.locator('.review-changes__answers li').first().waitFor();
  expect(await page.locator('.review-changes__answers li').allTextContents()).toEqual([
    'Changed How strong was the craving?: 8 → 5',
  ]);
  await expectNoSeriousAxeViolations(page, 'the review page');
  expect(log.errors).toEqual([]);
  await Promise.all([therapist.close(), client.close()]);
});

test('the print view of a worksheet turns into a PDF with the client’s answers in it, without the app’s header', async () => {
  const therapist = await newContext(suite.browser, suite.baseUrl);
  const client = await newContext(suite.browser, suite.baseUrl, { phone: true });
  await signUpTherapist(therapist);
  const joined = await addJoinedClient(therapist, client, 'Noor');
  const goal = await expectOk<{ id: string }>(
    therapist.request,
    'POST',
    `/api/clients/${joined.id}/worksheets`,
    {
      templateId: 'smart-goal',
    },
  );
  const clientPage = await clientPageAtServerTime(client);
  await clientPage.goto(`/worksheets/${goal.id}`);
  await clientPage.locator('.ProseMirror').waitFor();
  await clientPage
    .locator('.ProseMirror [data-type="prompt"]')
    .filter({ hasText: 'My goal, in one sentence' })
    .locator('.interlude-prompt__answer')
    .click();
  await clientPage.keyboard.type('Swim twice a week');
  await handIn(clientPage);
  await handedInAndDerived(therapist, goal.id);

  // The therapist comments on words of the answer; the printed record carries the thread and where it sits.
  const { page: therapistPage } = await newPage(therapist);
  await openWorksheet(therapistPage, goal.id);
  const answer = worksheetBlock(therapistPage, 'prompt', 'My goal, in one sentence').locator(
    '.interlude-prompt__answer',
  );
  await answer.filter({ hasText: 'Swim twice a week' }).waitFor();
  await selectText(answer, 'twice a week');
  await therapistPage.getByRole('button', { name: 'Comment', exact: true }).click();
  const panel = therapistPage.getByRole('region', { name: 'Comments' });
  await panel.getByRole('textbox', { name: 'New comment' }).fill('Which days suit you?');
  await therapistPage.keyboard.press('Enter');
  await waitUntil(
    async () => {
      const record = await expectOk<{ comments: unknown[] }>(
        therapist.request,
        'GET',
        `/api/worksheets/${goal.id}/record`,
      );
      return record.comments.length === 1 || null;
    },
    { message: 'the comment never reached the server' },
  );

  // The client prints their own worksheet.
  await clientPage.goto(`/worksheets/${goal.id}/print`);
  await clientPage.getByRole('heading', { level: 1, name: 'SMART goal' }).waitFor();
  await expectNoSeriousAxeViolations(clientPage, 'the print view');
  await clientPage.emulateMedia({ media: 'print' });
  expect(await clientPage.locator('.shell__header').isVisible()).toBe(false);
  expect(await clientPage.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
  const pdf = await clientPage.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = withoutSpaces(pdfText(pdf));
  for (const printed of [
    'SMART goal',
    'Noor',
    'My goal, in one sentence',
    'Swim twice a week',
    'Not answered',
    'Comments',
    'on the words',
    'Which days suit you?',
  ]) {
    expect(text).toContain(withoutSpaces(printed));
  }
  // Neither the app's navigation nor its buttons are printed.
  expect(text).not.toContain(withoutSpaces('My homework'));
  expect(text).not.toContain(withoutSpaces('Print or save as PDF'));
  await Promise.all([therapist.close(), client.close()]);
});
