import { expect, test } from 'vitest';
import { findTemplate } from '../packages/schema/src/index.js';
import {
  demoAccounts,
  expectNoSeriousAxeViolations,
  newContext,
  newPage,
  signInThroughApi,
  useBrowserSuite,
} from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });

async function therapistPage() {
  const context = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(context, demoAccounts.therapist);
  const { page, log } = await newPage(context);
  return { context, page, log };
}

const card = (page: Awaited<ReturnType<typeof therapistPage>>['page'], title: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

test('the therapist finds templates by words and topic, and the URL keeps the search', async () => {
  const { context, page, log } = await therapistPage();
  await page.goto('/clients');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  await card(page, 'Sleep diary').waitFor();
  await expectNoSeriousAxeViolations(page, 'the library');

  await page.getByLabel('Search').fill('thought');
  await card(page, 'Thought record').waitFor();
  await card(page, 'Sleep diary').waitFor({ state: 'detached' });
  expect(new URL(page.url()).searchParams.get('q')).toBe('thought');
  await page
    .getByRole('status')
    .filter({ hasText: /of \d+ templates match/ })
    .waitFor();

  await page.reload();
  expect(await page.getByLabel('Search').inputValue()).toBe('thought');
  await card(page, 'Thought record').waitFor();

  await page.getByLabel('Search').fill('');
  await page.getByLabel('Topic').selectOption({ label: 'Sleep' });
  await card(page, 'Sleep diary').waitFor();
  await card(page, 'Thought record').waitFor({ state: 'detached' });
  expect(new URL(page.url()).searchParams.get('topic')).toBe('sleep');

  // Nothing matches: the empty state offers to clear the filters.
  await page.getByLabel('Search').fill('zzzz nothing');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await card(page, 'Thought record').waitFor();
  expect(new URL(page.url()).search).toBe('');
  expect(log.errors).toEqual([]);
  await context.close();
});

test('a preview shows the thought record as the client sees it, read-only, at desktop and phone width', async () => {
  const { context, page, log } = await therapistPage();
  await page.goto('/library?q=thought');
  await card(page, 'Thought record').getByRole('link', { name: 'Preview Thought record' }).click();
  await page.getByRole('heading', { level: 1, name: 'Preview: Thought record' }).waitFor();
  const view = page.getByRole('region', { name: "Client's view" });
  await view.getByText('What was going on?').first().waitFor();
  const content = view.locator('.ProseMirror');
  expect(await content.getAttribute('contenteditable')).toBe('false');
  await expectNoSeriousAxeViolations(page, 'the template preview');

  expect(await view.getByText('This worksheet is read-only.').count()).toBe(0);
  await page.getByRole('button', { name: 'Phone' }).click();
  expect(await page.getByRole('button', { name: 'Phone' }).getAttribute('aria-pressed')).toBe('true');
  const box = await view.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  expect(box?.width).toBeGreaterThan(300);
  await view.getByText('What was going on?').first().waitFor();

  await page.goBack();
  expect(await page.getByLabel('Search').inputValue()).toBe('thought');

  // A scored measure previews its published items, as the client answers them.
  await page.goto('/library/phq-9/preview');
  await page.getByText('Scored: the items below are the published wording').waitFor();
  await page
    .getByRole('region', { name: "Client's view" })
    .getByText('Little interest or pleasure in doing things')
    .first()
    .waitFor();
  // At phone width an item's question takes the frame's width, as on a phone (not half of it).
  await page.getByRole('button', { name: 'Phone' }).click();
  const frame = await page.getByRole('region', { name: "Client's view" }).boundingBox();
  const question = await page.locator('.interlude-choice > legend').first().boundingBox();
  expect(question!.width).toBeGreaterThan(frame!.width * 0.75);
  expect(await page.getByText('Diaries show one example entry').count()).toBe(0);

  // A diary starts with no nights: the preview shows one example night, so its fields can be seen.
  const sleepDiary = findTemplate('sleep-diary')!;
  const nights = sleepDiary.content.content?.find((node) => node.type === 'entryGroup');
  const firstFieldLabel: string = nights?.attrs?.fields[0].label;
  await page.goto('/library/sleep-diary/preview');
  await page.getByText('Diaries show one example entry so you can see its fields.').waitFor();
  const diaryView = page.getByRole('region', { name: "Client's view" });
  await diaryView.getByText(firstFieldLabel).first().waitFor();
  expect(await diaryView.getByText('No night yet').count()).toBe(0);
  expect(log.errors).toEqual([]);
  await context.close();
});

test('"Assign to…" from a card picks a client and lands on their page with the template', async () => {
  const { context, page, log } = await therapistPage();
  await page.goto('/library');
  await card(page, 'Sleep diary').getByRole('button', { name: 'Assign to… Sleep diary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign Sleep diary to…' });
  await dialog.getByRole('radio', { name: 'Sam' }).check();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/clients/'));
  expect(new URL(page.url()).searchParams.get('assign')).toBe('sleep-diary');
  await page.getByRole('heading', { level: 1, name: 'Sam' }).waitFor();
  expect(log.errors).toEqual([]);
  await context.close();
});
