import { SaveTracker } from '@interlude/schema/sync';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ServerSession } from '../accounts/server-session.js';
import { waitFor } from './wait-for.js';

/**
 * One person's device holding one worksheet, as the web app holds it: a Y.Doc that outlives its
 * connection (the app's IndexedDB copy), a stock y-websocket provider signed in with the session's
 * cookie, and a SaveTracker fed every frame the relay sends ("all saved" from the durable echo).
 */
export class OfflineDevice {
  readonly doc = new Y.Doc();
  readonly tracker = new SaveTracker(this.doc);
  readonly provider: WebsocketProvider;
  private readonly changeListeners = new Set<() => void>();

  constructor(session: ServerSession, worksheetId: string) {
    const headers: Record<string, string> = { origin: session.origin };
    if (session.cookie) headers.cookie = session.cookie;
    const device = this;
    class SignedInWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
        this.on('message', (data: ArrayBuffer | Buffer) => {
          if (device.tracker.noteServerFrame(new Uint8Array(data))) device.changed();
        });
      }
    }
    this.provider = new WebsocketProvider(
      `${session.baseUrl.replace(/^http/, 'ws')}/sync`,
      worksheetId,
      this.doc,
      {
        WebSocketPolyfill: SignedInWebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        connect: false,
      },
    );
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this.provider) this.tracker.noteLocalUpdate(update);
      this.changed();
    });
    this.provider.on('sync', () => this.changed());
    this.provider.on('connection-close', (event) => {
      if (event && event.code >= 4000) this.refusal = `closed ${event.code}: ${event.reason}`;
      this.changed();
    });
  }

  /** Why the relay refused this device, if it did: a waiting test fails with it instead of hanging. */
  refusal: string | null = null;

  connect(): void {
    this.provider.connect();
  }

  /** Network off: the socket goes, the document and its unsent changes stay. */
  goOffline(): void {
    this.provider.disconnect();
  }

  get content(): Y.XmlFragment {
    return this.doc.getXmlFragment('content');
  }

  /** Resolves once the relay has durably stored every change this device has. */
  allSaved(): Promise<void> {
    return this.until(() => this.provider.synced && this.tracker.isSaved());
  }

  /** Resolves once `check` passes, re-checked on every change and every frame from the relay. */
  async until(check: () => boolean): Promise<void> {
    await waitFor(
      () => this.refusal !== null || check(),
      (notify) => {
        this.changeListeners.add(notify);
        return () => this.changeListeners.delete(notify);
      },
    );
    if (this.refusal !== null) throw new Error(`The relay refused this device: ${this.refusal}`);
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }

  private changed(): void {
    for (const listener of [...this.changeListeners]) listener();
  }
}
