import type { WebSocketServer } from 'ws';

/**
 * Waits for the server's sockets to finish their closing handshake, terminating any peer that has
 * not answered within `graceMs` (a dead peer would otherwise hold shutdown for ws's 30 s timeout).
 */
export async function drainWebSockets(wss: WebSocketServer, graceMs: number): Promise<void> {
  const open = [...wss.clients].filter((socket) => socket.readyState !== socket.CLOSED);
  await Promise.all(
    open.map(
      (socket) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => socket.terminate(), graceMs);
          timer.unref();
          socket.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    ),
  );
}
