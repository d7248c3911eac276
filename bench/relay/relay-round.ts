// One round for one relay: every scenario, each against a freshly started server process.
import { rmSync } from 'node:fs';
import type { BenchOptions } from './bench-options.js';
import type { TraceUpdates } from './editing-trace.js';
import { journalModeOf } from './environment-facts.js';
import type { Measurements, MetricKey } from './measurements.js';
import {
  newRoomName,
  ourDataParent,
  ourRelay,
  type RelayEndpoint,
  type RelayTarget,
} from './relay-targets.js';
import { measureFanOut } from './scenarios/fan-out-latency.js';
import { measureIdleResidentBytes } from './scenarios/idle-connection-memory.js';
import { timeNewClientSync } from './scenarios/new-client-sync.js';
import { seedRoom } from './scenarios/seed-room.js';
import { measureStorageFlush } from './scenarios/storage-flush.js';
import { replayTrace } from './scenarios/trace-replay-throughput.js';
import { measureTypingRooms } from './scenarios/typing-rooms.js';
import { type ServerLaunch, ServerProcess } from './server-process.js';
import { sleep } from './sleep.js';
import { leastSquaresSlope, median } from './statistics.js';

const UPDATES_PER_SECOND = 50;
const ROOM_SETTLE_MS = 1_000;
/** Same for every relay and every round, so all see the same rooms and start offsets. */
const TYPING_RANDOM_SEED = 11;

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
  const endpointOf = (server: ServerProcess): RelayEndpoint => ({
    port: server.port,
    dialect: target.dialect,
  });

  if (target.name === 'ours') {
    // The floor under our fan-out: what one commit costs on this disk, at the fan-out's rhythm.
    await attempt('storage flush', async () => {
      for (const synchronous of ['FULL', 'NORMAL'] as const) {
        const flush = await measureStorageFlush(ourDataParent, synchronous, {
          commits: options.flushCommits,
          intervalMs: options.flushIntervalMs,
        });
        measurements.record(synchronous === 'FULL' ? 'flushFullP50' : 'flushNormalP50', 'ours', flush.p50Ms);
        measurements.record(synchronous === 'FULL' ? 'flushFullP99' : 'flushNormalP99', 'ours', flush.p99Ms);
      }
    });
  }

  const fanOutPass = (launch: ServerLaunch, suffix: '' | 'Normal') =>
    attempt(`fan-out${suffix ? ' (NORMAL)' : ''}`, () =>
      withServer(launch, async (server) => {
        for (const readers of [10, 50] as const) {
          const result = await measureFanOut(endpointOf(server), {
            readers,
            updatesPerSecond: UPDATES_PER_SECOND,
            durationMs: options.fanOutDurationMs,
            warmupUpdates: options.fanOutWarmupUpdates,
          });
          if (result.missing > 0) note(`fan-out to ${readers}: ${result.missing} deliveries never arrived`);
          measurements.record(`fanOut${readers}P50${suffix}` as MetricKey, target.name, result.p50Ms);
          measurements.record(`fanOut${readers}P99${suffix}` as MetricKey, target.name, result.p99Ms);
        }
      }),
    );
  await fanOutPass(target.launch(), '');
  if (target.name === 'ours' && options.synchronous === 'FULL') {
    // The same fan-out with SQLITE_SYNCHRONOUS=NORMAL, so the table shows what FULL's fsync costs.
    await fanOutPass(ourRelay('NORMAL').launch(), 'Normal');
  }

  await attempt('idle memory', async () => {
    const points: Array<{ x: number; y: number }> = [];
    for (const connections of options.idleConnectionCounts) {
      await withServer(target.launch(), async (server) => {
        const residentBytes = await measureIdleResidentBytes(server, endpointOf(server), {
          connections,
          connectionsPerRoom: options.idleConnectionsPerRoom,
          concurrency: 50,
        });
        measurements.record(`idleResident${connections}`, target.name, residentBytes);
        points.push({ x: connections, y: residentBytes });
      });
    }
    measurements.record('idleBytesPerConnection', target.name, leastSquaresSlope(points));
  });

  await attempt('typing rooms', () =>
    withServer(target.launch(), async (server) => {
      const typing = await measureTypingRooms(server, endpointOf(server), {
        rooms: 200,
        minClientsPerRoom: 2,
        maxClientsPerRoom: 4,
        updatesPerSecondPerClient: 5,
        durationMs: options.typingDurationMs,
        warmupMs: 1_000,
        randomSeed: TYPING_RANDOM_SEED,
      });
      if (typing.missing > 0) note(`typing rooms: ${typing.missing} deliveries never arrived`);
      measurements.record('typingP50', target.name, typing.p50Ms);
      measurements.record('typingP99', target.name, typing.p99Ms);
      measurements.record('typingRelayCpuPerUpdateUs', target.name, typing.relayCpuPerUpdateUs);
      measurements.record('typingLoadCpuShare', target.name, typing.loadCpuShare);
      measurements.record('typingSendLagP99', target.name, typing.sendLagP99Ms);
      measurements.observations.set(
        'typing clients',
        `${typing.clients} clients, ${typing.updatesSent} updates sent per run`,
      );
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
        const replay = await replayTrace(endpointOf(server), syncRoom, trace, options.replayTimeLimitMs);
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
          const seeder = await seedRoom(endpointOf(server), syncRoom, trace.finalState);
          note('new-client sync timed on a room seeded with the final document in one update');
          await measureNewClientSync(server, syncRoom);
          await seeder.close();
        },
        { keepStorage: target.name === 'ours' },
      ),
    );
  }

  if (target.name === 'ours' && syncMeasured) {
    // Ours only (the peers keep nothing): the first client after a restart loads from SQLite.
    await attempt('cold sync', () =>
      withServer(
        target.relaunch(syncLaunch),
        async (server) => {
          const timing = await timeNewClientSync(endpointOf(server), syncRoom, trace.expectedText);
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
    await timeNewClientSync(endpointOf(server), room, trace.expectedText);
    const timings: number[] = [];
    for (let repetition = 0; repetition < options.syncRepetitions; repetition += 1) {
      const timing = await timeNewClientSync(endpointOf(server), room, trace.expectedText);
      if (!timing.textMatches) note('new-client sync: text differs from the trace');
      timings.push(timing.milliseconds);
    }
    measurements.record('newClientSyncMs', target.name, median(timings));
    syncMeasured = true;
  }
}

export async function withServer(
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
