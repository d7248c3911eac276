// Scenario 2: what an idle, synced connection costs the server, as the growth of its RSS.
import { ProtocolClient } from '../protocol-client.js';
import { newRoomName, roomUrl } from '../relay-targets.js';
import type { ServerProcess } from '../server-process.js';
import { sleep } from '../sleep.js';
import { median } from '../statistics.js';

export interface IdleMemorySettings {
  connections: number;
  documents: number;
  /** Connections opened at once; the rest wait, so the bench does not measure a connect storm. */
  concurrency: number;
}

export interface IdleMemoryResult {
  bytesPerConnection: number;
  baselineBytes: number;
  loadedBytes: number;
}

/** Median of several GC-then-read samples, so one unlucky heap state does not decide the figure. */
async function settledResidentBytes(server: ServerProcess): Promise<number> {
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

export async function measureIdleMemory(
  server: ServerProcess,
  settings: IdleMemorySettings,
): Promise<IdleMemoryResult> {
  // Warm up first: the first connection loads code and creates caches that are not per-connection.
  const warmup = new ProtocolClient(roomUrl(server.port, newRoomName()), {
    applyIncoming: true,
    announceAwareness: true,
  });
  await warmup.synced;
  warmup.doc.on('update', (update: Uint8Array) => warmup.sendUpdate(update));
  seedDocument(warmup, -1);
  await sleep(300);
  await warmup.close();
  await sleep(500);
  const baselineBytes = await settledResidentBytes(server);

  const rooms = Array.from({ length: settings.documents }, () => newRoomName());
  const clients: ProtocolClient[] = [];
  for (let first = 0; first < settings.connections; first += settings.concurrency) {
    const batch: ProtocolClient[] = [];
    for (
      let index = first;
      index < Math.min(settings.connections, first + settings.concurrency);
      index += 1
    ) {
      const room = rooms[index % settings.documents]!;
      batch.push(
        new ProtocolClient(roomUrl(server.port, room), { applyIncoming: true, announceAwareness: true }),
      );
    }
    await Promise.all(batch.map((client) => client.synced));
    clients.push(...batch);
  }
  // The first connection of each room writes its paragraph; everyone then sits idle.
  for (let index = 0; index < settings.documents; index += 1) {
    const client = clients[index]!;
    client.doc.on('update', (update: Uint8Array) => client.sendUpdate(update));
    seedDocument(client, index);
  }
  await sleep(1_500);
  const loadedBytes = await settledResidentBytes(server);

  for (let first = 0; first < clients.length; first += settings.concurrency) {
    await Promise.all(clients.slice(first, first + settings.concurrency).map((client) => client.close()));
  }
  return {
    bytesPerConnection: (loadedBytes - baselineBytes) / settings.connections,
    baselineBytes,
    loadedBytes,
  };
}
