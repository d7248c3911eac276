import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  assignThroughApi,
  demoAccounts,
  expectNoSeriousAxeViolations,
  newContext,
  newPage,
  openWorksheet,
  selectText,
  signInThroughApi,
  therapistAndAlexOnOneWorksheet,
  useBrowserSuite,
  worksheetBlock,
} from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });

function commentsPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Comments' });
}

// Issue 9: the therapist comments on an answer while both are in the worksheet; the client sees it at once and
// replies; offline, the client replies again and edits the commented answer; back online, the therapist sees both.
test('comments: a thread on an answer, a live reply, and an offline reply and edit that arrive later', async () => {
  const {
    therapistContext,
    clientContext,
    therapistName,
    clientName,
    therapist,
    client,
    therapistLog,
    clientLog,
  } = await therapistAndAlexOnOneWorksheet(suite.browser, suite.baseUrl, 'smart-goal', 'Comments check');

  const barriers = 'What could get in the way';
  const clientAnswer = worksheetBlock(client, 'prompt', barriers).locator('.interlude-prompt__answer');
  await clientAnswer.click();
  await client.keyboard.type('Rain. Then I walk in the shopping centre.');
  const therapistAnswer = worksheetBlock(therapist, 'prompt', barriers).locator('.interlude-prompt__answer');
  await therapistAnswer.filter({ hasText: 'shopping centre' }).waitFor({ timeout: 30_000 });

  // The therapist selects words of the answer and comments from the button beside the selection.
  await selectText(therapistAnswer, 'shopping centre');
  await therapist.getByRole('button', { name: 'Comment', exact: true }).click();
  const therapistPanel = commentsPanel(therapist);
  await therapistPanel.getByText('New comment on').waitFor();
  await expectNoSeriousAxeViolations(therapist, 'the worksheet with a new comment being written');
  await therapistPanel
    .getByRole('textbox', { name: 'New comment' })
    .fill('What makes the shopping centre easier?');
  await therapist.keyboard.press('Enter');
  await therapistPanel.getByText('What makes the shopping centre easier?').waitFor();

  // The client sees the highlighted words at once, and the thread in the sheet; and replies.
  await client
    .locator('.interlude-comment-anchor', { hasText: 'shopping centre' })
    .waitFor({ timeout: 30_000 });
  const clientPanel = commentsPanel(client);
  await clientPanel.getByText('1 open').waitFor();
  await clientPanel.getByRole('button', { name: 'Show comments' }).click();
  const clientThread = clientPanel.getByRole('article', { name: 'Comment thread' });
  await clientThread.getByText('What makes the shopping centre easier?').waitFor();
  await clientThread.getByText(therapistName).waitFor();
  await clientThread.getByRole('button', { name: 'Reply' }).click();
  await clientThread.getByRole('textbox', { name: 'Reply' }).fill('It is dry and there are benches.');
  await client.keyboard.press('Enter');
  const therapistThread = therapistPanel.getByRole('article', { name: 'Comment thread' });
  await therapistThread.getByText('It is dry and there are benches.').waitFor({ timeout: 30_000 });
  await expectNoSeriousAxeViolations(client, "the client's worksheet with the comments sheet open (phone)");
  await expectNoSeriousAxeViolations(therapist, "the therapist's worksheet with the comments panel");

  // Offline (the open socket holds its frames until the browser is back online): a second reply, and more
  // words in the commented answer.
  await clientContext.setOffline(true);
  await client.locator('.connection[data-link="offline"]').waitFor();
  await clientThread.getByRole('button', { name: 'Reply' }).click();
  await clientThread.getByRole('textbox', { name: 'Reply' }).fill('Written on the bus, offline.');
  await client.keyboard.press('Enter');
  await clientThread.getByText('Written on the bus, offline.').waitFor();
  await clientPanel.getByRole('button', { name: 'Hide comments' }).click();
  await clientAnswer.click();
  await client.keyboard.press('End');
  await client.keyboard.type(' Or the library.');

  await clientContext.setOffline(false);
  await therapistThread.getByText('Written on the bus, offline.').waitFor({ timeout: 30_000 });
  await therapistAnswer.filter({ hasText: 'Or the library.' }).waitFor({ timeout: 30_000 });
  // The anchor survived the edit, still on the same words.
  await therapist
    .locator('.interlude-comment-anchor', { hasText: 'shopping centre' })
    .waitFor({ timeout: 30_000 });
  expect(await therapistThread.getByText(clientName).count()).toBe(2);

  // On the phone, tapping the highlighted words opens the sheet at their thread.
  await client.locator('.interlude-comment-anchor', { hasText: 'shopping centre' }).click();
  await clientPanel.getByRole('button', { name: 'Hide comments' }).waitFor();
  await clientThread.locator('button[aria-current="true"]').waitFor();

  // Writing a comment on a whole question on the phone: the sheet opens low and the question stays in sight
  // above it; the thread chosen before is no longer outlined while the new one is written.
  await clientPanel.getByRole('button', { name: 'Hide comments' }).click();
  const barriersBlock = worksheetBlock(client, 'prompt', barriers);
  await barriersBlock.getByRole('button', { name: 'Comment on this question' }).click();
  await clientPanel.getByRole('textbox', { name: 'New comment' }).waitFor();
  expect(await clientThread.locator('button[aria-current="true"]').count()).toBe(0);
  const [block, sheet] = await Promise.all([
    barriersBlock.elementHandle(),
    client.locator('.worksheet__comments').elementHandle(),
  ]);
  await client.waitForFunction(
    ([question, over]) => {
      const shown = question?.getBoundingClientRect();
      const sheetTop = over?.getBoundingClientRect().top ?? 0;
      return shown !== undefined && shown.top >= 0 && shown.bottom <= sheetTop;
    },
    [block, sheet] as const,
    { timeout: 10_000 },
  );
  await client.keyboard.press('Escape');
  await clientPanel.getByRole('textbox', { name: 'New comment' }).waitFor({ state: 'detached' });

  await client
    .locator('.connection[data-state="all-saved"][data-link="online"]')
    .waitFor({ timeout: 30_000 });
  await therapist
    .locator('.connection[data-state="all-saved"][data-link="online"]')
    .waitFor({ timeout: 30_000 });

  expect(therapistLog.errors).toEqual([]);
  expect(clientLog.errors).toEqual([]);
  await Promise.all([therapistContext.close(), clientContext.close()]);
});

test('comments from the keyboard alone: the shortcut, Enter to post, Escape to cancel, Tab to the panel', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(context, demoAccounts.therapist);
  const worksheet = await assignThroughApi(context, demoAccounts.sam.email, 'three-good-things', 'Keys');
  const { page, log } = await newPage(context);
  await openWorksheet(page, worksheet.id);
  const panel = commentsPanel(page);

  // Words of the worksheet's own text, selected with Shift+arrows, commented with Ctrl+Alt+M.
  const firstParagraph = page.locator('.ProseMirror > p').first();
  await firstParagraph.click();
  await page.keyboard.press('Home');
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Alt+M');
  const box = panel.getByRole('textbox', { name: 'New comment' });
  await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.press('Escape');
  await box.waitFor({ state: 'detached' });
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror')))
    .toBe(true);

  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.type('Start with one small thing.');
  await page.keyboard.press('Enter');
  const thread = panel.getByRole('article', { name: 'Comment thread' });
  await thread.getByText('Start with one small thing.').waitFor();
  await page.locator('.interlude-comment-anchor--active').waitFor();

  // From the thread's quote, Tab reaches its Edit, Delete, Reply and Resolve; Enter on Resolve resolves it.
  await thread.locator('.comment-thread__anchor').focus();
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim());
  const order: (string | undefined)[] = [];
  for (let step = 0; step < 4; step += 1) {
    await page.keyboard.press('Tab');
    order.push(await focusedName());
  }
  expect(order).toEqual(['Edit', 'Delete', 'Reply', 'Resolve']);
  await page.keyboard.press('Enter');
  await panel.getByText('Every thread is resolved.').waitFor();
  await panel.getByRole('status').filter({ hasText: 'Thread resolved.' }).waitFor();

  // From the top of the page, "Skip to comments" comes before the worksheet's many controls.
  await page.locator('#worksheet-title').click();
  const skip = page.getByRole('link', { name: 'Skip to comments' });
  for (let step = 0; step < 30; step += 1) {
    if (await skip.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('worksheet-comments');
  expect(log.errors).toEqual([]);
  await context.close();
});
