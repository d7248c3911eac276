// A minimal Yjs sync peer over raw `ws`, in either relay dialect (y-websocket's or Hocuspocus's):
// cheaper than a stock provider, so one load process can drive hundreds of them, and it exposes
// each frame's arrival time.
import { performance } from 'node:perf_hooks';
import {
  encodeAwarenessAnnouncement,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '@interlude/schema/sync';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type DialectCodec, dialectCodec } from './protocol-dialect.js';
import { type RelayEndpoint, roomUrl } from './relay-targets.js';
import { withTimeout } from './sleep.js';

export interface ProtocolClientOptions {
  /** Apply incoming updates to `doc` (a real reader does); off for peers that only count frames. */
  applyIncoming: boolean;
  /** Announce an awareness state on connect, as stock clients do. */
  announceAwareness: boolean;
  /**
   * Called for every update frame (not the handshake), after it was applied (if applyIncoming), with
   * the time it reached this process, taken before any decoding.
   */
  onUpdateFrame?: (update: Uint8Array, receivedAt: number, doc: Y.Doc) => void;
}

export class ProtocolClient {
  readonly doc = new Y.Doc();
  readonly synced: Promise<void>;
  private readonly socket: WebSocket;
  private readonly codec: DialectCodec;

  constructor(endpoint: RelayEndpoint, room: string, options: ProtocolClientOptions) {
    const url = roomUrl(endpoint, room);
    this.codec = dialectCodec(endpoint.dialect, room);
    this.socket = new WebSocket(url, { perMessageDeflate: false });
    this.socket.binaryType = 'nodebuffer';
    let markSynced: () => void = () => {};
    const opened = new Promise<void>((resolve, reject) => {
      this.socket.once('open', resolve);
      this.socket.once('error', reject);
    });
    this.synced = withTimeout(
      new Promise<void>((resolve, reject) => {
        markSynced = resolve;
        opened.catch(reject);
      }),
      60_000,
      `sync handshake with ${url}`,
    );
    this.synced.catch(() => {}); // observed by callers; avoid an unhandled rejection in between

    this.socket.on('open', () => {
      for (const opening of this.codec.opening) this.socket.send(opening);
      this.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
      if (options.announceAwareness) {
        this.send(
          encodeAwarenessAnnouncement(this.doc.clientID, 1, { user: { name: 'bench', color: '#888' } }),
        );
      }
    });
    this.socket.on('message', (data: Buffer) => {
      const receivedAt = performance.now();
      const message = this.codec.read(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (message?.kind === 'sync-step-1') {
        this.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
      } else if (message?.kind === 'sync-step-2') {
        Y.applyUpdate(this.doc, message.update, 'server');
        markSynced();
      } else if (message?.kind === 'sync-update') {
        if (options.applyIncoming) Y.applyUpdate(this.doc, message.update, 'server');
        options.onUpdateFrame?.(message.update, receivedAt, this.doc);
      }
    });
  }

  sendUpdate(update: Uint8Array): void {
    this.send(encodeSyncUpdate(update));
  }

  private send(message: Uint8Array): void {
    this.socket.send(this.codec.frame(message));
  }

  /** Bytes queued in this process but not yet handed to the kernel. */
  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    const closed = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
    this.socket.close(1000);
    return withTimeout(closed, 5_000, 'closing a socket').catch(() => this.socket.terminate());
  }
}
