import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { demoAccounts, newContext, newPage, signInThroughApi, useBrowserSuite } from './harness/index.js';

const suite = useBrowserSuite({ seedDemo: true });

/** What has focus, described by role-ish facts a person would notice. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: element?.textContent?.trim() ?? '',
      label:
        element?.getAttribute('aria-label') ??
        (element as HTMLInputElement | null)?.labels?.[0]?.textContent ??
        '',
    };
  });
}

test('keyboard only: skip link, a dialog that takes focus, closes on Escape and gives focus back', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  await signInThroughApi(context, demoAccounts.therapist);
  const { page } = await newPage(context);
  await page.goto('/clients');
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();

  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to content' });
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatchObject({ tag: 'main' });

  const addClient = page.getByRole('button', { name: 'Add client', exact: true });
  await addClient.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Add a client' }).waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'input', label: "Client's name" });

  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Add a client' }).waitFor({ state: 'hidden' });
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Add client' });
  await context.close();
});

test('keyboard only: signing in with Enter from the password field', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page } = await newPage(context);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(demoAccounts.alex.email);
  await page.getByLabel('Password').fill(demoAccounts.alex.password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'My homework' }).waitFor();
  await context.close();
});
