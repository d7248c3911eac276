// Scenario 3: how long a fresh stock client takes from creating its connection to being synced
// with the trace's document. Each relay gets its own stock client: y-websocket's WebsocketProvider
// for ours and the reference, HocuspocusProvider for Hocuspocus.
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { TRACE_TEXT_NAME } from '../editing-trace.js';
import type { RelayEndpoint } from '../relay-targets.js';
import { withTimeout } from '../sleep.js';

export interface SyncTiming {
  milliseconds: number;
  textMatches: boolean;
}

interface StockClient {
  synced: Promise<void>;
  destroy(): void;
}

/** Node 20 has no global WebSocket: both providers take `ws` as their WebSocket class. */
const webSocketClass = WebSocket as unknown as typeof globalThis.WebSocket;

function connectStockClient(endpoint: RelayEndpoint, room: string, doc: Y.Doc): StockClient {
  if (endpoint.dialect === 'hocuspocus') {
    let markSynced: () => void = () => {};
    const synced = new Promise<void>((resolve) => {
      markSynced = resolve;
    });
    // The socket is made explicitly only because the provider's own config type does not expose
    // WebSocketPolyfill; a provider given a socket must be attached.
    const socket = new HocuspocusProviderWebsocket({
      url: `ws://127.0.0.1:${endpoint.port}`,
      WebSocketPolyfill: webSocketClass,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room,
      document: doc,
      token: 'bench',
      onSynced: ({ state }) => {
        if (state) markSynced();
      },
    });
    provider.attach();
    return {
      synced,
      destroy: () => {
        provider.destroy();
        socket.destroy();
      },
    };
  }
  const provider = new WebsocketProvider(`ws://127.0.0.1:${endpoint.port}/sync`, room, doc, {
    WebSocketPolyfill: webSocketClass,
    // Keeps providers in one process from syncing with each other behind the server's back.
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) resolve();
    });
  });
  return { synced, destroy: () => provider.destroy() };
}

export async function timeNewClientSync(
  endpoint: RelayEndpoint,
  room: string,
  expectedText: string,
): Promise<SyncTiming> {
  const doc = new Y.Doc();
  const start = performance.now();
  const client = connectStockClient(endpoint, room, doc);
  try {
    await withTimeout(client.synced, 60_000, 'a new client to sync');
    const milliseconds = performance.now() - start;
    return { milliseconds, textMatches: doc.getText(TRACE_TEXT_NAME).toString() === expectedText };
  } finally {
    client.destroy();
    doc.destroy();
  }
}
