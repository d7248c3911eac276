import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from '../helpers/wait-for.js';

/** A stock y-websocket provider in Node that opens the socket with a session cookie and the server's Origin. */
export class SignedInProvider {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;

  constructor(baseUrl: string, worksheetId: string, cookie: string) {
    const origin = new URL(baseUrl).origin;
    class CookieSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie, origin } });
      }
    }
    this.provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync`, worksheetId, this.doc, {
      WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
  }

  synced(): Promise<void> {
    return waitFor(
      () => this.provider.synced,
      (notify) => {
        this.provider.on('sync', notify);
        return () => this.provider.off('sync', notify);
      },
    );
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
