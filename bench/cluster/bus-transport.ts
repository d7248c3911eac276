/**
 * Redis pub/sub against Redis streams as the relay's room bus (docs/relay.md B1), measured here:
 *   npx -y pnpm@12.4.2 bench:bus   (ROOMS=… to change how many rooms are followed)
 * One publisher connection and one reader connection (as one relay instance hears the others), the reader
 * following ROOMS worksheets; messages of MESSAGE_BYTES (a keystroke's Yjs update plus the bus header) to
 * random rooms. Latency: publish to arrival at a steady rate; throughput: a burst, published without waiting.
 */
import { Redis } from 'ioredis';
import { RedisTestServer } from '../../packages/sync-server/src/testing/redis-test-server.js';
import { median, percentile } from '../relay/statistics.js';

const ROOMS = Number(process.env.ROOMS ?? 1000);
const MESSAGE_BYTES = 64;
const STEADY_MESSAGES = Number(process.env.STEADY_MESSAGES ?? 3000);
const BURST_MESSAGES = Number(process.env.BURST_MESSAGES ?? 50_000);
const STALL_MS = 2000;

interface Transport {
  readonly name: string;
  /** Follows the rooms; resolves once messages published from now on will be heard. */
  follow(rooms: readonly string[], heard: (payload: Buffer) => void): Promise<void>;
  publish(room: string, payload: Buffer): void;
  stop(): Promise<void>;
}

class PubSubTransport implements Transport {
  readonly name = 'pub/sub';
  constructor(
    private readonly publisher: Redis,
    private readonly reader: Redis,
  ) {}
  async follow(rooms: readonly string[], heard: (payload: Buffer) => void): Promise<void> {
    this.reader.on('messageBuffer', (_channel: Buffer, message: Buffer) => heard(message));
    await this.reader.subscribe(...rooms);
  }
  publish(room: string, payload: Buffer): void {
    void this.publisher.publish(room, payload);
  }
  async stop(): Promise<void> {
    this.reader.disconnect();
  }
}

class StreamTransport implements Transport {
  readonly name = 'streams (XADD MAXLEN ~1000, one XREAD BLOCK over every room)';
  private running = true;
  private loop: Promise<void> = Promise.resolve();
  constructor(
    private readonly publisher: Redis,
    private readonly reader: Redis,
  ) {}
  async follow(rooms: readonly string[], heard: (payload: Buffer) => void): Promise<void> {
    // Start every room at its current end, so only messages published from now on are read.
    const ids = new Map<string, string>();
    for (const room of rooms) {
      const last = await this.publisher.xrevrange(room, '+', '-', 'COUNT', 1);
      ids.set(room, last[0]?.[0] ?? '0-0');
    }
    this.loop = (async () => {
      while (this.running) {
        const keys = [...ids.keys()];
        const result = await this.reader.xreadBuffer(
          'COUNT',
          1000,
          'BLOCK',
          200,
          'STREAMS',
          ...keys,
          ...keys.map((key) => ids.get(key)!),
        );
        for (const [key, entries] of result ?? []) {
          for (const [id, fields] of entries) {
            ids.set(key.toString(), id.toString());
            heard(fields[1]!);
          }
        }
      }
    })();
  }
  publish(room: string, payload: Buffer): void {
    void this.publisher.xadd(room, 'MAXLEN', '~', '1000', '*', 'm', payload);
  }
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    this.reader.disconnect();
  }
}

function message(): Buffer {
  const payload = Buffer.alloc(MESSAGE_BYTES);
  payload.writeBigInt64BE(process.hrtime.bigint(), 0);
  return payload;
}

const elapsedMs = (payload: Buffer) => Number(process.hrtime.bigint() - payload.readBigInt64BE(0)) / 1e6;

async function measure(transport: Transport, rooms: string[]) {
  const latencies: number[] = [];
  let arrived = 0;
  let onArrival = () => {};
  await transport.follow(rooms, (payload) => {
    latencies.push(elapsedMs(payload));
    arrived++;
    onArrival();
  });
  // Resolves when `count` messages arrived, or when none arrived for STALL_MS (the rest were lost).
  const until = (count: number) =>
    new Promise<void>((resolve) => {
      let stall: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(stall);
        resolve();
      };
      onArrival = () => {
        clearTimeout(stall);
        if (arrived >= count) done();
        else stall = setTimeout(done, STALL_MS);
      };
      onArrival();
    });
  const pick = () => rooms[Math.floor(Math.random() * rooms.length)]!;

  // Steady: one message per millisecond or so, each to a random room.
  for (let sent = 0; sent < STEADY_MESSAGES; sent++) {
    transport.publish(pick(), message());
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await until(STEADY_MESSAGES);
  const steady = latencies.splice(0);

  const started = process.hrtime.bigint();
  for (let sent = 0; sent < BURST_MESSAGES; sent++) transport.publish(pick(), message());
  await until(STEADY_MESSAGES + BURST_MESSAGES);
  const lost = STEADY_MESSAGES + BURST_MESSAGES - arrived;
  const burstMs = Number(process.hrtime.bigint() - started) / 1e6 - (lost > 0 ? STALL_MS : 0);
  await transport.stop();
  return {
    p50: median(steady),
    p99: percentile(steady, 99),
    perSecond: Math.round((BURST_MESSAGES / burstMs) * 1000),
    burstP99: percentile(latencies, 99),
    lost,
  };
}

async function main(): Promise<void> {
  const redis = await RedisTestServer.start();
  try {
    const rooms = Array.from({ length: ROOMS }, (_, index) => `bench:room:${index}`);
    console.log(
      `${ROOMS} rooms followed, ${MESSAGE_BYTES}-byte messages; steady: ${STEADY_MESSAGES} at ~1/ms; burst: ${BURST_MESSAGES}`,
    );
    console.log('| transport | steady p50 | steady p99 | burst throughput | burst p99 | lost |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    const publisher = new Redis(redis.url);
    for (const make of [
      () => new PubSubTransport(publisher, new Redis(redis.url)),
      () => new StreamTransport(publisher, new Redis(redis.url)),
    ]) {
      const transport = make();
      const result = await measure(transport, rooms);
      console.log(
        `| ${transport.name} | ${result.p50.toFixed(2)} ms | ${result.p99.toFixed(2)} ms | ${result.perSecond.toLocaleString('en')} msg/s | ${result.burstP99.toFixed(0)} ms | ${result.lost} |`,
      );
    }
    publisher.disconnect();
  } finally {
    await redis.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
