/**
 * A WebSocket class for y-websocket's `WebSocketPolyfill` option that shows every frame the server
 * sends to `onFrame`, before the provider handles it.
 *
 * Why this seam: it is an option the provider documents, so nothing depends on `provider.ws` or on
 * the order of its 'status' events; the provider builds a new socket through it on every reconnect,
 * so no connection's frames can be missed; and it is a real WebSocket that only gains a listener, so
 * the provider's own handling is untouched.
 */
export function frameObservingWebSocket(onFrame: (frame: Uint8Array) => void): typeof WebSocket {
  return class FrameObservingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        // The provider sets binaryType 'arraybuffer'; text frames carry nothing about the document.
        if (event.data instanceof ArrayBuffer) onFrame(new Uint8Array(event.data));
      });
    }
  };
}
