// Scenario 3: how long a fresh stock client (y-websocket's WebsocketProvider) takes from creating
// its connection to being synced with the trace's document.
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { TRACE_TEXT_NAME } from '../editing-trace.js';
import { withTimeout } from '../sleep.js';

export interface SyncTiming {
  milliseconds: number;
  textMatches: boolean;
}

export async function timeNewClientSync(
  port: number,
  room: string,
  expectedText: string,
): Promise<SyncTiming> {
  const doc = new Y.Doc();
  const start = performance.now();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, room, doc, {
    // Node 20 has no global WebSocket; `disableBc` keeps providers in one process from syncing
    // with each other behind the server's back.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await withTimeout(
      new Promise<void>((resolve) => {
        provider.on('sync', (isSynced: boolean) => {
          if (isSynced) resolve();
        });
      }),
      60_000,
      'a new client to sync',
    );
    const milliseconds = performance.now() - start;
    return { milliseconds, textMatches: doc.getText(TRACE_TEXT_NAME).toString() === expectedText };
  } finally {
    provider.destroy();
    doc.destroy();
  }
}
