import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  checklist,
  choice,
  doc,
  entryGroup,
  field,
  goal,
  goalStep,
  heading,
  prompt,
  scale,
} from '../packages/schema/src/index.js';
import { ratingField, textField, typedField } from '../packages/schema/src/templates/fieldDefinitions.js';
import {
  assignThroughApi,
  demoAccounts,
  expectOk,
  newContext,
  newPage,
  openWorksheet,
  type PageLog,
  signInThroughApi,
  useBrowserSuite,
  worksheetBlock,
} from './harness/index.js';

// Issue 9, live co-editing: every kind of answer a client gives reaches the therapist's open page while
// both are on the worksheet, and the therapist's reaches the client's. One worksheet holds every kind, so
// the two pages are opened once. Each step waits on the other page's DOM, never on a pause.

const suite = useBrowserSuite({ seedDemo: true });

/** One block of every answer kind, each field type included, and a log whose entries hold three kinds. */
const everyAnswerKind = doc(
  heading(2, 'Every answer kind'),
  prompt({ id: 'happened', question: 'What happened?' }),
  prompt({ id: 'went-well', question: 'What went well?' }),
  scale({ id: 'anxious', label: 'How anxious was I?', min: 0, max: 10 }),
  choice({
    id: 'where',
    label: 'Where was I?',
    options: [
      { value: 'home', label: 'At home' },
      { value: 'work', label: 'At work' },
    ],
  }),
  checklist({
    id: 'traps',
    label: 'Which traps?',
    items: [
      { id: 'mind-reading', label: 'Mind reading', description: '' },
      { id: 'labelling', label: 'Labelling', description: '' },
    ],
  }),
  goal({ id: 'walk', title: 'Walk more' }, [
    goalStep({ id: 'shoes', text: 'Buy shoes' }),
    goalStep({ id: 'route', text: 'Plan a route' }),
  ]),
  field({ id: 'place', label: 'Place', fieldType: 'text' }),
  field({ id: 'cups', label: 'Cups of coffee', fieldType: 'number' }),
  field({ id: 'walked', label: 'Time walked', fieldType: 'duration' }),
  field({ id: 'bedtime', label: 'Bedtime', fieldType: 'time' }),
  field({ id: 'day', label: 'Day of the walk', fieldType: 'date' }),
  field({ id: 'pills', label: 'Took my tablets', fieldType: 'yesno' }),
  entryGroup({
    id: 'nights',
    label: 'Sleep log',
    entryLabel: 'Night',
    fields: [
      textField('note', 'What woke me'),
      typedField('slept', 'Slept through', 'yesno'),
      ratingField('rested', 'How rested', { min: 0, max: 4, minLabel: 'Exhausted', maxLabel: 'Fresh' }),
    ],
  }),
);

let therapistContext: BrowserContext;
let clientContext: BrowserContext;
let therapist: Page;
let client: Page;
const logs: PageLog[] = [];

beforeAll(async () => {
  therapistContext = await newContext(suite.browser, suite.baseUrl);
  clientContext = await newContext(suite.browser, suite.baseUrl, { phone: true });
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  await signInThroughApi(clientContext, demoAccounts.alex);
  const template = await expectOk<{ id: string }>(therapistContext.request, 'POST', '/api/templates', {});
  await expectOk(therapistContext.request, 'PUT', `/api/templates/${template.id}`, {
    title: 'Every answer kind',
    purpose: '',
    description: '',
    kind: 'worksheet',
    approaches: [],
    topics: [],
    estimatedMinutes: 10,
    tags: [],
    content: everyAnswerKind,
  });
  const worksheet = await assignThroughApi(therapistContext, demoAccounts.alex.email, template.id);
  const therapistPage = await newPage(therapistContext);
  const clientPage = await newPage(clientContext);
  therapist = therapistPage.page;
  client = clientPage.page;
  logs.push(therapistPage.log, clientPage.log);
  await Promise.all([openWorksheet(therapist, worksheet.id), openWorksheet(client, worksheet.id)]);
});

afterAll(async () => {
  await Promise.all([therapistContext?.close(), clientContext?.close()]);
});

const block = worksheetBlock;
/** The locator, narrowed to when it is checked (a checkbox or radio button). */
const whenChecked = (page: Page, locator: Locator) => locator.and(page.locator(':checked'));
const whenUnchecked = (page: Page, locator: Locator) => locator.and(page.locator(':not(:checked)'));
/** The input, narrowed to when it shows `value` (React keeps the attribute in step with what is shown). */
const whenShowing = (page: Page, input: Locator, value: string) =>
  input.and(page.locator(`[value="${value}"]`));
const sliderAt = (page: Page, container: Locator, value: number) =>
  container.getByRole('slider').and(page.locator(`[aria-valuenow="${value}"]`));
/**
 * Waits until the answer to `question` reads exactly `text`. Other people's carets sit inside the text with
 * their names, so they are left out of what is compared.
 */
async function waitForAnswer(page: Page, question: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([wantedQuestion, wantedText]) =>
      Array.from(document.querySelectorAll('.ProseMirror [data-type="prompt"]')).some((prompt) => {
        if (!prompt.textContent?.includes(wantedQuestion)) return false;
        const answer = prompt.querySelector('.interlude-prompt__answer')?.cloneNode(true);
        if (!(answer instanceof HTMLElement)) return false;
        for (const caret of Array.from(answer.querySelectorAll('.interlude-caret'))) caret.remove();
        return answer.textContent === wantedText;
      }),
    [question, text] as const,
  );
}
const fieldInput = (page: Page, label: string) =>
  block(page, 'field', label).getByLabel(label, { exact: true });

test("a client's prompt answer text reaches the therapist live", async () => {
  await block(client, 'prompt', 'What happened?').locator('.interlude-prompt__answer').click();
  await client.keyboard.type('Rain all morning');
  await waitForAnswer(therapist, 'What happened?', 'Rain all morning');
});

test("a client's scale value, and clearing it, reach the therapist live", async () => {
  const clientScale = block(client, 'scale', 'How anxious');
  const therapistScale = block(therapist, 'scale', 'How anxious');
  await clientScale.getByRole('button', { name: '7', exact: true }).click();
  await sliderAt(therapist, therapistScale, 7).waitFor();
  // Clearing removes the value attribute: an update that only deletes.
  await clientScale.getByRole('button', { name: 'Clear answer' }).click();
  await therapistScale.getByText('Not answered yet', { exact: true }).first().waitFor();
  await clientScale.getByRole('button', { name: '6', exact: true }).click();
  await sliderAt(therapist, therapistScale, 6).waitFor();
});

test("a client's choice reaches the therapist live", async () => {
  await block(client, 'choice', 'Where was I?').getByRole('radio', { name: 'At work' }).check();
  await whenChecked(
    therapist,
    block(therapist, 'choice', 'Where was I?').getByRole('radio', { name: 'At work' }),
  ).waitFor();
});

test("a client's checklist ticks reach the therapist live", async () => {
  const clientList = block(client, 'checklist', 'Which traps?');
  const therapistList = block(therapist, 'checklist', 'Which traps?');
  await clientList.getByRole('checkbox', { name: 'Labelling' }).check();
  await whenChecked(therapist, therapistList.getByRole('checkbox', { name: 'Labelling' })).waitFor();
  await clientList.getByRole('checkbox', { name: 'Mind reading' }).check();
  await clientList.getByRole('checkbox', { name: 'Labelling' }).uncheck();
  await whenChecked(therapist, therapistList.getByRole('checkbox', { name: 'Mind reading' })).waitFor();
  await whenUnchecked(therapist, therapistList.getByRole('checkbox', { name: 'Labelling' })).waitFor();
});

test("a client's goal step tick and goal progress reach the therapist live", async () => {
  const clientGoal = block(client, 'goal', 'Walk more');
  const therapistGoal = block(therapist, 'goal', 'Walk more');
  await clientGoal.getByRole('checkbox', { name: 'Buy shoes' }).check();
  await whenChecked(therapist, therapistGoal.getByRole('checkbox', { name: 'Done: Buy shoes' })).waitFor();
  await therapistGoal.getByText('1 of 2 steps done').waitFor();

  await clientGoal.getByRole('button', { name: '40', exact: true }).click();
  await sliderAt(therapist, therapistGoal, 40).waitFor();
});

test("a client's short fields, of every type, reach the therapist live", async () => {
  const typed: [label: string, value: string][] = [
    ['Place', 'The park'],
    ['Cups of coffee', '2.5'],
    ['Time walked', '25'],
    ['Bedtime', '22:30'],
    ['Day of the walk', '2026-12-01'],
  ];
  for (const [label, value] of typed) await fieldInput(client, label).fill(value);
  for (const [label, value] of typed)
    await whenShowing(therapist, fieldInput(therapist, label), value).waitFor();

  await block(client, 'field', 'Took my tablets').getByRole('radio', { name: 'Yes' }).check();
  await whenChecked(
    therapist,
    block(therapist, 'field', 'Took my tablets').getByRole('radio', { name: 'Yes' }),
  ).waitFor();
});

test("a client's new log entry and what it holds reach the therapist live", async () => {
  const clientLog = block(client, 'entryGroup', 'Sleep log');
  const therapistLog = block(therapist, 'entryGroup', 'Sleep log');
  await clientLog.getByRole('button', { name: 'Add night' }).click();
  await therapistLog.getByText('Night 1', { exact: true }).waitFor();

  await clientLog.getByLabel('What woke me', { exact: true }).fill('The neighbours');
  await clientLog.getByRole('radio', { name: 'No' }).check();
  await clientLog.getByRole('button', { name: '3', exact: true }).click();
  const therapistNote = therapistLog.getByLabel('What woke me', { exact: true });
  await whenShowing(therapist, therapistNote, 'The neighbours').waitFor();
  await whenChecked(therapist, therapistLog.getByRole('radio', { name: 'No' })).waitFor();
  await sliderAt(therapist, therapistLog, 3).waitFor();
});

test("the therapist's answers in session reach the client live", async () => {
  const therapistGoal = block(therapist, 'goal', 'Walk more');
  await therapistGoal.getByRole('checkbox', { name: 'Done: Plan a route' }).check();
  const clientGoal = block(client, 'goal', 'Walk more');
  await whenChecked(client, clientGoal.getByRole('checkbox', { name: 'Plan a route' })).waitFor();
  await clientGoal.getByText('2 of 2 steps done').waitFor();

  await block(therapist, 'choice', 'Where was I?').getByRole('radio', { name: 'At home' }).check();
  await whenChecked(
    client,
    block(client, 'choice', 'Where was I?').getByRole('radio', { name: 'At home' }),
  ).waitFor();
});

test("a change from the other person leaves the client's caret where it was", async () => {
  // The client writes the end of a sentence and goes back to its start. Meanwhile the therapist writes in
  // the answer above it (which moves every position after it) and rates the scale. What the client types
  // next still lands at the start of their own answer.
  await block(client, 'prompt', 'What went well?').locator('.interlude-prompt__answer').click();
  await client.keyboard.type('walk after lunch');
  await client.keyboard.press('Home');

  await block(therapist, 'prompt', 'What happened?').locator('.interlude-prompt__answer').click();
  // Typing waits until the therapist's caret is in that answer (the client sees it there).
  await block(client, 'prompt', 'What happened?').locator('.interlude-caret').waitFor();
  await therapist.keyboard.press('End');
  await therapist.keyboard.type(', then sun');
  await block(therapist, 'scale', 'How anxious').getByRole('button', { name: '4', exact: true }).click();
  await waitForAnswer(client, 'What happened?', 'Rain all morning, then sun');
  await sliderAt(client, block(client, 'scale', 'How anxious'), 4).waitFor();

  await client.keyboard.type('A ');
  await waitForAnswer(therapist, 'What went well?', 'A walk after lunch');
});

test("a change from the other person leaves the client's focus in the field they are filling in", async () => {
  const place = fieldInput(client, 'Place');
  await place.click();
  await place.press('End');
  await client.keyboard.type(' by the');
  await block(therapist, 'checklist', 'Which traps?').getByRole('checkbox', { name: 'Labelling' }).check();
  await whenChecked(
    client,
    block(client, 'checklist', 'Which traps?').getByRole('checkbox', { name: 'Labelling' }),
  ).waitFor();
  await client.keyboard.type(' river');
  await place.and(client.locator(':focus')).waitFor();
  await whenShowing(therapist, fieldInput(therapist, 'Place'), 'The park by the river').waitFor();
});

test("a block the therapist inserts before the one the client is answering leaves the client's keys on it", async () => {
  // ProseMirror offers the client's scale view to the new scale in front of it; the view stays with its own.
  const slider = block(client, 'scale', 'How anxious').getByRole('slider');
  await slider.focus();
  await client.keyboard.press('End');
  await sliderAt(therapist, block(therapist, 'scale', 'How anxious'), 10).waitFor();

  await block(therapist, 'prompt', 'What went well?').locator('.interlude-prompt__answer').click();
  await block(client, 'prompt', 'What went well?').locator('.interlude-caret').waitFor();
  await therapist.getByRole('button', { name: '+ Scale' }).click();
  // A new scale's question, as the toolbar inserts it.
  const newScale = (page: Page) => block(page, 'scale', 'How strong is it right now?');
  await newScale(client).waitFor();

  await client.keyboard.press('ArrowLeft');
  await sliderAt(therapist, block(therapist, 'scale', 'How anxious'), 9).waitFor();
  await slider.and(client.locator(':focus')).waitFor();
  await newScale(therapist).getByText('Not answered yet', { exact: true }).first().waitFor();
});

test("a field the therapist moves in front of the one the client is filling in leaves the client's focus in it", async () => {
  // ProseMirror rebuilds the client's field (its view leaves the page); focus comes back to the rebuilt one.
  const place = fieldInput(client, 'Place');
  await place.click();
  await place.press('End');
  await block(therapist, 'field', 'Cups of coffee')
    .getByRole('button', { name: 'Move short field up' })
    .click();
  await client
    .locator('.ProseMirror [data-type="field"]')
    .first()
    .filter({ hasText: 'Cups of coffee' })
    .waitFor();
  await place.and(client.locator(':focus')).waitFor();
  await client.keyboard.type(' today');
  await whenShowing(therapist, fieldInput(therapist, 'Place'), 'The park by the river today').waitFor();
});

test('both pages end saved, with no errors on either', async () => {
  await therapist.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor();
  await client.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor();
  expect(logs.flatMap((log) => log.errors)).toEqual([]);
});
