import { CloseCode } from '@interlude/schema/sync';
import type { WorksheetAccess } from './authorize.js';
import { closeReason, type RelaySocket } from './relay-socket.js';

/** What a connection hands its frames to once its room has loaded. */
export interface FrameReceiver {
  receive(connection: RelayConnection, frame: Uint8Array): void;
}

export interface ConnectionLimits {
  maxMessageBytes: number;
  maxBufferedBytes: number;
}

/**
 * One client socket in one worksheet. The socket adapter reports frames, pongs and the socket
 * closing here; frames that arrive before the room has loaded wait in an inbox, in order.
 */
export class RelayConnection {
  /** Awareness client ids this connection announced, removed from the room when it leaves. */
  readonly awarenessClientIds = new Set<number>();
  /** Set by the heartbeat before each ping; a pong clears it. */
  awaitingPong = false;
  private inbox: Uint8Array[] | null = [];
  private inboxBytes = 0;
  private receiver: FrameReceiver | null = null;
  private accepting = true;
  private closedState = false;
  private readonly closeListeners: Array<() => void> = [];
  private markJoined!: () => void;
  /** Resolves once the room has loaded and takes this connection's frames, or the connection closed. */
  readonly joined = new Promise<void>((resolve) => {
    this.markJoined = resolve;
  });

  constructor(
    readonly socket: RelaySocket,
    readonly worksheetId: string,
    readonly access: WorksheetAccess,
    private readonly limits: ConnectionLimits,
  ) {}

  get isClosed(): boolean {
    return this.closedState;
  }

  /** A frame from the socket. Strings are not part of the protocol. */
  receive(frame: Uint8Array | string): void {
    if (this.closedState || !this.accepting) return;
    if (typeof frame === 'string') {
      this.close(CloseCode.unsupported, 'Text frames are not part of the protocol: send binary frames');
      return;
    }
    if (frame.byteLength > this.limits.maxMessageBytes) {
      this.close(
        CloseCode.tooBig,
        `Frame of ${frame.byteLength} bytes exceeds ${this.limits.maxMessageBytes}`,
      );
      return;
    }
    if (this.receiver) {
      this.receiver.receive(this, frame);
      return;
    }
    this.inbox?.push(frame);
    this.inboxBytes += frame.byteLength;
    if (this.inboxBytes > this.limits.maxBufferedBytes) {
      this.close(CloseCode.bufferFull, 'Too much sent while the worksheet was loading: reconnect');
    }
  }

  /** Hands queued and future frames to the room, in arrival order. */
  deliverTo(receiver: FrameReceiver): void {
    const queued = this.inbox ?? [];
    this.inbox = null;
    this.inboxBytes = 0;
    this.receiver = receiver;
    for (const frame of queued) {
      if (this.closedState || !this.accepting) break;
      receiver.receive(this, frame);
    }
    this.markJoined();
  }

  /** Frames after this are ignored (shutdown): they were never acknowledged, so clients re-send them. */
  stopAccepting(): void {
    this.accepting = false;
  }

  send(frame: Uint8Array): void {
    if (this.closedState) return;
    this.socket.send(frame);
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CloseCode.bufferFull, 'Connection too slow: too much unsent data, reconnect to resync');
    }
  }

  pong(): void {
    this.awaitingPong = false;
  }

  /** Closes the socket with a code and a reason, then tells the room. Safe to call twice. */
  close(code: number, reason: string): void {
    if (this.closedState) return;
    this.socket.close(code, closeReason(reason));
    this.markClosed();
  }

  /** Drops a peer that stopped answering pings. */
  terminate(): void {
    if (this.closedState) return;
    this.socket.terminate();
    this.markClosed();
  }

  /** The socket closed from the other side (or the network dropped it). */
  socketClosed(): void {
    this.markClosed();
  }

  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  private markClosed(): void {
    if (this.closedState) return;
    this.closedState = true;
    this.inbox = null;
    for (const listener of this.closeListeners) listener();
    this.markJoined();
  }
}
