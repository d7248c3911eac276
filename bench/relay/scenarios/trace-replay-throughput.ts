// Scenario 4: replay the trace through the relay, one update per transaction, as fast as the socket
// takes it, until a second client has received all of it. Afterwards the room holds the whole
// document for scenario 3, and the writer stays connected so the room stays loaded.
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { TRACE_TEXT_NAME, type TraceUpdates } from '../editing-trace.js';
import { ProtocolClient } from '../protocol-client.js';
import type { RelayEndpoint } from '../relay-targets.js';
import { sleep } from '../sleep.js';

export interface ReplayResult {
  updatesPerSecond: number;
  /** False when the time limit ended the replay before the reader had everything. */
  complete: boolean;
  textMatches: boolean;
  receivedFrames: number;
  /** Still connected; close it when done with the room. */
  writer: ProtocolClient;
}

/** Above this many unsent bytes the writer pauses, as a real socket would push back. */
const WRITER_HIGH_WATER_BYTES = 1 << 20;

export async function replayTrace(
  endpoint: RelayEndpoint,
  room: string,
  trace: TraceUpdates,
  timeLimitMs: number,
): Promise<ReplayResult> {
  const received: Uint8Array[] = [];
  let readerClock = 0;
  // The reader only records frames while the clock runs: applying them is client work, done after.
  const reader = new ProtocolClient(endpoint, room, {
    applyIncoming: false,
    announceAwareness: true,
    onUpdateFrame: (update) => {
      received.push(update);
      const clock = Y.parseUpdateMeta(update).to.get(trace.writerClientId);
      if (clock !== undefined && clock > readerClock) readerClock = clock;
    },
  });
  const writer = new ProtocolClient(endpoint, room, { applyIncoming: false, announceAwareness: true });
  await Promise.all([reader.synced, writer.synced]);

  const start = performance.now();
  const deadline = start + timeLimitMs;
  let next = 0;
  while (readerClock < trace.finalClock && performance.now() < deadline) {
    while (next < trace.updates.length && writer.bufferedAmount < WRITER_HIGH_WATER_BYTES) {
      writer.sendUpdate(trace.updates[next]!);
      next += 1;
    }
    // Yield so sockets flush and the reader's frames are handled. When the socket pushes back (or
    // everything is sent) wait a millisecond rather than spin: on 2 shared cores a spinning load
    // process takes CPU from the relay under test.
    const pushedBack = next >= trace.updates.length || writer.bufferedAmount >= WRITER_HIGH_WATER_BYTES;
    await (pushedBack ? sleep(1) : new Promise((resolve) => setImmediate(resolve)));
  }
  const elapsedSeconds = (performance.now() - start) / 1000;
  const complete = readerClock >= trace.finalClock;
  await reader.close();

  const replica = new Y.Doc();
  replica.transact(() => {
    for (const update of received) Y.applyUpdate(replica, update);
  });
  return {
    updatesPerSecond: (complete ? trace.updates.length : received.length) / elapsedSeconds,
    complete,
    textMatches: replica.getText(TRACE_TEXT_NAME).toString() === trace.expectedText,
    receivedFrames: received.length,
    writer,
  };
}
