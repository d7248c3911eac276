// bench:offline — the two figures of the offline issue, printed, never asserted:
// prefetching 40 assigned worksheets (HTTP state endpoint vs one socket each), and a reconnect
// syncing a week of offline work. Real server, SQLite, sockets, stock y-websocket clients.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchPractice } from './bench-practice.js';
import { prefetchInBrowser } from './browser-prefetch.js';
import { prefetchOverHttp, prefetchOverSockets } from './prefetch-variants.js';
import { weekOffline } from './week-offline.js';

const WORKSHEETS = 40;
const ROUNDS = 5;
const templates = ['thought-record', 'mood-journal', 'sleep-diary', 'smart-goal', 'worry-time'];
const forty = Array.from({ length: WORKSHEETS }, (_, index) => templates[index % templates.length] as string);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/web/dist');
const haveWebBuild = fs.existsSync(path.join(webDistDir, 'index.html'));
const practice = await BenchPractice.start(haveWebBuild ? webDistDir : undefined);
try {
  console.log(
    `Prefetch of ${WORKSHEETS} assigned worksheets, first sign-in (rooms not loaded), median of ${ROUNDS}`,
  );
  const variants = [
    { name: 'HTTP state, 1 at a time', run: prefetchOverHttp, concurrency: 1 },
    { name: 'HTTP state, 4 at a time', run: prefetchOverHttp, concurrency: 4 },
    { name: 'HTTP state, 8 at a time', run: prefetchOverHttp, concurrency: 8 },
    { name: 'socket each, 1 at a time', run: prefetchOverSockets, concurrency: 1 },
    { name: 'socket each, 4 at a time', run: prefetchOverSockets, concurrency: 4 },
    { name: 'socket each, 8 at a time', run: prefetchOverSockets, concurrency: 8 },
  ];
  for (const variant of variants) {
    const times: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // A fresh client each round: their rooms are cold, as on a first sign-in.
      const { session, worksheetIds } = await practice.clientWith(forty);
      const result = await variant.run(session, worksheetIds, variant.concurrency);
      times.push(result.ms);
      bytes = result.bytes;
    }
    console.log(
      `  ${variant.name.padEnd(26)} ${median(times).toFixed(0).padStart(6)} ms   (${times.map((t) => t.toFixed(0)).join(', ')}; ${(bytes / 1024).toFixed(0)} KiB of state)`,
    );
  }

  console.log(
    `\nThe app in Chromium: first sign-in, "My homework" opened, ${WORKSHEETS} worksheets into IndexedDB`,
  );
  if (haveWebBuild) {
    for (let round = 0; round < 3; round++) {
      const result = await prefetchInBrowser(practice, forty);
      console.log(
        `  ${result.merged} merged: ${result.runnerMs.toFixed(0)} ms in the runner, ${result.wallMs.toFixed(0)} ms from opening the page`,
      );
    }
  } else {
    console.log('  skipped: no apps/web/dist (npx -y pnpm@12.4.2 --filter @interlude/web build)');
  }

  console.log('\nReconnect after a week offline (7 diary days + clownschool_flat over 7 worksheets)');
  const week = await practice.clientWith(['mood-journal', ...Array(7).fill('thought-record')]);
  const [journalId, ...recordIds] = week.worksheetIds as [string, ...string[]];
  const result = await weekOffline(week.session, journalId, recordIds);
  console.log(
    `  ${result.worksheets} worksheets, ${result.offlineTransactions} offline transactions, ${(result.pendingBytes / 1024).toFixed(0)} KiB pending: ` +
      `all saved (durable echo) ${result.reconnectMs.toFixed(0)} ms after the network came back`,
  );
} finally {
  await practice.close();
}
