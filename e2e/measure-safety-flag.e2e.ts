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
  useBrowserSuite,
  waitUntil,
  worksheetBlock,
} from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });

interface MeAnswer {
  practice: { crisisText: string };
}

interface WorksheetAnswer {
  status: string;
  measure: { flags: { id: string }[] } | null;
}

// The PHQ-9 promise: any answer above 0 on item 9 reaches the practitioner at once, before hand-in, and
// the client is shown where to get help right there on the worksheet.
test('PHQ-9 item 9 above 0: the client sees crisis help, the therapist sees "Needs attention"', async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl, { phone: true });
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  await signInThroughApi(clientContext, demoAccounts.alex);
  const crisisText = (await expectOk<MeAnswer>(clientContext.request, 'GET', '/api/me')).practice.crisisText;
  const worksheet = await assignThroughApi(
    therapistContext,
    demoAccounts.alex.email,
    'phq-9',
    'PHQ-9 check-in',
  );

  const { page: client, log: clientLog } = await newPage(clientContext);
  await openWorksheet(client, worksheet.id);
  await worksheetBlock(client, 'choice', 'Feeling down, depressed, or hopeless')
    .getByRole('radio', { name: 'Several days' })
    .check();
  // No crisis prompt for other items.
  expect(await client.getByRole('alert').count()).toBe(0);
  await worksheetBlock(client, 'choice', 'better off dead or of hurting yourself')
    .getByRole('radio', { name: 'More than half the days' })
    .check();
  const help = client.getByRole('alert').filter({ hasText: 'please get help now' });
  await help.waitFor();
  expect(await help.textContent()).toContain(crisisText.trim());
  // The client is not shown a score or a severity band.
  expect(await client.getByText(/\/ 27|PHQ-9:/).count()).toBe(0);
  await client
    .locator('.connection[data-state="all-saved"][data-link="online"]')
    .waitFor({ timeout: 30_000 });
  await expectNoSeriousAxeViolations(client, 'the PHQ-9 with crisis help (client, phone)');

  // The server scored what it stored: the flag is there though the form is neither complete nor handed in.
  await waitUntil(
    async () =>
      (
        await expectOk<WorksheetAnswer>(therapistContext.request, 'GET', `/api/worksheets/${worksheet.id}`)
      ).measure?.flags.some((flag) => flag.id === 'phq-9-item-9'),
    { message: 'The PHQ-9 flag never reached the API' },
  );

  const { page: therapist, log: therapistLog } = await newPage(therapistContext);
  await therapist.goto('/clients');
  const alexCard = therapist.locator('.client-card').filter({ hasText: 'Alex' });
  await alexCard.locator('.badge', { hasText: 'Needs attention' }).waitFor();
  const waiting = therapist.getByRole('region', { name: 'Waiting for your review' });
  const flaggedCard = waiting.locator('.worksheet-card').filter({ hasText: 'PHQ-9 check-in' });
  await flaggedCard.locator('.badge', { hasText: 'Needs attention' }).waitFor();
  expect(await flaggedCard.textContent()).toContain('PHQ-9: 2 of 9 answered');
  expect(await flaggedCard.textContent()).toContain('Item 9');
  await expectNoSeriousAxeViolations(therapist, 'the dashboard with a safety flag');

  // The worksheet page announces the flag to the therapist.
  await openWorksheet(therapist, worksheet.id);
  await therapist.getByRole('alert').filter({ hasText: 'Needs attention' }).waitFor();

  expect(clientLog.errors).toEqual([]);
  expect(therapistLog.errors).toEqual([]);
  await Promise.all([therapistContext.close(), clientContext.close()]);
});
