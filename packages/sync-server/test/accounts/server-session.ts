import WebSocket from 'ws';

/** A browser-like HTTP caller against a real server: keeps its cookie, sends the server's Origin. */
export class ServerSession {
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { origin: this.origin };
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0]!;
      this.cookie = value.endsWith('=') ? undefined : value;
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Opens /sync/<worksheetId> with this session's cookie and the given Origin (default: the server's). */
  openWorksheet(worksheetId: string, origin: string | null = this.origin): WorksheetSocket {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (origin) headers.origin = origin;
    return new WorksheetSocket(`${this.baseUrl.replace(/^http/, 'ws')}/sync/${worksheetId}`, headers);
  }
}

export class WorksheetSocket {
  readonly socket: WebSocket;
  /** Resolves with the first frame the server sends (it answers a new connection with sync step 1). */
  readonly firstFrame: Promise<Uint8Array>;
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(url: string, headers: Record<string, string>) {
    this.socket = new WebSocket(url, { headers });
    this.socket.on('error', () => {});
    this.firstFrame = new Promise((resolve) =>
      this.socket.once('message', (data: Buffer) => resolve(new Uint8Array(data))),
    );
    this.closed = new Promise((resolve) =>
      this.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  send(frame: Uint8Array): void {
    this.socket.send(frame);
  }

  close(): void {
    this.socket.close();
  }
}
