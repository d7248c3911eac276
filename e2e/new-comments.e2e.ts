import { expect, test } from 'vitest';
import { writeCommentsOnServer } from '../packages/sync-server/test/comments/write-comments-on-server.js';
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
} from './harness/index.js';

/**
 * "2 new comments" for the person they are meant for (docs/comments.md N1–N4): the client sees it in their
 * homework list until they open the worksheet; the therapist sees the client's reply on the client's page and
 * dashboard. Comments are written on the server (the comment panel has its own tests).
 */
const suite = useBrowserSuite({ seedDemo: true });

interface Me {
  user: { id: string; displayName: string; role: 'therapist' | 'client' };
}

test('new comments show as words in the lists, and opening the worksheet marks them seen', async () => {
  const therapist = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(therapist, demoAccounts.therapist);
  const client = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(client, demoAccounts.sam);
  const therapistMe = (await expectOk<Me>(therapist.request, 'GET', '/api/me')).user;
  const clientMe = (await expectOk<Me>(client.request, 'GET', '/api/me')).user;
  const worksheet = await assignThroughApi(
    therapist,
    demoAccounts.sam.email,
    'mood-journal',
    'Commented journal',
  );
  const asAuthor = (me: Me['user']) => ({ id: me.id, role: me.role, name: me.displayName });

  let threadId = '';
  await writeCommentsOnServer(suite.server.server, worksheet.id, asAuthor(therapistMe), (comments) => {
    threadId = comments.startThread({ anchor: { kind: 'text' }, body: 'What helped most?' }).id;
    comments.startThread({ anchor: { kind: 'text' }, body: 'Nice work.' });
  });

  const { page, log } = await newPage(client);
  await page.goto('/homework');
  const card = page.locator('.worksheet-card').filter({ hasText: 'Commented journal' });
  await card.getByText('2 new comments').waitFor();
  await expectNoSeriousAxeViolations(page, 'the homework list with a new-comments badge');

  const seen = page.waitForResponse((response) => response.url().endsWith(`/${worksheet.id}/comments/seen`));
  await openWorksheet(page, worksheet.id);
  expect((await seen).status()).toBe(204);
  await page.goto('/homework');
  await card.waitFor();
  await expect.poll(() => card.getByText(/new comment/).count(), { timeout: 15_000 }).toBe(0);

  await writeCommentsOnServer(suite.server.server, worksheet.id, asAuthor(clientMe), (comments) => {
    comments.reply(threadId, 'The walk.');
  });
  const therapistPage = (await newPage(therapist)).page;
  await therapistPage.goto(`/clients/${clientMe.id}`);
  await therapistPage
    .locator('.worksheet-card')
    .filter({ hasText: 'Commented journal' })
    .getByText('1 new comment')
    .waitFor();
  await therapistPage.goto('/clients');
  await therapistPage.locator('.client-card').filter({ hasText: 'Sam' }).getByText('1 new comment').waitFor();
  // The client's own reply is not new to them.
  await page.reload();
  await card.waitFor();
  // The list first shows what this device kept, then the server's answer.
  await expect.poll(() => card.getByText(/new comment/).count(), { timeout: 15_000 }).toBe(0);

  expect(log.errors).toEqual([]);
  await therapist.close();
  await client.close();
});
