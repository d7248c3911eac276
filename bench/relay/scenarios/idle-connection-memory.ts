// Scenario 2: what idle, synced connections cost the server, as its RSS once they are all open.
// The bench runs this at several connection counts, each on a fresh server, and takes the slope.
import { ProtocolClient } from '../protocol-client.js';
import { newRoomName, type RelayEndpoint } from '../relay-targets.js';
import type { ServerProcess } from '../server-process.js';
import { sleep } from '../sleep.js';
import { median } from '../statistics.js';

export interface IdleMemorySettings {
  connections: number;
  /** Connections per room (the rooms are connections / this, rounded up). */
  connectionsPerRoom: number;
  /** Connections opened at once; the rest wait, so the bench does not measure a connect storm. */
  concurrency: number;
}

/** Median of several GC-then-read samples, so one unlucky heap state does not decide the figure. */
export async function settledResidentBytes(server: ServerProcess): Promise<number> {
  const samples: number[] = [];
  for (let sample = 0; sample < 5; sample += 1) {
    await server.collectGarbage();
    samples.push(server.residentBytes());
  }
  return median(samples);
}

/** A short paragraph per document, so rooms hold a little real content. */
function seedDocument(client: ProtocolClient, index: number): void {
  client.doc.getText('body').insert(0, `Worksheet ${index}: what went well this week, and what was hard? `);
}

/** The server's settled RSS in bytes with `settings.connections` idle connections open. */
export async function measureIdleResidentBytes(
  server: ServerProcess,
  endpoint: RelayEndpoint,
  settings: IdleMemorySettings,
): Promise<number> {
  // Warm up first: the first connection loads code and creates caches that are not per-connection.
  const warmup = new ProtocolClient(endpoint, newRoomName(), {
    applyIncoming: true,
    announceAwareness: true,
  });
  await warmup.synced;
  warmup.doc.on('update', (update: Uint8Array) => warmup.sendUpdate(update));
  seedDocument(warmup, -1);
  await sleep(300);
  await warmup.close();
  await sleep(500);

  const roomCount = Math.ceil(settings.connections / settings.connectionsPerRoom);
  const rooms = Array.from({ length: roomCount }, () => newRoomName());
  const clients: ProtocolClient[] = [];
  try {
    for (let first = 0; first < settings.connections; first += settings.concurrency) {
      const batch: ProtocolClient[] = [];
      const end = Math.min(settings.connections, first + settings.concurrency);
      for (let index = first; index < end; index += 1) {
        batch.push(
          new ProtocolClient(endpoint, rooms[index % roomCount]!, {
            applyIncoming: true,
            announceAwareness: true,
          }),
        );
      }
      clients.push(...batch);
      await Promise.all(batch.map((client) => client.synced));
    }
    // The first connection of each room writes its paragraph; everyone then sits idle.
    for (let index = 0; index < roomCount; index += 1) {
      const client = clients[index]!;
      client.doc.on('update', (update: Uint8Array) => client.sendUpdate(update));
      seedDocument(client, index);
    }
    await sleep(1_500);
    return await settledResidentBytes(server);
  } finally {
    for (let first = 0; first < clients.length; first += settings.concurrency) {
      await Promise.all(clients.slice(first, first + settings.concurrency).map((client) => client.close()));
    }
  }
}
