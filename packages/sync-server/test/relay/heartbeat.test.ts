import { afterEach, expect, test } from 'vitest';
import WebSocket from 'ws';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { RelayTestHarness } from '../helpers/relay-test-harness.js';

let harness: RelayTestHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

function openSocket(url: string, autoPong: boolean): Promise<WebSocket> {
  const socket = new WebSocket(url, { autoPong });
  socket.on('error', () => {});
  return new Promise((resolve) => socket.once('open', () => resolve(socket)));
}

test('R14: real sockets are pinged on the Clock; one that never answers is terminated, one that does stays', async () => {
  const clock = new ManualClock();
  harness = await RelayTestHarness.start({ clock, limits: { heartbeatIntervalMs: 30_000 } });
  const url = `${harness.url.replace('http', 'ws')}/sync/${newWorksheetId()}`;
  const answering = await openSocket(url, true);
  const silent = await openSocket(url, false);
  const silentPinged = new Promise<void>((resolve) => silent.once('ping', () => resolve()));
  const answeringPonged = new Promise<void>((resolve) => answering.once('ping', () => resolve()));
  clock.advance(30_000);
  await Promise.all([silentPinged, answeringPonged]);
  // The pong travels back over the network; wait for the server to have processed it by
  // round-tripping a frame through the same socket (query awareness is answered).
  const echoed = new Promise<void>((resolve) => answering.once('message', () => resolve()));
  answering.send(new Uint8Array([3]));
  await echoed;

  const silentClosed = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
  clock.advance(30_000);
  expect(await silentClosed).toBe(1006);
  expect(answering.readyState).toBe(WebSocket.OPEN);
  expect(harness.server.context.relay.connectionCount).toBe(1);
  answering.close();
});
