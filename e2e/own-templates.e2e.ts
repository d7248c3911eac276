import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
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

interface TemplateSummary {
  id: string;
  title: string;
  source: string;
  archived: boolean;
}

async function therapistPage(options: { phone?: boolean } = {}) {
  const context = await newContext(suite.browser, suite.baseUrl, options);
  await signInThroughApi(context, demoAccounts.therapist);
  const { page, log } = await newPage(context);
  return { context, page, log };
}

/** A library card, found by its title (the card's h3). */
const card = (page: Page, title: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const content = (page: Page) => page.getByRole('region', { name: 'Content' });

/** A block in the template editor, found by the words it shows. */
const block = (page: Page, type: string, text: string) =>
  content(page).locator(`.ProseMirror [data-type="${type}"]`).filter({ hasText: text });

/** Opens a block's folded settings and types a new value into one of them. */
async function setBlockSetting(page: Page, type: string, text: string, label: string, value: string) {
  const target = block(page, type, text).first();
  const settings = target.locator('details.interlude-settings').first();
  if ((await settings.getAttribute('open')) === null) await settings.locator('summary').click();
  await settings.getByLabel(label, { exact: true }).fill(value);
}

async function libraryTemplates(page: Page) {
  return expectOk<TemplateSummary[]>(page.context().request, 'GET', '/api/templates');
}

async function saveAndWait(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.getByRole('status').filter({ hasText: /Saved as version \d+/ });
  await saved.waitFor();
  const version = Number(/version (\d+)/.exec((await saved.textContent()) ?? '')?.[1]);
  return version;
}

/** Duplicates a template from its Library card and waits for the copy's editor. */
async function duplicateFromLibrary(page: Page, title: string) {
  await page.goto('/library');
  await card(page, title)
    .getByRole('button', { name: `Duplicate ${title}` })
    .click();
  await page.waitForURL((url) => url.pathname.endsWith('/edit'));
  await page.getByRole('heading', { level: 1, name: `Edit: Copy of ${title}` }).waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
}

test('a new template: details and blocks are saved, shown in the Library and there again after a reload', async () => {
  const { context, page, log } = await therapistPage();
  await page.goto('/library');
  await page.getByRole('button', { name: 'New template' }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/edit'));
  const templateId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
  await content(page).locator('.ProseMirror').waitFor();

  const form = details(page);
  await form.getByLabel('Title', { exact: true }).fill('Panic diary');
  await form.getByLabel('Purpose', { exact: true }).fill('Note each panic attack and what helped.');
  await form.getByLabel('Kind').selectOption({ label: 'Journaling' });
  await form.getByRole('checkbox', { name: 'CBT', exact: true }).check();
  await form.getByRole('checkbox', { name: 'Anxiety', exact: true }).check();
  await form.getByLabel('Time to complete (minutes)').fill('15');

  const tools = page.getByRole('toolbar', { name: 'Worksheet tools' });
  await tools.getByRole('button', { name: '+ Prompt' }).click();
  await block(page, 'prompt', 'New question').waitFor();
  await setBlockSetting(page, 'prompt', 'New question', 'Question', 'What did you notice in your body?');
  await block(page, 'prompt', 'What did you notice in your body?').waitFor();
  await tools.getByRole('button', { name: '+ Scale' }).click();
  await block(page, 'scale', 'How strong is it right now?').waitFor();
  await tools.getByRole('button', { name: '+ Goal' }).click();
  await block(page, 'goal', 'New goal').waitFor();
  await expectNoSeriousAxeViolations(page, 'the template editor');

  const version = await saveAndWait(page);
  expect(version).toBeGreaterThanOrEqual(1);
  await page.getByRole('heading', { level: 1, name: 'Edit: Panic diary' }).waitFor();

  await page.getByRole('link', { name: '← Library' }).click();
  const saved = card(page, 'Panic diary');
  await saved.getByText("Your practice's").waitFor();
  await saved.getByText('Note each panic attack and what helped.').waitFor();

  await page.reload();
  await card(page, 'Panic diary').getByRole('link', { name: 'Edit Panic diary' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit: Panic diary' }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/library/${encodeURIComponent(templateId)}/edit`);
  await block(page, 'prompt', 'What did you notice in your body?').waitFor();
  await block(page, 'scale', 'How strong is it right now?').waitFor();
  await block(page, 'goal', 'New goal').waitFor();
  expect(await details(page).getByLabel('Title', { exact: true }).inputValue()).toBe('Panic diary');
  expect(await details(page).getByLabel('Purpose', { exact: true }).inputValue()).toBe(
    'Note each panic attack and what helped.',
  );
  expect(await details(page).getByLabel('Kind').inputValue()).toBe('journaling');
  expect(await details(page).getByRole('checkbox', { name: 'CBT', exact: true }).isChecked()).toBe(true);
  expect(await details(page).getByRole('checkbox', { name: 'Anxiety', exact: true }).isChecked()).toBe(true);
  expect(await details(page).getByLabel('Time to complete (minutes)').inputValue()).toBe('15');

  // Unsaved edits live only on this page: leaving asks first, and "Stay" keeps them.
  await details(page).getByLabel('Title', { exact: true }).fill('Panic diary, week 2');
  await page.getByRole('link', { name: '← Library' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await leave.waitFor({ state: 'hidden' });
  expect(new URL(page.url()).pathname).toBe(`/library/${encodeURIComponent(templateId)}/edit`);
  expect(await details(page).getByLabel('Title', { exact: true }).inputValue()).toBe('Panic diary, week 2');
  await page.getByRole('link', { name: '← Library' }).click();
  await leave.getByRole('button', { name: 'Leave and lose the changes' }).click();
  await page.waitForURL((url) => url.pathname === '/library');
  await card(page, 'Panic diary').waitFor();

  expect(log.errors).toEqual([]);
  await context.close();
});

test('a duplicated thought record, tailored for one client, is sent from its card and the client sees the tailored question', async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl, { phone: true });
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  await addJoinedClient(therapistContext, clientContext, 'Jordan');
  const { page, log } = await newPage(therapistContext);
  const tailored = 'What went through your mind just before the panic started?';

  const started = Date.now();
  await page.goto('/library');
  await card(page, 'Thought record').waitFor();
  await card(page, 'Thought record').getByRole('button', { name: 'Duplicate Thought record' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit: Copy of Thought record' }).waitFor();
  await block(page, 'prompt', 'What was going on?').waitFor();
  await setBlockSetting(page, 'prompt', 'What was going on?', 'Question', tailored);
  await block(page, 'prompt', tailored).waitFor();
  await saveAndWait(page);

  await page.getByRole('link', { name: '← Library' }).click();
  const copy = card(page, 'Copy of Thought record');
  await copy.getByText("Your practice's").waitFor();
  await copy.getByRole('button', { name: 'Assign to… Copy of Thought record' }).click();
  const picker = page.getByRole('dialog', { name: 'Assign Copy of Thought record to…' });
  await picker.getByRole('radio', { name: 'Jordan' }).check();
  await picker.getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign a worksheet to Jordan' });
  expect(await dialog.getByRole('radio', { name: /Copy of Thought record/ }).isChecked()).toBe(true);
  await dialog.getByRole('button', { name: 'Send now' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const sent = page.getByRole('listitem').filter({ hasText: 'Copy of Thought record' });
  await sent.getByText('Not started').waitFor();
  const seconds = (Date.now() - started) / 1000;
  console.log(`Therapist: Library opened to "sent" for a tailored copy took ${seconds.toFixed(1)} s`);

  const { page: clientPage, log: clientLog } = await newPage(clientContext);
  await clientPage.goto('/homework');
  await clientPage.getByRole('link', { name: 'Copy of Thought record' }).click();
  await clientPage.locator('.ProseMirror').waitFor();
  await clientPage.locator('.ProseMirror').getByText(tailored).waitFor();
  expect(await clientPage.locator('.ProseMirror').getByText('What was going on?').count()).toBe(0);

  expect(log.errors).toEqual([]);
  expect(clientLog.errors).toEqual([]);
  await therapistContext.close();
  await clientContext.close();
});

test('a copy of PHQ-9 says it is not scored', async () => {
  const { context, page, log } = await therapistPage();
  await duplicateFromLibrary(page, 'PHQ-9');
  const note = page.locator('.notice', { hasText: 'Not scored' });
  await note.getByText('This copy of PHQ-9 is not scored and raises no safety flags').waitFor();
  // Nothing in the copy is a scored item: it saves as an ordinary template.
  await saveAndWait(page);
  expect(log.errors).toEqual([]);
  await context.close();
});

test('export downloads a file that imports as a second copy with its notes; a bad file is refused in words', async () => {
  const { context, page, log } = await therapistPage();
  await duplicateFromLibrary(page, 'Sleep diary');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-export-'));
  const exported = path.join(dir, file.suggestedFilename());
  await file.saveAs(exported);
  expect(JSON.parse(fs.readFileSync(exported, 'utf8'))).toBeTruthy();

  await page.goto('/library');
  await card(page, 'Copy of Sleep diary').waitFor();
  const before = (await libraryTemplates(page)).length;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(exported);
  const imported = page.getByText('Imported Copy of Sleep diary');
  await imported.waitFor();
  await expectNoSeriousAxeViolations(page, 'the import result');
  expect((await libraryTemplates(page)).length).toBe(before + 1);
  expect(await card(page, 'Copy of Sleep diary').count()).toBe(2);
  // A clean file needs no changes on the way in, and the result says so rather than nothing.
  const result = (await page.locator('.library-import').textContent()) ?? '';
  console.log(`Import result: ${result}`);
  await page.locator('.library-import').getByText('Nothing in the file needed changing.').waitFor();
  await page.locator('.library-import').getByRole('link', { name: 'Open Copy of Sleep diary' }).waitFor();

  const bad = path.join(dir, 'hello.txt');
  fs.writeFileSync(bad, 'hello');
  const badChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await badChooser).setFiles(bad);
  const refusal = page.getByText('This file was not imported');
  await refusal.waitFor();
  const words = (await page.locator('.library-import').textContent()) ?? '';
  console.log(`A bad file is refused with: ${words}`);
  expect(words.length).toBeGreaterThan('This file was not imported'.length + 10);
  await expectNoSeriousAxeViolations(page, 'a refused import');
  expect((await libraryTemplates(page)).length).toBe(before + 1);
  expect(await card(page, 'Copy of Sleep diary').count()).toBe(2);

  fs.rmSync(dir, { recursive: true, force: true });
  expect(log.errors).toEqual([]);
  await context.close();
});

test('an archived template folds away, is not offered for assigning, and comes back on Restore', async () => {
  const { context, page, log } = await therapistPage();
  await duplicateFromLibrary(page, 'Three good things');
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('button', { name: 'Restore' }).waitFor();
  // Archived means kept as it was: said at once, and nothing offers to save.
  await page.getByText('This template is archived').waitFor();
  expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);

  await page.getByRole('link', { name: '← Library' }).click();
  const archived = page.locator('details', { hasText: 'Archived templates' });
  await archived.locator('summary').click();
  await archived.getByRole('heading', { level: 3, name: 'Copy of Three good things' }).waitFor();
  expect(
    await page
      .locator('.template-grid')
      .first()
      .getByRole('heading', { level: 3, name: 'Copy of Three good things' })
      .count(),
  ).toBe(0);

  // The assign dialog on a client's page does not offer it.
  const clients = await expectOk<Array<{ id: string; email: string }>>(
    context.request,
    'GET',
    '/api/clients',
  );
  const sam = clients.find((client) => client.email === demoAccounts.sam.email);
  await page.goto(`/clients/${sam?.id}`);
  await page.getByRole('button', { name: 'Assign worksheet' }).click();
  const dialog = page.getByRole('dialog', { name: /Assign a worksheet to/ });
  await dialog.getByRole('radio', { name: /^Three good things/ }).waitFor();
  expect(await dialog.getByRole('radio', { name: /Copy of Three good things/ }).count()).toBe(0);
  await page.keyboard.press('Escape');

  await page.goto('/library');
  await page.locator('details', { hasText: 'Archived templates' }).locator('summary').click();
  await card(page, 'Copy of Three good things')
    .getByRole('link', { name: 'Edit Copy of Three good things' })
    .click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: 'Archive' }).waitFor();
  await page.getByRole('link', { name: '← Library' }).click();
  await card(page, 'Copy of Three good things')
    .getByRole('button', { name: 'Assign to… Copy of Three good things' })
    .waitFor();
  expect(await page.locator('details', { hasText: 'Archived templates' }).count()).toBe(0);

  expect(log.errors).toEqual([]);
  await context.close();
});

test('the template editor at 390 px wide', async () => {
  const { context, page, log } = await therapistPage({ phone: true });
  await duplicateFromLibrary(page, 'Thought record');
  await block(page, 'prompt', 'What was going on?').waitFor();
  const shot = path.join(os.tmpdir(), 'interlude-template-editor-390.png');
  await page.screenshot({ path: shot });
  await details(page).screenshot({ path: path.join(os.tmpdir(), 'interlude-template-details-390.png') });
  console.log(`Screenshots: ${shot} and interlude-template-details-390.png beside it`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page
    .getByRole('toolbar', { name: 'Worksheet tools' })
    .getByRole('button', { name: 'Insert block…' })
    .click();
  await page
    .getByRole('list', { name: 'Blocks to insert' })
    .getByRole('button', { name: /^Prompt/ })
    .click();
  await block(page, 'prompt', 'New question').waitFor();
  // Save stays in view at the bottom of the window, however long the template and its details are.
  const save = await page.getByRole('button', { name: 'Save', exact: true }).boundingBox();
  expect(save).not.toBeNull();
  expect((save?.y ?? 0) + (save?.height ?? 0)).toBeLessThanOrEqual(844);
  expect(save?.y ?? -1).toBeGreaterThanOrEqual(0);
  await page.screenshot({ path: path.join(os.tmpdir(), 'interlude-template-editor-390-inserted.png') });
  await saveAndWait(page);
  await page.getByText('Saved as version 2.').waitFor();
  expect(log.errors).toEqual([]);
  await context.close();
});
