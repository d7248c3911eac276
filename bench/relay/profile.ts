// `node --import tsx --import ./bench/relay/register-dependencies.mjs bench/relay/profile.ts
//    ours|reference|hocuspocus replay|fan-out|sync [transactions] [FULL|NORMAL]`
// Runs one scenario against one relay started with --cpu-prof and prints where its CPU went.
// A diagnostic for the bench's findings, not part of the comparison.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { summarizeCpuProfile } from './cpu-profile-summary.js';
import { buildTraceUpdates } from './editing-trace.js';
import { hocuspocusRelay, newRoomName, ourRelay, referenceRelay } from './relay-targets.js';
import { measureFanOut } from './scenarios/fan-out-latency.js';
import { timeNewClientSync } from './scenarios/new-client-sync.js';
import { replayTrace } from './scenarios/trace-replay-throughput.js';
import { measureTypingRooms } from './scenarios/typing-rooms.js';
import { ServerProcess } from './server-process.js';

const [relayName = 'ours', scenario = 'replay', transactions, synchronous] = process.argv.slice(2);
const target =
  relayName === 'reference'
    ? referenceRelay
    : relayName === 'hocuspocus'
      ? hocuspocusRelay
      : ourRelay(synchronous === 'NORMAL' ? 'NORMAL' : 'FULL');
const profileDir = mkdtempSync(path.join(tmpdir(), 'relay-profile-'));
process.env.BENCH_SERVER_NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${profileDir}`;

const launch = target.launch();
const server = await ServerProcess.start(launch);
const endpoint = { port: server.port, dialect: target.dialect };
const started = process.cpuUsage();
if (scenario === 'typing') {
  console.log(
    await measureTypingRooms(server, endpoint, {
      rooms: 200,
      minClientsPerRoom: 2,
      maxClientsPerRoom: 4,
      updatesPerSecondPerClient: 5,
      durationMs: 10_000,
      warmupMs: 2_000,
      randomSeed: 11,
    }),
  );
} else if (scenario === 'fan-out') {
  console.log(
    await measureFanOut(endpoint, {
      readers: 10,
      updatesPerSecond: 50,
      durationMs: 10_000,
      warmupUpdates: 50,
    }),
  );
} else {
  const trace = buildTraceUpdates(transactions ? Number(transactions) : 20_000);
  const room = newRoomName();
  const replay = await replayTrace(endpoint, room, trace, 300_000);
  console.log({
    updatesPerSecond: replay.updatesPerSecond,
    complete: replay.complete,
    textMatches: replay.textMatches,
  });
  if (scenario === 'sync') {
    for (let repetition = 0; repetition < 10; repetition += 1) {
      console.log(await timeNewClientSync(endpoint, room, trace.expectedText));
    }
  }
  await replay.writer.close();
}
const generatorCpu = process.cpuUsage(started);
console.log(`load generator CPU: ${((generatorCpu.user + generatorCpu.system) / 1000).toFixed(0)} ms`);
await server.stop();
if (launch.env.DATA_DIR) rmSync(launch.env.DATA_DIR, { recursive: true, force: true });

const profile = readdirSync(profileDir).find((file) => file.endsWith('.cpuprofile'));
if (!profile) throw new Error(`no profile written to ${profileDir}`);
// Functions on the relays' per-update paths whose whole cost (callees included) is worth knowing.
const focus = [
  'isApplicableUpdate',
  'acceptUpdate',
  'appendBatch',
  'committed',
  'compact',
  'foldUpdates',
  'announceStored',
  'handleMessage',
  'messageListener',
  'updateHandler',
];
const summary = summarizeCpuProfile(path.join(profileDir, profile), 25, focus);
console.log(`\nself time by owner (${path.join(profileDir, profile)}):`);
for (const entry of summary.byOwner)
  console.log(
    `${entry.milliseconds.toFixed(0).padStart(8)} ms ${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.name}`,
  );
console.log('\ninclusive time of per-update functions:');
for (const entry of summary.inclusive)
  console.log(
    `${entry.milliseconds.toFixed(0).padStart(8)} ms ${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.name}`,
  );
console.log('\nself time by function:');
for (const entry of summary.byFunction)
  console.log(
    `${entry.milliseconds.toFixed(0).padStart(8)} ms ${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.name}`,
  );
