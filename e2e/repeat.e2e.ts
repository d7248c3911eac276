import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  addJoinedClient,
  type Credentials,
  expectNoSeriousAxeViolations,
  expectOk,
  newContext,
  newPage,
  uniqueEmail,
  useBrowserSuite,
} from './harness/index.js';

const suite = useBrowserSuite({ manualClock: true });

const dayMs = 24 * 60 * 60 * 1000;

interface Occurrence {
  title: string;
  series: { id: string; index: number; total: number; endedAt: string | null } | null;
}

/** A new practice's therapist, signed up through the API in `context`. */
async function signUpTherapist(context: BrowserContext): Promise<Credentials> {
  const credentials = { email: uniqueEmail('therapist'), password: 'repeat-therapist-1' };
  await expectOk(context.request, 'POST', '/api/auth/signup', {
    ...credentials,
    displayName: 'Dr Repeat',
    practiceName: 'Weekly Practice',
  });
  return credentials;
}

/**
 * Opens `pathname`; when the session ended meanwhile (12 hours unused), the app sends the person to
 * sign-in, and they sign in again there and land back on the page, as a person would.
 */
async function openSignedIn(page: Page, pathname: string, credentials: Credentials, heading: string) {
  await page.goto(pathname);
  const signIn = page.getByRole('button', { name: 'Sign in' });
  const landed = page.getByRole('heading', { level: 1, name: heading });
  await Promise.race([signIn.waitFor(), landed.waitFor()]);
  if (new URL(page.url()).pathname.startsWith('/sign-in')) {
    console.log(`Signed in again as ${credentials.email} to open ${pathname}`);
    await page.getByLabel('Email').fill(credentials.email);
    await page.getByLabel('Password', { exact: true }).fill(credentials.password);
    await signIn.click();
    await page.waitForURL((url) => url.pathname === pathname, { timeout: 30_000 });
  }
  await landed.waitFor();
}

/** Moves the server's clock on and waits until the scheduler's checks on the way have finished. */
async function advanceDays(days: number) {
  const clock = suite.server.clock;
  if (!clock) throw new Error('The suite runs without a manual clock');
  clock.advance(days * dayMs);
  await suite.server.server.seriesScheduler.settled();
}

const homeworkItems = (page: Page, title: string) =>
  page.getByRole('main').getByRole('listitem').filter({ hasText: title });

test('a new template repeated every week for 3 times: the second comes a week later, End repeats stops the third', async () => {
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  const clientContext = await newContext(suite.browser, suite.baseUrl, { phone: true });
  const therapistCredentials = await signUpTherapist(therapistContext);
  const client = await addJoinedClient(therapistContext, clientContext, 'Casey');
  const { page, log } = await newPage(therapistContext);
  const title = 'Weekly body check';

  // A template from blank: a prompt, a scale and a goal.
  await page.goto('/library');
  await page.getByRole('button', { name: 'New template' }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/edit'));
  const content = page.getByRole('region', { name: 'Content' });
  await content.locator('.ProseMirror').waitFor();
  await page.getByRole('region', { name: 'Details' }).getByLabel('Title', { exact: true }).fill(title);
  const tools = page.getByRole('toolbar', { name: 'Worksheet tools' });
  await tools.getByRole('button', { name: '+ Prompt' }).click();
  await content.locator('.ProseMirror [data-type="prompt"]').filter({ hasText: 'New question' }).waitFor();
  await tools.getByRole('button', { name: '+ Scale' }).click();
  await content.locator('.ProseMirror [data-type="scale"]').first().waitFor();
  await tools.getByRole('button', { name: '+ Goal' }).click();
  await content.locator('.ProseMirror [data-type="goal"]').first().waitFor();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Saved as version \d+/ })
    .waitFor();

  // "Assign to…" from its card, to Casey, repeating every week for 3 times.
  await page.getByRole('link', { name: '← Library' }).click();
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
  await card.getByRole('button', { name: `Assign to… ${title}` }).click();
  const picker = page.getByRole('dialog', { name: `Assign ${title} to…` });
  await picker.getByRole('radio', { name: 'Casey' }).check();
  await picker.getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign a worksheet to Casey' });
  expect(await dialog.getByRole('radio', { name: new RegExp(title) }).isChecked()).toBe(true);
  await dialog.getByRole('radio', { name: 'Every week' }).check();
  await dialog.getByLabel('How many times, the first included').fill('3');
  const sentence = dialog.getByText(/^Every week, 3 times: /);
  await sentence.waitFor();
  console.log(`The dialog says: ${await sentence.textContent()}`);
  expect(await dialog.getByRole('button', { name: 'Save as draft and tailor' }).isDisabled()).toBe(true);
  await expectNoSeriousAxeViolations(page, 'the assign dialog with Repeat open');
  await dialog.screenshot({ path: path.join(os.tmpdir(), 'interlude-assign-repeat-desktop.png') });
  await dialog.getByRole('button', { name: 'Send now' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const sent = page.getByRole('main').getByRole('listitem').filter({ hasText: title });
  await sent.getByText(/^Repeats: 1 of 3 \(weekly\), next on /).waitFor();

  // The client has the first occurrence only.
  const { page: clientPage, log: clientLog } = await newPage(clientContext);
  await openSignedIn(clientPage, '/homework', client, 'My homework');
  await homeworkItems(clientPage, title).first().waitFor();
  expect(await homeworkItems(clientPage, title).count()).toBe(1);

  // A week later the scheduler has sent the second; both sessions ended in the idle week.
  await advanceDays(7);
  await openSignedIn(clientPage, '/homework', client, 'My homework');
  await homeworkItems(clientPage, title).nth(1).waitFor();
  expect(await homeworkItems(clientPage, title).count()).toBe(2);
  // The client can tell the two apart: each says where it stands in the series.
  await clientPage
    .getByRole('main')
    .getByText(/2 of 3 \(weekly\)/)
    .waitFor();
  const afterAWeek = await expectOk<Occurrence[]>(clientContext.request, 'GET', '/api/worksheets');
  expect(
    afterAWeek
      .filter((worksheet) => worksheet.title === title)
      .map((worksheet) => `${worksheet.series?.index} of ${worksheet.series?.total}`)
      .sort(),
  ).toEqual(['1 of 3', '2 of 3']);

  // The therapist ends the repeats on the latest occurrence.
  await openSignedIn(page, `/clients/${client.id}`, therapistCredentials, 'Casey');
  const latest = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasText: /Repeats: 2 of 3 \(weekly\), next on / });
  await latest.getByRole('button', { name: `End repeats: ${title}` }).click();
  await page.getByRole('main').getByText('Repeats: 2 of 3 (weekly, ended)').waitFor();
  expect(await page.getByRole('button', { name: `End repeats: ${title}` }).count()).toBe(0);

  // Another week: no third occurrence.
  await advanceDays(7);
  await openSignedIn(clientPage, '/homework', client, 'My homework');
  await homeworkItems(clientPage, title).first().waitFor();
  expect(await homeworkItems(clientPage, title).count()).toBe(2);
  const afterTwoWeeks = await expectOk<Occurrence[]>(clientContext.request, 'GET', '/api/worksheets');
  expect(afterTwoWeeks.filter((worksheet) => worksheet.title === title)).toHaveLength(2);

  expect(log.errors).toEqual([]);
  expect(clientLog.errors).toEqual([]);
  await therapistContext.close();
  await clientContext.close();
});

test('the assign dialog with Repeat open at 390 px wide', async () => {
  const context = await newContext(suite.browser, suite.baseUrl, { phone: true });
  const clientContext = await newContext(suite.browser, suite.baseUrl);
  await signUpTherapist(context);
  const client = await addJoinedClient(context, clientContext, 'Robin');
  const { page, log } = await newPage(context);
  await page.goto(`/clients/${client.id}?assign=three-good-things`);
  const dialog = page.getByRole('dialog', { name: 'Assign a worksheet to Robin' });
  await dialog.getByRole('radio', { name: 'Every N days' }).check();
  await dialog.getByLabel('Every how many days').fill('3');
  await dialog.getByRole('radio', { name: 'Until a date' }).check();
  const lastDay = new Date(Date.now() + 20 * dayMs).toISOString().slice(0, 10);
  await dialog.getByLabel('Last day').fill(lastDay);
  await dialog.getByText(/^Every 3 days, until /).waitFor();
  const repeat = dialog.getByRole('group', { name: 'Repeat' });
  await repeat.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(os.tmpdir(), 'interlude-assign-repeat-390.png') });
  await repeat.screenshot({ path: path.join(os.tmpdir(), 'interlude-assign-repeat-390-fields.png') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousAxeViolations(page, 'the assign dialog with Repeat open on a phone');
  expect(log.errors).toEqual([]);
  await context.close();
  await clientContext.close();
});
