import { type CommentAuthor, type CommentStore, yCommentStore } from '@interlude/schema';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ServerSession } from '../accounts/server-session.js';
import { waitFor } from '../helpers/wait-for.js';

/** A stock y-websocket provider that connects as a signed-in person (their session cookie and our Origin). */
export class SignedInProvider {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly comments: CommentStore;

  constructor(session: ServerSession, worksheetId: string, author: CommentAuthor, now: () => Date) {
    const headers = { cookie: session.cookie ?? '', origin: session.origin };
    class SessionWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    this.provider = new WebsocketProvider(
      `${session.baseUrl.replace(/^http/, 'ws')}/sync`,
      worksheetId,
      this.doc,
      { WebSocketPolyfill: SessionWebSocket as unknown as typeof globalThis.WebSocket, disableBc: true },
    );
    this.comments = yCommentStore(this.doc, author, now);
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
