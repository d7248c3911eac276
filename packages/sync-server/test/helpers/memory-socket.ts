import {
  decodeClientMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '@interlude/schema/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RelayConnection } from '../../src/relay/relay-connection.js';
import type { RelaySocket } from '../../src/relay/relay-socket.js';

/**
 * The server end of an in-memory socket pair: records what the relay sends and how it closed,
 * synchronously and deterministically.
 */
export class MemorySocket implements RelaySocket {
  readonly sent: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  terminated = false;
  pings = 0;
  bufferedAmount = 0;

  send(frame: Uint8Array): void {
    if (this.closed || this.terminated) throw new Error('send after close');
    this.sent.push(frame);
  }

  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }

  terminate(): void {
    this.terminated = true;
  }

  ping(): void {
    this.pings++;
  }
}

/**
 * The client end: a Y.Doc that speaks the protocol through a MemorySocket, the way the stock
 * y-websocket client does (answers step 1 with step 2, applies step 2 and updates).
 */
export class MemoryClient {
  readonly socket = new MemorySocket();
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  connection!: RelayConnection;
  private handled = 0;

  constructor() {
    this.awareness.setLocalState(null);
  }

  attach(connection: RelayConnection): this {
    this.connection = connection;
    return this;
  }

  send(frame: Uint8Array | string): void {
    this.connection.receive(frame);
  }

  sendStep1(): void {
    this.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
  }

  /** Edits the local document and sends the change as an update message. */
  edit(change: (doc: Y.Doc) => void): Uint8Array {
    let captured: Uint8Array | null = null;
    const capture = (update: Uint8Array) => {
      captured = update;
    };
    this.doc.on('update', capture);
    change(this.doc);
    this.doc.off('update', capture);
    if (!captured) throw new Error('the edit changed nothing');
    this.send(encodeSyncUpdate(captured));
    return captured;
  }

  sendAwareness(state: Record<string, unknown> | null): void {
    this.awareness.setLocalState(state);
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
    this.send(encodeAwarenessMessage(update));
  }

  /** Applies every frame received since the last call, answering step 1 like the stock client. */
  process(): void {
    for (; this.handled < this.socket.sent.length; this.handled++) {
      const message = decodeClientMessage(this.socket.sent[this.handled]!);
      switch (message.kind) {
        case 'sync-step-1':
          this.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
          break;
        case 'sync-step-2':
        case 'sync-update':
          Y.applyUpdate(this.doc, message.update, 'server');
          break;
        case 'awareness':
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, 'server');
          break;
        case 'query-awareness':
          break;
      }
    }
  }

  text(name = 'body'): string {
    this.process();
    return this.doc.getText(name).toString();
  }

  /** Kinds of the messages received so far, for asserting on what the relay sent. */
  receivedKinds(): string[] {
    return this.socket.sent.map((frame) => decodeClientMessage(frame).kind);
  }

  remoteAwarenessStates(): Map<number, unknown> {
    this.process();
    return new Map([...this.awareness.getStates()].filter(([clientId]) => clientId !== this.doc.clientID));
  }
}
