import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  demoAccounts,
  expectNoSeriousAxeViolations,
  newContext,
  newPage,
  signInThroughApi,
  useBrowserSuite,
} from './harness/index.js';

// The split entry (apps/web/src/main.tsx, docs/offline.md O8): a new visitor's sign-in page is a
// standalone form without the router or the query library; the app's chunk loads once needed.

const suite = useBrowserSuite({ seedDemo: true });

/** Paths of every script the page has fetched so far. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

const appChunkIn = (scripts: string[]) =>
  scripts.some((script) => /\/assets\/full-app-[^/]+\.js$/.test(script));

/** Every level-1 heading the page ever shows, however briefly, to catch a flash of a wrong screen. */
async function recordHeadings(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { headingsSeen: string[] }).headingsSeen = seen;
    new MutationObserver(() => {
      for (const heading of Array.from(document.querySelectorAll('h1'))) {
        const text = heading.textContent ?? '';
        if (!seen.includes(text)) seen.push(text);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { headingsSeen: string[] }).headingsSeen);
}

test('a new visitor at "/" gets the light sign-in form, and the app loads only once they have signed in', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page, log } = await newPage(context);
  const scripts = recordScripts(page);
  const headingsSeen = await recordHeadings(page);
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  expect(await page.title()).toBe('Sign in · Interlude');
  await page.waitForLoadState('networkidle');
  expect(appChunkIn(scripts), scripts.join(', ')).toBe(false);
  await expectNoSeriousAxeViolations(page, 'standalone sign-in');

  // Sent empty: each field says what is missing, and the first one with a problem has the focus.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Enter your email address.').waitFor();
  await page.getByText('Enter your password.').waitFor();
  expect(await page.getByLabel('Email').evaluate((input) => input === document.activeElement)).toBe(true);

  await page.getByLabel('Email').fill(demoAccounts.alex.email);
  await page.getByLabel('Password', { exact: true }).fill(demoAccounts.alex.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'My homework' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/homework');
  expect(appChunkIn(scripts)).toBe(true);
  // The app knows who signed in, so it keeps their answers for offline use (O5, O6).
  expect(await page.evaluate(() => localStorage.getItem('interlude-signed-in-user'))).not.toBeNull();
  expect(await headingsSeen()).toEqual(['Sign in', 'My homework']);
  expect(log.errors).toEqual([]);
  await context.close();
});

test('signing in on the light form goes where the visitor was heading', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page } = await newPage(context);
  await page.goto('/sign-in?next=%2Flibrary');
  await page.getByLabel('Email').fill(demoAccounts.therapist.email);
  await page.getByLabel('Password', { exact: true }).fill(demoAccounts.therapist.password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/library');
  await context.close();
});

test('a refused sign-in on the light form is announced and leads nowhere', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page } = await newPage(context);
  const scripts = recordScripts(page);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(demoAccounts.alex.email);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect((await alert.textContent())?.length).toBeGreaterThan(0);
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  expect(appChunkIn(scripts)).toBe(false);
  await context.close();
});

test('someone already signed in who opens the sign-in page goes straight into the app, never seeing the form', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  // Signed in, but nothing kept on this device (a new browser profile with the session cookie).
  await signInThroughApi(context, demoAccounts.therapist);
  const { page, log } = await newPage(context);
  const headingsSeen = await recordHeadings(page);
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/clients');
  expect(await headingsSeen()).not.toContain('Sign in');
  expect(log.errors).toEqual([]);
  await context.close();
});

test('the sign-up link leads to the sign-up page, which the app serves', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page } = await newPage(context);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Create a therapist account' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-up');
  await page.getByRole('heading', { level: 1, name: 'Create a therapist account' }).waitFor();
  await context.close();
});
