import type { Page } from 'playwright-core';
import { waitUntil } from './wait.js';

// What makes a page ready for offline use: the service worker in control, the API's answers kept.

/** Until the service worker is installed (every file precached), active and controlling this page. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The query keys kept for offline use in this browser (IndexedDB `interlude-queries`), per person. */
export function keptQueryKeys(page: Page): Promise<string[][]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('interlude-queries');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('by-user')) return [];
      const values = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('by-user').objectStore('by-user').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return values.map((value) =>
        (
          JSON.parse(String(value)) as { clientState: { queries: { queryKey: unknown }[] } }
        ).clientState.queries.map((query) => JSON.stringify(query.queryKey)),
      );
    } finally {
      db.close();
    }
  });
}

/** Until one person's kept answers satisfy `condition` (saves are throttled, so they trail the screen). */
export async function keptAnswersHold(page: Page, condition: (keys: string[]) => boolean): Promise<void> {
  await waitUntil(async () => (await keptQueryKeys(page)).some(condition), {
    message: 'the answers kept for offline use never held what the screen showed',
  });
}
