import WebSocket from 'ws';

/** A bare ws client for sending frames the stock provider never would. */
export class RawSocket {
  readonly socket: WebSocket;
  readonly received: Uint8Array[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(serverUrl: string, path: string, headers: Record<string, string> = {}) {
    this.socket = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}${path}`, { headers });
    this.socket.binaryType = 'nodebuffer';
    this.socket.on('message', (data: Buffer) => this.received.push(new Uint8Array(data)));
    // A socket the server drops mid-frame reports an error before closing; the close is what tests check.
    this.socket.on('error', () => {});
    this.opened = new Promise((resolve) => this.socket.once('open', () => resolve()));
    this.closed = new Promise((resolve) =>
      this.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  send(frame: Uint8Array | string): void {
    this.socket.send(frame);
  }

  close(): void {
    this.socket.close();
  }
}
