// One round for one relay: every scenario, each against a freshly started server process.
import { rmSync } from 'node:fs';
import type { BenchOptions } from './bench-options.js';
import type { TraceUpdates } from './editing-trace.js';
import { journalModeOf } from './environment-facts.js';
import type { Measurements } from './measurements.js';
import { newRoomName, type RelayTarget } from './relay-targets.js';
import { measureFanOut } from './scenarios/fan-out-latency.js';
import { measureIdleMemory } from './scenarios/idle-connection-memory.js';
import { timeNewClientSync } from './scenarios/new-client-sync.js';
import { seedRoom } from './scenarios/seed-room.js';
import { replayTrace } from './scenarios/trace-replay-throughput.js';
import { type ServerLaunch, ServerProcess } from './server-process.js';
import { sleep } from './sleep.js';
import { median } from './statistics.js';

const UPDATES_PER_SECOND = 50;
const ROOM_SETTLE_MS = 1_000;

export async function runRelayRound(
  target: RelayTarget,
  round: number,
  options: BenchOptions,
  trace: TraceUpdates,
  measurements: Measurements,
): Promise<void> {
  const note = (problem: string) => measurements.problems.push(`${target.name}, round ${round}: ${problem}`);
  const attempt = async (scenario: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (error) {
      note(`${scenario} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  await attempt('fan-out', () =>
    withServer(target.launch(), async (server) => {
      for (const readers of [10, 50] as const) {
        const result = await measureFanOut(server.port, {
          readers,
          updatesPerSecond: UPDATES_PER_SECOND,
          durationMs: options.fanOutDurationMs,
          warmupUpdates: options.fanOutWarmupUpdates,
        });
        if (result.missing > 0) note(`fan-out to ${readers}: ${result.missing} deliveries never arrived`);
        measurements.record(readers === 10 ? 'fanOut10P50' : 'fanOut50P50', target.name, result.p50Ms);
        measurements.record(readers === 10 ? 'fanOut10P99' : 'fanOut50P99', target.name, result.p99Ms);
      }
    }),
  );

  await attempt('idle memory', () =>
    withServer(target.launch(), async (server) => {
      const result = await measureIdleMemory(server, {
        connections: options.idleConnections,
        documents: options.idleDocuments,
        concurrency: 50,
      });
      measurements.record('idleBytesPerConnection', target.name, result.bytesPerConnection);
    }),
  );

  // Scenarios 4 then 3: the replay builds the document a new client then syncs with.
  let syncLaunch = target.launch();
  let syncRoom = newRoomName();
  let syncMeasured = false;
  let replayComplete = false;
  await attempt('trace replay', () =>
    withServer(
      syncLaunch,
      async (server) => {
        const replay = await replayTrace(server.port, syncRoom, trace, options.replayTimeLimitMs);
        measurements.record('replayUpdatesPerSecond', target.name, replay.updatesPerSecond);
        if (!replay.complete) {
          note(
            `trace replay hit the ${options.replayTimeLimitMs} ms limit after ${replay.receivedFrames} updates`,
          );
          return;
        }
        if (!replay.textMatches) note('trace replay: the second client text differs from the trace');
        replayComplete = true;
        await measureNewClientSync(server, syncRoom);
        await replay.writer.close();
      },
      { keepStorage: target.name === 'ours' },
    ),
  );
  if (!replayComplete) {
    // The relay that could not finish may still be busy with the backlog: time the sync on a fresh
    // server whose room is seeded with the final document in one update instead.
    removeStorage(syncLaunch);
    syncLaunch = target.launch();
    syncRoom = newRoomName();
    await attempt('new-client sync (seeded room)', () =>
      withServer(
        syncLaunch,
        async (server) => {
          const seeder = await seedRoom(server.port, syncRoom, trace.finalState);
          note('new-client sync timed on a room seeded with the final document in one update');
          await measureNewClientSync(server, syncRoom);
          await seeder.close();
        },
        { keepStorage: target.name === 'ours' },
      ),
    );
  }

  if (target.name === 'ours' && syncMeasured) {
    // Ours only (the reference keeps nothing): the first client after a restart loads from SQLite.
    await attempt('cold sync', () =>
      withServer(
        target.relaunch(syncLaunch),
        async (server) => {
          const timing = await timeNewClientSync(server.port, syncRoom, trace.expectedText);
          if (!timing.textMatches) note('cold sync: text differs from the trace (storage lost updates?)');
          measurements.record('coldSyncMs', target.name, timing.milliseconds);
        },
        { keepStorage: true },
      ),
    );
  }
  if (target.name === 'ours') {
    measurements.observations.set('journal mode', journalModeOf(syncLaunch.env.DATA_DIR!));
  }
  removeStorage(syncLaunch);

  async function measureNewClientSync(server: ServerProcess, room: string): Promise<void> {
    // A new client joins a room at rest: let background work the replay left behind (our
    // compaction, audit listeners) finish first; its cost is already in the throughput figure.
    await sleep(ROOM_SETTLE_MS);
    // One untimed sync first: the first ever encode of a big document pays one-off JIT costs.
    await timeNewClientSync(server.port, room, trace.expectedText);
    const timings: number[] = [];
    for (let repetition = 0; repetition < options.syncRepetitions; repetition += 1) {
      const timing = await timeNewClientSync(server.port, room, trace.expectedText);
      if (!timing.textMatches) note('new-client sync: text differs from the trace');
      timings.push(timing.milliseconds);
    }
    measurements.record('newClientSyncMs', target.name, median(timings));
    syncMeasured = true;
  }
}

async function withServer(
  launch: ServerLaunch,
  body: (server: ServerProcess) => Promise<void>,
  { keepStorage = false } = {},
): Promise<void> {
  const server = await ServerProcess.start(launch);
  try {
    await body(server);
  } finally {
    await server.stop();
    if (!keepStorage) removeStorage(launch);
  }
}

function removeStorage(launch: ServerLaunch): void {
  const dataDir = launch.env.DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
