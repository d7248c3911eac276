import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium; downloaded browsers do not work on this machine (see TOOLCHAIN.md). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: launchArgs });
}

/**
 * A browser whose profile lives in `userDataDir` and survives closing it: launch again on the same
 * folder to reopen the browser as a person would (service worker, IndexedDB and cookies kept).
 * Same locale, zone and waits as `newContext`.
 */
export async function launchPersistentProfile(
  userDataDir: string,
  baseURL: string,
  options: { offline?: boolean } = {},
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args: launchArgs,
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 800 },
    offline: options.offline ?? false,
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

export interface ContextOptions {
  /** A phone-sized viewport, to check the layout people will use on the go. */
  phone?: boolean;
}

/**
 * A fresh, isolated browser profile (its own cookies and IndexedDB) pointed at the test server.
 * Console errors and page crashes are collected so a failing test can print them.
 */
export async function newContext(
  browser: Browser,
  baseURL: string,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    // Fixed locale and zone, so dates read the same on every machine ("14 Mar 2099").
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

export interface PageLog {
  errors: string[];
}

/** Opens a page in the context and records uncaught errors and the app's console errors on it. */
export async function newPage(context: BrowserContext): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const log: PageLog = { errors: [] };
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The browser itself logs every 4xx answer ("Failed to load resource"); a 401 from /api/me is how
    // the app learns nobody is signed in, so those are not the app's errors.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      log.errors.push(`console: ${message.text()}`);
    }
  });
  return { page, log };
}
