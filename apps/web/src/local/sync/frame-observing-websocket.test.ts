import { afterEach, expect, test, vi } from 'vitest';
import { frameObservingWebSocket } from './frame-observing-websocket';

/** Stands in for the browser's WebSocket: opens nothing, lets the test deliver frames. */
class OfflineWebSocket extends EventTarget {
  constructor(
    readonly url: string | URL,
    readonly protocols?: string | string[],
  ) {
    super();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test('passes every binary frame to the observer and keeps the socket usable by the provider', () => {
  vi.stubGlobal('WebSocket', OfflineWebSocket);
  const frames: number[][] = [];
  const Observed = frameObservingWebSocket((frame) => frames.push([...frame]));
  const socket = new Observed('ws://example.test/sync/a', ['p']);
  const providerSaw: unknown[] = [];
  socket.addEventListener('message', (event) => providerSaw.push(event.data));

  socket.dispatchEvent(new MessageEvent('message', { data: new Uint8Array([0, 2, 1, 7]).buffer }));
  socket.dispatchEvent(new MessageEvent('message', { data: 'text frame' }));

  expect(frames).toEqual([[0, 2, 1, 7]]);
  expect(providerSaw).toHaveLength(2);
  expect(socket.url).toBe('ws://example.test/sync/a');
});
