// Scenario 6 (our relay only): a practice's day compressed. Worksheets are opened one after
// another, each once: connect, sync, write a worksheet-sized seed (it is new), make one small edit,
// wait until both are durable (our relay echoes an update once it is stored), disconnect. The
// server's settled RSS is read every `sampleEvery` worksheets: with rooms unloaded after their
// last client leaves, the curve should stay flat.
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { ProtocolClient } from '../protocol-client.js';
import { newRoomName, type RelayEndpoint } from '../relay-targets.js';
import { randomInteger, seededRandom } from '../seeded-random.js';
import type { ServerProcess } from '../server-process.js';
import { withTimeout } from '../sleep.js';
import { answerOf, sectionsOf, worksheetOfSize } from '../worksheet-fixtures.js';
import { settledResidentBytes } from './idle-connection-memory.js';

export interface WorksheetDaySettings {
  worksheets: number;
  sampleEvery: number;
  /** Stops early (and says so) if the day takes longer than this. */
  timeLimitMs: number;
  randomSeed: number;
}

export interface WorksheetDayResult {
  /** [worksheets opened so far, settled RSS in bytes], starting with 0. */
  curve: Array<{ worksheets: number; residentBytes: number }>;
  opened: number;
  complete: boolean;
  /** Mean wall time per worksheet (connect to disconnect), in ms. */
  meanOpenMs: number;
}

/** Seeds of 10–30 KB: a handful of sizes, built once (building one costs more than opening it). */
const SEED_SIZES_BYTES = [10_000, 14_000, 18_000, 22_000, 26_000, 30_000];

async function openWorksheetOnce(endpoint: RelayEndpoint, seed: Uint8Array, editAt: number): Promise<void> {
  let frameArrived: () => void = () => {};
  const client = new ProtocolClient(endpoint, newRoomName(), {
    applyIncoming: false,
    announceAwareness: true,
    onUpdateFrame: () => frameArrived(),
  });
  const nextEcho = () =>
    withTimeout(
      new Promise<void>((resolve) => {
        frameArrived = resolve;
      }),
      30_000,
      'our relay to store an update',
    );
  try {
    await client.synced;
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') client.sendUpdate(update);
    });
    let echo = nextEcho();
    Y.applyUpdate(client.doc, seed, 'local');
    await echo;
    echo = nextEcho();
    answerOf(client.doc, editAt % sectionsOf(client.doc)).insert(0, 'Better than last week. ');
    await echo;
  } finally {
    await client.close();
  }
}

export async function openWorksheetsOverADay(
  server: ServerProcess,
  endpoint: RelayEndpoint,
  settings: WorksheetDaySettings,
): Promise<WorksheetDayResult> {
  const random = seededRandom(settings.randomSeed);
  const seeds = SEED_SIZES_BYTES.map((size) => worksheetOfSize(size));
  const curve = [{ worksheets: 0, residentBytes: await settledResidentBytes(server) }];
  const deadline = performance.now() + settings.timeLimitMs;
  let openMs = 0;
  let opened = 0;
  while (opened < settings.worksheets && performance.now() < deadline) {
    const began = performance.now();
    await openWorksheetOnce(endpoint, seeds[randomInteger(random, 0, seeds.length - 1)]!, opened);
    openMs += performance.now() - began;
    opened += 1;
    if (opened % settings.sampleEvery === 0) {
      curve.push({ worksheets: opened, residentBytes: await settledResidentBytes(server) });
    }
  }
  return { curve, opened, complete: opened === settings.worksheets, meanOpenMs: openMs / opened };
}
