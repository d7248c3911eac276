import net from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { RelayTestHarness } from '../helpers/relay-test-harness.js';

let harness: RelayTestHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

/** Sends a raw HTTP upgrade request for `path` and resolves with the first line of the answer. */
function upgradeStatusLine(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
          'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
    });
    socket.once('data', (chunk) => {
      resolve(chunk.toString('latin1').split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.once('error', reject);
  });
}

test('an upgrade to any path but /sync/… is answered 404, and /sync/… still upgrades', async () => {
  harness = await RelayTestHarness.start();
  expect(await upgradeStatusLine(harness.server.port, '/not-sync')).toBe('HTTP/1.1 404 Not Found');
  expect(await upgradeStatusLine(harness.server.port, `/sync/${newWorksheetId()}`)).toBe(
    'HTTP/1.1 101 Switching Protocols',
  );
});

test('a client that resets its socket mid-upgrade costs the server nothing: the next client syncs', async () => {
  harness = await RelayTestHarness.start();
  const { port } = harness.server;
  for (const path of ['/not-sync', `/sync/${newWorksheetId()}`]) {
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`);
        socket.resetAndDestroy();
        resolve();
      });
    });
  }
  const provider = harness.provider(newWorksheetId());
  await provider.synced();
});
