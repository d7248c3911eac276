import { expect, test } from 'vitest';
import {
  addJoinedClient,
  demoAccounts,
  expectNoSeriousAxeViolations,
  expectOk,
  newContext,
  newPage,
  signInThroughApi,
  useBrowserSuite,
} from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });

interface Worksheet {
  id: string;
  title: string;
  status: string;
  note: string | null;
}

test('from the Library link: save a draft, tailor it, send it; the client sees it only then, with the note', async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl, { phone: true });
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  const client = await addJoinedClient(therapistContext, clientContext, 'Robin');
  const { page: therapist, log } = await newPage(therapistContext);

  // The Library's "Assign to…" lands here with the template chosen.
  await therapist.goto(`/clients/${client.id}?assign=three-good-things`);
  const dialog = therapist.getByRole('dialog', { name: 'Assign a worksheet to Robin' });
  expect(await dialog.getByRole('radio', { name: /Three good things/ }).isChecked()).toBe(true);
  await dialog.getByText('time zone UTC').waitFor();
  await dialog.getByLabel('Note to the client (optional)').fill('Three small things each evening.');
  await expectNoSeriousAxeViolations(therapist, 'the assign dialog with a note');
  await dialog.getByRole('button', { name: 'Save as draft and tailor' }).click();

  // The draft opens in the editor; the client cannot see it yet.
  await therapist.getByText('Draft: only you can see this').waitFor();
  const worksheetId = new URL(therapist.url()).pathname.split('/').pop() ?? '';
  expect(await expectOk<Worksheet[]>(clientContext.request, 'GET', '/api/worksheets')).toEqual([]);
  const hidden = await clientContext.request.get(`/api/worksheets/${worksheetId}`);
  expect(hidden.status()).toBe(404);

  // The client's page lists it as a draft, with "Send to client".
  await therapist.goto(`/clients/${client.id}`);
  const card = therapist.getByRole('listitem').filter({ hasText: 'Three good things' });
  await card.getByText('Draft', { exact: true }).waitFor();
  await card.getByRole('button', { name: /^Send to client: / }).click();
  await card.getByText('Not started').waitFor();

  // Now it is in the client's homework, with the note under it.
  const { page: clientPage, log: clientLog } = await newPage(clientContext);
  await clientPage.goto('/homework');
  const homework = clientPage.getByRole('listitem').filter({ hasText: 'Three good things' });
  await homework.getByText('Three small things each evening.').waitFor();
  await expectNoSeriousAxeViolations(clientPage, 'homework with a note');

  expect(log.errors).toEqual([]);
  expect(clientLog.errors).toEqual([]);
  await therapistContext.close();
  await clientContext.close();
});
