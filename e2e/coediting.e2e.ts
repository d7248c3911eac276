import { expect, test } from 'vitest';
import {
  assignThroughApi,
  demoAccounts,
  expectNoSeriousAxeViolations,
  expectOk,
  newContext,
  newPage,
  openWorksheet,
  signInThroughApi,
  therapistAndAlexOnOneWorksheet,
  useBrowserSuite,
  worksheetBlock,
} from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });

// Issue 3: therapist and client on the same worksheet, live. Each change is awaited in the other
// browser (never a fixed pause), and each sees the other's named caret.
test('therapist and client co-edit a worksheet: answers, ratings and goal steps appear live', async () => {
  const {
    therapistContext,
    clientContext,
    therapistName,
    clientName,
    therapist,
    client,
    therapistLog,
    clientLog,
  } = await therapistAndAlexOnOneWorksheet(suite.browser, suite.baseUrl, 'smart-goal', 'Co-editing check');

  // Text typed into a prompt answer by the client appears for the therapist.
  const barriers = 'What could get in the way';
  await worksheetBlock(client, 'prompt', barriers).locator('.interlude-prompt__answer').click();
  await client.keyboard.type('Rain. Then I walk in the shopping centre.');
  await worksheetBlock(therapist, 'prompt', barriers)
    .filter({ hasText: 'Then I walk in the shopping centre.' })
    .waitFor({ timeout: 30_000 });

  // A rating set by the client (how far along the goal is) appears for the therapist.
  const progress = 'How far along are you';
  await worksheetBlock(client, 'goal', 'My goal').getByRole('button', { name: '30', exact: true }).click();
  await worksheetBlock(therapist, 'goal', 'My goal')
    .getByRole('slider', { name: new RegExp(progress) })
    .and(therapist.locator('[aria-valuenow="30"]'))
    .waitFor({ timeout: 30_000 });

  // In session the therapist adds a step to the goal; the client ticks it; the therapist sees it ticked.
  const goal = worksheetBlock(therapist, 'goal', 'My goal');
  await goal.locator('.interlude-goal__header summary').click();
  await goal.getByRole('button', { name: 'Add step' }).click();
  await goal.getByRole('textbox', { name: 'Step', exact: true }).fill('Walk to the park on Thursday');
  const step = 'Walk to the park on Thursday';
  await client.getByRole('checkbox', { name: step }).check({ timeout: 30_000 });
  await therapist
    .getByRole('checkbox', { name: `Done: ${step}` })
    .and(therapist.locator(':checked'))
    .waitFor({ timeout: 30_000 });

  // Each sees the other's caret, labelled with their name, while both have their cursor in the text
  // (a caret is shared only while its editor has focus, and ticking the box moved the client's focus).
  await worksheetBlock(client, 'prompt', barriers).locator('.interlude-prompt__answer').click();
  await worksheetBlock(therapist, 'prompt', barriers).locator('.interlude-prompt__answer').click();
  await therapist.locator('.interlude-caret').filter({ hasText: clientName }).waitFor({ timeout: 30_000 });
  await client.locator('.interlude-caret').filter({ hasText: therapistName }).waitFor({ timeout: 30_000 });

  // Both sides report that the server holds everything.
  await therapist
    .locator('.connection[data-state="all-saved"][data-link="online"]')
    .waitFor({ timeout: 30_000 });
  await client
    .locator('.connection[data-state="all-saved"][data-link="online"]')
    .waitFor({ timeout: 30_000 });

  await expectNoSeriousAxeViolations(therapist, "the worksheet page (therapist's view)");
  await expectNoSeriousAxeViolations(client, "the worksheet page (client's view, phone)");
  expect(therapistLog.errors).toEqual([]);
  expect(clientLog.errors).toEqual([]);
  await Promise.all([therapistContext.close(), clientContext.close()]);
});

test('a client hands a worksheet in; the therapist sees it handed in and marks it reviewed', async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  await signInThroughApi(clientContext, demoAccounts.sam);
  const worksheet = await assignThroughApi(
    therapistContext,
    demoAccounts.sam.email,
    'three-good-things',
    'Hand-in check',
  );

  const { page: client } = await newPage(clientContext);
  await openWorksheet(client, worksheet.id);
  await client.getByRole('button', { name: 'Hand in' }).click();
  await client.getByText(/^Handed in /).waitFor();

  const { page: therapist } = await newPage(therapistContext);
  await openWorksheet(therapist, worksheet.id);
  await therapist.getByRole('button', { name: 'Mark reviewed' }).click();
  await therapist.getByText('Reviewed', { exact: true }).first().waitFor();
  const answer = await expectOk<{ status: string }>(
    therapistContext.request,
    'GET',
    `/api/worksheets/${worksheet.id}`,
  );
  expect(answer.status).toBe('reviewed');
  await Promise.all([therapistContext.close(), clientContext.close()]);
});

test("answering a required question moves the therapist's progress count", async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  await signInThroughApi(clientContext, demoAccounts.alex);
  const worksheet = await assignThroughApi(
    therapistContext,
    demoAccounts.alex.email,
    'smart-goal',
    'Progress check',
  );
  const { page: therapist } = await newPage(therapistContext);
  const { page: client } = await newPage(clientContext);
  await Promise.all([openWorksheet(therapist, worksheet.id), openWorksheet(client, worksheet.id)]);
  await therapist.getByText(/^0 of \d+ required answers$/).waitFor();

  await worksheetBlock(client, 'prompt', 'My goal, in one sentence')
    .locator('.interlude-prompt__answer')
    .click();
  await client.keyboard.type('Walk three times a week');
  await client.getByText(/^1 of \d+ required answers$/).waitFor();
  await therapist.getByText(/^1 of \d+ required answers$/).waitFor({ timeout: 30_000 });
  await client.getByText(/required answers? (is|are) still open/).waitFor();
  await Promise.all([therapistContext.close(), clientContext.close()]);
});

test('a worksheet that is not yours ends with a clear message, not a spinner', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(context, demoAccounts.alex);
  const { page } = await newPage(context);
  await page.goto('/worksheets/no-such-worksheet');
  await page.getByText('This worksheet was not found').waitFor();
  await context.close();
});
