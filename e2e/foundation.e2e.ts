import { expect, test } from 'vitest';
import { newContext, newPage, useBrowserSuite } from './harness/index.js';

const suite = useBrowserSuite();

test('the server answers /health with JSON', async () => {
  const response = await fetch(`${suite.baseUrl}/health`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  expect(await response.json()).toMatchObject({ status: 'ok' });
});

test('the server serves the web app, which renders in chromium', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page, log } = await newPage(context);
  await page.goto('/');
  await page.locator('#root :first-child').first().waitFor();
  expect(await page.title()).toMatch(/Interlude/);
  expect(log.errors).toEqual([]);
  await context.close();
});

test('a client-side route survives a reload (index.html for unknown paths)', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page } = await newPage(context);
  const response = await page.goto('/worksheets/some-id');
  expect(response?.status()).toBe(200);
  // Signed out, the worksheet route hands over to sign-in and remembers where it was going.
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  expect(new URL(page.url()).searchParams.get('next')).toBe('/worksheets/some-id');
  await context.close();
});

test('an unknown address says so and offers a way back', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page } = await newPage(context);
  await page.goto('/no/such/page');
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Go to your start page' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await context.close();
});
