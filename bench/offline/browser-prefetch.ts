import { chromium } from 'playwright-core';
import type { BenchPractice } from './bench-practice.js';

const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

export interface BrowserPrefetchResult {
  /** From opening "My homework" until the app's offline sync run reported every worksheet merged. */
  wallMs: number;
  /** The runner's own measure: download, merge into IndexedDB, background sync. */
  runnerMs: number;
  merged: number;
}

/**
 * The app itself, in Chromium: a client with `count` worksheets signs in for the first time and opens
 * "My homework"; the time until the prefetch has put every worksheet into IndexedDB (the runner's
 * `interlude-offline-sync-done` event).
 */
export async function prefetchInBrowser(
  practice: BenchPractice,
  templates: string[],
): Promise<BrowserPrefetchResult> {
  const client = await practice.clientWith(templates);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: launchArgs,
  });
  try {
    const context = await browser.newContext({ baseURL: practice.server.url });
    const login = await context.request.post('/api/auth/login', {
      data: { email: client.email, password: client.password },
    });
    if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
    // Runs in the page: keeps the runner's report where the bench can wait for it.
    await context.addInitScript(() => {
      const page = globalThis as unknown as {
        addEventListener(type: string, listener: (event: { detail: unknown }) => void): void;
        offlineSyncReport?: unknown;
      };
      page.addEventListener('interlude-offline-sync-done', (event) => {
        page.offlineSyncReport = event.detail;
      });
    });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto('/homework');
    const handle = await page.waitForFunction(
      () => (globalThis as unknown as { offlineSyncReport?: unknown }).offlineSyncReport,
      undefined,
      { timeout: 120_000 },
    );
    const wallMs = performance.now() - started;
    const report = (await handle.jsonValue()) as { ms: number; prefetch: { merged: number } };
    return { wallMs, runnerMs: report.ms, merged: report.prefetch.merged };
  } finally {
    await browser.close();
  }
}
