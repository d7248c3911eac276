/**
 * Fan-out latency with readers split across two relay instances sharing storage and Redis, against one
 * instance with every reader (docs/benchmarks.md, "Two instances"):
 *   npx -y pnpm@12.4.2 bench:cluster   (READERS=…, UPDATES_PER_SECOND=…, DURATION_MS=…)
 * One writer at a steady rate on the first instance; latency from its send to each reader's receipt, all
 * clients in this process (one clock). Each setup on SQLite (one folder both instances open, WAL,
 * synchronous=FULL) and on Postgres (a throwaway server started here, fsync on, synchronous_commit on).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPostgresTestServer } from '../../packages/sync-server/src/testing/postgres-test-server.js';
import { RedisTestServer } from '../../packages/sync-server/src/testing/redis-test-server.js';
import { createTestDatabase } from '../../packages/sync-server/src/testing/test-database.js';
import { ProtocolClient } from '../relay/protocol-client.js';
import { newRoomName, type RelayEndpoint } from '../relay/relay-targets.js';
import { ServerProcess } from '../relay/server-process.js';
import { sleep } from '../relay/sleep.js';
import { percentile } from '../relay/statistics.js';

const READERS = Number(process.env.READERS ?? 20);
const UPDATES_PER_SECOND = Number(process.env.UPDATES_PER_SECOND ?? 50);
const DURATION_MS = Number(process.env.DURATION_MS ?? 10_000);
const WARMUP_UPDATES = 50;

const endpoint = (port: number): RelayEndpoint => ({ port, dialect: 'y-websocket' });

interface Figures {
  p50: number;
  p99: number;
  missing: number;
}

/** Readers alternate between the ports given; returns figures for all readers and per port. */
async function fanOut(writerPort: number, readerPorts: number[]): Promise<Map<string, Figures>> {
  const room = newRoomName();
  const sentAt = new Map<number, number>();
  const latencies = new Map<number, number[]>(readerPorts.map((port) => [port, []]));
  const lastSeen: number[] = [];
  const readers = Array.from({ length: READERS }, (_, index) => {
    const port = readerPorts[index % readerPorts.length]!;
    lastSeen[index] = 0;
    return new ProtocolClient(endpoint(port), room, {
      applyIncoming: true,
      announceAwareness: true,
      onUpdateFrame: (_update, receivedAt, doc) => {
        const sequence = doc.getMap<number>('fan-out').get('sequence') ?? 0;
        lastSeen[index] = sequence;
        const sent = sentAt.get(sequence);
        if (sent !== undefined && sequence > WARMUP_UPDATES) latencies.get(port)!.push(receivedAt - sent);
      },
    });
  });
  const writer = new ProtocolClient(endpoint(writerPort), room, {
    applyIncoming: false,
    announceAwareness: true,
  });
  await Promise.all([writer.synced, ...readers.map((reader) => reader.synced)]);
  let sequence = 0;
  writer.doc.on('update', (update: Uint8Array) => {
    sentAt.set(sequence, performance.now());
    writer.sendUpdate(update);
  });
  const total = WARMUP_UPDATES + Math.round((DURATION_MS / 1000) * UPDATES_PER_SECOND);
  const start = performance.now();
  while (sequence < total) {
    sequence += 1;
    writer.doc.getMap<number>('fan-out').set('sequence', sequence);
    await sleep(Math.max(0, start + sequence * (1000 / UPDATES_PER_SECOND) - performance.now()));
  }
  const graceEnd = performance.now() + 5_000;
  while (lastSeen.some((seen) => seen < total) && performance.now() < graceEnd) await sleep(20);
  await Promise.all([writer.close(), ...readers.map((reader) => reader.close())]);

  const perReader = total - WARMUP_UPDATES;
  const figures = new Map<string, Figures>();
  const summarise = (samples: number[], readerCount: number): Figures => ({
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    missing: perReader * readerCount - samples.length,
  });
  figures.set('all readers', summarise([...latencies.values()].flat(), READERS));
  if (readerPorts.length === 1) return figures;
  for (const [port, samples] of latencies) {
    const count = readers.filter((_, index) => readerPorts[index % readerPorts.length] === port).length;
    figures.set(port === writerPort ? "writer's instance" : 'other instance', summarise(samples, count));
  }
  return figures;
}

const entry = 'packages/sync-server/test/helpers/relay-test-server.ts';

/** Where the instances of one setup keep everything: settings for each, and what to remove afterwards. */
interface Storage {
  name: string;
  env: Record<string, string>;
  dispose(): Promise<void>;
}

function sqliteStorage(): Storage {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'interlude-bench-cluster-'));
  return {
    name: 'SQLite',
    env: { DATA_DIR: dataDir },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresStorage(adminUrl: string): Promise<Storage> {
  const database = await createTestDatabase(adminUrl, 'bench_cluster');
  // DATA_DIR still names a folder: nothing is written there with DATABASE_URL set.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'interlude-bench-cluster-'));
  return {
    name: 'Postgres',
    env: { DATA_DIR: dataDir, DATABASE_URL: database.url },
    dispose: async () => {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One instance with every reader, then two instances (sharing storage and Redis) with the readers split. */
async function measure(
  storage: Storage,
  redisUrl: string,
  report: (setup: string, figures: Map<string, Figures>) => void,
) {
  try {
    const alone = await ServerProcess.start({ entry, env: { PORT: '0', ...storage.env } });
    try {
      report(`one instance, ${storage.name}`, await fanOut(alone.port, [alone.port]));
    } finally {
      await alone.stop();
    }
    const env = { PORT: '0', ...storage.env, REDIS_URL: redisUrl };
    // One after the other: the first creates the schema.
    const first = await ServerProcess.start({ entry, env });
    const second = await ServerProcess.start({ entry, env });
    try {
      report(
        `two instances, ${storage.name}, readers split`,
        await fanOut(first.port, [first.port, second.port]),
      );
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  } finally {
    await storage.dispose();
  }
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const report = (setup: string, figures: Map<string, Figures>) => {
    for (const [who, { p50, p99, missing }] of figures) {
      rows.push(`| ${setup} | ${who} | ${p50.toFixed(1)} ms | ${p99.toFixed(1)} ms | ${missing} |`);
    }
  };
  const redis = await RedisTestServer.start();
  const postgres = await startPostgresTestServer();
  try {
    await measure(sqliteStorage(), redis.url, report);
    await measure(await postgresStorage(postgres.url), redis.url, report);
  } finally {
    await Promise.all([redis.stop(), postgres.stop()]);
  }

  console.log(
    `${READERS} readers, one writer at ${UPDATES_PER_SECOND} updates/s for ${DURATION_MS / 1000} s (after ${WARMUP_UPDATES} warm-up updates); every update durable before it is sent on`,
  );
  console.log('| setup | readers | p50 | p99 | missing |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
