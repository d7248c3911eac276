import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  demoAccounts,
  expectOk,
  keptAnswersHold,
  keptQueryKeys,
  launchPersistentProfile,
  newPage,
  openWorksheet,
  signInThroughUi,
  startTestServer,
  type TestServer,
  waitForServiceWorkerControl,
  waitUntil,
  webDistDir,
} from './harness/index.js';

// The app shell offline (docs/offline.md): a persistent Chromium profile, as a person's browser
// keeps its service worker and IndexedDB between launches. The service worker must control the
// page before the network goes (TOOLCHAIN.md): each test waits for it.

let server: TestServer;
/** A copy of the build this file's server serves, so one test can "deploy" a new service worker. */
let distCopy: string;
const profiles: string[] = [];

beforeAll(async () => {
  distCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-dist-'));
  fs.cpSync(webDistDir, distCopy, { recursive: true });
  server = await startTestServer({ seedDemo: true, webDistDir: distCopy });
});

afterAll(async () => {
  await server?.close();
  for (const dir of [distCopy, ...profiles]) fs.rmSync(dir, { recursive: true, force: true });
});

function newProfileDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-profile-'));
  profiles.push(dir);
  return dir;
}

interface Summary {
  id: string;
  title: string;
}

/** Signs in as Alex in a new persistent profile and waits until the app is ready for offline use. */
async function alexReadyForOffline(profileDir: string) {
  const context = await launchPersistentProfile(profileDir, server.url);
  const { page, log } = await newPage(context);
  await signInThroughUi(page, demoAccounts.alex);
  await page.getByRole('heading', { level: 1, name: 'My homework' }).waitFor();
  const homework = await expectOk<Summary[]>(context.request, 'GET', '/api/worksheets');
  expect(homework.length).toBeGreaterThan(0);
  await waitForServiceWorkerControl(page);
  return { context, page, log, homework };
}

/** The page's errors less the browser's own reports of requests refused offline (the relay's socket). */
function appErrors(errors: string[]): string[] {
  return errors.filter((error) => !error.includes('net::ERR_INTERNET_DISCONNECTED'));
}

async function expectHomeworkListed(page: Page, homework: Summary[]): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'My homework' }).waitFor();
  for (const worksheet of homework) {
    await page.getByRole('link', { name: worksheet.title }).first().waitFor();
  }
}

test('signed in once online, the app reloads with the network off and shows "My homework" from the device', async () => {
  const profileDir = newProfileDir();
  const { context, page, log, homework } = await alexReadyForOffline(profileDir);
  const opened = homework[0] as Summary;
  // One worksheet opened online: its page is on the device too.
  await openWorksheet(page, opened.id);
  await keptAnswersHold(page, (keys) => keys.includes(JSON.stringify(['worksheets', opened.id])));
  await page.goto('/homework');
  await expectHomeworkListed(page, homework);
  await keptAnswersHold(page, (keys) => keys.includes(JSON.stringify(['worksheets'])));

  await context.setOffline(true);
  await page.reload();
  await expectHomeworkListed(page, homework);
  await page.getByRole('status').filter({ hasText: 'Offline — showing what this device has' }).waitFor();
  expect(await page.getByText('Checking your sign-in…').count()).toBe(0);
  expect(new URL(page.url()).pathname).toBe('/homework');

  // The worksheet route's code (editor, Yjs) comes from the precache; the worksheet from the device.
  const worksheetChunk = page.waitForResponse((response) =>
    /\/assets\/WorksheetPage-[^/]+\.js$/.test(response.url()),
  );
  await page.getByRole('link', { name: opened.title }).first().click();
  expect((await worksheetChunk).fromServiceWorker()).toBe(true);
  await page.getByRole('heading', { level: 1, name: opened.title }).waitFor();
  await page.locator('.ProseMirror').waitFor();
  await page.locator('.connection[data-link="offline"]').waitFor();
  expect(await page.getByRole('heading', { name: 'Something went wrong' }).count()).toBe(0);

  expect(appErrors(log.errors)).toEqual([]);
  await context.close();

  // A browser restart without a network: the app still opens, still Alex, still the list.
  const relaunched = await launchPersistentProfile(profileDir, server.url, { offline: true });
  const again = await newPage(relaunched);
  await again.page.goto('/');
  await expectHomeworkListed(again.page, homework);
  await again.page
    .getByRole('status')
    .filter({ hasText: 'Offline — showing what this device has' })
    .waitFor();
  expect(appErrors(again.log.errors)).toEqual([]);
  await relaunched.close();
});

test('a signed-out first visit registers no service worker and stores nothing for offline use', async () => {
  const context = await launchPersistentProfile(newProfileDir(), server.url);
  const { page, log } = await newPage(context);
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('interlude-signed-in-user'))).toBeNull();
  expect(log.errors).toEqual([]);
  await context.close();
});

test('signing out deletes the answers kept for offline use; the next person sees none of them', async () => {
  const { context, page, homework } = await alexReadyForOffline(newProfileDir());
  const title = (homework[0] as Summary).title;
  await keptAnswersHold(page, (keys) => keys.includes(JSON.stringify(['worksheets'])));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await waitUntil(async () => (await keptQueryKeys(page)).length === 0, {
    message: "Alex's kept answers were still on the device after signing out",
  });
  expect(await page.evaluate(() => localStorage.getItem('interlude-signed-in-user'))).toBeNull();

  // Offline, signed out: the shell opens on sign-in, with no trace of Alex's homework.
  await context.setOffline(true);
  await page.goto('/homework');
  await page.waitForURL((url) => url.pathname === '/sign-in' || url.pathname === '/homework');
  expect(await page.getByText(title).count()).toBe(0);
  await context.close();
});

test('the web app manifest parses with what installing needs, and Chromium finds nothing missing', async () => {
  const { context, page } = await alexReadyForOffline(newProfileDir());
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = await expectOk<{
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  }>(context.request, 'GET', '/manifest.webmanifest');
  expect(manifest).toMatchObject({
    name: 'Interlude',
    short_name: 'Interlude',
    start_url: '/',
    scope: '/',
    display: 'standalone',
  });
  expect(manifest.theme_color).toBe(await page.locator('meta[name="theme-color"]').getAttribute('content'));
  for (const [side, purpose] of [
    [192, 'any'],
    [512, 'any'],
    [512, 'maskable'],
  ] as const) {
    const size = `${side}x${side}`;
    const icon = manifest.icons.find(
      (candidate) => candidate.sizes === size && candidate.purpose === purpose,
    );
    expect(icon, `${size} ${purpose}`).toBeDefined();
    const response = await context.request.get(icon?.src ?? '');
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // A PNG's width and height are the first two fields of its IHDR chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([side, side]);
  }
  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await context.request.get(appleIcon ?? '')).status()).toBe(200);

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  expect(installabilityErrors).toEqual([]);
  await context.close();
});

test('a new version is offered, never applied by itself, and applied when the person chooses "Reload"', async () => {
  const { context, page, log } = await alexReadyForOffline(newProfileDir());
  // A mark in this page: it is gone only if the page really reloads.
  await page.evaluate(() => {
    (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
  });

  // "Deploy" a new service worker: same files, one byte different (and no stale compressed copies).
  const swPath = path.join(distCopy, 'sw.js');
  fs.appendFileSync(swPath, '\n// next version\n');
  fs.rmSync(`${swPath}.br`, { force: true });
  fs.rmSync(`${swPath}.gz`, { force: true });
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  const offer = page.getByRole('region', { name: 'A new version of Interlude is ready.' });
  await offer.waitFor();
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);
  expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(
    true,
  );

  await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Reload' }).click()]);
  await page.getByRole('heading', { level: 1, name: 'My homework' }).waitFor();
  expect(
    await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage),
  ).toBeUndefined();
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
  ).toBeNull();
  expect(await offer.count()).toBe(0);
  expect(log.errors).toEqual([]);
  await context.close();
});
