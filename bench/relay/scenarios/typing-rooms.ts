// Scenario 5: many small rooms, everyone typing. Each room is a worksheet with 2–4 clients (drawn
// from a seeded generator, the same for every relay); every client types a few characters into its
// own answer 5 times a second, starting at a staggered offset. Latency is from a writer's send to
// each other client's receipt of the frame; the relay's CPU and this process's CPU are read over
// the typing window, so a saturated load generator shows.
import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import type * as Y from 'yjs';
import { ProtocolClient } from '../protocol-client.js';
import { newRoomName, type RelayEndpoint } from '../relay-targets.js';
import { randomInteger, seededRandom } from '../seeded-random.js';
import type { ServerProcess } from '../server-process.js';
import { sleep } from '../sleep.js';
import { percentile } from '../statistics.js';
import { answerOf, worksheetWithSections } from '../worksheet-fixtures.js';
import { seedRoom } from './seed-room.js';

export interface TypingRoomsSettings {
  rooms: number;
  minClientsPerRoom: number;
  maxClientsPerRoom: number;
  updatesPerSecondPerClient: number;
  durationMs: number;
  /** Sends in the first this-many ms of the schedule are left out of the figures (warm-up). */
  warmupMs: number;
  randomSeed: number;
}

export interface TypingRoomsResult {
  p50Ms: number;
  p99Ms: number;
  clients: number;
  updatesSent: number;
  /** How late this process made its sends against the schedule, p99: high when it is saturated. */
  sendLagP99Ms: number;
  /** The relay process's CPU (user + system) per update sent, in microseconds. */
  relayCpuPerUpdateUs: number;
  /** This load process's CPU over the same window, as a share of one core (1.0 = one core busy). */
  loadCpuShare: number;
  /** Deliveries that never arrived within the grace period after the last send. */
  missing: number;
}

/** Short fragments, as a person types: 1–3 characters per update. */
const TYPED = 'I noticed the thought, named it, and let it pass. ';
const CONNECT_CONCURRENCY = 50;
const GRACE_MS = 5_000;

/** The writer's client id and the clock of its first struct: the first four varUints of a v1 update. */
function updateOrigin(update: Uint8Array): { client: number; clock: number } | null {
  try {
    const decoder = decoding.createDecoder(update);
    if (decoding.readVarUint(decoder) === 0) return null; // no structs: a delete-only update
    decoding.readVarUint(decoder); // structs from this client
    const client = decoding.readVarUint(decoder);
    return { client, clock: decoding.readVarUint(decoder) };
  } catch {
    return null;
  }
}

export async function measureTypingRooms(
  server: ServerProcess,
  endpoint: RelayEndpoint,
  settings: TypingRoomsSettings,
): Promise<TypingRoomsResult> {
  const random = seededRandom(settings.randomSeed);
  const roomSizes = Array.from({ length: settings.rooms }, () =>
    randomInteger(random, settings.minClientsPerRoom, settings.maxClientsPerRoom),
  );
  const period = 1000 / settings.updatesPerSecondPerClient;
  const seed = worksheetWithSections(settings.maxClientsPerRoom);

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let deliveries = 0;
  let expectedDeliveries = 0;
  let measuring = false;
  const measureFrom = { time: Number.POSITIVE_INFINITY };

  interface Typist {
    client: ProtocolClient;
    section: number;
    offsetMs: number;
    peers: number;
  }
  const typists: Typist[] = [];
  const pending: Typist[] = [];
  const seeders: ProtocolClient[] = [];
  try {
    // Seed every room with the worksheet (its seeder leaves once the typists are in).
    const rooms = roomSizes.map(() => newRoomName());
    for (let first = 0; first < rooms.length; first += CONNECT_CONCURRENCY) {
      const batch = rooms.slice(first, first + CONNECT_CONCURRENCY);
      seeders.push(...(await Promise.all(batch.map((room) => seedRoom(endpoint, room, seed)))));
    }
    rooms.forEach((room, roomIndex) => {
      const size = roomSizes[roomIndex]!;
      for (let section = 0; section < size; section += 1) {
        const client = new ProtocolClient(endpoint, room, {
          applyIncoming: true,
          announceAwareness: true,
          onUpdateFrame: (update, receivedAt, doc) => {
            if (!measuring) return;
            const origin = updateOrigin(update);
            if (!origin || origin.client === doc.clientID) return; // our own echo
            const sent = sentAt.get(`${origin.client}:${origin.clock}`);
            if (sent === undefined) return;
            deliveries += 1;
            if (sent >= measureFrom.time) latencies.push(receivedAt - sent);
          },
        });
        pending.push({ client, section, offsetMs: random() * period, peers: size - 1 });
      }
    });
    for (let first = 0; first < pending.length; first += CONNECT_CONCURRENCY) {
      const batch = pending.slice(first, first + CONNECT_CONCURRENCY);
      typists.push(...batch);
      await Promise.all(batch.map((typist) => typist.client.synced));
    }
    await Promise.all(seeders.map((seeder) => seeder.close()));
    seeders.length = 0;

    for (const typist of typists) {
      const { client } = typist;
      client.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === 'server') return;
        const at = updateOrigin(update);
        if (at) sentAt.set(`${at.client}:${at.clock}`, performance.now());
        client.sendUpdate(update);
      });
    }

    measuring = true;
    const sendsPerClient = Math.round((settings.durationMs / 1000) * settings.updatesPerSecondPerClient);
    const start = performance.now();
    measureFrom.time = start + settings.warmupMs;
    const relayCpuBefore = server.cpuSeconds();
    const loadCpuBefore = process.cpuUsage();
    let updatesSent = 0;
    const sendLags: number[] = [];
    await Promise.all(
      typists.map(async (typist) => {
        const answer: Y.XmlText = answerOf(typist.client.doc, typist.section);
        for (let tick = 0; tick < sendsPerClient; tick += 1) {
          // Pace against the schedule, not the previous send, so a slow tick does not lower the rate.
          const due = start + typist.offsetMs + tick * period;
          await sleep(Math.max(0, due - performance.now()));
          sendLags.push(performance.now() - due);
          const from = (tick * 3) % (TYPED.length - 3);
          answer.insert(answer.length, TYPED.slice(from, from + 1 + (tick % 3)));
          updatesSent += 1;
          expectedDeliveries += typist.peers;
        }
      }),
    );
    const graceEnd = performance.now() + GRACE_MS;
    while (deliveries < expectedDeliveries && performance.now() < graceEnd) await sleep(20);
    const windowMs = performance.now() - start;
    const relayCpuSeconds = server.cpuSeconds() - relayCpuBefore;
    const loadCpu = process.cpuUsage(loadCpuBefore);
    measuring = false;

    return {
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      clients: typists.length,
      updatesSent,
      sendLagP99Ms: percentile(sendLags, 99),
      relayCpuPerUpdateUs: (relayCpuSeconds * 1e6) / updatesSent,
      loadCpuShare: (loadCpu.user + loadCpu.system) / 1000 / windowMs,
      missing: expectedDeliveries - deliveries,
    };
  } finally {
    const everyone = [...seeders, ...pending.map((typist) => typist.client)];
    for (let first = 0; first < everyone.length; first += CONNECT_CONCURRENCY) {
      await Promise.all(everyone.slice(first, first + CONNECT_CONCURRENCY).map((client) => client.close()));
    }
  }
}
