import { afterEach, beforeEach, expect, test } from 'vitest';
import { testConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { ServerSession } from '../accounts/server-session.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

/** A restart (a new server on the same SQLite file) creates every due occurrence once: none twice, none missed. */

const DAY = 24 * 60 * 60 * 1000;
const year = 365 * DAY;
let dataDir: string;
let clock: ManualClock;
let server: RunningServer | undefined;

const start = async () => {
  server = await startServer(testConfig(dataDir), {
    clock,
    accounts: {
      scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 },
      sessionPolicy: { idleTimeoutMs: year, absoluteTimeoutMs: year },
    },
  });
  return server;
};

beforeEach(() => {
  dataDir = makeTempDir('series-restart');
  clock = new ManualClock();
});
afterEach(async () => {
  await server?.close();
  removeTempDir(dataDir);
});

test('a restart creates no duplicates and misses none', async () => {
  const first = await start();
  const therapist = new ServerSession(first.url);
  await therapist.call('POST', '/api/auth/signup', {
    displayName: 'Dana',
    email: 'dana@example.test',
    password: 'correct horse battery',
    practiceName: 'Practice',
  });
  const added = await therapist.call<{ client: { id: string } }>('POST', '/api/clients', {
    displayName: 'Eli',
    email: 'eli@example.test',
  });
  const clientId = added.body.client.id;
  const assigned = await therapist.call('POST', `/api/clients/${clientId}/worksheets`, {
    templateId: 'thought-record',
    repeat: { everyDays: 7, count: 4 },
  });
  expect(assigned.status).toBe(201);

  const indexes = async () =>
    (await server!.context.accounts.worksheets.listForClient(clientId)).map(
      (worksheet) => worksheet.seriesIndex,
    );

  // Down over the second occurrence's day: it is created at start-up.
  await first.close();
  clock.advance(7 * DAY);
  await start();
  expect(await indexes()).toEqual([2, 1]);

  // Started again the same day: nothing new.
  await server!.close();
  await start();
  expect(await indexes()).toEqual([2, 1]);

  // Running: the next one on its day, once.
  clock.advance(7 * DAY);
  await server!.seriesScheduler.settled();
  clock.advance(60_000);
  await server!.seriesScheduler.settled();
  expect(await indexes()).toEqual([3, 2, 1]);
});
