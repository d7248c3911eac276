import {
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  readServerSyncMessage,
} from '@interlude/schema/sync';
import * as Y from 'yjs';
import { RawSocket } from './raw-socket.js';
import { waitFor } from './wait-for.js';

/**
 * A peer that speaks the sync protocol by hand over a bare socket, so a test can send forged Yjs updates the
 * stock provider never would, while keeping a replica of what the server sends it (as an offender's device
 * would: its own forged edit applied locally, then whatever the server answers).
 */
export class RawYjsPeer {
  readonly doc = new Y.Doc();
  readonly socket: RawSocket;
  private gotStep2 = false;
  private readonly changed = new Set<() => void>();

  /** `params` name the test authorizer's identity; `headers` carry a real session's cookie and Origin. */
  constructor(
    serverUrl: string,
    worksheetId: string,
    params: Record<string, string>,
    headers: Record<string, string> = {},
  ) {
    const query = new URLSearchParams(params).toString();
    this.socket = new RawSocket(serverUrl, `/sync/${worksheetId}?${query}`, headers);
    this.socket.socket.on('message', (data: Buffer) => this.handle(new Uint8Array(data)));
    this.socket.socket.on('close', () => this.notify());
  }

  /** Opens, asks for the document and resolves once it arrived. */
  async sync(): Promise<void> {
    await this.socket.opened;
    this.socket.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    await this.until(() => this.gotStep2);
  }

  /** Makes a change locally and sends it as one update, exactly as made: nothing checks it first. */
  forge(change: (doc: Y.Doc) => void): Uint8Array {
    const before = Y.encodeStateVector(this.doc);
    this.doc.transact(() => change(this.doc));
    const update = Y.encodeStateAsUpdate(this.doc, before);
    this.socket.send(encodeSyncUpdate(update));
    return update;
  }

  /** Sends bytes as an update without touching the replica. */
  sendUpdate(update: Uint8Array): void {
    this.socket.send(encodeSyncUpdate(update));
  }

  get closed(): boolean {
    return this.socket.socket.readyState >= this.socket.socket.CLOSING;
  }

  /** Resolves when `check` passes, re-checked on every message and on close. */
  until(check: () => boolean): Promise<void> {
    return waitFor(check, (notify) => {
      this.changed.add(notify);
      return () => this.changed.delete(notify);
    });
  }

  close(): void {
    this.socket.close();
    this.doc.destroy();
  }

  private handle(frame: Uint8Array): void {
    const message = readServerSyncMessage(frame);
    if (message?.kind === 'sync-step-1') {
      this.socket.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
    } else if (message) {
      Y.applyUpdate(this.doc, message.update, this);
      if (message.kind === 'sync-step-2') this.gotStep2 = true;
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.changed]) listener();
  }
}
