import { expect, test } from 'vitest';
import {
  assignThroughApi,
  demoAccounts,
  newContext,
  newPage,
  openWorksheet,
  signInThroughApi,
  useBrowserSuite,
} from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });

// Found by a tester: after a press on a question's wording or on the instructions, the keys a client typed
// next (or Ctrl+A then typing) went into the answer they had been in before, replacing it. Keys go where
// the caret is shown, or nowhere.
test('typing goes only into the answer the client pressed on, never into the one they were in before', async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  await signInThroughApi(clientContext, demoAccounts.alex);
  const worksheet = await assignThroughApi(
    therapistContext,
    demoAccounts.alex.email,
    'thought-record',
    'Caret check',
  );
  const { page } = await newPage(clientContext);
  await openWorksheet(page, worksheet.id);

  const prompts = page.locator('fieldset.interlude-prompt');
  const answers = () => page.locator('.interlude-prompt__answer').allInnerTexts();
  const first = prompts.nth(0);
  const third = prompts.nth(2);

  await first.locator('.interlude-prompt__answer p').first().click();
  await page.keyboard.type('First answer.');
  // A press on the wording acts like a label: the caret goes to the end of that question's answer.
  await first.locator('legend').click();
  await page.keyboard.type(' More.');
  await expect.poll(async () => (await answers())[0]).toBe('First answer. More.');

  // Straight from the wording of one question to another answer, then Ctrl+A and typing: only that answer changes.
  await third.locator('.interlude-prompt__answer').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Third answer.');
  await expect.poll(async () => (await answers())[2]?.trim()).toBe('Third answer.');
  expect((await answers())[0]).toBe('First answer. More.');

  // Typing on the instructions is refused there; it does not travel into an answer.
  const instructions = page.locator('.ProseMirror > p').first();
  const instructionText = await instructions.textContent();
  await instructions.click();
  await page.keyboard.type('XYZ');
  await page
    .getByRole('status')
    .filter({ hasText: /question|instruction|change/i })
    .first()
    .waitFor();
  expect(await instructions.textContent()).toBe(instructionText);
  expect((await answers())[0]).toBe('First answer. More.');
  expect((await answers())[2]?.trim()).toBe('Third answer.');

  await Promise.all([therapistContext.close(), clientContext.close()]);
});
