import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startTestServer, type TestServer, type TestServerOptions } from './server.js';

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  readonly baseUrl: string;
}

/**
 * Registers beforeAll/afterAll hooks that start one server and one chromium for the test file and
 * tear both down after it. Read the fields inside tests (they are set once the hooks ran).
 */
export function useBrowserSuite(options: TestServerOptions = {}): BrowserSuite {
  let server: TestServer | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(options), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | null, name: string): T => {
    if (value === null) throw new Error(`The browser suite's ${name} is not started yet`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get baseUrl() {
      return ready(server, 'server').url;
    },
  };
}
