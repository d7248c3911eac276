import * as Y from 'yjs';
import type { ServerSession } from '../../packages/sync-server/test/accounts/server-session.js';
import { OfflineDevice } from '../../packages/sync-server/test/helpers/offline-device.js';

/** Runs `task` over `items`, at most `limit` at a time. */
async function withLimit<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface PrefetchResult {
  ms: number;
  bytes: number;
}

/** GET /api/worksheets/:id/state for each, applied to a Y.Doc as the app merges it into IndexedDB. */
export async function prefetchOverHttp(
  session: ServerSession,
  ids: string[],
  concurrency: number,
): Promise<PrefetchResult> {
  let bytes = 0;
  const started = performance.now();
  await withLimit(ids, concurrency, async (id) => {
    const response = await fetch(`${session.baseUrl}/api/worksheets/${id}/state`, {
      headers: { cookie: session.cookie ?? '' },
    });
    if (!response.ok) throw new Error(`state of ${id}: ${response.status}`);
    const state = new Uint8Array(await response.arrayBuffer());
    bytes += state.byteLength;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    doc.destroy();
  });
  return { ms: performance.now() - started, bytes };
}

/** One stock y-websocket connection per worksheet: open, sync (the relay's step 2 and step 1), close. */
export async function prefetchOverSockets(
  session: ServerSession,
  ids: string[],
  concurrency: number,
): Promise<PrefetchResult> {
  let bytes = 0;
  const started = performance.now();
  await withLimit(ids, concurrency, async (id) => {
    const device = new OfflineDevice(session, id);
    device.connect();
    await device.allSaved();
    bytes += Y.encodeStateAsUpdate(device.doc).byteLength;
    device.destroy();
  });
  return { ms: performance.now() - started, bytes };
}
