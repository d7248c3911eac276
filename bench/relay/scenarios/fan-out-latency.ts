// Scenario 1: one writer at a steady rate, N readers; latency from the writer's send to each
// reader's receipt. Writer and readers share this process, so one clock times both ends.
import { performance } from 'node:perf_hooks';
import { ProtocolClient } from '../protocol-client.js';
import { newRoomName, type RelayEndpoint } from '../relay-targets.js';
import { sleep } from '../sleep.js';
import { percentile } from '../statistics.js';

export interface FanOutSettings {
  readers: number;
  updatesPerSecond: number;
  durationMs: number;
  /** Updates sent first and left out of the figures (JIT and connection warm-up). */
  warmupUpdates: number;
}

export interface FanOutResult {
  p50Ms: number;
  p99Ms: number;
  samples: number;
  /** Deliveries that never arrived within the grace period after the last send. */
  missing: number;
}

const SEQUENCE_KEY = 'sequence';

export async function measureFanOut(
  endpoint: RelayEndpoint,
  settings: FanOutSettings,
): Promise<FanOutResult> {
  const room = newRoomName();
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  const lastSeenByReader: number[] = [];

  const readers = Array.from({ length: settings.readers }, (_, index) => {
    lastSeenByReader[index] = 0;
    // Readers apply every update, as a real client does; the sequence number rides inside it.
    return new ProtocolClient(endpoint, room, {
      applyIncoming: true,
      announceAwareness: true,
      onUpdateFrame: (_update, receivedAt, doc) => {
        const sequence = doc.getMap<number>('fan-out').get(SEQUENCE_KEY) ?? 0;
        lastSeenByReader[index] = sequence;
        const sent = sentAt.get(sequence);
        if (sent !== undefined && sequence > settings.warmupUpdates) latencies.push(receivedAt - sent);
      },
    });
  });
  const writer = new ProtocolClient(endpoint, room, { applyIncoming: false, announceAwareness: true });
  await Promise.all([writer.synced, ...readers.map((reader) => reader.synced)]);

  let sequence = 0;
  writer.doc.on('update', (update: Uint8Array) => {
    sentAt.set(sequence, performance.now());
    writer.sendUpdate(update);
  });
  const sequences = writer.doc.getMap<number>('fan-out');
  const total = settings.warmupUpdates + Math.round((settings.durationMs / 1000) * settings.updatesPerSecond);
  const interval = 1000 / settings.updatesPerSecond;
  const start = performance.now();
  while (sequence < total) {
    sequence += 1;
    sequences.set(SEQUENCE_KEY, sequence);
    // Pace against the schedule, not the previous send, so a slow tick does not lower the rate.
    await sleep(Math.max(0, start + sequence * interval - performance.now()));
  }
  const graceEnd = performance.now() + 5_000;
  while (lastSeenByReader.some((seen) => seen < total) && performance.now() < graceEnd) await sleep(20);

  await Promise.all([writer.close(), ...readers.map((reader) => reader.close())]);
  const expected = (total - settings.warmupUpdates) * settings.readers;
  return {
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    samples: latencies.length,
    missing: expected - latencies.length,
  };
}
