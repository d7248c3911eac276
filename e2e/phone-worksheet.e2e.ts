import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  assignThroughApi,
  demoAccounts,
  expectNoSeriousAxeViolations,
  newContext,
  newPage,
  openWorksheet,
  signInThroughApi,
  useBrowserSuite,
  worksheetBlock,
} from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });
const PHONE_WIDTH = 390;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not rendered');
  return found;
}

test('on a phone the author toolbar keeps every tool in sight and inserts blocks from "Insert block…"', async () => {
  const context = await newContext(suite.browser, suite.baseUrl, { phone: true });
  await signInThroughApi(context, demoAccounts.therapist);
  const worksheet = await assignThroughApi(
    context,
    demoAccounts.sam.email,
    'three-good-things',
    'Phone toolbar',
  );
  const { page, log } = await newPage(context);
  await openWorksheet(page, worksheet.id);

  const toolbar = page.getByRole('toolbar', { name: 'Worksheet tools' });
  // No sideways scrolling, and no "+ kind" row (it is folded into one button).
  expect(await toolbar.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  expect(await toolbar.getByRole('button', { name: '+ Prompt' }).isVisible()).toBe(false);
  for (const name of ['Undo', 'Redo', 'Insert block…', 'Move block up', 'Move block down']) {
    const tool = await box(toolbar.getByRole('button', { name, exact: true }));
    expect(tool.x).toBeGreaterThanOrEqual(0);
    expect(tool.x + tool.width).toBeLessThanOrEqual(PHONE_WIDTH);
    expect(tool.height).toBeGreaterThanOrEqual(44);
  }

  // The new block goes where the cursor is: put it in the worksheet's opening words.
  await page.locator('.ProseMirror > :is(h1, h2, h3, p)').first().click();
  const goalsBefore = await page.locator('.ProseMirror [data-type="goal"]').count();
  const insert = toolbar.getByRole('button', { name: 'Insert block…' });
  await insert.click();
  expect(await insert.getAttribute('aria-expanded')).toBe('true');
  const list = page.getByRole('list', { name: 'Blocks to insert' });
  const goal = list.getByRole('button', { name: /^Goal/ });
  expect((await box(goal)).height).toBeGreaterThanOrEqual(44);
  await expectNoSeriousAxeViolations(page, 'the author toolbar with "Insert block…" open (phone)');
  await goal.click();
  await page.locator('.ProseMirror [data-type="goal"]').nth(goalsBefore).waitFor();
  expect(await list.count()).toBe(0);

  expect(log.errors).toEqual([]);
  await context.close();
});

test('on a phone "Clear answer" leaves the question its full width, and scored items offer no move or remove', async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl, { phone: true });
  const clientContext = await newContext(suite.browser, suite.baseUrl, { phone: true });
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  await signInThroughApi(clientContext, demoAccounts.sam);
  const worksheet = await assignThroughApi(therapistContext, demoAccounts.sam.email, 'phq-9', 'Phone PHQ-9');

  const { page: client, log: clientLog } = await newPage(clientContext);
  await openWorksheet(client, worksheet.id);
  const item9 = worksheetBlock(client, 'choice', 'better off dead or of hurting yourself');
  const question = await box(item9.locator('legend'));
  const fieldset = await box(item9.locator('fieldset'));
  expect(question.width).toBeGreaterThan(fieldset.width * 0.9);
  const clear = await box(item9.getByRole('button', { name: 'Clear answer' }));
  const firstOption = await box(item9.locator('label').first());
  expect(clear.y).toBeGreaterThanOrEqual(question.y + question.height - 1);
  expect(clear.y + clear.height).toBeLessThanOrEqual(firstOption.y + 1);

  const { page: therapist, log: therapistLog } = await newPage(therapistContext);
  await openWorksheet(therapist, worksheet.id);
  const item1 = worksheetBlock(therapist, 'choice', 'Little interest or pleasure');
  await item1.getByText('Scored questionnaire items cannot be moved or removed.').waitFor();
  expect(await item1.getByRole('button', { name: /^(Move choice|Remove choice)/ }).count()).toBe(0);

  expect(clientLog.errors).toEqual([]);
  expect(therapistLog.errors).toEqual([]);
  await clientContext.close();
  await therapistContext.close();
});
